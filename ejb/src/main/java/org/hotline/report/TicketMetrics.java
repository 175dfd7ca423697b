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
    static final String BACKLOG =
            "t.created_at < :end and (t.resolved_at >= :end or (t.resolved_at is null" + " and t.status <> 'CLOSED'))";

    /**
     * Resolved within its SLA: of those resolved, the ones whose resolution clock (business hours, paused while the
     * citizen was awaited) had not run out when they were resolved; the ticket keeps that state from its resolution.
     */
    static final String RESOLVED_WITHIN_SLA = RESOLVED + " and t.sla_state <> 'BREACHED'";

    /** First responded: the citizen first heard from the hotline within the period (a public comment, a status change, a callback answered). */
    static final String FIRST_RESPONDED = "t.first_responded_at >= :start and t.first_responded_at < :end";

    /**
     * First response within its SLA: the first-response clock (business hours, paused like the resolution clock) had
     * not run out when the citizen was first answered. Tickets answered before the state was kept (V15) get it when
     * next changed or swept by the SLA timer; until then they are left out: measured first responses have a state.
     */
    static final String FIRST_RESPONSE_MEASURED = "t.first_response_state is not null";

    static final String FIRST_RESPONSE_WITHIN_SLA = "t.first_response_state <> 'BREACHED'";

    /**
     * From call to resolution, the end-to-end measure: for a ticket opened from a call (or a callback task answering
     * one), the seconds from the call entering the hotline (the IVR answered it) to the ticket's resolution; on the
     * tickets resolved within the period, joined to their call by its linkedid as {@code cr} (a call whose entry the log
     * never saw has no start to measure from, and is not counted). Each ticket is a measure of its own: a call with an
     * enquiry ticket and a callback task counts twice.
     */
    static final String FROM_CALL =
            " left join call_record cr on cr.linkedid = t.call_linkedid" + " and cr.entered_at is not null";

    static final String CALL_TO_RESOLUTION = "timestampdiff(second, cr.entered_at, t.resolved_at)";

    /**
     * The share within SLA of those measured; none when nothing was measured (no ticket resolved, no first response
     * with a state), which is not the same as none within SLA and must not read as 0 %.
     */
    static Double compliance(long withinSla, long measured) {
        return measured == 0 ? null : (double) withinSla / measured;
    }

    private TicketMetrics() {}
}
