package org.hotline.call;

import java.time.Instant;
import java.util.Objects;

/**
 * How an agent's phone stood in the queues from a moment on, as the PBX's queue-member events tell it: signed out (in
 * no queue), signed in (in at least one, taking calls), or paused with a reason (signed in, not taking calls). The
 * agent is named as the call log names them (the queue member's name, else the phone), so that the agent report joins
 * the two.
 */
public record AgentPresence(String phoneInterface, String agent, Instant at, State state, String pauseReason) {

    public enum State {
        SIGNED_OUT,
        SIGNED_IN,
        PAUSED
    }

    public AgentPresence {
        Objects.requireNonNull(phoneInterface, "phoneInterface is required");
        Objects.requireNonNull(agent, "agent is required");
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(state, "state is required");
        pauseReason = state == State.PAUSED && pauseReason != null && !pauseReason.isBlank() ? pauseReason : null;
    }

    /** How the call log and the reports name an agent: the queue member's name, else the phone. */
    public static String agentName(String memberName, String phoneInterface) {
        return memberName != null && !memberName.isBlank() ? memberName : phoneInterface;
    }

    /** Whether this is another presence than {@code before}; the moment and the name do not count. */
    public boolean differsFrom(AgentPresence before) {
        return before == null
                ? state != State.SIGNED_OUT
                : state != before.state || !Objects.equals(pauseReason, before.pauseReason);
    }
}
