package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one spelling of a ticket list's order, and the former order menu's presets read as what they meant. */
class TicketOrderTest {

    @Test
    void aColumnIsAscendingAndALeadingMinusDescendingInAnyCase() {
        assertEquals(
                new TicketFilter.Order(TicketFilter.Column.PRIORITY, false),
                TicketFilter.Order.parse("priority").orElseThrow());
        assertEquals(
                new TicketFilter.Order(TicketFilter.Column.UPDATED, true),
                TicketFilter.Order.parse(" -Updated ").orElseThrow());
        assertEquals("-created", TicketFilter.Order.NEWEST.toString());
        assertEquals(
                TicketFilter.Order.NEWEST,
                TicketFilter.Order.parse(TicketFilter.Order.NEWEST.toString()).orElseThrow());
    }

    @Test
    void theFormerPresetsAreTheirColumns() {
        assertEquals(
                TicketFilter.Order.NEWEST, TicketFilter.Order.parse("NEWEST").orElseThrow());
        assertEquals(
                new TicketFilter.Order(TicketFilter.Column.CREATED, false),
                TicketFilter.Order.parse("oldest").orElseThrow());
        assertEquals(
                new TicketFilter.Order(TicketFilter.Column.DUE, false),
                TicketFilter.Order.parse("DUE_FIRST").orElseThrow());
        assertEquals(
                new TicketFilter.Order(TicketFilter.Column.PRIORITY, false),
                TicketFilter.Order.parse("PRIORITY").orElseThrow());
    }

    @Test
    void anythingElseIsNoOrder() {
        assertTrue(TicketFilter.Order.parse("colour").isEmpty());
        assertTrue(TicketFilter.Order.parse("--created").isEmpty());
        assertTrue(TicketFilter.Order.parse("").isEmpty());
    }
}
