package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hotline.calendar.SlaClock;

/**
 * A notification for supervisors: this ticket's resolution clock became at risk, or breached. One per ticket and
 * state (the database's unique key makes sure), so a ticket never alerts twice for the same reason.
 */
@Entity
@Table(name = "sla_alert")
public class SlaAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", nullable = false, length = 10)
    private SlaClock.State state;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected SlaAlert() {
        // for JPA
    }

    SlaAlert(Ticket ticket, SlaClock.State state, Instant raisedAt) {
        this.ticket = requireNonNull(ticket, "ticket is required");
        this.state = requireNonNull(state, "state is required");
        this.raisedAt = requireNonNull(raisedAt, "raisedAt is required");
    }

    void acknowledge(String supervisor, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedBy = supervisor;
            acknowledgedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public SlaClock.State getState() {
        return state;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
