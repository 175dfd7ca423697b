package org.hotline.report;

/**
 * One row of the ticket report, each figure as {@link TicketMetrics} defines it: created and resolved within the
 * period, the backlog at its end, and how many of those resolved were resolved within their SLA.
 */
public record TicketFigures(String key, long created, long resolved, long backlog, long resolvedWithinSla,
        double slaCompliance) {
}
