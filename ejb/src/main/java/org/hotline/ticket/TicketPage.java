package org.hotline.ticket;

import java.util.List;

/** One page of a ticket list and the number of tickets that match in all. */
public record TicketPage(List<TicketSummary> items, long total, int page, int size) {}
