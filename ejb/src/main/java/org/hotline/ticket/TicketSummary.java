package org.hotline.ticket;

import java.io.Serializable;
import java.time.Instant;
import org.hotline.calendar.SlaClock;

/** One row of a ticket list; the assignee by username and by the name the person is shown by. */
public record TicketSummary(
        String number,
        TicketType type,
        TicketStatus status,
        Priority priority,
        String subject,
        String citizenName,
        String assignee,
        String team,
        Instant createdAt,
        Instant resolutionDueAt,
        SlaClock.State slaState,
        String assigneeName,
        Instant updatedAt)
        implements Serializable {}
