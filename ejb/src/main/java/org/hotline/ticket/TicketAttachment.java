package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a ticket, with the SHA-256 of its content so that a copy shown later can be proven to be the
 * same. Lists read only its metadata (see {@code TicketDesk}); the content is read when it is downloaded.
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

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TicketAttachment() {
        // for JPA
    }

    TicketAttachment(Ticket ticket, String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.ticket = requireNonNull(ticket, "ticket is required");
        this.mediaType = AttachmentPolicy.check(requireNonNull(content, "content is required")).mediaType();
        this.fileName = AttachmentPolicy.cleanName(fileName);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = AttachmentPolicy.sha256(content);
        this.uploadedBy = requireNonNull(uploadedBy, "uploadedBy is required");
        this.uploadedAt = requireNonNull(uploadedAt, "uploadedAt is required");
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
