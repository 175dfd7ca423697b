package org.hotline.report;

import java.io.Serializable;

/**
 * One row of the ticket report, each figure as {@link TicketMetrics} defines it: created and resolved within the
 * period, the backlog at its end, and how many of those resolved were resolved within their SLA; the first responses
 * of the period and how many came within their SLA (of those measured); and, end to end, the tickets resolved that
 * were opened from a call, how many of them within their SLA, and the mean and longest time from the call entering
 * the hotline to the resolution, in seconds (null when none). A compliance is null when there was nothing to
 * measure it on: no ticket resolved, no first response measured.
 */
public record TicketFigures(
        String key,
        long created,
        long resolved,
        long backlog,
        long resolvedWithinSla,
        Double slaCompliance,
        long firstResponses,
        long firstResponsesMeasured,
        long firstResponsesWithinSla,
        Double firstResponseCompliance,
        long resolvedFromCalls,
        long resolvedFromCallsWithinSla,
        Double averageCallToResolution,
        Long longestCallToResolution)
        implements Serializable {}
