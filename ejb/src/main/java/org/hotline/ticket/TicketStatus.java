package org.hotline.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its life. Only the transitions below are allowed; {@link #canMoveTo} is the one place that
 * says so.
 *
 * <pre>
 * NEW ──▶ OPEN ◀──▶ PENDING_CITIZEN
 *  │       │              │
 *  └──────▶ RESOLVED ◀────┘ ──▶ CLOSED
 *            │
 *            └──(reopen)──▶ OPEN
 * </pre>
 *
 * A closed ticket stays closed: a citizen who calls again about it gets a new ticket that links to it.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING_CITIZEN,
    RESOLVED,
    CLOSED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING_CITIZEN, RESOLVED);
            case OPEN -> EnumSet.of(PENDING_CITIZEN, RESOLVED);
            case PENDING_CITIZEN -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** The SLA clocks stand still while the hotline waits for the citizen. */
    public boolean pausesSla() {
        return this == PENDING_CITIZEN;
    }

    /** Resolved and closed tickets are done: no clock runs and nothing is due. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}
