package org.hotline.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hotline.call.AgentPresence.State;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {

    private static final Instant NOW = Instant.parse("2025-03-11T07:00:00Z");

    private static AgentPresence presence(State state, String reason) {
        return new AgentPresence("PJSIP/1603", "Agent 1603", NOW, state, reason);
    }

    @Test
    void aChangeIsAnotherStateOrAnotherPauseReason() {
        assertTrue(presence(State.PAUSED, "BREAK").differsFrom(presence(State.SIGNED_IN, null)));
        assertTrue(presence(State.PAUSED, "PRAYER").differsFrom(presence(State.PAUSED, "BREAK")));
        assertFalse(
                presence(State.SIGNED_IN, null).differsFrom(presence(State.SIGNED_IN, null)),
                "a phone ringing in a queue it is already in changes nothing");
        assertFalse(
                new AgentPresence("PJSIP/1603", "Agent 1603", NOW.plusSeconds(60), State.PAUSED, "BREAK")
                        .differsFrom(presence(State.PAUSED, "BREAK")),
                "the second queue's pause event of one QueuePause");
    }

    @Test
    void onlyAPauseHasAReason() {
        assertNull(presence(State.SIGNED_IN, "BREAK").pauseReason(), "Asterisk repeats the reason when unpausing");
        assertNull(presence(State.PAUSED, " ").pauseReason());
    }

    @Test
    void anAgentIsNamedAsTheCallLogNamesThem() {
        assertEquals("Agent 1603", AgentPresence.agentName("Agent 1603", "PJSIP/1603"));
        assertEquals("PJSIP/1603", AgentPresence.agentName(" ", "PJSIP/1603"));
    }
}
