-- The tamper-evident audit log: append-only, each entry carries the SHA-256 of the one before it (a hash
-- chain). The head row holds the last entry's number and hash; an append locks it, so entries are numbered without
-- gaps in the order their transactions commit, and a rolled-back action leaves no entry.

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   VARCHAR(64)   NOT NULL,
    reason      VARCHAR(1000) NULL,
    detail      VARCHAR(1000) NULL,
    prev_hash   VARCHAR(64)   NOT NULL,
    hash        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_target (target_type, target_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id        TINYINT  NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The chain starts from 64 zeros.
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, REPEAT('0', 64));
