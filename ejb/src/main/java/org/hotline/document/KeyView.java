package org.hotline.document;

import java.io.Serializable;
import java.time.Instant;

/** A key as administrators see it: never its private half; {@code signs} when the registry can sign with it now. */
public record KeyView(
        String keyId,
        String institutionCode,
        String algorithm,
        Instant createdAt,
        Instant retiredAt,
        Instant revokedAt,
        String revokedReason,
        boolean signs)
        implements Serializable {}
