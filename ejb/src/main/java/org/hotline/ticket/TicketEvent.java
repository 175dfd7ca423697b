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

/** One line of a ticket's timeline: who changed what, when, and why. Never changed once written. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    /** What happened. */
    public enum Kind {
        CREATED,
        STATUS_CHANGED,
        COMMENTED,
        UPDATED,
        ASSIGNED,
        ATTACHED,
        MERGED_INTO,
        MERGED_FROM,
        /** An agent's phone was asked to call the citizen back (detail: the phone). */
        CALLBACK_DIALLED,
        /** How a callback ended (detail: a {@link CallbackOutcome}). */
        CALLBACK_RESULT
    }

    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", length = 20)
    private TicketStatus toStatus;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected TicketEvent() {
        // for JPA
    }

    TicketEvent(Ticket ticket, Instant at, String actor, Kind kind, TicketStatus from, TicketStatus to, String detail) {
        this.ticket = requireNonNull(ticket, "ticket is required");
        this.at = requireNonNull(at, "at is required");
        this.actor = requireNonNull(actor, "actor is required");
        this.kind = requireNonNull(kind, "kind is required");
        this.fromStatus = from;
        this.toStatus = to;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public TicketStatus getFromStatus() {
        return fromStatus;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}
