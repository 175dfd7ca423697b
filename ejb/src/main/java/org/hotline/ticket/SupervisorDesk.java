package org.hotline.ticket;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.hotline.security.Role;

/** The supervisors' notifications: tickets that became at risk or breached, until someone acknowledges them. */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SupervisorDesk {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Unacknowledged alerts, newest first. */
    public List<SlaAlertView> openAlerts() {
        return em.createQuery("select a from SlaAlert a join fetch a.ticket where a.acknowledgedAt is null"
                + " order by a.raisedAt desc, a.id desc", SlaAlert.class).setMaxResults(200).getResultStream()
                .map(SlaAlertView::of).toList();
    }

    public void acknowledge(long alertId) {
        SlaAlert alert = em.find(SlaAlert.class, alertId);
        if (alert != null) {
            alert.acknowledge(session.getCallerPrincipal().getName(), clock.instant());
        }
    }
}
