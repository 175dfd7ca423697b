package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgiExecStartEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.hotline.call.CallSignal;
import org.junit.jupiter.api.Test;

class AmiEventTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:01:40Z");

    @Test
    void anAgiCommandIsSplitAsResAgiSplitsIt() {
        assertEquals(
                List.of("SET", "VARIABLE", "HOTLINE_STEP", "hours"),
                AmiEventTranslator.agiWords("SET VARIABLE \"HOTLINE_STEP\" \"hours\""));
        assertEquals(
                List.of("SET", "VARIABLE", "HOTLINE_NOTE", "a \"quoted\" word", ""),
                AmiEventTranslator.agiWords("SET VARIABLE HOTLINE_NOTE \"a \\\"quoted\\\" word\" \"\""));
        assertEquals(List.of(), AmiEventTranslator.agiWords(null));
    }

    @Test
    void theIvrsSetVariableIsAChoiceAndTheDialplansPresetIsNot() {
        AgiExecStartEvent command = new AgiExecStartEvent(this);
        command.setCommand("SET VARIABLE \"HOTLINE_LANG\" \"en\"");
        command.setLinkedid("1796180498.672");
        command.setUniqueId("1796180498.673");
        CallSignal choice = AmiEventTranslator.translate(command, NOW).orElseThrow();
        assertEquals(CallSignal.Kind.VARIABLE, choice.kind());
        assertEquals("HOTLINE_LANG", choice.variable());
        assertEquals("en", choice.value());
        assertEquals("1796180498.673", choice.uniqueid());

        VarSetEvent preset = new VarSetEvent(this);
        preset.setVariable("HOTLINE_QUEUE");
        preset.setValue("enquiries");
        preset.setLinkedId("1796180498.672");
        assertTrue(AmiEventTranslator.translate(preset, NOW).isEmpty(), "a VarSet of HOTLINE_* is not a choice");

        AgiExecStartEvent stream = new AgiExecStartEvent(this);
        stream.setCommand("STREAM FILE \"hotline/en/welcome\" \"0123456789*#\"");
        stream.setLinkedid("1796180498.672");
        assertTrue(AmiEventTranslator.translate(stream, NOW).isEmpty());
    }

    @Test
    void anAnswerNamesTheMemberAndThePhoneItWasAnsweredOn() {
        AgentConnectEvent connect = new AgentConnectEvent(this);
        connect.setLinkedId("1796180517.678");
        connect.setQueue("enquiries");
        connect.setMemberName("زينب");
        connect.setInterface("PJSIP/1002");
        connect.setHoldTime(12L);
        CallSignal answered = AmiEventTranslator.translate(connect, NOW).orElseThrow();
        assertEquals(CallSignal.Kind.ANSWERED, answered.kind());
        assertEquals("زينب", answered.agent());
        assertEquals("PJSIP/1002", answered.value());
        assertEquals(12, answered.waitSeconds());
    }

    @Test
    void howQueueEndedIsKept() {
        VarSetEvent status = new VarSetEvent(this);
        status.setVariable("QUEUESTATUS");
        status.setValue("TIMEOUT");
        status.setLinkedId("1796180498.672");
        CallSignal signal = AmiEventTranslator.translate(status, NOW).orElseThrow();
        assertEquals("QUEUESTATUS", signal.variable());
        assertEquals("TIMEOUT", signal.value());
    }

    @Test
    void theCallsOwnChannelLearningTheCallerGivesTheNumberAndUnknownIsNotANumber() {
        NewCallerIdEvent learnt = new NewCallerIdEvent(this);
        learnt.setUniqueId("1796180561.690");
        learnt.setLinkedId("1796180561.690");
        learnt.setCallerIdNum("07709042001");
        CallSignal signal = AmiEventTranslator.translate(learnt, NOW).orElseThrow();
        assertEquals(CallSignal.Kind.CALLER_KNOWN, signal.kind());
        assertEquals("07709042001", signal.caller());

        NewCallerIdEvent memberLeg = new NewCallerIdEvent(this);
        memberLeg.setUniqueId("1796180503.674");
        memberLeg.setLinkedId("1796180561.690");
        memberLeg.setCallerIdNum("07709042001");
        assertTrue(AmiEventTranslator.translate(memberLeg, NOW).isEmpty(), "another channel of the call");

        assertNull(AmiEventTranslator.known("<unknown>"));
        assertNull(AmiEventTranslator.known(" "));
        assertEquals("0770", AmiEventTranslator.known(" 0770 "));
    }
}
