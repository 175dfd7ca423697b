package org.hotline.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an agent (or an integration) gives to open a ticket; the references are optional. */
public record NewTicket(
        @NotNull TicketType type,
        @NotNull Channel channel,
        Priority priority,
        @NotBlank @Size(max = Ticket.SUBJECT_MAX) String subject,
        @Size(max = 20_000) String description,
        Long citizenId,
        @Size(max = 32) String eServiceCode,
        @Size(max = 32) String teamCode,
        @Size(max = 64) String assignee) {
}
