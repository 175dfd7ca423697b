package org.hotline.report;

/**
 * The ticket report's definitions, in one place, as the SQL the report counts with on {@code ticket t}
 * (docs/REPORTS.md says the same in words). {@code :start} and {@code :end} bound the period.
 */
final class TicketMetrics {

    /** Created: opened within the period. */
    static final String CREATED = "t.created_at >= :start and t.created_at < :end";

    /** Resolved: moved to resolved within the period (a ticket reopened and resolved again counts at its last). */
    static final String RESOLVED = "t.resolved_at >= :start and t.resolved_at < :end";

    /**
     * Backlog: open at the end of the period, that is created before its end and not resolved before it. A ticket
     * closed without being resolved (a duplicate merged into another) is done, not backlog.
     */
    static final String BACKLOG = "t.created_at < :end and (t.resolved_at >= :end or (t.resolved_at is null"
            + " and t.status <> 'CLOSED'))";

    /**
     * Resolved within its SLA: of those resolved, the ones whose resolution clock (business hours, paused while the
     * citizen was awaited) had not run out when they were resolved; the ticket keeps that state from its resolution.
     */
    static final String RESOLVED_WITHIN_SLA = RESOLVED + " and t.sla_state <> 'BREACHED'";

    static double compliance(long withinSla, long resolved) {
        return resolved == 0 ? 0 : (double) withinSla / resolved;
    }

    private TicketMetrics() {
    }
}
