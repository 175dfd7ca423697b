-- Supervisors' notifications: the SLA timer raises one alert when a ticket's resolution clock becomes at
-- risk, and one when it breaches. Supervisors see them in the application and acknowledge them.
CREATE TABLE sla_alert (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id       BIGINT      NOT NULL,
    state           VARCHAR(10) NOT NULL,
    raised_at       DATETIME(6) NOT NULL,
    acknowledged_by VARCHAR(64) NULL,
    acknowledged_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sla_alert_ticket_state UNIQUE (ticket_id, state),
    KEY ix_sla_alert_open (acknowledged_at, raised_at),
    CONSTRAINT fk_sla_alert_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Merging duplicates and attachments are recorded on the timeline too.
ALTER TABLE ticket_event MODIFY kind VARCHAR(30) NOT NULL;
