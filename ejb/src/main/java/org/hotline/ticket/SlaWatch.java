package org.hotline.ticket;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.Calendars;
import org.hotline.calendar.SlaClock;
import org.hotline.common.Role;
import org.hotline.metrics.Metrics;
import org.jboss.logging.Logger;

/**
 * The container timer that chases tickets: every minute ({@link TicketSettings#slaWatchEvery()}) it brings the SLA
 * state of the tickets that may have changed up to date, and raises an alert for supervisors when one becomes at risk
 * or breaches. The timer is made at start-up from the setting, not declared, so that the system tests can run it every
 * few seconds; it is not persistent, as the declared one was not: a pass missed while the server was down is made up
 * by the next.
 *
 * <p>Only open tickets due within the horizon are looked at, through the index on (sla_state, resolution_due_at), so
 * the work per minute stays small however many tickets there are. A ticket due further away cannot be at risk yet:
 * the horizon is longer than a fifth of any target.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaWatch {

    static final Duration HORIZON = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private TicketSettings settings;

    @Resource
    private TimerService timers;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    @PostConstruct
    void start() {
        long every = settings.slaWatchEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("SLA watch", false));
    }

    @Timeout
    @PermitAll
    void watch() {
        int alerts = sweep();
        if (alerts > 0) {
            LOG.infof("SLA watch raised %d alert(s)", alerts);
        }
    }

    /** One pass; returns how many alerts it raised. Administrators (and tests) can run it at once. */
    @RolesAllowed(Role.Names.ADMIN)
    public int sweep() {
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.current();
        List<Ticket> due = em.createQuery(
                        "select t from Ticket t where t.status not in :done"
                                + " and t.slaState <> :breached and t.resolutionDueAt is not null and t.resolutionDueAt <= :horizon",
                        Ticket.class)
                .setParameter("done", EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .setParameter("breached", SlaClock.State.BREACHED)
                .setParameter("horizon", now.plus(HORIZON))
                .getResultList();
        int raised = 0;
        for (Ticket ticket : due) {
            SlaClock.State before = ticket.getSlaState();
            ticket.refreshSla(calendar, now);
            if (ticket.getSlaState() != before
                    && ticket.getSlaState() != SlaClock.State.ON_TRACK
                    && !alerted(ticket, ticket.getSlaState())) {
                em.persist(new SlaAlert(ticket, ticket.getSlaState(), now));
                metrics.slaAlertRaised(ticket.getSlaState().name());
                raised++;
            }
        }
        return raised;
    }

    private boolean alerted(Ticket ticket, SlaClock.State state) {
        return !em.createQuery("select a.id from SlaAlert a where a.ticket = :ticket and a.state = :state", Long.class)
                .setParameter("ticket", ticket)
                .setParameter("state", state)
                .getResultList()
                .isEmpty();
    }
}
