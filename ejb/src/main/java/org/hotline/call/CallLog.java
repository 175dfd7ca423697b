package org.hotline.call;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.Callers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the PBX's signals into the call log. The row of a linkedid is created with INSERT IGNORE, then locked, so
 * that signals of one call handled at once on several threads are applied one after another and never make two rows.
 *
 * <p>Called only by the telephony module's AMI adapter, on container threads that carry no user; no page or API
 * reaches it, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class CallLog {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Event<CallAbandoned> abandoned;

    @Inject
    private Callers callers;

    private final Clock clock = Clock.systemUTC();

    public void apply(@NotNull CallSignal signal) {
        apply(signal, null);
    }

    /**
     * Applies a signal; with an agent's completion, {@code wrapUpSeconds} is the wrap-up the agent then has (the
     * member's wrap-up time on the PBX, else the configured one), kept for handle time: talk plus wrap-up.
     */
    public void apply(@NotNull CallSignal signal, Integer wrapUpSeconds) {
        CallRecord call = locked(signal.linkedid());
        CallDisposition before = call.getDisposition();
        call.apply(signal, clock.instant());
        if (signal.kind() == CallSignal.Kind.AGENT_COMPLETED && wrapUpSeconds != null) {
            call.wrappedUp(wrapUpSeconds);
        }
        if (call.getCitizenId() == null && call.getCaller() != null && signal.caller() != null) {
            call.belongsTo(callers.owning(call.getCaller()).map(Citizen::getId).orElse(null));
        }
        if (before != CallDisposition.ABANDONED && call.getDisposition() == CallDisposition.ABANDONED
                && call.getCaller() != null) {
            abandoned.fire(new CallAbandoned(call.getLinkedid(), call.getCaller(), call.getQueue(), call.getEndedAt()));
        }
    }

    /**
     * Brings the log in line with the PBX after a (re)connect: a call the PBX has that the log lacks is entered, and
     * a call the log has not seen end that the PBX no longer has is marked incomplete. Calls the log changed after
     * the PBX's list was taken are left alone: their events are newer than the list.
     *
     * @return how many calls were entered and how many marked incomplete
     */
    public Reconciliation reconcile(@NotNull List<ActiveCall> active, @NotNull Instant listTakenAt) {
        Set<String> linkedids = active.stream().map(ActiveCall::linkedid).collect(Collectors.toSet());
        int entered = 0;
        for (ActiveCall call : active) {
            CallRecord record = locked(call.linkedid());
            if (record.getEnteredAt() == null) {
                record.apply(new CallSignal(CallSignal.Kind.ENTERED, call.linkedid(), call.enteredAt(), call.caller(),
                        null, null, null, null, null, null, null, null, null), clock.instant());
                entered++;
            }
        }
        List<CallRecord> lost = em.createQuery("select c from CallRecord c where c.endedAt is null"
                + " and c.disposition <> :incomplete and c.updatedAt < :listTakenAt and c.updatedAt > :since",
                CallRecord.class)
                .setParameter("incomplete", CallDisposition.INCOMPLETE).setParameter("listTakenAt", listTakenAt)
                .setParameter("since", listTakenAt.minus(Duration.ofDays(1))).getResultList().stream()
                .filter(c -> !linkedids.contains(c.getLinkedid())).toList();
        lost.forEach(c -> c.markIncomplete(clock.instant()));
        return new Reconciliation(entered, lost.size());
    }

    /** How many calls that entered since then ended each way (the live view's "today"), counted by the database. */
    public Map<CallDisposition, Long> dispositionsSince(@NotNull Instant since) {
        Map<CallDisposition, Long> counts = new EnumMap<>(CallDisposition.class);
        em.createQuery("select c.disposition, count(c) from CallRecord c where c.enteredAt >= :since"
                + " group by c.disposition", Object[].class).setParameter("since", since).getResultList()
                .forEach(row -> counts.put((CallDisposition) row[0], (Long) row[1]));
        return counts;
    }

    /** What a reconciliation changed. */
    public record Reconciliation(int entered, int markedIncomplete) {
    }

    private CallRecord locked(String linkedid) {
        em.createNativeQuery("insert ignore into call_record (linkedid, disposition, updated_at, version)"
                + " values (?1, 'IN_PROGRESS', utc_timestamp(6), 0)").setParameter(1, linkedid).executeUpdate();
        CallRecord call = em.createQuery("select c from CallRecord c where c.linkedid = :linkedid", CallRecord.class)
                .setParameter("linkedid", linkedid).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        return call;
    }
}
