package org.hotline.document;

import java.io.Serializable;
import java.time.Instant;

/** A verification an agent made during a call, as the ticket keeps it: when, who, and the answer. */
public record DocumentCheck(Instant checkedAt, String checkedBy, Verification verification) implements Serializable {}
