package org.hotline.ticket;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.hotline.common.Role;

/** The supervisors' notifications: tickets that became at risk or breached, until someone acknowledges them. */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SupervisorDesk {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** Unacknowledged alerts, newest first. */
    public List<SlaAlertView> openAlerts() {
        return em.createQuery(
                        "select a from SlaAlert a join fetch a.ticket where a.acknowledgedAt is null"
                                + " order by a.raisedAt desc, a.id desc",
                        SlaAlert.class)
                .setMaxResults(200)
                .getResultStream()
                .map(SlaAlertView::of)
                .toList();
    }

    /** The open tickets counted by the database in one pass over the status index. */
    public Backlog backlog() {
        List<?> rows = em.createNativeQuery("select status, sla_state, assignee_id is null, count(*), min(created_at)"
                        + " from ticket where status in ('NEW', 'OPEN', 'PENDING_CITIZEN')"
                        + " and type <> 'COMPLAINT_ABOUT_STAFF' group by status, sla_state, assignee_id is null")
                .getResultList();
        long[] byStatus = new long[3];
        long atRisk = 0;
        long breached = 0;
        long unassigned = 0;
        java.time.Instant oldest = null;
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            long count = ((Number) cells[3]).longValue();
            byStatus[
                    switch (TicketStatus.valueOf((String) cells[0])) {
                        case NEW -> 0;
                        case OPEN -> 1;
                        default -> 2;
                    }] += count;
            org.hotline.calendar.SlaClock.State sla = org.hotline.calendar.SlaClock.State.valueOf((String) cells[1]);
            atRisk += sla == org.hotline.calendar.SlaClock.State.AT_RISK ? count : 0;
            breached += sla == org.hotline.calendar.SlaClock.State.BREACHED ? count : 0;
            unassigned += ((Number) cells[2]).intValue() == 1 ? count : 0;
            java.time.Instant since = org.hotline.common.UtcColumns.instant(cells[4]);
            oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
        }
        return new Backlog(byStatus[0], byStatus[1], byStatus[2], atRisk, breached, unassigned, oldest);
    }

    public void acknowledge(long alertId) {
        SlaAlert alert = em.find(SlaAlert.class, alertId);
        if (alert != null) {
            alert.acknowledge(session.getCallerPrincipal().getName(), clock.instant());
        }
    }
}
