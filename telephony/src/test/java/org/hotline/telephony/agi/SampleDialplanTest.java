package org.hotline.telephony.agi;

import static org.hotline.telephony.RepositoryFiles.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.telephony.agi.Dialplan.AgiOutcome;
import org.hotline.telephony.agi.Dialplan.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample dialplan an administrator installs ({@code docs/asterisk/extensions.conf}) does what the IVR decided.
 * Each call is run through the file by {@link Dialplan} with what the IVR left on a real call, read from the
 * Asterisk 22 transcripts ({@code ear/src/test/resources/asterisk22}): the variables its commands set and the
 * {@code AGISTATUS} Asterisk reported. The interpreter itself is checked against the same transcripts: run with the
 * dialplan those calls met, it joins exactly the queues Asterisk reported.
 */
class SampleDialplanTest {

    private static final String DEFAULT_QUEUE = "enquiries";
    private static final Dialplan SAMPLE = Dialplan.parse(read("docs/asterisk/extensions.conf"), queues());

    /** The 5599 extension as the transcripts' PBX had it: AGISTATUS was read before the IVR's route. */
    private static final String FORMER_DIALPLAN = """
            [globals]
            HOTLINE_APP = 127.0.0.1
            [hotline]
            exten => 5599,1,NoOp(Hotline 5599: ${CALLERID(num)})
             same => n,Answer()
             same => n,Set(CHANNEL(language)=ar)
             same => n,MixMonitor(hotline/${STRFTIME(${EPOCH},Asia/Baghdad,%Y%m%d)}/${UNIQUEID}.wav,b)
             same => n,Set(HOTLINE_QUEUE=enquiries)
             same => n,AGI(agi://${HOTLINE_APP}:4573/ivr)
             same => n,GotoIf($["${AGISTATUS}" = "SUCCESS"]?queue)
             same => n,NoOp(IVR unreachable (${AGISTATUS}): default queue)
             same => n,GotoIf($["${HOTLINE_ROUTE}" = "hangup"]?done)     ; the IVR answered the caller itself
             same => n(queue),Set(CHANNEL(language)=${IF($["${HOTLINE_LANG}" = ""]?ar:${HOTLINE_LANG})})
             same => n,Queue(${HOTLINE_QUEUE},t,,,300)
             same => n(done),Hangup()
            """;

    @Test
    void aCallerTheIvrToldATicketsStatusAndGoodbyeIsHungUpNeverQueued() {
        AgiOutcome ivr = outcome("ticket-status-by-keypad");
        assertEquals("hangup", ivr.variables().get("HOTLINE_ROUTE"), "the IVR's decision on the real call");
        assertEquals("SUCCESS", ivr.status());

        Run call = SAMPLE.call("hotline", "5599", ivr);
        assertEquals(List.of(), call.queues(), call.steps().toString());
        assertEquals("Hangup", call.ended());
    }

    @ParameterizedTest
    @ValueSource(strings = {"queue-timeout", "ring-no-answer-then-answered", "blind-transfer", "abandoned-in-queue"})
    void aCallTheIvrSentToAQueueWaitsInTheQueueItChoseInTheCallersLanguage(String fixture) {
        AmiTranscript transcript = transcript(fixture);
        for (String linkedid : transcript.callsThroughTheIvr()) {
            AgiOutcome ivr = transcript.ivrOutcome(linkedid);
            assertNotEquals("hangup", ivr.variables().get("HOTLINE_ROUTE"));

            Run call = SAMPLE.call("hotline", "5599", ivr);
            assertEquals(List.of(ivr.variables().get("HOTLINE_QUEUE")), call.queues(), fixture + " " + linkedid);
            assertEquals(ivr.variables().get("HOTLINE_LANG"), call.variables().get("CHANNEL(language)"));
            assertEquals(transcript.queuesJoined(linkedid).get(0), call.queues().get(0), "as on the real PBX");
        }
    }

