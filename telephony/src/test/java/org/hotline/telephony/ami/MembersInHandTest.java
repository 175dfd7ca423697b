package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.junit.jupiter.api.Test;

class MembersInHandTest {

    private static AgentConnectEvent answered(String linkedid) {
        AgentConnectEvent connect = new AgentConnectEvent(MembersInHandTest.class);
        connect.setQueue("enquiries");
        connect.setMemberName("agent2");
        connect.setInterface("Local/agent2@agents");
        connect.setLinkedId(linkedid);
        return connect;
    }

    /** As Asterisk 22 sent one in a burst: only Queue, MemberName, HoldTime, TalkTime and Reason. */
    private static AgentCompleteEvent withoutIds() {
        AgentCompleteEvent complete = new AgentCompleteEvent(MembersInHandTest.class);
        complete.setQueue("enquiries");
        complete.setMemberName("agent2");
        complete.setTalkTime(5L);
        return complete;
    }

    @Test
    void anIdlessCompletionGetsTheCallAndTheInterfaceOfTheMembersAnswer() {
        MembersInHand inHand = new MembersInHand();
        inHand.fillIn(answered("1796180517.678"));
        AgentCompleteEvent complete = withoutIds();
        inHand.fillIn(complete);
        assertEquals("1796180517.678", complete.getLinkedId());
        assertEquals("Local/agent2@agents", complete.getInterface(), "the live picture needs the member's phone");
        AgentCompleteEvent again = withoutIds();
        inHand.fillIn(again);
        assertNull(again.getLinkedId());
        assertEquals(1, inHand.unmatched());
    }

    @Test
    void aCallThatEndedOrThatThePbxNoLongerHasIsNoLongerInHand() {
        MembersInHand inHand = new MembersInHand();
        inHand.fillIn(answered("1796180539.684"));
        HangupEvent hangup = new HangupEvent(MembersInHandTest.class);
        hangup.setUniqueId("1796180539.684");
        hangup.setLinkedId("1796180539.684");
        inHand.fillIn(hangup);
        AgentCompleteEvent late = withoutIds();
        inHand.fillIn(late);
        assertNull(late.getLinkedId(), "a late completion does not rewrite a call that is over");

        inHand.fillIn(answered("1796180600.1"));
        inHand.keepOnly(List.of("1796180700.1"));
        AgentCompleteEvent afterResync = withoutIds();
        inHand.fillIn(afterResync);
        assertNull(afterResync.getLinkedId());
        assertEquals(2, inHand.unmatched());
    }
}
