-- The rest of the complaint case: evidence files (checked by their content), officers' questions to the
-- complainant with the date an answer is due and the answer, the deadline of the case's next decision, and the secure
-- document a complaint is about (a refused electronic document).

CREATE TABLE complaint_evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    added_by      VARCHAR(20)   NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_evidence_complaint (complaint_id, added_at),
    CONSTRAINT fk_complaint_evidence_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint_question (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NOT NULL,
    asked_at      DATETIME(6)   NOT NULL,
    asked_by      VARCHAR(64)   NOT NULL,
    question      VARCHAR(2000) NOT NULL,
    answer_due_at DATETIME(6)   NOT NULL,
    answer        TEXT          NULL,
    answered_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_question_complaint (complaint_id, asked_at),
    CONSTRAINT fk_complaint_question_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE complaint ADD COLUMN decision_due_at DATETIME(6) NULL,
    ADD COLUMN secure_document_number VARCHAR(40) NULL,
    ADD KEY ix_complaint_state_due (case_state, decision_due_at);

-- Complaints filed before deadlines existed get the first one: two days to triage.
UPDATE complaint SET decision_due_at = created_at + INTERVAL 2 DAY WHERE decision_due_at IS NULL;
