-- Citizen notices: the IVR tells a known caller, before the menu, that an answer is waiting on one of their ordinary
-- tickets (resolved, or a public reply from the hotline since they were last told), and the public status page shows
-- it. Each ticket keeps the moment of the latest change the citizen has been told of (heard on the phone or seen on
-- the page): a change after it is waiting. Kept apart from the ticket so that telling the citizen never changes the
-- ticket's version under an agent's edit. Complaints about staff are never announced and have no row here.
CREATE TABLE ticket_notice (
    ticket_id    BIGINT      NOT NULL,
    -- the latest change the citizen has been told of (UTC): a resolution or a public reply at or before it is known
    told_through DATETIME(6) NOT NULL,
    -- when they were last told, and where: 'ivr' (heard to its end) or 'web' (the status page)
    told_at      DATETIME(6) NOT NULL,
    told_by      VARCHAR(8)  NOT NULL,
    PRIMARY KEY (ticket_id),
    CONSTRAINT fk_ticket_notice_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
