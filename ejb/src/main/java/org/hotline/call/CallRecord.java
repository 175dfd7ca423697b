package org.hotline.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One call through the hotline. Every signal is applied so that applying it twice, or after a later one, changes
 * nothing more: times keep the earliest value seen, first facts are not overwritten, and the disposition is derived
 * from what is known rather than set by the last signal.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    static final String IVR_PREFIX = "HOTLINE_";
    /** Set by the IVR when it answered outside opening hours (issue 5's entry script; see docs/TELEPHONY.md). */
    static final String AFTER_HOURS_CHOICE = "AFTER_HOURS=";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "linkedid", nullable = false, unique = true, length = 64)
    private String linkedid;

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CallRecord() {
        // for JPA
    }

    /** Applies one signal; see the class comment for why the order of signals does not matter. */
    public void apply(CallSignal signal, Instant now) {
        switch (signal.kind()) {
            case ENTERED -> {
                enteredAt = earliest(enteredAt, signal.at());
                caller = first(caller, signal.caller());
                callerName = first(callerName, signal.callerName());
                did = first(did, signal.did());
            }
            case QUEUE_JOINED -> {
                queueJoinedAt = earliest(queueJoinedAt, signal.at());
                queue = first(queue, signal.queue());
                caller = first(caller, signal.caller());
                callerName = first(callerName, signal.callerName());
            }
            case ANSWERED -> {
                answeredAt = earliest(answeredAt, signal.at());
                agent = first(agent, signal.agent());
                queue = first(queue, signal.queue());
                waitSeconds = first(waitSeconds, signal.waitSeconds());
            }
            case AGENT_COMPLETED -> {
                talkSeconds = first(talkSeconds, signal.talkSeconds());
                waitSeconds = first(waitSeconds, signal.waitSeconds());
                agent = first(agent, signal.agent());
            }
            case ABANDONED -> {
                queue = first(queue, signal.queue());
                waitSeconds = first(waitSeconds, signal.waitSeconds());
                endedAt = earliest(endedAt, signal.at());
            }
            case ENDED -> {
                endedAt = earliest(endedAt, signal.at());
                hangupCause = first(hangupCause, signal.hangupCause());
            }
            case VARIABLE -> variable(signal.variable(), signal.value());
            case TRANSFERRED -> transferredTo = first(transferredTo, signal.value());
            default -> throw new IllegalArgumentException("unknown signal " + signal.kind());
        }
        disposition = derivedDisposition();
        updatedAt = now;
    }

    /** IVR choices are the HOTLINE_* variables the dialplan sets; MIXMONITOR_FILENAME names the recording. */
    private void variable(String name, String value) {
        if (name == null || value == null || value.isBlank()) {
            return;
        }
        if ("MIXMONITOR_FILENAME".equals(name)) {
            recording = first(recording, value);
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
            return CallDisposition.ABANDONED;
        }
        if (ivrChoices != null && (";" + ivrChoices).contains(";" + AFTER_HOURS_CHOICE)) {
            return CallDisposition.AFTER_HOURS;
        }
        return ivrChoices != null ? CallDisposition.IVR_ONLY : CallDisposition.FAILED;
    }

    private static Instant earliest(Instant known, Instant seen) {
        return known == null || (seen != null && seen.isBefore(known)) ? seen : known;
    }

    private static <T> T first(T known, T seen) {
        return known != null ? known : seen;
    }

    /** Seconds from entering to the end, when both are known. */
    public Long durationSeconds() {
        return enteredAt == null || endedAt == null ? null : Duration.between(enteredAt, endedAt).toSeconds();
    }

    /**
     * The agent's wrap-up after the call. A transferred call keeps the first agent's, as it keeps the first agent (the
     * one who answered it).
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
