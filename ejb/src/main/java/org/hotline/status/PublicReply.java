package org.hotline.status;

import java.time.Instant;

/** One public reply as the citizen sees it: when, and the words. Who wrote it and internal notes stay with staff. */
public record PublicReply(Instant at, String body) {}
