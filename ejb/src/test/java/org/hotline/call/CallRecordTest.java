package org.hotline.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hotline.call.CallSignal.Kind;
import org.junit.jupiter.api.Test;

class CallRecordTest {

    private static final Instant T0 = Instant.parse("2026-11-26T06:00:00Z");
    private static final String ID = "1795666179.0";

    private static CallSignal signal(Kind kind, int second) {
        return CallSignal.of(kind, ID, T0.plusSeconds(second));
    }

    private static List<CallSignal> answeredCall() {
        return List.of(
                new CallSignal(
                        Kind.ENTERED,
                        ID,
                        T0,
                        "0123456789",
                        "Test Caller",
                        "5599",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new CallSignal(
                        Kind.VARIABLE,
                        ID,
                        T0.plusSeconds(1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "HOTLINE_TOPIC",
                        "enquiry"),
                new CallSignal(
                        Kind.QUEUE_JOINED,
                        ID,
                        T0.plusSeconds(2),
                        "0123456789",
                        null,
                        null,
                        "enquiries",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new CallSignal(
                        Kind.ANSWERED,
                        ID,
                        T0.plusSeconds(9),
                        null,
                        null,
                        null,
                        "enquiries",
                        "Agent One",
                        7,
                        null,
                        null,
                        null,
                        "PJSIP/1001"),
                new CallSignal(
                        Kind.AGENT_COMPLETED,
                        ID,
                        T0.plusSeconds(40),
                        null,
                        null,
                        null,
                        "enquiries",
                        "Agent One",
                        7,
                        31,
                        null,
                        null,
                        null),
                new CallSignal(
                        Kind.ENDED, ID, T0.plusSeconds(40), null, null, null, null, null, null, null, 16, null, null));
    }

    private static CallRecord applied(List<CallSignal> signals) {
        CallRecord call = new CallRecord();
        signals.forEach(s -> call.apply(s, T0.plusSeconds(100)));
        return call;
    }

    @Test
    void anAnsweredCallHasItsCallerQueueAgentTimesAndIvrChoice() {
        CallRecord call = applied(answeredCall());
        assertEquals(CallDisposition.ANSWERED, call.getDisposition());
        assertEquals("0123456789", call.getCaller());
        assertEquals("enquiries", call.getQueue());
        assertEquals("Agent One", call.getAgent());
        assertEquals("PJSIP/1001", call.getLegs().get(0).getAgentInterface(), "the phone it was answered on");
        assertEquals(T0.plusSeconds(9), call.getAnsweredAt());
        assertEquals(7, call.getWaitSeconds());
        assertEquals(31, call.getTalkSeconds());
        assertEquals("TOPIC=enquiry", call.getIvrChoices());
        assertEquals(40L, call.durationSeconds());
    }

    @Test
    void theLegKeepsWhoAnsweredAsItWasWhenTheAnswerCame() {
        CallRecord call = new CallRecord();
        for (CallSignal signal : answeredCall()) {
            call.apply(signal, T0.plusSeconds(100), signal.kind() == Kind.ANSWERED ? "agent.one" : null);
        }
        // the same answer told again (a replay) after the phone was given to someone else changes nothing
        answeredCall().stream()
                .filter(signal -> signal.kind() == Kind.ANSWERED)
                .forEach(signal -> call.apply(signal, T0.plusSeconds(200), "agent.two"));
        assertEquals("agent.one", call.getLegs().get(0).getAnsweredBy());
        assertEquals(null, applied(answeredCall()).getLegs().get(0).getAnsweredBy(), "nobody's phone: nobody");
    }

    @Test
    void duplicatedAndShuffledSignalsGiveTheSameRecord() {
        CallRecord expected = applied(answeredCall());
        Random random = new Random(5599);
        for (int round = 0; round < 50; round++) {
            List<CallSignal> noisy = new ArrayList<>(answeredCall());
            noisy.addAll(answeredCall());
            Collections.shuffle(noisy, random);
            CallRecord call = applied(noisy);
            assertEquals(expected.getDisposition(), call.getDisposition());
            assertEquals(expected.getAnsweredAt(), call.getAnsweredAt());
            assertEquals(expected.getEnteredAt(), call.getEnteredAt());
            assertEquals(expected.getEndedAt(), call.getEndedAt());
            assertEquals(expected.getAgent(), call.getAgent());
            assertEquals("PJSIP/1001", call.getLegs().get(0).getAgentInterface());
            assertEquals(expected.getIvrChoices(), call.getIvrChoices(), "a choice is recorded once");
        }
    }

    @Test
    void aCallerWhoHangsUpInTheQueueHasAbandoned() {
        CallRecord call = applied(List.of(
                signal(Kind.ENTERED, 0),
                new CallSignal(
                        Kind.QUEUE_JOINED,
                        ID,
                        T0.plusSeconds(2),
                        null,
                        null,
                        null,
                        "enquiries",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new CallSignal(
                        Kind.ABANDONED,
                        ID,
                        T0.plusSeconds(50),
                        null,
                        null,
                        null,
                        "enquiries",
                        null,
                        48,
                        null,
                        null,
                        null,
                        null),
                signal(Kind.ENDED, 50)));
        assertEquals(CallDisposition.ABANDONED, call.getDisposition());
        assertEquals(48, call.getWaitSeconds());
        assertNull(call.getAnsweredAt());
    }

    @Test
    void aCallThatOnlyWentThroughTheIvrAndOneStillGoingAreToldApart() {
        CallRecord ivrOnly = applied(List.of(
                signal(Kind.ENTERED, 0),
                new CallSignal(
                        Kind.VARIABLE,
                        ID,
                        T0.plusSeconds(3),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "HOTLINE_TOPIC",
                        "status"),
                signal(Kind.ENDED, 20)));
        assertEquals(CallDisposition.IVR_ONLY, ivrOnly.getDisposition());
        assertEquals(
                CallDisposition.IN_PROGRESS,
                applied(List.of(signal(Kind.ENTERED, 0))).getDisposition());
    }

    private static CallSignal variable(String name, String value, int second) {
        return new CallSignal(
                Kind.VARIABLE, ID, T0.plusSeconds(second), null, null, null, null, null, null, null, null, name, value);
    }

    @Test
    void aCallTheIvrTookAfterHoursIsAfterHoursWhateverTheOrder() {
        List<CallSignal> signals = new ArrayList<>(List.of(
                new CallSignal(
                        Kind.ENTERED, ID, T0, "07701234567", null, "5599", null, null, null, null, null, null, null),
                variable("HOTLINE_AFTER_HOURS", "1", 1),
                variable("HOTLINE_CALLBACK", "requested", 20),
                signal(Kind.ENDED, 25)));
        assertEquals(CallDisposition.AFTER_HOURS, applied(signals).getDisposition());
        Collections.reverse(signals);
        CallRecord reversed = applied(signals);
        assertEquals(CallDisposition.AFTER_HOURS, reversed.getDisposition());
        assertEquals("CALLBACK=requested;AFTER_HOURS=1", reversed.getIvrChoices());
    }

    @Test
    void aCallEndedInTheIvrDuringOpeningHoursIsIvrOnly() {
        CallRecord call = applied(List.of(variable("HOTLINE_LANG", "ar", 1), signal(Kind.ENDED, 9)));
        assertEquals(CallDisposition.IVR_ONLY, call.getDisposition());
    }

    @Test
    void aTransferredCallStaysOneAnsweredCallOfTheFirstAgentAndKeepsTheFirstTarget() {
        List<CallSignal> signals = new ArrayList<>(answeredCall());
        signals.add(new CallSignal(
                Kind.TRANSFERRED,
                ID,
                T0.plusSeconds(30),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "6001"));
        signals.add(new CallSignal(
                Kind.ANSWERED,
                ID,
                T0.plusSeconds(35),
                null,
                null,
                null,
                "complaints",
                "Agent Two",
                2,
                null,
                null,
                null,
                null));
        signals.add(new CallSignal(
                Kind.TRANSFERRED,
                ID,
                T0.plusSeconds(38),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "7001"));
        CallRecord call = applied(signals);
        assertEquals(CallDisposition.ANSWERED, call.getDisposition());
        assertEquals("Agent One", call.getAgent());
        assertEquals("enquiries", call.getQueue());
        assertEquals("6001", call.getTransferredTo());
        assertEquals(T0.plusSeconds(9), call.getAnsweredAt());
    }

    @Test
    void anAnsweredCallLostFromSightIsIncompleteKeepsItsAnswerAndALateEndCompletesIt() {
        List<CallSignal> signals = new ArrayList<>(answeredCall());
        CallSignal end = signals.remove(signals.size() - 1);
        CallRecord call = applied(signals);
        call.markIncomplete(T0.plusSeconds(200));
        assertEquals(CallDisposition.INCOMPLETE, call.getDisposition());
        assertEquals(T0.plusSeconds(9), call.getAnsweredAt());
        assertEquals("Agent One", call.getAgent());
        call.apply(end, T0.plusSeconds(300));
        assertEquals(CallDisposition.ANSWERED, call.getDisposition());
    }

    @Test
    void anEndedCallIsNeverMarkedIncomplete() {
        CallRecord call = applied(answeredCall());
        call.markIncomplete(T0.plusSeconds(200));
        assertEquals(CallDisposition.ANSWERED, call.getDisposition());
    }

    private static CallSignal queue(
            Kind kind, String queue, int second, String agent, Integer wait, Integer talk, String reason) {
        return new CallSignal(
                kind, ID, T0.plusSeconds(second), null, null, null, queue, agent, wait, talk, null, null, reason);
    }

    @Test
    void aQueueThatTimesOutIsTimedOutWhateverTheOrderAndACallerWhoGivesUpHasAbandoned() {
        List<CallSignal> timeout = new ArrayList<>(List.of(
                signal(Kind.ENTERED, 0),
                queue(Kind.QUEUE_JOINED, "enquiries", 5, null, null, null, null),
                queue(Kind.ABANDONED, "enquiries", 13, null, 8, null, null),
                variable("QUEUESTATUS", "TIMEOUT", 13),
                signal(Kind.ENDED, 14)));
        CallRecord call = applied(timeout);
        assertEquals(CallDisposition.TIMED_OUT, call.getDisposition());
        assertEquals(CallLeg.Outcome.TIMED_OUT, call.getLegs().get(0).getOutcome());
        Collections.reverse(timeout);
        CallRecord reversed = applied(timeout);
        assertEquals(CallDisposition.TIMED_OUT, reversed.getDisposition());
        assertEquals(CallLeg.Outcome.TIMED_OUT, reversed.getLegs().get(0).getOutcome());
        assertEquals(8, reversed.getWaitSeconds());

        CallRecord gaveUp = applied(List.of(
                signal(Kind.ENTERED, 0),
                queue(Kind.QUEUE_JOINED, "enquiries", 5, null, null, null, null),
                queue(Kind.ABANDONED, "enquiries", 9, null, 4, null, null)));
        assertEquals(CallDisposition.IN_PROGRESS, gaveUp.getDisposition(), "not over until the call ends");
        gaveUp.apply(signal(Kind.ENDED, 9), T0.plusSeconds(10));
        assertEquals(CallDisposition.ABANDONED, gaveUp.getDisposition());
    }

    @Test
    void aBlindTransferToAnotherQueueHasTwoLegsAndTheCallSumsThem() {
        List<CallSignal> signals = new ArrayList<>(List.of(
                signal(Kind.ENTERED, 0),
                queue(Kind.QUEUE_JOINED, "enquiries", 5, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 6, "agent1", 1, null, null),
                new CallSignal(
                        Kind.TRANSFERRED,
                        ID,
                        T0.plusSeconds(9),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "xfer-complaints"),
                queue(Kind.AGENT_COMPLETED, "enquiries", 9, "agent1", 1, 3, "transfer"),
                queue(Kind.QUEUE_JOINED, "complaints", 9, null, null, null, null),
                queue(Kind.ANSWERED, "complaints", 10, "agent7", 1, null, null),
                queue(Kind.AGENT_COMPLETED, "complaints", 16, "agent7", 1, 6, "agent"),
                signal(Kind.ENDED, 16)));
        Random random = new Random(22);
        for (int round = 0; round < 20; round++) {
            List<CallSignal> noisy = new ArrayList<>(signals);
            noisy.addAll(signals);
            Collections.shuffle(noisy, random);
            CallRecord call = applied(noisy);
            assertEquals(2, call.getLegs().size(), "one leg per queue visit, whatever the order");
            assertEquals("agent1", call.getAgent());
            assertEquals("enquiries", call.getQueue());
            assertEquals("complaints", call.getTransferredTo());
            assertEquals(2, call.getWaitSeconds());
            assertEquals(9, call.getTalkSeconds());
            assertEquals(CallLeg.Outcome.TRANSFERRED, call.getLegs().get(0).getOutcome());
            assertEquals("agent7", call.getLegs().get(1).getAgent());
            assertEquals(CallDisposition.ANSWERED, call.getDisposition());
        }
    }

    @Test
    void aSecondVisitToTheSameQueueMinutesLaterIsItsOwnLeg() {
        CallRecord call = applied(List.of(
                queue(Kind.QUEUE_JOINED, "enquiries", 5, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 7, "agent1", 2, null, null),
                queue(Kind.AGENT_COMPLETED, "enquiries", 67, "agent1", 2, 60, "transfer"),
                queue(Kind.QUEUE_JOINED, "enquiries", 68, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 71, "agent2", 3, null, null)));
        assertEquals(2, call.getLegs().size());
        assertEquals(5, call.getWaitSeconds());
    }

    @Test
    void aCallIsToldWholeWhenItEndedAndEveryAnswerHasItsTalk() {
        assertEquals(true, applied(answeredCall()).isToldWhole());
        List<CallSignal> lostCompletion = new ArrayList<>(answeredCall());
        lostCompletion.removeIf(signal -> signal.kind() == Kind.AGENT_COMPLETED);
        assertEquals(false, applied(lostCompletion).isToldWhole(), "the PBX's records fill the talk");
        List<CallSignal> lostEnd = new ArrayList<>(answeredCall());
        lostEnd.removeIf(signal -> signal.kind() == Kind.ENDED);
        CallRecord incomplete = applied(lostEnd);
        incomplete.markIncomplete(T0.plusSeconds(200));
        assertEquals(false, incomplete.isToldWhole());
    }

    @Test
    void anAnswerLearntFromTheChannelListAndTheRecordsOfTheSameVisitMakeOneLeg() {
        List<CallSignal> signals = List.of(
                queue(Kind.ANSWERED, "enquiries", 30, "agent1", null, null, null),
                queue(Kind.AGENT_COMPLETED, "enquiries", 60, "agent1", 20, 30, "caller"),
                queue(Kind.QUEUE_JOINED, "enquiries", 10, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 29, "agent1", 19, null, null),
                signal(Kind.ENDED, 60));
        CallRecord call = applied(signals);
        assertEquals(1, call.getLegs().size(), "the join seen late belongs to the visit whose join was guessed");
        assertEquals(30, call.getTalkSeconds());
        assertEquals(T0.plusSeconds(10), call.getLegs().get(0).getJoinedAt());
    }

    @Test
    void anAnswerLearntFromTheChannelListSecondsOffIsTheAnswerAlreadyKnownNotASecondVisit() {
        List<CallSignal> records = List.of(
                queue(Kind.QUEUE_JOINED, "enquiries", 10, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 13, "agent1", 3, null, null),
                queue(Kind.AGENT_COMPLETED, "enquiries", 43, "agent1", 3, 30, "caller"),
                signal(Kind.ENDED, 44));
        for (int estimate : new int[] {5, 19, 40}) { // whole-second channel ages, read on the PBX's clock
            CallSignal fromChannelList = queue(Kind.ANSWERED, "enquiries", estimate, "agent1", null, null, null);
            List<CallSignal> estimateLast = new ArrayList<>(records);
            estimateLast.add(fromChannelList);
            List<CallSignal> estimateFirst = new ArrayList<>(List.of(fromChannelList));
            estimateFirst.addAll(records);
            for (List<CallSignal> order : List.of(estimateLast, estimateFirst)) {
                CallRecord call = applied(order);
                assertEquals(1, call.getLegs().size(), "estimate at " + estimate + " s");
                assertEquals(T0.plusSeconds(13), call.getAnsweredAt(), "the PBX's answer time, not the estimate");
                assertEquals(30, call.getTalkSeconds());
                assertEquals(3, call.getWaitSeconds());
            }
        }
    }

    @Test
    void theSameAgentAnsweringASecondVisitLaterGetsASecondLeg() {
        CallRecord call = applied(List.of(
                queue(Kind.QUEUE_JOINED, "enquiries", 10, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 13, "agent1", 3, null, null),
                queue(Kind.AGENT_COMPLETED, "enquiries", 43, "agent1", 3, 30, "transfer"),
                queue(Kind.QUEUE_JOINED, "enquiries", 100, null, null, null, null),
                queue(Kind.ANSWERED, "enquiries", 120, "agent1", null, null, null),
                signal(Kind.ENDED, 200)));
        assertEquals(2, call.getLegs().size(), "an answer long after the first visit ended belongs to the second");
        assertEquals(T0.plusSeconds(120), call.getLegs().get(1).getAnsweredAt());
    }
}
