package org.hotline.call;

import java.time.Instant;

/**
 * Fired when a call ends unanswered after waiting in a queue: the ticket area reacts by making sure the caller has
 * a callback task. Observers act after the call log's transaction commits.
 */
public record CallAbandoned(String linkedid, String caller, String queue, Instant at) {}
