package org.hotline.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The business-time targets for one ticket type. */
@Entity
@Table(name = "sla_target")
public class SlaTarget {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ticket_type", length = 30)
    private TicketType ticketType;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    protected SlaTarget() {
        // for JPA
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
