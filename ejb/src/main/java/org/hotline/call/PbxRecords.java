package org.hotline.call;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hotline.cluster.PrimaryRole;
import org.hotline.common.UtcColumns;
import org.jboss.logging.Logger;

/**
 * Completes the call log from the PBX's own records. Asterisk writes a CDR per channel and its queue_log into this
 * database (docs/asterisk/); every few seconds ({@code HOTLINE_PBX_RECORDS_SECONDS}, 30 by default) the calls not yet
 * read against them whose channel the PBX has finished are completed from them: the end, the queue visits with their
 * agents, waits and talk, the outcome. That is what puts right a call that ended while the application was away (a
 * restart, a lost link). A call the live events had already seen end is compared first; a disagreement is kept on the
 * call and counted in the log.
 *
 * <p>Calls the live events never showed at all (begun and ended while the application was away) are entered from
 * the CDRs. Only calls of the last two days are looked at, at most a batch a pass, through the indexes on
 * (pbx_checked_at, entered_at) and the CDR's calldate. Without CDRs (a PBX not configured to write them) nothing
 * changes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PbxRecords {

    private static final Logger LOG = Logger.getLogger(PbxRecords.class);
    static final Duration WINDOW = Duration.ofDays(2);
    /** Live events of a call are left a moment to arrive before its records are read. */
    static final Duration SETTLE = Duration.ofSeconds(5);

    static final int BATCH = 200;

    @Inject
    private CallSettings settings;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private CallLog callLog;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong disagreements = new AtomicLong();

    @PostConstruct
    void start() {
        long every = settings.pbxRecordsEvery().toMillis();
        if (every > 0) {
            timers.createIntervalTimer(every, every, new TimerConfig("PBX records", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!PrimaryRole.isPrimary()) {
            return; // the primary node, which holds the PBX's events, completes the calls
        }
        if (!running.compareAndSet(false, true)) {
            return; // the previous pass is still reading
        }
        try {
            int completed = completeFinishedCalls();
            if (completed > 0) {
                LOG.debugf("Completed %d call(s) from the PBX's records", completed);
            }
        } catch (RuntimeException failed) {
            LOG.warnf(failed, "Could not read the PBX's records; the next pass tries again");
        } finally {
            running.set(false);
        }
    }

    /** One pass; returns how many calls it completed from the PBX's records. */
    int completeFinishedCalls() {
        Instant now = clock.instant();
        // A call whose first events were lost with the link has no entered_at until its CDR gives it one.
        List<?> unchecked = em.createNativeQuery("select c.linkedid, c.uniqueid from call_record c"
                        + " where c.pbx_checked_at is null and (c.entered_at > ?1 or c.entered_at is null and c.updated_at > ?1)"
                        + " and c.updated_at < ?2 order by c.entered_at limit " + BATCH)
                .setParameter(1, utc(now.minus(WINDOW)))
                .setParameter(2, utc(now.minus(SETTLE)))
                .getResultList();
        List<Object> calls = new ArrayList<>(unchecked);
        // Calls the live events never showed at all (begun and ended while the application was away) exist only in
        // the PBX's records: they are entered from them.
        for (Object linkedid : em.createNativeQuery("select distinct d.linkedid from cdr d left join call_record c"
                        + " on c.linkedid = d.linkedid where d.calldate > ?1 and d.calldate < ?2 and d.linkedid is not null"
                        + " and c.id is null limit " + BATCH)
                .setParameter(1, utc(now.minus(WINDOW)))
                .setParameter(2, utc(now.minus(SETTLE)))
                .getResultList()) {
            calls.add(new Object[] {linkedid, null});
        }
        int completed = 0;
        for (Object row : calls) {
            Object[] call = (Object[]) row;
            String linkedid = (String) call[0];
            String uniqueid = (String) call[1];
            List<PbxRecord.Cdr> cdrs = cdrs(linkedid);
            if (!PbxRecord.isOver(linkedid, uniqueid, cdrs)) {
                continue;
            }
            List<String> callids =
                    new ArrayList<>(cdrs.stream().map(PbxRecord.Cdr::uniqueid).toList());
            if (uniqueid != null) {
                callids.add(uniqueid);
            }
            String disagreement =
                    callLog.completeFromPbx(linkedid, PbxRecord.signals(linkedid, cdrs, queueLog(callids)));
            if (disagreement != null) {
                LOG.warnf(
                        "The live record of call %s differs from the PBX's: %s (%d so far)",
                        linkedid, disagreement, disagreements.incrementAndGet());
            }
            completed++;
        }
        return completed;
    }

    private List<PbxRecord.Cdr> cdrs(String linkedid) {
        List<PbxRecord.Cdr> cdrs = new ArrayList<>();
        for (Object row : em.createNativeQuery("select calldate, src, uniqueid, linkedid, duration from cdr"
                        + " where linkedid = ?1 order by calldate, id")
                .setParameter(1, linkedid)
                .getResultList()) {
            Object[] cdr = (Object[]) row;
            cdrs.add(new PbxRecord.Cdr(
                    UtcColumns.instant(cdr[0]),
                    (String) cdr[1],
                    (String) cdr[2],
                    (String) cdr[3],
                    cdr[4] == null ? 0 : ((Number) cdr[4]).intValue()));
        }
        return cdrs;
    }

    private List<PbxRecord.QueueLogLine> queueLog(List<String> callids) {
        List<PbxRecord.QueueLogLine> lines = new ArrayList<>();
        if (callids.isEmpty()) {
            return lines;
        }
        for (Object row : em.createNativeQuery("select time, callid, queuename, agent, event, data1, data2, data3,"
                        + " data4, data5 from queue_log where callid in (:callids) order by time, id")
                .setParameter("callids", callids)
                .getResultList()) {
            Object[] line = (Object[]) row;
            lines.add(new PbxRecord.QueueLogLine(
                    UtcColumns.instant(line[0]),
                    (String) line[1],
                    (String) line[2],
                    (String) line[3],
                    (String) line[4],
                    (String) line[5],
                    (String) line[6],
                    (String) line[7],
                    (String) line[8],
                    (String) line[9]));
        }
        return lines;
    }

    /** The stored form of a moment: DATETIME in UTC, as Hibernate writes the call log's times. */
    private static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
