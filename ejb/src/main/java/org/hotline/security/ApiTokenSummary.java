package org.hotline.security;

import java.io.Serializable;
import java.time.Instant;

/** A token as administrators see it: never the token, only its first characters. */
public record ApiTokenSummary(
        long id,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        boolean usable)
        implements Serializable {

    static ApiTokenSummary of(ApiToken token, Instant now) {
        return new ApiTokenSummary(
                token.getId(),
                token.getAccount().getUsername(),
                token.getName(),
                token.getPrefix(),
                token.getCreatedAt(),
                token.getCreatedBy(),
                token.getExpiresAt(),
                token.getRevokedAt(),
                token.getLastUsedAt(),
                token.isUsableAt(now));
    }
}
