package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline.calendar.SlaClock;
import org.hotline.common.BusinessException;
import org.hotline.common.UnknownReference;
import org.hotline.ticket.BulkChange;
import org.hotline.ticket.BulkOutcome;
import org.hotline.ticket.TicketBulk;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketFilter;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketSummary;
import org.hotline.ticket.TicketType;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The ticket list: filtered, sorted and paged by the database, 50 rows at a time, the newest first until a column's
 * header is clicked (again: the other way round). Tickets ticked on the page can be given to an agent, moved to a team
 * or moved along the workflow at once ({@link TicketBulk}); the page says how many were changed, and for each refused
 * one why.
 */
@Named
@ViewScoped
public class TicketListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tickets:";

    @EJB
    private TicketDesk desk;

    @EJB
    private TicketBulk bulk;

    private TicketStatus status;
    private TicketType type;
    private String team;
    private String assignee;
    private SlaClock.State sla;
    private TicketFilter.Order order = TicketFilter.Order.NEWEST;

    private List<TicketSummary> selected = new ArrayList<>();
    private String bulkAssignee;
    private String bulkTeam;
    private TicketStatus bulkStatus;

    private final LazyDataModel<TicketSummary> tickets = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.count(filter());
        }

        @Override
        public List<TicketSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            order = sortBy.values().stream()
                    .filter(SortMeta::isActive)
                    .findFirst()
                    .flatMap(TicketListBacking::order)
                    .orElse(order);
            var page = desk.list(filter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(TicketSummary ticket) {
            return ticket.number();
        }

        /** A ticked row, among those of the page loaded last: the ticks are of one page. */
        @Override
        @SuppressWarnings("unchecked")
        public TicketSummary getRowData(String rowKey) {
            List<TicketSummary> shown = (List<TicketSummary>) getWrappedData();
            return shown == null
                    ? null
                    : shown.stream()
                            .filter(ticket -> ticket.number().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    /** The order a column's header asks for: the column's id names it ({@link TicketFilter.Column}). */
    private static Optional<TicketFilter.Order> order(SortMeta sort) {
        String key = sort.getColumnKey() != null ? sort.getColumnKey() : sort.getField();
        if (key == null) {
            return Optional.empty();
        }
        String column = key.substring(key.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT);
        for (TicketFilter.Column known : TicketFilter.Column.values()) {
            if (known.name().equals(column)) {
                return Optional.of(new TicketFilter.Order(known, sort.getOrder() == SortOrder.DESCENDING));
            }
        }
        return Optional.empty();
    }

    private TicketFilter filter() {
        return new TicketFilter(status, type, Texts.blankToNull(team), Texts.blankToNull(assignee), sla, order);
    }

    /** Gives the ticked tickets to the chosen agent. */
    public void assignSelected() {
        if (chosen(bulkAssignee, "bulkAssignee", "tickets.assigneeRequired")) {
            apply(new BulkChange(bulkAssignee, null, null, null), "bulkAssignee");
        }
    }

    /** Moves the ticked tickets to the chosen team. */
    public void teamSelected() {
        if (chosen(bulkTeam, "bulkTeam", "tickets.teamRequired")) {
            apply(new BulkChange(null, bulkTeam, null, null), "bulkTeam");
        }
    }

    /** Moves the ticked tickets to the chosen status, each where its workflow allows; the others are refused. */
    public void moveSelected() {
        if (chosen(bulkStatus == null ? null : bulkStatus.name(), "bulkStatus", "tickets.statusRequired")) {
            apply(new BulkChange(null, null, bulkStatus, null), "bulkStatus");
        }
    }

    /** True when tickets are ticked and the value is chosen; else says what is missing beside its field. */
    private boolean chosen(String value, String field, String missingKey) {
        boolean complete = true;
        if (selected == null || selected.isEmpty()) {
            Messages.error(null, "tickets.noneSelected");
            complete = false;
        }
        if (value == null || value.isBlank()) {
            Messages.error(FORM + field, missingKey);
            complete = false;
        }
        if (!complete) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return complete;
    }

    private void apply(BulkChange change, String field) {
        try {
            BulkOutcome outcome = bulk.changeAll(
                    selected.stream().map(t -> TicketNumber.parse(t.number())).toList(), change);
            if (!outcome.changed().isEmpty()) {
                Messages.info("tickets.changed", outcome.changed().size());
            }
            for (BulkOutcome.Refused refused : outcome.refused()) {
                switch (refused.reason()) {
                    case INVALID_TRANSITION ->
                        Messages.error(
                                null,
                                "tickets.refused.INVALID_TRANSITION",
                                refused.number(),
                                Messages.text("status." + refused.from()),
                                Messages.text("status." + change.status()));
                    case CONFIDENTIAL, CHANGED_MEANWHILE ->
                        Messages.error(null, "tickets.refused." + refused.reason(), refused.number());
                    default ->
                        Messages.error(null, "tickets.refused", refused.number(), Messages.text(refused.messageKey()));
                }
            }
            selected = new ArrayList<>();
        } catch (UnknownReference unknown) {
            Messages.error(FORM + field, unknown.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    public LazyDataModel<TicketSummary> getTickets() {
        return tickets;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public SlaClock.State[] getSlaStates() {
        return SlaClock.State.values();
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public SlaClock.State getSla() {
        return sla;
    }

    public void setSla(SlaClock.State sla) {
        this.sla = sla;
    }

    public List<TicketSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TicketSummary> selected) {
        this.selected = selected;
    }

    public String getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(String bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    public String getBulkTeam() {
        return bulkTeam;
    }

    public void setBulkTeam(String bulkTeam) {
        this.bulkTeam = bulkTeam;
    }

    public TicketStatus getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(TicketStatus bulkStatus) {
        this.bulkStatus = bulkStatus;
    }
}
