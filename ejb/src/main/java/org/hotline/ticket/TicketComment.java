package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.common.InvalidInput;

/** A note on a ticket: public ones may be told to the citizen, internal ones stay with staff. */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {

    public static final int BODY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    protected TicketComment() {
        // for JPA
    }

    TicketComment(Ticket ticket, Instant at, String author, String body, boolean internal) {
        this.ticket = requireNonNull(ticket, "ticket is required");
        this.at = requireNonNull(at, "at is required");
        this.author = requireNonNull(author, "author is required");
        requireNonNull(body, "body is required");
        if (body.isBlank() || body.length() > BODY_MAX) {
            throw new InvalidInput("body", "1 to " + BODY_MAX + " characters");
        }
        this.body = body.strip();
        this.internal = internal;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }
}
