package org.hotline.ticket;

import jakarta.validation.constraints.Size;

/** A partial update: every field left null stays as it is. */
public record TicketChanges(
        Priority priority,
        @Size(min = 1, max = Ticket.SUBJECT_MAX) String subject,
        @Size(max = 20_000) String description,
        @Size(max = 32) String eServiceCode,
        @Size(max = 32) String teamCode,
        @Size(max = 64) String assignee) {}
