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
import org.hotline.attachment.StoredFile;

/**
 * A file of evidence for a complaint, accepted by its content (see {@link StoredFile}), with who brought it. Officers
 * read it, and each reading is audited. The files of the conversation are kept the same way, with the turn they were
 * attached to; a file an officer attached for the complainant ({@link EvidenceSource#OFFICER}) is no evidence and has
 * a budget of its own.
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

    /** The question the file was attached to: by the officer who asked, or by the complainant with the answer. */
    @Column(name = "question_id")
    private Long questionId;

    /** The complainant's message the file was attached to. */
    @Column(name = "message_id")
    private Long messageId;

    protected ComplaintEvidence() {
        // for JPA
    }

    ComplaintEvidence(long complaintId, EvidenceFile file, EvidenceSource addedBy, Instant addedAt) {
        this.complaintId = complaintId;
        this.file = StoredFile.checked(file.name(), file.content());
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** A file attached to a turn of the conversation: a question or its answer, or a message. */
    ComplaintEvidence(
            long complaintId,
            EvidenceFile file,
            EvidenceSource addedBy,
            Instant addedAt,
            Long questionId,
            Long messageId) {
        this(complaintId, file, addedBy, addedAt);
        this.questionId = questionId;
        this.messageId = messageId;
    }

    StoredFile getFile() {
        return file;
    }

    Long getComplaintId() {
        return complaintId;
    }

    EvidenceSource getAddedBy() {
        return addedBy;
    }
}
