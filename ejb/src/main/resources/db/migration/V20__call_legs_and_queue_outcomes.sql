-- A call's queue visits (legs): a call blind-transferred from one queue to another keeps both, each with its agent,
-- wait and talk as the PBX counted them; the call's totals are the sums. The call also keeps the uniqueid of the
-- channel that ran the IVR and waited in the queue (queue_log's callid, the CDR's uniqueid) and how Queue() ended
-- (QUEUESTATUS), which tells a queue that timed out from a caller who gave up.
ALTER TABLE call_record
    ADD COLUMN uniqueid VARCHAR(64) NULL AFTER linkedid,
    ADD COLUMN queue_status VARCHAR(20) NULL AFTER disposition,
    ADD KEY ix_call_record_uniqueid (uniqueid);

CREATE TABLE call_leg (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    call_id      BIGINT      NOT NULL,
    queue        VARCHAR(80) NOT NULL,
    joined_at    DATETIME(6) NULL,
    join_seen    BOOLEAN     NOT NULL DEFAULT FALSE,
    answered_at  DATETIME(6) NULL,
    agent        VARCHAR(80) NULL,
    wait_seconds INT         NULL,
    talk_seconds INT         NULL,
    outcome      VARCHAR(20) NULL,
    PRIMARY KEY (id),
    KEY ix_call_leg_call (call_id),
    -- the per-leg agent figures
    KEY ix_call_leg_agent (agent, answered_at),
    CONSTRAINT fk_call_leg_call FOREIGN KEY (call_id) REFERENCES call_record (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Calls logged before legs existed become one leg each, as they were recorded.
INSERT INTO call_leg (call_id, queue, joined_at, join_seen, answered_at, agent, wait_seconds, talk_seconds, outcome)
SELECT id, queue, queue_joined_at, queue_joined_at IS NOT NULL, answered_at, agent, wait_seconds, talk_seconds,
       CASE WHEN answered_at IS NOT NULL AND transferred_to IS NOT NULL THEN 'TRANSFERRED'
            WHEN answered_at IS NOT NULL THEN 'ANSWERED'
            WHEN disposition = 'ABANDONED' THEN 'ABANDONED' END
FROM call_record WHERE queue IS NOT NULL;

-- The PBX's own records, as Asterisk writes them into this database (cdr_adaptive_odbc and the realtime queue_log,
-- through res_odbc; docs/asterisk/): the last word on calls that ended while the application was away. Asterisk
-- writes times in UTC (usegmtime, queue_log_realtime_use_gmt); the application only reads these two tables.
CREATE TABLE cdr (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    calldate    DATETIME(6)  NOT NULL,
    clid        VARCHAR(80)  NULL,
    src         VARCHAR(80)  NULL,
    dst         VARCHAR(80)  NULL,
    dcontext    VARCHAR(80)  NULL,
    channel     VARCHAR(80)  NULL,
    dstchannel  VARCHAR(80)  NULL,
    lastapp     VARCHAR(80)  NULL,
    lastdata    VARCHAR(255) NULL,
    duration    INT          NULL,
    billsec     INT          NULL,
    disposition VARCHAR(45)  NULL,
    amaflags    INT          NULL,
    accountcode VARCHAR(80)  NULL,
    uniqueid    VARCHAR(150) NULL,
    userfield   VARCHAR(255) NULL,
    linkedid    VARCHAR(150) NULL,
    peeraccount VARCHAR(80)  NULL,
    sequence    INT          NULL,
    PRIMARY KEY (id),
    KEY ix_cdr_linkedid (linkedid),
    KEY ix_cdr_calldate (calldate)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE queue_log (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    time      DATETIME(6)  NOT NULL,
    callid    VARCHAR(80)  NOT NULL,
    queuename VARCHAR(256) NULL,
    agent     VARCHAR(80)  NULL,
    event     VARCHAR(32)  NULL,
    data1     VARCHAR(100) NULL,
    data2     VARCHAR(100) NULL,
    data3     VARCHAR(100) NULL,
    data4     VARCHAR(100) NULL,
    data5     VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY ix_queue_log_callid (callid, time),
    KEY ix_queue_log_time (time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which calls have been read against those records, and what the live events said that the PBX did not.
ALTER TABLE call_record
    ADD COLUMN pbx_checked_at DATETIME(6) NULL,
    ADD COLUMN pbx_disagreement VARCHAR(255) NULL,
    ADD KEY ix_call_record_pbx_unchecked (pbx_checked_at, entered_at);
