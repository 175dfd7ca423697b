package org.hotline.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotline.cluster.PrimaryRole;
import org.hotline.common.BusinessTime;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintRetention;
import org.jboss.logging.Logger;

/**
 * The retention job: once a day at a quiet hour, Baghdad time ({@link RetentionSettings#runAt()}), and whenever an
 * administrator asks, it anonymises the closed complaints past their period and removes the recordings past theirs,
 * a batch per transaction, and records the run with its figures. A dry run counts what a run would do and changes
 * nothing but the report and the audit log.
 *
 * <p>One run at a time: a second one asked for while one is going is refused ({@link RetentionBusy}), never queued.
 * The timer is made at start-up from the setting, not persistent (as the SLA watch's): a day missed while the server
 * was down is made up by the next, which finds everything past its period then. Audit entries are never touched.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    private RetentionSettings settings;

    @Inject
    private Clock clock;

    @EJB
    private ComplaintRetention complaints;

    @EJB
    private RecordingRetention recordings;

    @EJB
    private RetentionLog log;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        settings.runAt()
                .ifPresent(at -> timers.createCalendarTimer(
                        new ScheduleExpression()
                                .hour(at.getHour())
                                .minute(at.getMinute())
                                .second(0)
                                .timezone(BusinessTime.ZONE.getId()),
                        new TimerConfig("retention", false)));
    }

    @Timeout
    @PermitAll
    void daily() {
        if (!PrimaryRole.isPrimary()) {
            return; // the primary node runs the day's retention
        }
        try {
            RunView run = execute(SYSTEM, false);
            LOG.infof(
                    "Retention run %d: %d complaint(s) anonymised, %d recording(s) removed, %d failure(s)",
                    run.id(), run.complaintsAnonymised(), run.recordingsRemoved(), run.failures());
        } catch (RetentionBusy busy) {
            LOG.info("Retention run skipped: another one is going on");
        }
    }

    /** A run now, as an administrator asked; a dry run changes nothing but the report. */
    @RolesAllowed(Role.Names.ADMIN)
    public RunView run(String actor, boolean dryRun) {
        return execute(actor, dryRun);
    }

    private RunView execute(String actor, boolean dryRun) {
        if (!running.compareAndSet(false, true)) {
            throw new RetentionBusy();
        }
        try {
            Instant now = clock.instant();
            long id = log.begin(actor, dryRun, now);
            RunFigures figures = new RunFigures();
            Optional<Instant> closedBefore = settings.complaintsClosedBefore(now);
            Optional<Instant> endedBefore = settings.recordingsEndedBefore(now);
            if (dryRun) {
                closedBefore.map(complaints::due).ifPresent(due -> {
                    figures.anonymised((int) due.toAnonymise());
                    figures.held((int) due.held());
                });
                endedBefore.map(recordings::due).ifPresent(due -> figures.removed(due.intValue()));
            } else {
                closedBefore.ifPresent(cutOff -> anonymise(cutOff, actor, now, figures));
                endedBefore.ifPresent(cutOff -> removeRecordings(cutOff, actor, now, figures));
            }
            return log.finish(id, actor, figures, clock.instant());
        } finally {
            running.set(false);
        }
    }

    private void anonymise(Instant closedBefore, String actor, Instant now, RunFigures figures) {
        figures.held((int) complaints.due(closedBefore).held());
        long after = 0;
        while (true) {
            ComplaintRetention.Batch batch;
            try {
                batch = complaints.anonymise(closedBefore, after, settings.batch(), actor, now);
            } catch (RuntimeException failed) {
                LOG.error("Retention: a batch of complaints could not be anonymised", failed);
                figures.failed("complaints after " + after + ": batch failed ("
                        + failed.getClass().getSimpleName() + "), to be tried again at the next run");
                return;
            }
            figures.anonymised(batch.anonymised());
            if (batch.anonymised() < settings.batch()) {
                return;
            }
            after = batch.lastId();
        }
    }

    private void removeRecordings(Instant endedBefore, String actor, Instant now, RunFigures figures) {
        long after = 0;
        while (true) {
            RecordingRetention.Batch batch;
            try {
                batch = recordings.remove(
                        settings.recordingsDir().orElseThrow(), endedBefore, after, settings.batch(), actor, now);
            } catch (RuntimeException failed) {
                LOG.error("Retention: a batch of recordings could not be removed", failed);
                figures.failed("recordings after " + after + ": batch failed ("
                        + failed.getClass().getSimpleName() + "), to be tried again at the next run");
                return;
            }
            figures.removed(batch.removed());
            batch.failures().forEach(figures::failed);
            if (batch.looked() < settings.batch()) {
                return;
            }
            after = batch.lastId();
        }
    }
}
