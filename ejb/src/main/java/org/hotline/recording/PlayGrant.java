package org.hotline.recording;

import java.time.Instant;

/**
 * What a play gives its player: the token its audio element streams the recording with (range request after range
 * request, by this user only), until {@code expiresAt}.
 */
public record PlayGrant(String linkedid, String token, Instant expiresAt) {}
