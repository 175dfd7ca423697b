package org.hotline.call;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A call the PBX says is in progress, from its list of channels after a (re)connect. */
public record ActiveCall(String linkedid, String caller, Instant enteredAt) {

    public ActiveCall {
        requireNonNull(linkedid, "linkedid is required");
        requireNonNull(enteredAt, "enteredAt is required");
    }
}
