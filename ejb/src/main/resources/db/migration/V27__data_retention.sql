-- Data retention: closed complaints are anonymised once their period has passed (the identity erased, the content
-- kept for statistics), unless an officer has put them on hold; call recordings are removed from the recordings
-- folder once theirs has; every run of the retention job is kept with its figures for the administrators' report.

-- When the identity of a complaint was erased (null: never), and whether an officer holds the case back from it
-- (a legal hold: proceedings or a reopened inquiry need the complainant reachable), with who set it, when and why.
ALTER TABLE complaint ADD COLUMN identity_erased_at DATETIME(6) NULL,
    ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN legal_hold_by VARCHAR(64) NULL,
    ADD COLUMN legal_hold_at DATETIME(6) NULL,
    ADD COLUMN legal_hold_reason VARCHAR(1000) NULL;

-- The closing decision is looked up by state and time to find the complaints whose period has passed.
ALTER TABLE complaint_decision ADD KEY ix_complaint_decision_state_at (to_state, at);

-- When a call's recording file was removed (null: still kept, or never recorded). The file's name stays, as the
-- record of what there was.
ALTER TABLE call_record ADD COLUMN recording_removed_at DATETIME(6) NULL,
    ADD KEY ix_call_record_recording (recording_removed_at, ended_at);

-- One run of the retention job: when, by whom (the timer is "system"), whether it only counted (a dry run), and
-- what it did or would do.
CREATE TABLE retention_run (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    started_at             DATETIME(6)   NOT NULL,
    finished_at            DATETIME(6)   NULL,
    started_by             VARCHAR(64)   NOT NULL,
    dry_run                BOOLEAN       NOT NULL,
    complaints_anonymised  INT           NOT NULL DEFAULT 0,
    complaints_held        INT           NOT NULL DEFAULT 0,
    recordings_removed     INT           NOT NULL DEFAULT 0,
    failures               INT           NOT NULL DEFAULT 0,
    failure_detail         VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_retention_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
