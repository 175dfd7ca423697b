package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An officer's note on a case, for the other officers who may handle it: never shown to the complainant, to agents or
 * to supervisors. Written once; a correction is another note.
 */
@Entity
@Table(name = "complaint_note")
public class ComplaintNote {

    /** The most characters a note takes, counted as a person sees them (code points, see {@code WrittenText}). */
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    protected ComplaintNote() {
        // for JPA
    }

    ComplaintNote(long complaintId, String writtenBy, String body, Instant now) {
        this.complaintId = complaintId;
        this.writtenBy = writtenBy;
        this.body = TextRefused.checked("text", body, MAX_LENGTH);
        this.writtenAt = now;
    }

    Long getId() {
        return id;
    }

    NoteView view() {
        return new NoteView(id, writtenAt, writtenBy, body);
    }
}
