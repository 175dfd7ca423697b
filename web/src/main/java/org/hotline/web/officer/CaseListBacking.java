package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.complaint.Allegation;
import org.hotline.complaint.BulkAssignment;
import org.hotline.complaint.CaseFilter;
import org.hotline.complaint.CasePage;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.CaseSummary;
import org.hotline.complaint.ComplaintCases;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.faces.Messages;

/**
 * The officer's case list, the earliest deadline first, a page at a time: filtered by state, own cases, overdue ones,
 * institution, allegation and a deadline day; cases ticked on the page can be given to one officer at once.
 */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Cases on one page. */
    static final int PAGE_SIZE = 50;

    @EJB
    private ComplaintCases cases;

    private CaseState state;
    private boolean mine;
    private boolean overdue;
    private String institution;
    private Allegation allegation;
    private LocalDate dueBy;
    private int first;
    private CasePage shown;
    private List<CaseSummary> selected = new ArrayList<>();
    private String assignee;
    private List<String> officers;

    /** Applies the filters from the first page. */
    public void search() {
        first = 0;
        load();
    }

    public void next() {
        if (page().hasNext()) {
            first += PAGE_SIZE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    /** Gives the ticked cases to the chosen officer, and says which were given and which were not, and why. */
    public void assignSelected() {
        boolean missing = false;
        if (selected == null || selected.isEmpty()) {
            Messages.error("bulk:assign", "cases.noneSelected");
            missing = true;
        }
        if (assignee == null || assignee.isBlank()) {
            Messages.error("bulk:assignee", "case.assigneeRequired");
            missing = true;
        }
        if (missing) {
            return;
        }
        try {
            BulkAssignment result = cases.assignAll(
                    selected.stream().map(c -> TicketNumber.parse(c.number())).toList(), assignee);
            if (!result.assigned().isEmpty()) {
                Messages.info("cases.assigned", result.assigned().size(), assignee);
            }
            for (BulkAssignment.Refused refused : result.refused()) {
                Messages.error(null, "cases.notAssigned." + refused.reason(), refused.number(), assignee);
            }
            selected = new ArrayList<>();
            load();
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    private void load() {
        shown = cases.page(new CaseFilter(state, mine, overdue, institution, allegation, dueBy), first, PAGE_SIZE);
    }

    private CasePage page() {
        if (shown == null) {
            load();
        }
        return shown;
    }

    public CasePage getPage() {
        return page();
    }

    /** "Cases 51–100 of 732", numbers in the page's language; empty when nothing matches. */
    public String getShownSummary() {
        CasePage page = page();
        return page.total() == 0 ? "" : Messages.text("cases.shown", page.from(), page.to(), page.total());
    }

    public List<CaseSummary> getCases() {
        return page().cases();
    }

    public List<String> getOfficers() {
        if (officers == null) {
            officers = cases.officers();
        }
        return officers;
    }

    public CaseState[] getStates() {
        return CaseState.values();
    }

    public Allegation[] getAllegations() {
        return Allegation.values();
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public Allegation getAllegation() {
        return allegation;
    }

    public void setAllegation(Allegation allegation) {
        this.allegation = allegation;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public List<CaseSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<CaseSummary> selected) {
        this.selected = selected;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
