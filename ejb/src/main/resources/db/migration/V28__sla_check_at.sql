-- The SLA watch looks only at the tickets one of whose clocks is due to change state (at risk, breached): each
-- ticket keeps that moment, computed whenever it changes, and the watch reads the ones whose moment has come through
-- this index, so its work follows what changes rather than how many tickets are open.
ALTER TABLE ticket ADD COLUMN sla_check_at DATETIME(6) NULL,
    ADD KEY ix_ticket_sla_check (sla_check_at);

-- Open tickets from before are looked at once by the first passes, which compute their moment.
UPDATE ticket SET sla_check_at = UTC_TIMESTAMP(6) WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- The opening hours the stored moments were computed with: when the server starts with other hours, every open
-- ticket is looked at again.
CREATE TABLE sla_watch_hours (
    id    TINYINT     NOT NULL,
    hours VARCHAR(20) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
