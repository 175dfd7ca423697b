package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.attachment.StoredFile;

/**
 * A file attached to a ticket (see {@link StoredFile}). Lists read only its metadata (see {@code TicketDesk}); the
 * content is read when it is downloaded.
 */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TicketAttachment() {
        // for JPA
    }

    TicketAttachment(Ticket ticket, String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.ticket = requireNonNull(ticket, "ticket is required");
        this.file = StoredFile.checked(fileName, content);
        this.uploadedBy = requireNonNull(uploadedBy, "uploadedBy is required");
        this.uploadedAt = requireNonNull(uploadedAt, "uploadedAt is required");
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
