package org.hotline.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the citizen has been told of one ordinary ticket: the moment of the latest change they know of (a resolution,
 * a public reply), when they were told and where ({@code ivr} or {@code web}). A later change is waiting. Kept apart
 * from the ticket, so that telling the citizen never changes the ticket's version under an agent's edit; written only
 * by {@link CitizenNotices}.
 */
@Entity
@Table(name = "ticket_notice")
public class TicketNotice {

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "told_through", nullable = false)
    private Instant toldThrough;

    @Column(name = "told_at", nullable = false)
    private Instant toldAt;

    @Column(name = "told_by", nullable = false, length = 8)
    private String toldBy;

    protected TicketNotice() {
        // for JPA
    }
}
