package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.CaseSummary;
import org.hotline.complaint.ComplaintCases;

/** The officer's case list, the earliest deadline first, filtered by state, own cases and overdue ones. */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintCases cases;

    private CaseState state;
    private boolean mine;
    private boolean overdue;
    private List<CaseSummary> shown;

    public void search() {
        shown = cases.list(state, mine, overdue);
    }

    public List<CaseSummary> getCases() {
        if (shown == null) {
            search();
        }
        return shown;
    }

    public CaseState[] getStates() {
        return CaseState.values();
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
}
