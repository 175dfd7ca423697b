package org.hotline.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an agent (or an integration) gives to open a ticket; the references are optional. {@code callLinkedid} is the
 * call the ticket is opened during (the screen pop's "open a ticket" fills it).
 */
public record NewTicket(
        @NotNull TicketType type,
        @NotNull Channel channel,
        Priority priority,
        @NotBlank @Size(max = Ticket.SUBJECT_MAX) String subject,
        @Size(max = 20_000) String description,
        Long citizenId,
        @Size(max = 32) String eServiceCode,
        @Size(max = 32) String teamCode,
        @Size(max = 64) String assignee,

        @Size(max = 64) @Pattern(regexp = "[0-9]{1,20}\\.[0-9]{1,10}")
        String callLinkedid) {}
