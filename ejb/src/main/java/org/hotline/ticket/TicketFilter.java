package org.hotline.ticket;

import org.hotline.calendar.SlaClock;

/** What a ticket list shows: every field left null does not filter. */
public record TicketFilter(TicketStatus status, TicketType type, String teamCode, String assignee,
        SlaClock.State slaState, Order order) {

    /** How the list is sorted, by the database. */
    public enum Order {
        NEWEST, OLDEST, DUE_FIRST, PRIORITY
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, Order.NEWEST);
    }
}
