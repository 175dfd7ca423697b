package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** The business time allowed for a ticket's first response and for its resolution. */
public record SlaTargets(Duration firstResponse, Duration resolution) {

    public SlaTargets {
        requireNonNull(firstResponse, "firstResponse is required");
        requireNonNull(resolution, "resolution is required");
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException(
                    "targets must be positive, and resolution no shorter than first response");
        }
    }
}
