package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hotline.ticket.StoredFile;

/**
 * A file of evidence for a complaint, accepted by its content (see {@link StoredFile}), with who brought it. Officers
 * read it, and each reading is audited.
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

    @Embedded
    private StoredFile file;

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
        this.complaintId = complaintId;
        this.file = StoredFile.checked(file.name(), file.content());
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    StoredFile getFile() {
        return file;
    }

    Long getComplaintId() {
        return complaintId;
    }
}
