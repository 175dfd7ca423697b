package org.hotline.security;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A token to make: whose account it signs in as, what it is for, and when it stops working (null: when revoked). */
public record NewApiToken(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = ApiToken.NAME_MAX) String name,
        @Future Instant expiresAt) {}
