package org.hotline.call;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.audit.AuditTrail;
import org.hotline.citizen.Callers;
import org.hotline.citizen.Citizen;
import org.hotline.common.Role;
import org.hotline.security.PhoneDirectory;
import org.hotline.survey.CallSurveys;

/**
 * Writes the PBX's signals into the call log. The row of a linkedid is created with INSERT IGNORE, then locked, so
 * that signals of one call handled at once on several threads are applied one after another and never make two rows.
 *
 * <p>Its writes are called only by the telephony module's AMI adapter and the PBX's records, on container threads that
 * carry no user; no page or API reaches them, hence {@code @PermitAll}. Looking a call up is for supervisors and
 * administrators, and audited: a call names its caller.
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

    @Inject
    private AuditTrail audit;

    @EJB
    private PhoneDirectory phones;

    @Inject
    private CallSurveys surveys;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /**
     * A call by its linkedid or by the uniqueid Asterisk's CDRs and queue_log name it by (either finds it), with its
     * legs; the look-up is audited.
     *
     * @throws CallNotFound when no call has that id
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public CallView find(@NotNull @Pattern(regexp = "\\d{1,20}\\.\\d{1,10}") String id) {
        CallRecord call = em.createQuery(
                        "select c from CallRecord c where c.linkedid = :id or c.uniqueid = :id", CallRecord.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new CallNotFound(id));
        audit.record(
                session.getCallerPrincipal().getName(),
                "CALL_VIEWED",
                "call",
                call.getLinkedid(),
                null,
                "looked up by " + id);
        return CallView.of(call, phones.agentNames(), surveys.of(call.getLinkedid()));
    }

    public void apply(@NotNull CallSignal signal) {
        apply(signal, null);
    }

    /**
     * Applies a signal; with an agent's completion, {@code wrapUpSeconds} is the wrap-up the agent then has (the
     * member's wrap-up time on the PBX, else the configured one), kept for handle time: talk plus wrap-up.
     */
    public void apply(@NotNull CallSignal signal, Integer wrapUpSeconds) {
        applyTo(locked(signal.linkedid()), signal, wrapUpSeconds);
    }

    /**
     * Applies signals in the order given, in one transaction: what a lane of the AMI adapter has waiting in a burst
     * is written with one commit, and each call's row is locked and read once however many of its signals come.
     */
    public void apply(@NotNull List<@NotNull ToApply> signals) {
        Map<String, CallRecord> locked = new HashMap<>();
        for (ToApply each : signals) {
            applyTo(
                    locked.computeIfAbsent(each.signal().linkedid(), this::locked),
                    each.signal(),
                    each.wrapUpSeconds());
        }
    }

    /** A signal to apply, with the wrap-up the agent then has when it is an agent's completion (else null). */
    public record ToApply(@NotNull CallSignal signal, Integer wrapUpSeconds) {}

    private void applyTo(CallRecord call, CallSignal signal, Integer wrapUpSeconds) {
        CallDisposition before = call.getDisposition();
        String answering = signal.kind() == CallSignal.Kind.ANSWERED
                ? phones.answering(signal.agent(), signal.value()).orElse(null)
                : null;
        call.apply(signal, clock.instant(), answering);
        if (signal.kind() == CallSignal.Kind.AGENT_COMPLETED && wrapUpSeconds != null) {
            call.wrappedUp(wrapUpSeconds);
        }
        settled(call, before, signal.caller() != null);
    }

    /**
     * What follows every change of a call: its caller matched to a citizen once known, and a callback task asked for
     * when the call has just turned out abandoned (the caller gave up waiting; never a queue's timeout).
     */
    private void settled(CallRecord call, CallDisposition before, boolean callerMayBeNew) {
        if (callerMayBeNew && call.getCitizenId() == null && call.getCaller() != null) {
            call.belongsTo(callers.owning(call.getCaller()).map(Citizen::getId).orElse(null));
        }
        if (before != CallDisposition.ABANDONED
                && call.getDisposition() == CallDisposition.ABANDONED
                && call.getCaller() != null) {
            abandoned.fire(new CallAbandoned(call.getLinkedid(), call.getCaller(), call.getQueue(), call.getEndedAt()));
        }
    }

    /**
     * Completes a call from the PBX's own records (its CDRs and queue_log, as signals): they are the last word on a
     * call that ended while the application was away, and fill what the live events missed. A call the live events had
     * already seen end is compared with them; what differs is kept on the call and counted, and a call the live events
     * told whole (ended, and an answered one with its talk) in agreement with them is not changed by them.
     *
     * @return what differed, or null when the live record agreed (or had not seen the call end)
     */
    public String completeFromPbx(@NotNull String linkedid, @NotNull List<CallSignal> pbxSignals) {
        CallRecord call = locked(linkedid);
        CallDisposition before = call.getDisposition();
        String disagreement = call.getEndedAt() == null
                ? null
                : call.disagreementWith(CallRecord.of(linkedid, pbxSignals, clock.instant()));
        Instant now = clock.instant();
        // A call the live events told whole, in agreement with the records, keeps their times (to the microsecond; a
        // CDR's end is whole seconds). One they left unfinished, or told otherwise, is completed from the records:
        // events lost with a link can make an answered call look as if it ended in the IVR.
        if (disagreement != null || !call.isToldWhole()) {
            pbxSignals.forEach(signal -> call.apply(signal, now));
        }
        call.checkedAgainstPbx(now, disagreement);
        settled(call, before, true);
        return disagreement;
    }

    /**
     * Brings the log in line with the PBX after a (re)connect: a call the PBX has that the log lacks is entered, a call
     * a member is bridged to is answered by that member (even if its answer came while the application was away), and
     * a call the log has not seen end that the PBX no longer has is marked incomplete (the PBX's records complete it
     * later: {@link #completeFromPbx}). Calls the log changed after
     * the PBX's list was taken are left alone: their events are newer than the list.
     *
     * @return how many calls were entered and how many marked incomplete
     */
    public Reconciliation reconcile(@NotNull List<ActiveCall> active, @NotNull Instant listTakenAt) {
        Set<String> linkedids = active.stream().map(ActiveCall::linkedid).collect(Collectors.toSet());
        int entered = 0;
        for (ActiveCall call : active) {
            CallRecord record = locked(call.linkedid());
            CallDisposition before = record.getDisposition();
            if (record.getEnteredAt() == null) {
                record.apply(
                        new CallSignal(
                                CallSignal.Kind.ENTERED,
                                call.linkedid(),
                                call.enteredAt(),
                                call.caller(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        clock.instant());
                entered++;
            }
            if (call.isAnswered()) {
                record.apply(
                        new CallSignal(
                                CallSignal.Kind.ANSWERED,
                                call.linkedid(),
                                call.answeredAt(),
                                null,
                                null,
                                null,
                                call.queue(),
                                call.agent(),
                                null,
                                null,
                                null,
                                null,
                                null),
                        clock.instant());
            }
            settled(record, before, call.caller() != null);
        }
        List<CallRecord> lost = em
                .createQuery(
                        "select c from CallRecord c where c.endedAt is null"
                                + " and c.disposition <> :incomplete and c.updatedAt < :listTakenAt and c.updatedAt > :since",
                        CallRecord.class)
                .setParameter("incomplete", CallDisposition.INCOMPLETE)
                .setParameter("listTakenAt", listTakenAt)
                .setParameter("since", listTakenAt.minus(Duration.ofDays(1)))
                // locked as each event's write locks its call: an event written meanwhile waits, or, committed first,
                // takes its call out of this list, instead of failing the whole reconciliation on a stale version
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .filter(c -> !linkedids.contains(c.getLinkedid()))
                .toList();
        lost.forEach(c -> c.markIncomplete(clock.instant()));
        return new Reconciliation(entered, lost.size());
    }

    /** How many calls that entered since then ended each way (the live view's "today"), counted by the database. */
    public Map<CallDisposition, Long> dispositionsSince(@NotNull Instant since) {
        Map<CallDisposition, Long> counts = new EnumMap<>(CallDisposition.class);
        em.createQuery(
                        "select c.disposition, count(c) from CallRecord c where c.enteredAt >= :since"
                                + " group by c.disposition",
                        Object[].class)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> counts.put((CallDisposition) row[0], (Long) row[1]));
        return counts;
    }

    /** What a reconciliation changed. */
    public record Reconciliation(int entered, int markedIncomplete) {}

    private CallRecord locked(String linkedid) {
        em.createNativeQuery("insert ignore into call_record (linkedid, disposition, updated_at, version)"
                        + " values (?1, 'IN_PROGRESS', utc_timestamp(6), 0)")
                .setParameter(1, linkedid)
                .executeUpdate();
        // The legs are read with the call, by the same locking read: a plain read of them would see the transaction's
        // snapshot (MariaDB's repeatable read), older than the call's row once the lock was waited for, and the call
        // would then be summarised from legs another writer has since completed (a reconciliation locks hundreds of
        // calls in one transaction).
        return em.createQuery(
                        "select distinct c from CallRecord c left join fetch c.legs" + " where c.linkedid = :linkedid",
                        CallRecord.class)
                .setParameter("linkedid", linkedid)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
