package org.hotline.ticket;

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

/**
 * A client's idempotency key for a ticket it created: the same key sent again by the same caller is given that ticket
 * ({@link TicketDesk#openOnce}). Written in the transaction that creates the ticket; never changed.
 */
@Entity
@Table(name = "ticket_request_key")
class TicketRequestKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "caller", nullable = false, length = 64)
    private String caller;

    @Column(name = "client_key", nullable = false, length = 100)
    private String clientKey;

    /** What was asked with the key ({@link TicketDesk#fingerprint}): the same key with another request is refused. */
    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketRequestKey() {
        // for JPA
    }

    TicketRequestKey(String caller, String clientKey, String fingerprint, Ticket ticket, Instant createdAt) {
        this.caller = caller;
        this.clientKey = clientKey;
        this.fingerprint = fingerprint;
        this.ticket = ticket;
        this.createdAt = createdAt;
    }

    String fingerprint() {
        return fingerprint;
    }

    Ticket ticket() {
        return ticket;
    }
}
