package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What the ticket desk may do to a ticket: everything to a new ordinary one, nothing to a complaint. */
class TicketActionsTest {

    private static final SlaTargets TARGETS = new SlaTargets(Duration.ofHours(1), Duration.ofDays(2));
    private static final Instant NOW = Instant.parse("2026-03-12T07:00:00Z");

    @Test
    void aNewOrdinaryTicketAllowsEveryAction() {
        Ticket ticket = new Ticket(
                TicketType.ENQUIRY, Channel.PHONE, Priority.NORMAL, "موعد الجواز", null, TARGETS, "agent", NOW);
        assertEquals(EnumSet.allOf(TicketAction.class), ticket.allowedActions());
    }

    @Test
    void aComplaintAllowsNoneOnTheTicketDesk() {
        Ticket complaint = Ticket.complaint(Channel.WEB, TARGETS, "pin-hash", "web", NOW);
        assertEquals(EnumSet.noneOf(TicketAction.class), complaint.allowedActions());
    }
}
