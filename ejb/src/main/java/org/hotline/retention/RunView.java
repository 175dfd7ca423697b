package org.hotline.retention;

import java.time.Instant;

/**
 * One run of the retention job as the report shows it. For a dry run the figures are what a run would do now:
 * complaints it would anonymise and recordings it would remove.
 */
public record RunView(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        boolean dryRun,
        int complaintsAnonymised,
        int complaintsHeld,
        int recordingsRemoved,
        int failures,
        String failureDetail) {}