    @Test
    void afterHoursTheCallerHearsTheHoursAndTheCallEndsUnanswered() {
        // What EntryScript sets on a holiday, in its order, for a caller who asks for a callback.
        AgiOutcome closed = AgiOutcome.of(
                "SUCCESS",
                "HOTLINE_STEP",
                "hours",
                "HOTLINE_AFTER_HOURS",
                "1",
                "CHANNEL(language)",
                "ar",
                "HOTLINE_LANG",
                "ar",
                "HOTLINE_STEP",
                "after-hours",
                "HOTLINE_CALLBACK",
                "requested",
                "HOTLINE_ROUTE",
                "hangup");
        Run call = SAMPLE.call("hotline", "5599", closed);
        assertEquals(
                List.of(), call.queues(), "no agent answers a closed line's caller: the call log says AFTER_HOURS");
        assertEquals("Hangup", call.ended());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILURE", "NOTFOUND"})
    void whenTheIvrCannotBeReachedTheCallerStillReachesAnAgent(String status) {
        Run unreachable = SAMPLE.call("hotline", "5599", AgiOutcome.of(status));
        assertEquals(List.of(DEFAULT_QUEUE), unreachable.queues(), "the default queue set before the AGI");
        assertEquals(
                DEFAULT_QUEUE,
                SAMPLE.global("DEFAULT_QUEUE").orElseThrow(),
                "the dialplan's default is the application's (the first of HOTLINE_QUEUES)");
        assertEquals("ar", unreachable.variables().get("CHANNEL(language)"));

        Run brokenOff = SAMPLE.call(
                "hotline",
                "5599",
                AgiOutcome.of(
                        status, "HOTLINE_LANG", "en", "HOTLINE_TOPIC", "COMPLAINT", "HOTLINE_QUEUE", "complaints"));
        assertEquals(List.of("complaints"), brokenOff.queues(), "the queue the IVR had chosen before it broke off");
        assertEquals("en", brokenOff.variables().get("CHANNEL(language)"));

        Run saidGoodbye = SAMPLE.call("hotline", "5599", AgiOutcome.of(status, "HOTLINE_ROUTE", "hangup"));
        assertEquals(List.of(), saidGoodbye.queues(), "a caller told goodbye is never queued");
    }

    /**
     * Two application nodes: the first is down (Asterisk cannot connect: FAILURE, nothing set), the second serves the
     * real call's IVR, and the caller waits in the queue it chose. A session that broke off once the IVR had begun is
     * not started again on the other node: the caller is not asked the same questions twice.
     */
    @Test
    void whenTheFirstNodeIsDownTheSecondServesTheCallFromTheStart() {
        AgiOutcome served = servedByTheSecondNode();
        String first = firstNode();
        assertNotEquals(first, secondNode(), "the sample names two nodes");

        Run call =
                SAMPLE.call("hotline", "5599", url -> url.equals(first) ? AgiOutcome.of("FAILURE") : served, Map.of());
        assertEquals(List.of(first, secondNode()), agiCalls(call));
        assertEquals(List.of(served.variables().get("HOTLINE_QUEUE")), call.queues());
        assertEquals(served.variables().get("HOTLINE_LANG"), call.variables().get("CHANNEL(language)"));

        Run brokenOff = SAMPLE.call(
                "hotline",
                "5599",
                url -> url.equals(first)
                        ? AgiOutcome.of(
                                "FAILURE", "HOTLINE_STEP", "menu", "HOTLINE_LANG", "ku", "HOTLINE_QUEUE", "complaints")
                        : served,
                Map.of());
        assertEquals(List.of(first), agiCalls(brokenOff));
        assertEquals(List.of("complaints"), brokenOff.queues(), "what the first node's IVR had decided");
        assertEquals("ku", brokenOff.variables().get("CHANNEL(language)"));
    }

    /**
     * A first node that accepts the connection and closes it before any command (stopping, or no call thread free in
     * time) leaves AGISTATUS SUCCESS with nothing set; one at its limit of calls answers with the default queue and
     * HOTLINE_STEP=overload. Neither served the caller: the second node's IVR does.
     */
    @Test
    void aFirstNodeThatClosesAtOnceOrIsFullHandsTheCallToTheSecond() {
        AgiOutcome served = servedByTheSecondNode();
        String first = firstNode();
        for (AgiOutcome notServed : List.of(
                AgiOutcome.of("SUCCESS"),
                AgiOutcome.of("SUCCESS", "HOTLINE_QUEUE", DEFAULT_QUEUE, "HOTLINE_STEP", "overload"))) {
            Run call = SAMPLE.call("hotline", "5599", url -> url.equals(first) ? notServed : served, Map.of());
            assertEquals(List.of(first, secondNode()), agiCalls(call), notServed.toString());
            assertEquals(List.of(served.variables().get("HOTLINE_QUEUE")), call.queues(), notServed.toString());
        }
        Run bothFull = SAMPLE.call(
                "hotline",
                "5599",
                url -> AgiOutcome.of("SUCCESS", "HOTLINE_QUEUE", DEFAULT_QUEUE, "HOTLINE_STEP", "overload"),
                Map.of());
        assertEquals(List.of(DEFAULT_QUEUE), bothFull.queues(), "both nodes full: the default queue, never silence");
    }

    /**
     * After an answered call whose agent hangs up first (Queue's {@code c} option: {@code QUEUESTATUS=CONTINUE}) the
     * caller is handed to the survey, on the second node only when the first cannot be reached; a caller who hangs up
     * first, a queue that let the caller go and a caller the IVR said goodbye to never reach it.
     */
    @Test
    void anAnsweredCallWhoseAgentHangsUpFirstGoesOnToTheSurvey() {
        AgiOutcome queued = servedByTheSecondNode();
        String survey = "agi://" + SAMPLE.global("HOTLINE_APP").orElseThrow() + ":4573/survey";
        String survey2 = "agi://" + SAMPLE.global("HOTLINE_APP_2").orElseThrow() + ":4573/survey";

        Run agentHungUp = SAMPLE.call("hotline", "5599", url -> queued, Map.of(), "CONTINUE");
        assertEquals(List.of(firstNode(), survey), agiCalls(agentHungUp));
        assertEquals("Hangup", agentHungUp.ended());
        assertTrue(
                agentHungUp.steps().stream()
                        .filter(step -> step.application().equals("Queue"))
                        .allMatch(step -> step.arguments().split(",")[1].contains("c")),
                "without c Asterisk hangs the caller up with the agent");

        Run firstDown = SAMPLE.call(
                "hotline",
                "5599",
                url -> url.endsWith("/survey") && !url.equals(survey2) ? AgiOutcome.of("FAILURE") : queued,
                Map.of(),
                "CONTINUE");
        assertEquals(List.of(firstNode(), survey, survey2), agiCalls(firstDown));

        Run notSurveyed = SAMPLE.call(
                "hotline",
                "5599",
                url -> url.endsWith("/survey") ? AgiOutcome.of("SUCCESS") : queued,
                Map.of(),
                "CONTINUE");
        assertEquals(List.of(firstNode(), survey), agiCalls(notSurveyed), "the first node decided: no second try");

        for (String ended : List.of("HANGUP", "TIMEOUT", "FULL", "LEAVEEMPTY")) {
            Run call = SAMPLE.call("hotline", "5599", url -> queued, Map.of(), ended);
            assertEquals(List.of(firstNode()), agiCalls(call), ended);
        }
        Run toldGoodbye = SAMPLE.call(
                "hotline",
                "5599",
                url -> AgiOutcome.of("SUCCESS", "HOTLINE_STEP", "status-said", "HOTLINE_ROUTE", "hangup"),
                Map.of(),
                "CONTINUE");
        assertEquals(List.of(firstNode()), agiCalls(toldGoodbye));
        assertEquals(List.of(), toldGoodbye.queues());
    }

    /** What the IVR left on a real call (the transcript's), as the second node would serve it. */
    private static AgiOutcome servedByTheSecondNode() {
        AmiTranscript transcript = transcript("queue-timeout");
        return transcript.ivrOutcome(transcript.callsThroughTheIvr().iterator().next());
    }

    private static String firstNode() {
        return "agi://" + SAMPLE.global("HOTLINE_APP").orElseThrow() + ":4573/ivr";
    }

    private static String secondNode() {
        return "agi://" + SAMPLE.global("HOTLINE_APP_2").orElseThrow() + ":4573/ivr";
    }

    /** The FastAGI addresses the dialplan asked, in order. */
    private static List<String> agiCalls(Run call) {
        return call.steps().stream()
                .filter(step -> step.application().equals("AGI"))
                .map(Dialplan.Step::arguments)
                .toList();
    }

    @Test
    void aCallerWhoHangsUpInTheIvrEndsTheDialplanThere() {
        AmiTranscript transcript = transcript("hangup-in-ivr");
        String linkedid = transcript.callsThroughTheIvr().iterator().next();
        AgiOutcome ivr = transcript.ivrOutcome(linkedid);
        assertEquals("HANGUP", ivr.status());

        Run call = SAMPLE.call("hotline", "5599", ivr);
        assertEquals(List.of(), call.queues());
        assertEquals(transcript.queuesJoined(linkedid), call.queues(), "as on the real PBX");
    }

    @Test
    void anAgentBlindTransfersTheCallerToAnotherQueueAndAMistypedQueueFallsBackToTheDefault() {
        AmiTranscript transcript = transcript("blind-transfer");
        String linkedid = transcript.callsThroughTheIvr().iterator().next();
        Run answered = SAMPLE.call("hotline", "5599", transcript.ivrOutcome(linkedid));

        Run transferred = SAMPLE.call("hotline", "xfer-complaints", AgiOutcome.of("SUCCESS"), answered.variables());
        assertEquals(
                transcript.queuesJoined(linkedid),
                List.of(answered.queues().get(0), transferred.queues().get(0)),
                "enquiries, then complaints, as on the real PBX");
        assertEquals("en", transferred.variables().get("CHANNEL(language)"), "the caller keeps their language");
        assertEquals("Hangup", transferred.ended());

        Run mistyped = SAMPLE.call("hotline", "xfer-complaint", AgiOutcome.of("SUCCESS"));
        assertEquals(List.of(DEFAULT_QUEUE), mistyped.queues(), "no queue of that name: the default, not a hang-up");

        assertTrue(Dialplan.matches("_[x]fer-.", "xfer-complaints"));
        assertFalse(Dialplan.matches("_xfer-.", "xfer-complaints"), "in a pattern a lone x is a digit, not the letter");
        assertTrue(Dialplan.matches("_xfer-.", "9fer-complaints"));
    }

    @Test
    void theFormerDialplanQueuedTheCallerTheIvrHadSaidGoodbyeToAsTheRealPbxDid() {
        Dialplan former = Dialplan.parse(FORMER_DIALPLAN, queues());
        for (String fixture : List.of(
                "ticket-status-by-keypad",
                "queue-timeout",
                "ring-no-answer-then-answered",
                "hangup-in-ivr",
                "abandoned-in-queue")) {
            AmiTranscript transcript = transcript(fixture);
            for (String linkedid : transcript.callsThroughTheIvr()) {
                assertEquals(
                        transcript.queuesJoined(linkedid),
                        former.call("hotline", "5599", transcript.ivrOutcome(linkedid))
                                .queues(),
                        "the interpreter agrees with Asterisk on " + fixture + " " + linkedid);
            }
        }
        Run toldGoodbye = former.call("hotline", "5599", outcome("ticket-status-by-keypad"));
        assertEquals(List.of(DEFAULT_QUEUE), toldGoodbye.queues(), "the fault the sample no longer has");
    }

    private static AgiOutcome outcome(String fixture) {
        AmiTranscript transcript = transcript(fixture);
        return transcript.ivrOutcome(transcript.callsThroughTheIvr().iterator().next());
    }

    private static AmiTranscript transcript(String fixture) {
        return AmiTranscript.read(file("ear/src/test/resources/asterisk22/" + fixture + ".ami.txt"));
    }

    private static Set<String> queues() {
        return Dialplan.queuesOf(read("docs/asterisk/queues.conf"));
    }

    private static String read(String file) {
        try {
            return Files.readString(file(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
