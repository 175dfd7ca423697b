-- Satisfaction surveys: after an agent has answered a queue call, the IVR may ask the caller to rate it (1 to 5) and
-- whether their problem was solved. One row per surveyed call, keyed by its linkedid, so a second survey of the same
-- call counts once: written when the caller is asked (offered), then each answer as it is given. The agent, queue,
-- topic and e-service the report groups by are read from the call and its tickets when reported, not copied here.
CREATE TABLE call_survey (
    linkedid    VARCHAR(64)  NOT NULL,
    offered_at  DATETIME(6)  NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    rating      INT          NULL,
    rated_at    DATETIME(6)  NULL,
    solved      BOOLEAN      NULL,
    PRIMARY KEY (linkedid),
    KEY ix_call_survey_offered (offered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The share of answered calls the IVR surveys, in percent (0: none), chosen by supervisors; one row, read for every
-- call, so a change is heard from the next call on every node.
CREATE TABLE survey_setting (
    id            INT          NOT NULL,
    share_percent INT          NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO survey_setting (id, share_percent, updated_at, updated_by) VALUES (1, 0, UTC_TIMESTAMP(6), NULL);
