package org.hotline.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.hotline.call.CallDisposition;
import org.hotline.common.BusinessTime;

/**
 * Every definition the call reports use, in one place: each as a rule on one call ({@link CallTimeline}, what the
 * unit tests check on hand-made timelines) and, beside it, as the SQL the reports aggregate with, on
 * {@code call_record c}. docs/REPORTS.md says the same in words.
 */
public final class CallMetrics {

    /** N of "answered within N seconds" unless the supervisor chooses another. */
    public static final int DEFAULT_ANSWER_SECONDS = 20;

    /**
     * Offered: the call reached a queue. A call that stayed in the IVR (an answer it heard, the opening hours, a
     * ticket's status) or failed before was not offered to agents. A transferred call is one call (one linkedid).
     */
    public static boolean offered(CallTimeline call) {
        return call.queueJoinedAt() != null;
    }

    static final String OFFERED = "c.queue_joined_at is not null";

    /** Answered: offered and picked up by an agent. */
    public static boolean answered(CallTimeline call) {
        return offered(call) && call.answeredAt() != null;
    }

    static final String ANSWERED = OFFERED + " and c.answered_at is not null";

    /**
     * Abandoned: offered, never answered, and over because the caller hung up while waiting, as the PBX said it
     * (QueueCallerAbandon, queue_log's ABANDON); not when the queue itself let the caller go ({@link #timedOut}), nor
     * a call whose end in the queue no event explained (incomplete until the PBX's records say).
     */
    public static boolean abandoned(CallTimeline call) {
        return offered(call)
                && call.answeredAt() == null
                && call.endedAt() != null
                && call.disposition() == CallDisposition.ABANDONED;
    }

    static final String ABANDONED =
            OFFERED + " and c.answered_at is null and c.ended_at is not null" + " and c.disposition = 'ABANDONED'";

    /** Timed out: Queue() let the caller go unanswered (its time limit, or no member to take the call). */
    public static boolean timedOut(CallTimeline call) {
        return call.disposition() == CallDisposition.TIMED_OUT;
    }

    static final String TIMED_OUT = "c.disposition = 'TIMED_OUT'";

    /**
     * The wait in the queue, in whole seconds: the PBX's own count (its holdtime) when it gave one, else from joining
     * the queue to the answer, or to the end for an abandoned call. Null while the caller is still waiting.
     */
    public static Long waitSeconds(CallTimeline call) {
        if (call.pbxWaitSeconds() != null) {
            return call.pbxWaitSeconds().longValue();
        }
        if (!offered(call)) {
            return null;
        }
        var until = call.answeredAt() != null ? call.answeredAt() : call.endedAt();
        return until == null
                ? null
                : Duration.between(call.queueJoinedAt(), until).toSeconds();
    }

    static final String WAIT = "coalesce(c.wait_seconds, timestampdiff(second, c.queue_joined_at,"
            + " coalesce(c.answered_at, c.ended_at)))";

    /** Answered within N: answered after a wait of at most N seconds. A call abandoned at N seconds is not. */
    public static boolean answeredWithin(CallTimeline call, int seconds) {
        return answered(call) && waitSeconds(call) <= seconds;
    }

    static final String ANSWERED_WITHIN = ANSWERED + " and " + WAIT + " <= :answerSeconds";

    /** After hours: the IVR answered outside the opening hours (09:00–24:00 Baghdad, holidays closed). */
    public static boolean afterHours(CallTimeline call) {
        return call.disposition() == CallDisposition.AFTER_HOURS;
    }

    static final String AFTER_HOURS = "c.disposition = 'AFTER_HOURS'";

    /**
     * Ended in the IVR: the caller hung up in the menus, without reaching a queue and not after hours (the IVR's
     * last step says where: see {@link CallGrouping#LAST_STEP}).
     */
    public static boolean endedInIvr(CallTimeline call) {
        return call.disposition() == CallDisposition.IVR_ONLY;
    }

    static final String ENDED_IN_IVR = "c.disposition = 'IVR_ONLY'";

    /**
     * Talk: the PBX's own count (the sum of the agents' talk times over the call's legs), else from the answer to the
     * end, in seconds.
     */
    static final String TALK = "coalesce(c.talk_seconds, timestampdiff(second, c.answered_at, c.ended_at))";

    /**
     * Handle time: talk plus the wrap-up the agent had after the call as the PBX holds it (the member's or the queue's
     * wrapuptime; none when it has none). A call whose wrap-up was not recorded counts its talk.
     */
    public static long handleSeconds(long talkSeconds, Integer wrapUpSeconds) {
        return talkSeconds + (wrapUpSeconds == null ? 0 : wrapUpSeconds);
    }

    static final String HANDLE = "(" + TALK + " + coalesce(c.wrap_up_seconds, 0))";

    /**
     * The day a call counts on: the Baghdad day it entered the hotline. A call that crosses midnight counts on the
     * day it began, whole, never split.
     */
    public static LocalDate day(CallTimeline call) {
        return ZonedDateTime.ofInstant(call.enteredAt(), BusinessTime.ZONE).toLocalDate();
    }

    /** The Baghdad hour (0–23) a call entered in. */
    public static int hour(CallTimeline call) {
        return ZonedDateTime.ofInstant(call.enteredAt(), BusinessTime.ZONE).getHour();
    }

    /** Baghdad is UTC+3 all year (no daylight saving), so the stored UTC time shifted by three hours is local. */
    static final String LOCAL_ENTERED = "(c.entered_at + interval 3 hour)";

    /** Service level: the share of offered calls answered within N seconds; abandoned calls count against it. */
    public static double serviceLevel(long answeredWithin, long offered) {
        return offered == 0 ? 0 : (double) answeredWithin / offered;
    }

    /** Abandon rate: the share of offered calls abandoned. */
    public static double abandonRate(long abandoned, long offered) {
        return offered == 0 ? 0 : (double) abandoned / offered;
    }

    private CallMetrics() {}
}
