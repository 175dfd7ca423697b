package org.hotline.call;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A call the PBX says is in progress, from its list of channels after a (re)connect. When one of the queue members'
 * channels shares a bridge with it, the call was answered: by that member ({@code agent}, named as the call log names
 * agents), in {@code queue}, since about {@code answeredAt}; otherwise those three are null.
 */
public record ActiveCall(
        String linkedid, String caller, Instant enteredAt, String queue, String agent, Instant answeredAt) {

    public ActiveCall {
        requireNonNull(linkedid, "linkedid is required");
        requireNonNull(enteredAt, "enteredAt is required");
    }

    /** A call no member has answered (yet). */
    public ActiveCall(String linkedid, String caller, Instant enteredAt) {
        this(linkedid, caller, enteredAt, null, null, null);
    }

    public boolean isAnswered() {
        return agent != null && queue != null && answeredAt != null;
    }
}
