package org.hotline.pbx;

import java.time.Instant;
import java.util.List;

/**
 * One agent's phone as the PBX reports it: state, the queues signed in to (and paused in), the call in hand, and
 * when wrap-up ends.
 */
public record AgentConsole(
        String phoneInterface,
        boolean pbxConnected,
        AgentState state,
        String pauseReason,
        List<Membership> queues,
        CallInHand call,
        Instant wrapUpUntil) {

    /** One of the hotline's queues and the agent's place in it. */
    public record Membership(String queue, boolean signedIn, boolean paused, String pauseReason) {}

    /**
     * The queue call ringing or being talked on; {@code channel} is the agent's own channel once answered (as
     * AgentConnect names it), else null.
     */
    public record CallInHand(
            String linkedid, String queue, String caller, boolean answered, Instant since, String channel) {}
}
