package org.hotline.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/**
 * What the one search box asks, with its filters. Every filter left null does not filter. {@code from} and {@code to}
 * are Baghdad days, both included. Complaint searches use the text, institution, e-service and days.
 */
public record SearchRequest(
        @Size(max = TEXT_MAX) String text,
        TicketStatus status,
        TicketType type,
        @Size(max = 32) String institution,
        @Size(max = 32) String eService,
        LocalDate from,
        LocalDate to,
        SearchOrder order,
        @Min(0) @Max(PAGE_MAX) int page,
        @Min(1) @Max(SIZE_MAX) int size) {

    public static final int TEXT_MAX = 200;
    public static final int PAGE_MAX = 500;
    public static final int SIZE_MAX = 100;
}
