package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.hotline.telephony.live.LiveEvent;
import org.junit.jupiter.api.Test;

class LiveEventTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");

    @Test
    void agentCalledRingsTheMembersPhoneWithTheCallersNumber() {
        AgentCalledEvent called = new AgentCalledEvent(this);
        called.setLinkedId("1795666179.0");
        called.setQueue("enquiries");
        called.setInterface("PJSIP/1001");
        called.setCallerIdNum("07701234567");
        LiveEvent.AgentRinging ringing = (LiveEvent.AgentRinging)
                LiveEventTranslator.translate(called, NOW).orElseThrow();
        assertEquals("PJSIP/1001", ringing.phoneInterface());
        assertEquals("1795666179.0", ringing.linkedid());
        assertEquals("07701234567", ringing.caller());
        assertEquals(NOW, ringing.at(), "without a Timestamp field, the time it was received");
    }

    @Test
    void aPauseFromThePhoneCarriesItsReasonWhereAsterisk22PutsIt() {
        QueueMemberPauseEvent pause = new QueueMemberPauseEvent(this);
        pause.setQueue("enquiries");
        pause.setInterface("PJSIP/1001");
        pause.setPaused(true);
        pause.setPausedreason("PRAYER");
        LiveEvent.MemberState member = (LiveEvent.MemberState)
                LiveEventTranslator.translate(pause, NOW).orElseThrow();
        assertTrue(member.paused());
        assertEquals("PRAYER", member.pauseReason());
    }

    @Test
    void aRemovedMemberAndTheCallsOwnHangupAreUnderstoodAndOtherChannelsHangupsIgnored() {
        QueueMemberRemovedEvent removed = new QueueMemberRemovedEvent(this);
        removed.setQueue("status");
        removed.setInterface("PJSIP/1001");
        assertTrue(((LiveEvent.MemberState)
                        LiveEventTranslator.translate(removed, NOW).orElseThrow())
                .removed());

        HangupEvent agentLeg = new HangupEvent(this);
        agentLeg.setUniqueId("1795666180.2");
        agentLeg.setLinkedId("1795666179.0");
        assertTrue(LiveEventTranslator.translate(agentLeg, NOW).isEmpty());
        HangupEvent callersOwn = new HangupEvent(this);
        callersOwn.setUniqueId("1795666179.0");
        callersOwn.setLinkedId("1795666179.0");
        assertTrue(LiveEventTranslator.translate(callersOwn, NOW).orElseThrow() instanceof LiveEvent.CallEnded);
    }
}
