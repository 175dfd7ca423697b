package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.hotline.calendar.SlaClock;
import org.hotline.web.faces.Texts;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketFilter;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketSummary;
import org.hotline.ticket.TicketType;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The ticket list: filtered and paged by the database, 50 rows at a time. */
@Named
@ViewScoped
public class TicketListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketDesk desk;

    private TicketStatus status;
    private TicketType type;
    private String team;
    private String assignee;
    private SlaClock.State sla;
    private TicketFilter.Order order = TicketFilter.Order.NEWEST;

    private final LazyDataModel<TicketSummary> tickets = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.count(filter());
        }

        @Override
        public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = desk.list(filter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(TicketSummary ticket) {
            return ticket.number();
        }
    };

    private TicketFilter filter() {
        return new TicketFilter(status, type, Texts.blankToNull(team), Texts.blankToNull(assignee), sla, order);
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

    public TicketFilter.Order[] getOrders() {
        return TicketFilter.Order.values();
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

    public TicketFilter.Order getOrder() {
        return order;
    }

    public void setOrder(TicketFilter.Order order) {
        this.order = order;
    }
}
