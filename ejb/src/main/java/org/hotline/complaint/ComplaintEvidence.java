package org.hotline.complaint;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hotline.ticket.AttachmentPolicy;

/**
 * A file of evidence for a complaint: accepted only when its content is a PDF, PNG or JPEG (read from its first
 * bytes, whatever its name says), with the SHA-256 that proves later that a copy is the file received. Officers read
 * it, and each reading is audited.
 */
@Entity
@Table(name = "complaint_evidence")
public class ComplaintEvidence {

    /** More than this many files on one complaint is refused: evidence, not storage. */
    static final int MAX_PER_COMPLAINT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "added_by", nullable = false, length = 20)
    private EvidenceSource addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ComplaintEvidence() {
        // for JPA
    }

    ComplaintEvidence(long complaintId, EvidenceFile file, EvidenceSource addedBy, Instant addedAt) {
        byte[] bytes = requireNonNull(file.content(), "content is required");
        this.complaintId = complaintId;
        this.mediaType = AttachmentPolicy.check(bytes).mediaType();
        this.fileName = AttachmentPolicy.cleanName(file.name());
        this.content = bytes.clone();
        this.sizeBytes = bytes.length;
        this.sha256 = AttachmentPolicy.sha256(bytes);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content.clone();
    }

    Long getComplaintId() {
        return complaintId;
    }
}
