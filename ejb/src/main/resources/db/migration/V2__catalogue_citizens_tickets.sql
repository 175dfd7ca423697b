-- The agent's desk: the e-service catalogue, citizens and their phone numbers, tickets with their
-- timeline, comments and attachments, SLA targets and the business calendar's holidays.
-- utf8mb4 everywhere; times are UTC DATETIME(6); business rules read them in Asia/Baghdad.

CREATE TABLE institution (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(32)  NOT NULL,
    name_ar VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    name_ku VARCHAR(300) NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_institution_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE e_service (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    code                   VARCHAR(32)  NOT NULL,
    institution_id         BIGINT       NOT NULL,
    name_ar                VARCHAR(300) NOT NULL,
    name_en                VARCHAR(300) NOT NULL,
    name_ku                VARCHAR(300) NULL,
    description            TEXT         NULL,
    required_documents     TEXT         NULL,
    standard_answer        TEXT         NULL,
    first_response_minutes INT          NULL,
    resolution_minutes     INT          NULL,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_e_service_code UNIQUE (code),
    CONSTRAINT fk_e_service_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Business-time targets per ticket type; an e-service's own targets, when set, take precedence.
CREATE TABLE sla_target (
    ticket_type            VARCHAR(30) NOT NULL,
    first_response_minutes INT         NOT NULL,
    resolution_minutes     INT         NOT NULL,
    PRIMARY KEY (ticket_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sla_target (ticket_type, first_response_minutes, resolution_minutes) VALUES
    ('ENQUIRY', 60, 480),
    ('REGISTRATION_HELP', 60, 900),
    ('COMPLAINT_ABOUT_STAFF', 240, 4500),
    ('DOCUMENT_ISSUE', 120, 1800),
    ('CALLBACK', 60, 240),
    ('OTHER', 120, 1800);

CREATE TABLE holiday (
    day  DATE         NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE citizen (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    full_name          VARCHAR(200) NULL,
    national_id        VARCHAR(32)  NULL,
    preferred_language VARCHAR(2)   NOT NULL DEFAULT 'ar',
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A number belongs to at most one citizen: the number is the key.
CREATE TABLE citizen_phone (
    e164       VARCHAR(16) NOT NULL,
    citizen_id BIGINT      NOT NULL,
    PRIMARY KEY (e164),
    KEY ix_citizen_phone_citizen (citizen_id),
    CONSTRAINT fk_citizen_phone_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(32)  NOT NULL,
    name_ar VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_team_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO team (code, name_ar, name_en) VALUES
    ('FRONT', 'الخط الأمامي', 'Front line'),
    ('PORTAL', 'دعم البوابة', 'Portal support'),
    ('DOCUMENTS', 'المستندات المؤمنة', 'Secure documents');

-- The ticket number is not stored: it is the id plus a Damm check digit (org.hotline.ticket.TicketNumber).
-- The due times and SLA state are kept up to date on every change and by the SLA timer, so lists filter and sort
-- on them in the database.
CREATE TABLE ticket (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    type                    VARCHAR(30)  NOT NULL,
    channel                 VARCHAR(10)  NOT NULL,
    priority                VARCHAR(10)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    subject                 VARCHAR(200) NOT NULL,
    description             TEXT         NULL,
    citizen_id              BIGINT       NULL,
    e_service_id            BIGINT       NULL,
    institution_id          BIGINT       NULL,
    assignee_id             BIGINT       NULL,
    team_id                 BIGINT       NULL,
    merged_into_id          BIGINT       NULL,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    first_responded_at      DATETIME(6)  NULL,
    resolved_at             DATETIME(6)  NULL,
    first_response_minutes  INT          NOT NULL,
    resolution_minutes      INT          NOT NULL,
    resolution_due_at       DATETIME(6)  NULL,
    sla_state               VARCHAR(10)  NOT NULL DEFAULT 'ON_TRACK',
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_ticket_status_created (status, created_at),
    KEY ix_ticket_sla (sla_state, resolution_due_at),
    KEY ix_ticket_assignee_status (assignee_id, status),
    KEY ix_ticket_team_status (team_id, status),
    KEY ix_ticket_type_status (type, status),
    KEY ix_ticket_citizen (citizen_id),
    CONSTRAINT fk_ticket_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_ticket_e_service FOREIGN KEY (e_service_id) REFERENCES e_service (id),
    CONSTRAINT fk_ticket_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT fk_ticket_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_ticket_merged_into FOREIGN KEY (merged_into_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The intervals when a ticket waited for the citizen: its SLA clocks stood still (ended_at NULL while it waits).
CREATE TABLE ticket_pause (
    ticket_id  BIGINT      NOT NULL,
    started_at DATETIME(6) NOT NULL,
    ended_at   DATETIME(6) NULL,
    PRIMARY KEY (ticket_id, started_at),
    CONSTRAINT fk_ticket_pause_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a ticket, append-only: the ticket's timeline.
CREATE TABLE ticket_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT       NOT NULL,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_ticket_event_ticket (ticket_id, at),
    CONSTRAINT fk_ticket_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_comment (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id BIGINT      NOT NULL,
    at        DATETIME(6) NOT NULL,
    author    VARCHAR(64) NOT NULL,
    body      TEXT        NOT NULL,
    internal  BOOLEAN     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ticket_comment_ticket (ticket_id, at),
    CONSTRAINT fk_ticket_comment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ticket_attachment_ticket (ticket_id),
    CONSTRAINT fk_ticket_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
