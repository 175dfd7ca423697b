package org.hotline.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.common.UtcColumns;

/**
 * Removes the recordings of calls past their period, a batch per transaction. A call on which a complaint was taken
 * keeps its recording while the complaint keeps its identity (the recording is the complaint's evidence); once the
 * complaint is anonymised, its link to the call is gone and the recording follows its own period.
 *
 * <p>The file is deleted before the transaction commits; should the commit fail, the next run finds the file gone and
 * marks the call then, so a run can be repeated safely. Internal: the retention job calls it, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class RecordingRetention {

    private static final String DUE = " from call_record r where r.recording is not null"
            + " and r.recording_removed_at is null and r.ended_at < ?1"
            + " and not exists (select 1 from complaint c where c.call_linkedid = r.linkedid)";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private RetentionSettings settings;

    /** What one batch did, and the last call it looked at (the next batch starts after it). */
    public record Batch(int removed, int looked, long lastId, List<String> failures) {}

    public long due(Instant endedBefore) {
        return ((Number) em.createNativeQuery("select count(*)" + DUE)
                        .setParameter(1, UtcColumns.value(endedBefore))
                        .getSingleResult())
                .longValue();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch remove(Path recordings, Instant endedBefore, long afterId, int size, String actor, Instant now) {
        RecordingsFolder folder = new RecordingsFolder(recordings, settings.pbxRecordingsDir());
        List<String> failures = new ArrayList<>();
        List<?> rows = em.createNativeQuery(
                        "select r.id, r.linkedid, r.recording" + DUE + " and r.id > ?2 order by r.id")
                .setParameter(1, UtcColumns.value(endedBefore))
                .setParameter(2, afterId)
                .setMaxResults(size)
                .getResultList();
        long last = afterId;
        int removed = 0;
        for (Object row : rows) {
            Object[] call = (Object[]) row;
            last = ((Number) call[0]).longValue();
            String linkedid = (String) call[1];
            String name = (String) call[2];
            RecordingsFolder.Outcome outcome;
            try {
                outcome = folder.remove(name);
            } catch (IOException | RuntimeException unreadable) {
                failures.add("call " + linkedid + ": recording not removed ("
                        + unreadable.getClass().getSimpleName() + ")");
                continue;
            }
            if (outcome == RecordingsFolder.Outcome.REFUSED) {
                failures.add("call " + linkedid + ": recording name refused (outside the recordings folder)");
                continue;
            }
            em.createNativeQuery("update call_record set recording_removed_at = ?1 where id = ?2")
                    .setParameter(1, UtcColumns.value(now))
                    .setParameter(2, last)
                    .executeUpdate();
            audit.record(
                    actor,
                    "RECORDING_REMOVED",
                    "call",
                    linkedid,
                    null,
                    outcome == RecordingsFolder.Outcome.REMOVED
                            ? "recording file deleted after the retention period"
                            : "recording file already gone; marked removed");
            removed++;
        }
        return new Batch(removed, rows.size(), last, failures);
    }
}
