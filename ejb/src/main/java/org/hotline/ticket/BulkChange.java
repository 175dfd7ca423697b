package org.hotline.ticket;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * What a bulk change does to each ticket: give it to an agent (by username), move it to a team (by code), move it
 * along the workflow to a status (with an optional reason for the timeline); any of them, at least one. A field left
 * null is left as it is.
 */
public record BulkChange(
        @Size(min = 1, max = 64) String assignee,
        @Size(min = 1, max = 32) String team,
        TicketStatus status,
        @Size(max = TicketEvent.DETAIL_MAX) String reason) {

    /** Something to do: a bulk change without a change is a mistake, not a success. */
    @AssertTrue(message = "give an assignee, a team or a status")
    public boolean isSomething() {
        return assignee != null || team != null || status != null;
    }

    boolean assigns() {
        return assignee != null || team != null;
    }
}
