-- Officers' case notes: what the officers handling a case write for one another, never shown to the complainant, to
-- agents or to supervisors. A note is written once and never edited; an officer corrects one with another note.

CREATE TABLE complaint_note (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    written_by    VARCHAR(64)   NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_note_complaint (complaint_id, written_at),
    CONSTRAINT fk_complaint_note_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case list filters by institution and allegation within the deadline order.
ALTER TABLE complaint ADD KEY ix_complaint_institution_due (institution_code, decision_due_at),
    ADD KEY ix_complaint_allegation_due (allegation, decision_due_at);
