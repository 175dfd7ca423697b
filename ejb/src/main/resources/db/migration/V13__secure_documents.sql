-- Secure documents: the institutions' signing keys, the registry of issued documents (7 million and more,
-- so narrow rows and no foreign keys on the hot table: the import checks institutions itself), the imports of the
-- files institutions deliver with their rejected rows, and the checks agents make during calls.

CREATE TABLE document_key (
    key_id              VARCHAR(16)   NOT NULL,
    institution_code    VARCHAR(32)   NOT NULL,
    algorithm           VARCHAR(16)   NOT NULL,
    public_key          VARBINARY(200) NOT NULL,
    private_key_sealed  VARBINARY(300) NULL,
    created_at          DATETIME(6)   NOT NULL,
    retired_at          DATETIME(6)   NULL,
    revoked_at          DATETIME(6)   NULL,
    revoked_reason      VARCHAR(500)  NULL,
    PRIMARY KEY (key_id),
    KEY ix_document_key_institution (institution_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE secure_document (
    document_number     VARCHAR(40)   NOT NULL,
    institution_code    VARCHAR(32)   NOT NULL,
    document_type       VARCHAR(20)   NOT NULL,
    issue_date          DATE          NOT NULL,
    subject             VARCHAR(300)  NOT NULL,
    holder_hash         BINARY(32)    NOT NULL,
    content_digest      BINARY(32)    NOT NULL,
    status              VARCHAR(12)   NOT NULL DEFAULT 'VALID',
    status_changed_on   DATE          NULL,
    status_reason       VARCHAR(500)  NULL,
    superseded_by       VARCHAR(40)   NULL,
    import_id           BIGINT        NULL,
    PRIMARY KEY (document_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_import (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    file_name           VARCHAR(255)  NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    started_by          VARCHAR(64)   NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    lines_read          BIGINT        NOT NULL DEFAULT 0,
    inserted            BIGINT        NOT NULL DEFAULT 0,
    already_registered  BIGINT        NOT NULL DEFAULT 0,
    rejected            BIGINT        NOT NULL DEFAULT 0,
    failure             VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_import_rejection (
    import_id           BIGINT        NOT NULL,
    line                BIGINT        NOT NULL,
    reason              VARCHAR(300)  NOT NULL,
    PRIMARY KEY (import_id, line),
    CONSTRAINT fk_document_import_rejection FOREIGN KEY (import_id) REFERENCES document_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_document_check (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id           BIGINT        NOT NULL,
    checked_at          DATETIME(6)   NOT NULL,
    checked_by          VARCHAR(64)   NOT NULL,
    document_number     VARCHAR(40)   NULL,
    outcome             VARCHAR(24)   NOT NULL,
    institution_code    VARCHAR(32)   NULL,
    document_type       VARCHAR(20)   NULL,
    issue_date          DATE          NULL,
    detail              VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_ticket_document_check_ticket (ticket_id, checked_at),
    CONSTRAINT fk_ticket_document_check_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
