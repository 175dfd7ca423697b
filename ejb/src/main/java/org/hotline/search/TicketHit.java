package org.hotline.search;

import java.time.Instant;
import java.util.List;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/** A ticket found, as the index holds it (no database read), with the passages that matched. */
public record TicketHit(
        String number,
        String subject,
        TicketType type,
        TicketStatus status,
        Instant createdAt,
        String eServiceCode,
        List<Snippet> snippets) {}
