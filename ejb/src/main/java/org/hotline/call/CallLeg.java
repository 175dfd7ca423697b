package org.hotline.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One visit of a call to a queue: when the caller joined it, who answered and when, the wait and the talk the PBX
 * counted, and how the visit ended. A call blind-transferred from one queue to another has two legs under one linkedid.
 *
 * <p>The PBX's events of one visit do not all name the moment the caller joined (an agent's completion gives only
 * hold and talk), so each event finds its leg by queue and by the join time it implies, within a few seconds: a
 * replayed or reordered event lands on the same leg, and a second visit of the same queue minutes later gets its own.
 */
@Entity
@Table(name = "call_leg")
public class CallLeg {

    /** How far apart the join times implied by two events of one visit can be (whole-second hold and talk times). */
    static final Duration SAME_VISIT = Duration.ofSeconds(3);

    /** How a visit ended, from what the PBX said. */
    public enum Outcome {
        /** An agent answered, and the call ended with them (or is still with them). */
        ANSWERED,
        /** An agent answered, then transferred the caller elsewhere. */
        TRANSFERRED,
        /** The caller hung up while waiting (QueueCallerAbandon, and Queue() did not say it gave up). */
        ABANDONED,
        /** Queue() let the caller go unanswered: its time limit, or no member to take the call (QUEUESTATUS). */
        TIMED_OUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private CallRecord call;

    @Column(name = "queue", nullable = false, length = 80)
    private String queue;

    @Column(name = "joined_at")
    private Instant joinedAt;

    /** Whether {@link #joinedAt} is the PBX's (QueueCallerJoin) rather than implied by a later event. */
    @Column(name = "join_seen", nullable = false)
    private boolean joinSeen;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "agent", length = 80)
    private String agent;

    /**
     * The phone the agent answered on, the queue member's interface as AgentConnect gave it ({@code PJSIP/1001}); the
     * member name in {@link #agent} is often a display name, so this says which desk it was.
     */
    @Column(name = "agent_interface", length = 80)
    private String agentInterface;

    /**
     * The account that answered, as it was when it did: the person given the member, else the account whose phone it
     * was. Kept, never looked up again, so that a phone or member given to someone else later does not make this
     * call theirs; only this account links a ticket or a complaint to the call ({@link CallAnswerers}).
     */
    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "wait_seconds")
    private Integer waitSeconds;

    @Column(name = "talk_seconds")
    private Integer talkSeconds;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    protected CallLeg() {
        // for JPA
    }

    CallLeg(CallRecord call, String queue, Instant joinedAt) {
        this.call = call;
        this.queue = queue;
        this.joinedAt = joinedAt;
    }

    boolean isVisit(String otherQueue, Instant impliedJoin) {
        return queue.equalsIgnoreCase(otherQueue)
                && (joinedAt == null
                        || impliedJoin == null
                        || Duration.between(joinedAt, impliedJoin).abs().compareTo(SAME_VISIT) <= 0);
    }

    /** Whether this agent answered this visit and has not finished it. */
    boolean isInHandOf(String otherQueue, String otherAgent) {
        return queue.equalsIgnoreCase(otherQueue)
                && otherAgent.equalsIgnoreCase(String.valueOf(agent))
                && talkSeconds == null;
    }

    /**
     * Whether the caller is still waiting in this queue (no answer, no outcome): an answer in that queue is this
     * visit's, whatever the time it implies (one estimated from the PBX's channel list may be off by the clocks).
     */
    boolean isWaitingIn(String otherQueue) {
        return queue.equalsIgnoreCase(otherQueue) && answeredAt == null && outcome == null;
    }

    /**
     * Whether this visit's join was only guessed (the answer was learnt while the events of the join were lost) in
     * that queue, by that agent, or by anyone when {@code otherAgent} is null (the join itself, seen late).
     */
    boolean isGuessedVisitOf(String otherQueue, String otherAgent) {
        return !joinSeen
                && queue.equalsIgnoreCase(otherQueue)
                && (otherAgent == null || otherAgent.equalsIgnoreCase(String.valueOf(agent)));
    }

    void joined(Instant at) {
        if (!joinSeen) {
            joinedAt = at;
            joinSeen = true;
        }
    }

    /**
     * Whether this visit is the one an answer estimated from the PBX's channel list (no wait; a member channel's
     * whole-second age read on the PBX's clock, so seconds off either way) refers to: the same agent answered it in
     * that queue and had not finished it by then. A later visit answered by the same agent has begun after this one
     * ended.
     */
    boolean mayBeAnsweredAbout(String otherQueue, String otherAgent, Instant estimatedAnswer) {
        if (answeredAt == null
                || !queue.equalsIgnoreCase(otherQueue)
                || !otherAgent.equalsIgnoreCase(String.valueOf(agent))) {
            return false;
        }
        return talkSeconds == null
                || estimatedAnswer == null
                || !estimatedAnswer.isAfter(answeredAt.plusSeconds(talkSeconds).plus(SAME_VISIT));
    }

    /**
     * An agent answered, on {@code phone}, and {@code account} is who that was (either null when the PBX did not say
     * or nobody had that member or phone); {@code wait} is the PBX's hold time, null for an answer estimated from its
     * channel list. The
     * PBX's own answer time replaces an estimate; an estimate never replaces a known answer time.
     */
    void answered(Instant at, String by, String phone, String account, Integer wait) {
        if (agent == null || agent.equals(by)) {
            if (agentInterface == null && phone != null && phone.length() <= 80) {
                agentInterface = phone;
            }
            answeredBy = answeredBy != null ? answeredBy : account;
        }
        if (wait == null) {
            answeredAt = answeredAt != null ? answeredAt : at;
        } else if (waitSeconds == null && at != null) {
            answeredAt = at;
        } else {
            answeredAt = answeredAt == null || (at != null && at.isBefore(answeredAt)) ? at : answeredAt;
        }
        agent = agent != null ? agent : by;
        waitSeconds = waitSeconds != null ? waitSeconds : wait;
        if (outcome == null || outcome == Outcome.ABANDONED || outcome == Outcome.TIMED_OUT) {
            outcome = Outcome.ANSWERED;
        }
    }

    /**
     * The agent's part ended after {@code talk} seconds. When the answer itself was not seen (the application was away
     * when it came) or only estimated, the completion proves it: the answer is dated back by the talk time.
     */
    void completed(Instant at, String by, Integer wait, Integer talk, boolean transferred) {
        if (at != null && talk != null && (answeredAt == null || (waitSeconds == null && wait != null))) {
            answeredAt = at.minusSeconds(talk); // the PBX's count, over an answer never seen or only estimated
        }
        agent = agent != null ? agent : by;
        waitSeconds = waitSeconds != null ? waitSeconds : wait;
        talkSeconds = talkSeconds != null ? talkSeconds : talk;
        outcome = transferred || outcome == Outcome.TRANSFERRED ? Outcome.TRANSFERRED : Outcome.ANSWERED;
    }

    void leftUnanswered(Integer wait, Outcome how) {
        waitSeconds = waitSeconds != null ? waitSeconds : wait;
        if (answeredAt == null && outcome != Outcome.TIMED_OUT) {
            outcome = how;
        }
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    public String getQueue() {
        return queue;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAgent() {
        return agent;
    }

    public String getAgentInterface() {
        return agentInterface;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Integer getWaitSeconds() {
        return waitSeconds;
    }

    public Integer getTalkSeconds() {
        return talkSeconds;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
