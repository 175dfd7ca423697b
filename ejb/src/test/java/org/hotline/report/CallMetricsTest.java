package org.hotline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.call.CallDisposition;
import org.junit.jupiter.api.Test;

/** The metric definitions on hand-made call timelines whose answers are known. */
class CallMetricsTest {

    /** 10:00:00 Baghdad on 15 January 2026. */
    private static final Instant TEN = Instant.parse("2026-01-15T07:00:00Z");

    private static CallTimeline answered(int waitSeconds, int talkSeconds) {
        Instant joined = TEN.plusSeconds(12);
        Instant answer = joined.plusSeconds(waitSeconds);
        return new CallTimeline(
                TEN, joined, answer, answer.plusSeconds(talkSeconds), waitSeconds, CallDisposition.ANSWERED);
    }

    private static CallTimeline abandoned(int waitSeconds) {
        Instant joined = TEN.plusSeconds(12);
        return new CallTimeline(
                TEN, joined, null, joined.plusSeconds(waitSeconds), waitSeconds, CallDisposition.ABANDONED);
    }

    @Test
    void aCallTheQueueLetGoIsOfferedAndTimedOutNotAbandonedAndCountsAgainstTheServiceLevel() {
        Instant joined = TEN.plusSeconds(12);
        CallTimeline call =
                new CallTimeline(TEN, joined, null, joined.plusSeconds(300), 300, CallDisposition.TIMED_OUT);
        assertTrue(CallMetrics.offered(call));
        assertTrue(CallMetrics.timedOut(call));
        assertFalse(CallMetrics.abandoned(call), "the caller did not give up: the queue let them go");
        assertFalse(CallMetrics.answeredWithin(call, 20));
        assertFalse(CallMetrics.timedOut(abandoned(20)));
    }

    @Test
    void aCallAbandonedAtExactlyNSecondsIsOfferedAndAbandonedButNotAnsweredWithinN() {
        CallTimeline call = abandoned(20);
        assertTrue(CallMetrics.offered(call));
        assertTrue(CallMetrics.abandoned(call));
        assertFalse(CallMetrics.answered(call));
        assertFalse(CallMetrics.answeredWithin(call, 20));
        assertEquals(20L, CallMetrics.waitSeconds(call));
    }

    @Test
    void aCallAnsweredAtExactlyNSecondsIsWithinNAndOneSecondLaterIsNot() {
        assertTrue(CallMetrics.answeredWithin(answered(20, 60), 20));
        assertFalse(CallMetrics.answeredWithin(answered(21, 60), 20));
        assertTrue(CallMetrics.answeredWithin(answered(21, 60), 30), "N is the supervisor's choice");
    }

    @Test
    void serviceLevelCountsAbandonedCallsAgainstIt() {
        List<CallTimeline> calls =
                List.of(answered(5, 60), answered(20, 60), answered(45, 60), abandoned(20), abandoned(3));
        long offered = calls.stream().filter(CallMetrics::offered).count();
        long within =
                calls.stream().filter(c -> CallMetrics.answeredWithin(c, 20)).count();
        long abandoned = calls.stream().filter(CallMetrics::abandoned).count();
        assertEquals(5, offered);
        assertEquals(0.4, CallMetrics.serviceLevel(within, offered), 1e-9);
        assertEquals(0.4, CallMetrics.abandonRate(abandoned, offered), 1e-9);
        assertEquals(0, CallMetrics.serviceLevel(0, 0), "no call offered: no division by zero");
    }

    @Test
    void aCallCrossingMidnightCountsWholeOnTheBaghdadDayItBegan() {
        Instant beforeMidnight = Instant.parse("2026-01-15T20:59:50Z"); // 23:59:50 Baghdad
        CallTimeline call = new CallTimeline(
                beforeMidnight,
                beforeMidnight.plusSeconds(5),
                beforeMidnight.plusSeconds(15),
                beforeMidnight.plusSeconds(300),
                10,
                CallDisposition.ANSWERED);
        assertEquals(LocalDate.of(2026, 1, 15), CallMetrics.day(call));
        assertEquals(23, CallMetrics.hour(call));
        assertTrue(CallMetrics.answeredWithin(call, 20));
    }

    @Test
    void aCallAfterHoursIsNotOfferedToAgents() {
        Instant night = Instant.parse("2026-01-15T03:00:00Z"); // 06:00 Baghdad, before opening
        CallTimeline call =
                new CallTimeline(night, null, null, night.plusSeconds(40), null, CallDisposition.AFTER_HOURS);
        assertTrue(CallMetrics.afterHours(call));
        assertFalse(CallMetrics.offered(call));
        assertFalse(CallMetrics.abandoned(call), "hanging up on the after-hours message is not abandoning a queue");
        assertNull(CallMetrics.waitSeconds(call));
    }

    @Test
    void aCallerWhoHangsUpInTheMenusEndedInTheIvrAndWasNeverOffered() {
        CallTimeline call = new CallTimeline(TEN, null, null, TEN.plusSeconds(25), null, CallDisposition.IVR_ONLY);
        assertTrue(CallMetrics.endedInIvr(call));
        assertFalse(CallMetrics.offered(call));
        assertFalse(CallMetrics.abandoned(call), "abandoning is leaving a queue");
        assertFalse(CallMetrics.endedInIvr(abandoned(30)));
    }

    @Test
    void withoutThePbxsCountTheWaitComesFromTheTimes() {
        Instant joined = TEN.plusSeconds(10);
        CallTimeline call = new CallTimeline(
                TEN, joined, joined.plusSeconds(17), joined.plusSeconds(100), null, CallDisposition.ANSWERED);
        assertEquals(17L, CallMetrics.waitSeconds(call));
        CallTimeline waiting = new CallTimeline(TEN, joined, null, null, null, CallDisposition.IN_PROGRESS);
        assertNull(CallMetrics.waitSeconds(waiting), "still waiting: no wait yet");
        assertFalse(CallMetrics.abandoned(waiting));
    }

    @Test
    void handleTimeIsTalkAndWrapUp() {
        assertEquals(75, CallMetrics.handleSeconds(60, 15));
        assertEquals(60, CallMetrics.handleSeconds(60, null), "a call whose wrap-up was not recorded counts its talk");
    }
}
