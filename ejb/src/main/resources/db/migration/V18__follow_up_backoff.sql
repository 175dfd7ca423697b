-- Following a complaint up: wrong receipt PINs slow the next try down instead of locking the complaint. The wait is
-- kept per well-formed receipt number, whether or not a ticket or a complaint has that number, so that the follow-up
-- answers every number alike; the complaint no longer counts failures itself (a lock there told complaints from
-- tickets and let anyone lock the complainant out).
CREATE TABLE follow_up_backoff (
    receipt_number VARCHAR(20) NOT NULL,
    failures INT NOT NULL DEFAULT 0,
    wait_until DATETIME(6) NULL,
    last_failure_at DATETIME(6) NULL,
    PRIMARY KEY (receipt_number),
    -- the hourly clean-up finds stale rows by it
    KEY follow_up_backoff_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE complaint DROP COLUMN failed_pins, DROP COLUMN pin_locked_until;
