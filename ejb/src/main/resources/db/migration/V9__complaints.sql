-- Complaints about staff: the confidential part of a ticket of type COMPLAINT_ABOUT_STAFF, visible to
-- officers only, with the complainant's identity sealed even from them until an officer unseals it with a reason.
-- The ticket itself keeps only a neutral subject, so that agents and supervisors see that a complaint exists, its
-- number and status, and nothing else.

CREATE TABLE complaint (
    ticket_id             BIGINT        NOT NULL,
    institution_code      VARCHAR(32)   NOT NULL,
    office                VARCHAR(200)  NULL,
    accused_name          VARCHAR(200)  NULL,
    accused_employee_id   VARCHAR(64)   NULL,
    accused_description   VARCHAR(1000) NULL,
    e_service_code        VARCHAR(32)   NULL,
    allegation            VARCHAR(30)   NOT NULL,
    occurred_on           DATE          NULL,
    place                 VARCHAR(200)  NULL,
    narrative             TEXT          NOT NULL,
    anonymous             BOOLEAN       NOT NULL,
    complainant_name      VARCHAR(200)  NULL,
    complainant_phone     VARCHAR(20)   NULL,
    complainant_national_id VARCHAR(32) NULL,
    intake                VARCHAR(10)   NOT NULL,
    taken_by              VARCHAR(64)   NULL,
    call_linkedid         VARCHAR(64)   NULL,
    case_state            VARCHAR(20)   NOT NULL DEFAULT 'RECEIVED',
    assigned_officer      VARCHAR(64)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (ticket_id),
    KEY ix_complaint_institution (institution_code, created_at),
    CONSTRAINT fk_complaint_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An officer who belongs to an institution never handles complaints about it (recusal).
ALTER TABLE user_account ADD COLUMN institution_code VARCHAR(32) NULL;
