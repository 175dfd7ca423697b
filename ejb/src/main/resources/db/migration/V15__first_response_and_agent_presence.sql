-- The rest of the reports.
-- The first-response clock's state is kept like the resolution clock's (on every change and by the SLA timer), so that
-- the database counts first-response SLA compliance. Tickets answered before this migration get it when next changed
-- or swept by the SLA timer; until then they are left out of that compliance (docs/REPORTS.md).
ALTER TABLE ticket ADD COLUMN first_response_state VARCHAR(10) NULL,
    ADD KEY ix_ticket_first_responded (first_responded_at);

-- The agents' presence on the PBX, from its queue-member events: a row each time a phone signs in (joins its first
-- queue), pauses (with the reason), resumes or signs out (leaves its last queue). The agent is named as the call log
-- names them (the queue member's name, else the phone), so that the agent report joins the two. Each row is complete
-- in itself, so the order in which rows are written does not matter.
CREATE TABLE agent_presence (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    phone_interface VARCHAR(80)  NOT NULL,
    agent           VARCHAR(80)  NOT NULL,
    at              DATETIME(6)  NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    pause_reason    VARCHAR(40)  NULL,
    PRIMARY KEY (id),
    KEY ix_agent_presence_phone (phone_interface, at),
    KEY ix_agent_presence_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The wrap-up the agent had after answering the call: the PBX's wrap-up time for the member (its Wrapuptime), else
-- the configured one (HOTLINE_QUEUE_WRAPUP), as the agent's console counts it. Asterisk reports no wrap-up per call;
-- handle time is talk plus this.
ALTER TABLE call_record ADD COLUMN wrap_up_seconds INT NULL;

-- The complaint reports count the complaints received within a period; the institution's index (for the hotspots)
-- cannot bound that alone.
ALTER TABLE complaint ADD KEY ix_complaint_created (created_at);
