package org.hotline.security;

/** A token just made: the only time the token itself leaves the server. */
public record IssuedApiToken(ApiTokenSummary summary, String token) {}
