-- The officers' case workflow: every move of a case is a decision with its reason (and, for a referral, the
-- reference the integrity body gave), kept in order; the audit log records each one too.
CREATE TABLE complaint_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NOT NULL,
    at            DATETIME(6)   NOT NULL,
    officer       VARCHAR(64)   NOT NULL,
    from_state    VARCHAR(20)   NOT NULL,
    to_state      VARCHAR(20)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    reference     VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_decision_complaint (complaint_id, at),
    CONSTRAINT fk_complaint_decision_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
