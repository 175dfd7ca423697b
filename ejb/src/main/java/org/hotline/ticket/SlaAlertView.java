package org.hotline.ticket;

import java.io.Serializable;
import java.time.Instant;
import org.hotline.calendar.SlaClock;

/** An open alert as the supervisors' page shows it. */
public record SlaAlertView(
        long id,
        String ticketNumber,
        String subject,
        SlaClock.State state,
        Instant raisedAt,
        Instant resolutionDueAt,
        String assignee)
        implements Serializable {

    static SlaAlertView of(SlaAlert alert) {
        Ticket ticket = alert.getTicket();
        return new SlaAlertView(
                alert.getId(),
                ticket.number().digits(),
                ticket.getSubject(),
                alert.getState(),
                alert.getRaisedAt(),
                ticket.getResolutionDueAt(),
                ticket.getAssignee() == null ? null : ticket.getAssignee().getUsername());
    }
}
