-- The conversation between the officers and the complainant: besides the officers' questions and their answers, the
-- complainant writes messages of their own; files go both ways, attached to a question, an answer or a message, and
-- are kept as evidence is (one way to store files): question_id with added_by OFFICER is a file an officer attached
-- to the question (a form to fill), with added_by FOLLOW_UP one the complainant attached to the answer; message_id
-- one attached to the complainant's message.
CREATE TABLE complaint_message (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    body          TEXT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_message_complaint (complaint_id, written_at),
    CONSTRAINT fk_complaint_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE complaint_evidence ADD COLUMN question_id BIGINT NULL,
    ADD COLUMN message_id BIGINT NULL,
    ADD CONSTRAINT fk_complaint_evidence_question FOREIGN KEY (question_id) REFERENCES complaint_question (id),
    ADD CONSTRAINT fk_complaint_evidence_message FOREIGN KEY (message_id) REFERENCES complaint_message (id);
