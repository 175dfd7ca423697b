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
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.Calendars;
import org.hotline.calendar.SlaClock;
import org.hotline.cluster.PrimaryRole;
import org.hotline.common.Role;
import org.hotline.metrics.Metrics;
import org.jboss.logging.Logger;

/**
 * The container timer that chases tickets: every minute ({@link TicketSettings#slaWatchEvery()}) it brings up to date
 * the tickets one of whose SLA clocks has reached the moment it changes state ({@link Ticket#getSlaCheckAt()}), and
 * raises an alert for supervisors when one becomes at risk or breaches. The timer is made at start-up from the setting,
 * not declared, so that the system tests can run it every few seconds; it is not persistent: a pass missed while the
 * server was down is made up by the next, since every moment that has come is still due.
 *
 * <p>Its work follows what changes, not what exists: a pass reads, through the index on {@code sla_check_at}, only
 * the tickets whose moment has come, in batches of {@value #BATCH}, each committed on its own, so a pass that finds
 * a backlog (after a restart, after a holiday was declared) spreads it over several periods instead of overrunning
 * one: it stops taking new batches once half its period is spent. Passes never overlap.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SlaWatch {

    static final int BATCH = 500;
    private static final Duration BROKEN_TICKET_RETRY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    /** What a pass did: tickets looked at, alerts raised, whether it caught up, and how long it took. */
    public record Pass(int looked, int alerts, boolean finished, Duration took) {}

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private TicketSettings settings;

    @Inject
    private SlaRecheck recheck;

    @Resource
    private TimerService timers;

    @Resource
    private UserTransaction transaction;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        inTransaction(recheck::ifTheHoursChanged);
        long every = settings.slaWatchEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("SLA watch", false));
    }

    @Timeout
    @PermitAll
    void watch() {
        if (!PrimaryRole.isPrimary()) {
            return; // another node of the cluster watches
        }
        if (!running.compareAndSet(false, true)) {
            return; // the previous pass still runs; this one's tickets are still due for the next
        }
        try {
            Pass pass = sweep(settings.slaWatchEvery().dividedBy(2));
            if (pass.alerts() > 0 || !pass.finished()) {
                LOG.infof(
                        "SLA watch looked at %d ticket(s) in %d ms, raised %d alert(s)%s",
                        pass.looked(),
                        pass.took().toMillis(),
                        pass.alerts(),
                        pass.finished() ? "" : "; more are due, the next pass goes on");
            }
        } catch (RuntimeException e) {
            // a batch that failed (an agent saved one of its tickets meanwhile, the database away) changed nothing:
            // its tickets are still due, and the next pass takes them again
            LOG.warnf(e, "SLA watch pass stopped; the next one takes its tickets again");
        } finally {
            running.set(false);
        }
    }

    /** One pass, batch after batch while tickets are due and {@code budget} lasts. */
    @RolesAllowed(Role.Names.ADMIN)
    public Pass sweep(Duration budget) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        int looked = 0;
        int alerts = 0;
        boolean finished = false;
        while (!finished && Duration.ofNanos(System.nanoTime() - started).compareTo(budget) < 0) {
            int[] batch = inTransaction(() -> refreshDue(now));
            looked += batch[0];
            alerts += batch[1];
            finished = batch[0] < BATCH;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        metrics.slaWatchPass(looked, took.toNanos() / 1e9);
        return new Pass(looked, alerts, finished, took);
    }

    /** One batch of the tickets whose moment has come: {looked at, alerts raised}. */
    private int[] refreshDue(Instant now) {
        List<Long> ids = em.createQuery(
                        "select t.id from Ticket t where t.slaCheckAt <= :now order by t.slaCheckAt", Long.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return new int[] {0, 0};
        }
        // the batch's updates (and alerts) sent to the database in a few round trips rather than one per ticket
        em.unwrap(Session.class).setJdbcBatchSize(BATCH);
        BusinessCalendar calendar = calendars.afresh();
        List<Ticket> due = em.createQuery(
                        "select distinct t from Ticket t left join fetch t.pauses where t.id in :ids", Ticket.class)
                .setParameter("ids", ids)
                .getResultList();
        // the alerts the batch's tickets already have, read at once: a query per ticket would make Hibernate flush
        // (and dirty-check the whole batch) before each
        Set<String> alerted = new HashSet<>();
        em.createQuery("select a.ticket.id, a.state from SlaAlert a where a.ticket.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> alerted.add(row[0] + ":" + ((SlaClock.State) row[1]).name()));
        int raised = 0;
        for (Ticket ticket : due) {
            SlaClock.State before = ticket.getSlaState();
            try {
                ticket.refreshSla(calendar, now);
            } catch (RuntimeException broken) {
                // a ticket whose clocks cannot be computed (a bug, data no rule expects) must not stop the watch for
                // every other: it is put back, and looked at again later, with the error in the log
                LOG.errorf(
                        broken,
                        "SLA watch could not bring ticket %d up to date; it looks again in an hour",
                        ticket.getId());
                ticket.postponeSlaCheck(now.plus(BROKEN_TICKET_RETRY));
                continue;
            }
            SlaClock.State after = ticket.getSlaState();
            if (after != before
                    && after != SlaClock.State.ON_TRACK
                    && alerted.add(ticket.getId() + ":" + after.name())) {
                em.persist(new SlaAlert(ticket, after, now));
                metrics.slaAlertRaised(after.name());
                raised++;
            }
        }
        return new int[] {ids.size(), raised};
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.get();
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the SLA watch's transaction failed", e);
        }
    }
}
