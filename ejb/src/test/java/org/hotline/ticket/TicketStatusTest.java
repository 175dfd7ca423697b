package org.hotline.ticket;

import static org.hotline.ticket.TicketStatus.CLOSED;
import static org.hotline.ticket.TicketStatus.NEW;
import static org.hotline.ticket.TicketStatus.OPEN;
import static org.hotline.ticket.TicketStatus.PENDING_CITIZEN;
import static org.hotline.ticket.TicketStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void theWorkflowAllowsExactlyTheseMoves() {
        assertEquals(EnumSet.of(OPEN, PENDING_CITIZEN, RESOLVED), NEW.next());
        assertEquals(EnumSet.of(PENDING_CITIZEN, RESOLVED), OPEN.next());
        assertEquals(EnumSet.of(OPEN, RESOLVED), PENDING_CITIZEN.next());
        assertEquals(EnumSet.of(OPEN, CLOSED), RESOLVED.next(), "reopen, or close");
        assertTrue(CLOSED.next().isEmpty(), "closed is final");
    }

    @Test
    void nothingGoesBackToNewOrSkipsResolution() {
        for (TicketStatus from : TicketStatus.values()) {
            assertFalse(from.canMoveTo(NEW), from + " -> NEW");
            assertFalse(from.canMoveTo(from), from + " -> itself");
        }
        assertFalse(OPEN.canMoveTo(CLOSED));
        assertFalse(PENDING_CITIZEN.canMoveTo(CLOSED));
    }

    @Test
    void onlyWaitingForTheCitizenPausesTheClockAndOnlyResolvedAndClosedAreDone() {
        assertTrue(PENDING_CITIZEN.pausesSla());
        assertFalse(OPEN.pausesSla());
        assertTrue(RESOLVED.isDone());
        assertTrue(CLOSED.isDone());
        assertFalse(PENDING_CITIZEN.isDone());
    }
}
