package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message the complainant wrote of their own in the follow-up, not an answer to a question: part of the
 * conversation with the officers, written once. Who wrote it is the receipt holder, never named.
 */
@Entity
@Table(name = "complaint_message")
public class ComplaintMessage {

    /** The most characters a message or an answer takes. */
    public static final int MAX_LENGTH = 5000;
    /** More than this many messages on one case is refused: a conversation, not a mailbox. */
    static final int MAX_PER_COMPLAINT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    protected ComplaintMessage() {
        // for JPA
    }

    ComplaintMessage(long complaintId, String body, Instant now) {
        this.complaintId = complaintId;
        this.body = TextRefused.checked("text", body, MAX_LENGTH);
        this.writtenAt = now;
    }

    Long getId() {
        return id;
    }

    ThreadEntry entry(java.util.List<EvidenceView> files) {
        return new ThreadEntry(ThreadEntry.Kind.MESSAGE, writtenAt, body, 0, null, false, null, files);
    }
}
