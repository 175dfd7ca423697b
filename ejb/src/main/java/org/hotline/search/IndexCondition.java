package org.hotline.search;

import java.time.Instant;

/**
 * How the search indexes stand: healthy, or degraded with the trouble that made them so and since when; whether a
 * rebuild from the database is running to mend them; how many index writes failed since the server started.
 */
public record IndexCondition(IndexTrouble trouble, Instant since, boolean rebuilding, long failedWrites) {

    static IndexCondition healthy(long failedWrites) {
        return new IndexCondition(null, null, false, failedWrites);
    }

    public boolean degraded() {
        return trouble != null;
    }

    /** Whether a search can run: the indexes are healthy, or degraded but readable (they miss recent changes). */
    public boolean searchable() {
        return trouble == null || trouble.readable() || rebuilding;
    }

    /** {@code HEALTHY} or {@code DEGRADED}, as monitors read it. */
    public String state() {
        return degraded() ? "DEGRADED" : "HEALTHY";
    }

    /** The trouble's code, or null when healthy. */
    public String reason() {
        return trouble == null ? null : trouble.code();
    }
}
