package org.hotline.call;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One call through the hotline. Every signal is applied so that applying it twice, or after a later one, changes
 * nothing more: times keep the earliest value seen, first facts are not overwritten, and the disposition is derived
 * from what is known rather than set by the last signal.
 *
 * <p>A call's queue visits are its {@link CallLeg legs}; the call's queue, agent and answer are those of its first
 * answered leg, and its wait and talk are the sums over the legs (the PBX's own counts).
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    static final String IVR_PREFIX = "HOTLINE_";
    /** Set by the IVR when it answered outside opening hours (see docs/IVR.md). */
    static final String AFTER_HOURS_CHOICE = "AFTER_HOURS=";
    /** How Queue() ended, as app_queue sets it on the caller's channel. */
    static final String QUEUE_STATUS = "QUEUESTATUS";
    /** The QUEUESTATUS values that mean the queue, not the caller, ended the wait. */
    static final Set<String> QUEUE_GAVE_UP =
            Set.of("TIMEOUT", "FULL", "JOINEMPTY", "LEAVEEMPTY", "JOINUNAVAIL", "LEAVEUNAVAIL");

    static final String TRANSFER_REASON = "transfer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "linkedid", nullable = false, unique = true, length = 64)
    private String linkedid;

    /** The channel that ran the IVR and waited in the queue: queue_log's callid, the CDR's uniqueid. */
    @Column(name = "uniqueid", length = 64)
    private String uniqueid;

    /** How Queue() ended (QUEUESTATUS), when it ended by itself rather than with an answer or the caller's hang-up. */
    @Column(name = "queue_status", length = 20)
    private String queueStatus;

    @Column(name = "caller", length = 40)
    private String caller;

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "did", length = 40)
    private String did;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "queue_joined_at")
    private Instant queueJoinedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "queue", length = 80)
    private String queue;

    @Column(name = "agent", length = 80)
    private String agent;

    @Column(name = "wait_seconds")
    private Integer waitSeconds;

    @Column(name = "talk_seconds")
    private Integer talkSeconds;

    @Column(name = "wrap_up_seconds")
    private Integer wrapUpSeconds;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "disposition", nullable = false, length = 20)
    private CallDisposition disposition = CallDisposition.IN_PROGRESS;

    @Column(name = "hangup_cause")
    private Integer hangupCause;

    @Column(name = "ivr_choices", length = 500)
    private String ivrChoices;

    @Column(name = "recording", length = 255)
    private String recording;

    @Column(name = "citizen_id")
    private Long citizenId;

    @Column(name = "transferred_to", length = 80)
    private String transferredTo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the PBX's own records (CDR, queue_log) were read for this call; null until they have been. */
    @Column(name = "pbx_checked_at")
    private Instant pbxCheckedAt;

    /** What the live events said that the PBX's records did not, or null when they agreed. */
    @Column(name = "pbx_disagreement", length = 255)
    private String pbxDisagreement;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt")
    private List<CallLeg> legs = new ArrayList<>();

    protected CallRecord() {
        // for JPA
    }

    /** Applies one signal; see the class comment for why the order of signals does not matter. */
    public void apply(CallSignal signal, Instant now) {
        apply(signal, now, null);
    }

    /**
     * Applies one signal; for an answer, {@code answeringAccount} is the account that answered, as it was at that
     * moment (the person given the member, else the account whose phone it is), null when nobody was.
     */
    public void apply(CallSignal signal, Instant now, String answeringAccount) {
        switch (signal.kind()) {
            case ENTERED -> {
                enteredAt = earliest(enteredAt, signal.at());
                callerKnown(signal);
                did = first(did, signal.did());
            }
            case CALLER_KNOWN -> callerKnown(signal);
            case QUEUE_JOINED -> {
                callerKnown(signal);
                uniqueid = first(uniqueid, signal.uniqueid());
                leg(signal.queue(), signal.at()).joined(signal.at());
            }
            case ANSWERED ->
                answerLeg(signal)
                        .answered(signal.at(), signal.agent(), signal.value(), answeringAccount, signal.waitSeconds());
            case AGENT_COMPLETED ->
                leg(
                                signal.queue(),
                                minus(minus(signal.at(), signal.talkSeconds()), signal.waitSeconds()),
                                signal.agent())
                        .completed(
                                signal.at(),
                                signal.agent(),
                                signal.waitSeconds(),
                                signal.talkSeconds(),
                                TRANSFER_REASON.equalsIgnoreCase(signal.value()));
            case ABANDONED ->
                leg(signal.queue(), minus(signal.at(), signal.waitSeconds()))
                        .leftUnanswered(
                                signal.waitSeconds(),
                                queueGaveUp() ? CallLeg.Outcome.TIMED_OUT : CallLeg.Outcome.ABANDONED);
            case ENDED -> {
                endedAt = earliest(endedAt, signal.at());
                hangupCause = first(hangupCause, signal.hangupCause());
            }
            case VARIABLE -> {
                uniqueid = first(uniqueid, signal.uniqueid());
                variable(signal.variable(), signal.value(), signal.at());
            }
            case TRANSFERRED -> transferredTo = first(transferredTo, signal.value());
            default -> throw new IllegalArgumentException("unknown signal " + signal.kind());
        }
        summarise();
        disposition = derivedDisposition();
        updatedAt = now;
    }

    private void callerKnown(CallSignal signal) {
        caller = first(caller, signal.caller());
        callerName = first(callerName, signal.callerName());
    }

    /**
     * The leg an answer belongs to. One from the PBX's channel list carries no wait and only an estimated time: it is
     * the answer the same agent already gave a visit of that queue that had not ended by then, not a second visit.
     */
    private CallLeg answerLeg(CallSignal signal) {
        String name = queueName(signal.queue());
        if (signal.waitSeconds() == null && signal.agent() != null) {
            Optional<CallLeg> known = legs.stream()
                    .filter(leg -> leg.mayBeAnsweredAbout(name, signal.agent(), signal.at()))
                    .reduce((earlier, later) -> later);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return leg(name, minus(signal.at(), signal.waitSeconds()), signal.agent());
    }

    private static String queueName(String queue) {
        return queue == null || queue.isBlank() ? "?" : queue;
    }

    private CallLeg leg(String queue, Instant impliedJoin) {
        return leg(queue, impliedJoin, null);
    }

    /**
     * The leg of this queue visit: the one whose join time is that implied; else, for an agent's answer or completion,
     * the one this agent has in hand in that queue, or the latest still waiting there (an answer learnt from the PBX's
     * channel list carries no wait, so the join it implies is only approximate); else a visit of that queue whose join
     * was only guessed (from such an answer) by the same agent, or by anyone for the join itself; else a new one.
     */
    private CallLeg leg(String queue, Instant impliedJoin, String agent) {
        String name = queueName(queue);
        return legs.stream()
                .filter(leg -> leg.isVisit(name, impliedJoin))
                .findFirst()
                .or(() -> legs.stream()
                        .filter(leg -> agent != null && leg.isInHandOf(name, agent))
                        .findFirst())
                .or(() -> legs.stream()
                        .filter(leg -> agent != null && leg.isWaitingIn(name))
                        .reduce((earlier, later) -> later))
                .or(() -> legs.stream()
                        .filter(leg -> leg.isGuessedVisitOf(name, agent))
                        .findFirst())
                .orElseGet(() -> {
                    CallLeg leg = new CallLeg(this, name, impliedJoin);
                    legs.add(leg);
                    return leg;
                });
    }

    private static Instant minus(Instant at, Integer seconds) {
        return at == null || seconds == null ? at : at.minusSeconds(seconds);
    }

    /**
     * The call's own fields from its legs: the first queue, the first answer and its agent, the sums of wait and talk,
     * and where an agent transferred the caller (the next leg's queue, rather than the dialplan extension).
     */
    private void summarise() {
        legs.sort(Comparator.comparing(CallLeg::getJoinedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        if (legs.isEmpty()) {
            return;
        }
        queue = legs.get(0).getQueue();
        queueJoinedAt = legs.stream()
                .map(CallLeg::getJoinedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(queueJoinedAt);
        CallLeg firstAnswered =
                legs.stream().filter(CallLeg::isAnswered).findFirst().orElse(null);
        if (firstAnswered != null) {
            agent = firstAnswered.getAgent();
            answeredAt = legs.stream()
                    .map(CallLeg::getAnsweredAt)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
        }
        waitSeconds = sum(legs.stream().map(CallLeg::getWaitSeconds).toList());
        talkSeconds = sum(legs.stream().map(CallLeg::getTalkSeconds).toList());
        for (int i = 0; i + 1 < legs.size(); i++) {
            if (legs.get(i).getOutcome() == CallLeg.Outcome.TRANSFERRED) {
                transferredTo = legs.get(i + 1).getQueue();
                break;
            }
        }
    }

    private static Integer sum(List<Integer> values) {
        return values.stream().allMatch(Objects::isNull)
                ? null
                : values.stream()
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum();
    }

    /**
     * IVR choices are the HOTLINE_* variables the IVR sets; MIXMONITOR_FILENAME names the recording; QUEUESTATUS says
     * how Queue() ended, and when it gave up on the caller the leg the caller was waiting in timed out.
     */
    private void variable(String name, String value, Instant at) {
        if (name == null || value == null || value.isBlank()) {
            return;
        }
        if ("MIXMONITOR_FILENAME".equals(name)) {
            recording = first(recording, value);
        } else if (QUEUE_STATUS.equals(name)) {
            queueStatus = value.strip();
            if (queueGaveUp()) {
                legs.stream()
                        .filter(leg -> !leg.isAnswered())
                        .filter(leg ->
                                leg.getJoinedAt() == null || !leg.getJoinedAt().isAfter(at))
                        .reduce((earlier, later) -> later)
                        .ifPresent(leg -> leg.leftUnanswered(null, CallLeg.Outcome.TIMED_OUT));
            }
        } else if (name.startsWith(IVR_PREFIX)) {
            String choice = name.substring(IVR_PREFIX.length()) + "=" + value;
            String known = ivrChoices == null ? "" : ivrChoices;
            if (!(";" + known + ";").contains(";" + choice + ";")) {
                String joined = known.isEmpty() ? choice : known + ";" + choice;
                ivrChoices = joined.length() > 500 ? joined.substring(0, 500) : joined;
            }
        }
    }

    /**
     * The PBX no longer has this call and no event said how it ended. What was known stays (an answered call keeps
     * its answer time and agent, which reports count); a late event that says how it ended still completes it.
     */
    public void markIncomplete(Instant now) {
        if (endedAt == null) {
            disposition = CallDisposition.INCOMPLETE;
            updatedAt = now;
        }
    }

    private CallDisposition derivedDisposition() {
        if (endedAt == null && disposition == CallDisposition.INCOMPLETE) {
            return CallDisposition.INCOMPLETE;
        }
        if (answeredAt != null) {
            return CallDisposition.ANSWERED;
        }
        if (endedAt == null) {
            return CallDisposition.IN_PROGRESS;
        }
        if (queueJoinedAt != null || queue != null) {
            if (queueGaveUp()) {
                return CallDisposition.TIMED_OUT;
            }
            // Abandoned only on the PBX's word (QueueCallerAbandon, queue_log's ABANDON): a call that ended in a queue
            // without it may have been answered while its events were lost, and must not get a callback task.
            return legs.stream().anyMatch(leg -> leg.getOutcome() == CallLeg.Outcome.ABANDONED)
                    ? CallDisposition.ABANDONED
                    : CallDisposition.INCOMPLETE;
        }
        if (ivrChoices != null && (";" + ivrChoices).contains(";" + AFTER_HOURS_CHOICE)) {
            return CallDisposition.AFTER_HOURS;
        }
        return ivrChoices != null ? CallDisposition.IVR_ONLY : CallDisposition.FAILED;
    }

    private boolean queueGaveUp() {
        return queueStatus != null && QUEUE_GAVE_UP.contains(queueStatus);
    }

    private static Instant earliest(Instant known, Instant seen) {
        return known == null || (seen != null && seen.isBefore(known)) ? seen : known;
    }

    private static <T> T first(T known, T seen) {
        return known != null ? known : seen;
    }

    /** Seconds from entering to the end, when both are known. */
    public Long durationSeconds() {
        return enteredAt == null || endedAt == null
                ? null
                : Duration.between(enteredAt, endedAt).toSeconds();
    }

    /**
     * The agent's wrap-up after the call, as the PBX has it for the member (0 when it has none). A transferred call
     * keeps the first agent's, as it keeps the first agent (the one who answered it).
     */
    public void wrappedUp(int seconds) {
        wrapUpSeconds = first(wrapUpSeconds, seconds);
    }

    public Integer getWrapUpSeconds() {
        return wrapUpSeconds;
    }

    /** The citizen the caller's number belongs to, found when the call came in (kept once known). */
    public void belongsTo(Long citizen) {
        citizenId = first(citizenId, citizen);
    }

    public Long getCitizenId() {
        return citizenId;
    }

    /** A call as the given signals alone tell it (not kept): how the PBX's own records see a call. */
    static CallRecord of(String linkedid, List<CallSignal> signals, Instant now) {
        CallRecord call = new CallRecord();
        call.linkedid = linkedid;
        signals.forEach(signal -> call.apply(signal, now));
        return call;
    }

    /**
     * What this record says that {@code pbx} (the same call from the PBX's records) does not: the outcome, the
     * answering agent, the wait and the talk, where both know them. Null when they agree.
     */
    String disagreementWith(CallRecord pbx) {
        List<String> differences = new ArrayList<>();
        if (!pbx.legs.isEmpty()) { // the PBX's queue_log sees queue visits only: an IVR-only call has no outcome there
            differ(differences, "outcome", disposition, pbx.disposition);
        }
        differ(differences, "agent", agent, pbx.agent);
        differ(differences, "wait", waitSeconds, pbx.waitSeconds);
        differ(differences, "talk", talkSeconds, pbx.talkSeconds);
        String said = String.join("; ", differences);
        return said.isEmpty() ? null : said.length() > 255 ? said.substring(0, 255) : said;
    }

    private static void differ(List<String> differences, String what, Object live, Object pbx) {
        if (live != null && pbx != null && !live.equals(pbx)) {
            differences.add(what + " " + live + " (PBX: " + pbx + ")");
        }
    }

    /** Whether the live events told the whole call: its end, and for an answered one, every visit's talk. */
    boolean isToldWhole() {
        return endedAt != null
                && disposition != CallDisposition.INCOMPLETE
                && legs.stream().filter(CallLeg::isAnswered).allMatch(leg -> leg.getTalkSeconds() != null);
    }

    void checkedAgainstPbx(Instant at, String disagreement) {
        pbxCheckedAt = at;
        pbxDisagreement = disagreement;
    }

    public Instant getPbxCheckedAt() {
        return pbxCheckedAt;
    }

    public String getPbxDisagreement() {
        return pbxDisagreement;
    }

    /** The queue visits, in the order the caller joined them. */
    public List<CallLeg> getLegs() {
        return List.copyOf(legs);
    }

    public String getUniqueid() {
        return uniqueid;
    }

    public String getQueueStatus() {
        return queueStatus;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getLinkedid() {
        return linkedid;
    }

    public String getCaller() {
        return caller;
    }

    public String getQueue() {
        return queue;
    }

    public String getAgent() {
        return agent;
    }

    public CallDisposition getDisposition() {
        return disposition;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Integer getWaitSeconds() {
        return waitSeconds;
    }

    public Integer getTalkSeconds() {
        return talkSeconds;
    }

    public String getIvrChoices() {
        return ivrChoices;
    }
}
