-- The call log: one row per call through the hotline, keyed by Asterisk's linkedid, written idempotently
-- from AMI events (duplicated, replayed or reordered events never make a second row or undo a field).
CREATE TABLE call_record (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    linkedid        VARCHAR(64)  NOT NULL,
    caller          VARCHAR(40)  NULL,
    caller_name     VARCHAR(100) NULL,
    did             VARCHAR(40)  NULL,
    entered_at      DATETIME(6)  NULL,
    queue_joined_at DATETIME(6)  NULL,
    answered_at     DATETIME(6)  NULL,
    ended_at        DATETIME(6)  NULL,
    queue           VARCHAR(80)  NULL,
    agent           VARCHAR(80)  NULL,
    wait_seconds    INT          NULL,
    talk_seconds    INT          NULL,
    disposition     VARCHAR(20)  NOT NULL DEFAULT 'IN_PROGRESS',
    hangup_cause    INT          NULL,
    ivr_choices     VARCHAR(500) NULL,
    recording       VARCHAR(255) NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_call_record_linkedid UNIQUE (linkedid),
    KEY ix_call_record_caller (caller, entered_at),
    KEY ix_call_record_entered (entered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
