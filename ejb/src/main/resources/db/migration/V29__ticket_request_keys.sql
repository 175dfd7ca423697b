-- A client that sends a ticket's creation again with the same Idempotency-Key (a retry after an answer it did not
-- get, or a 503 while a database node failed over, whose commit may have been done) is given the ticket the first
-- created instead of a second one. The key is written in the transaction that creates the ticket, so it exists
-- exactly when the ticket does. Keys are the client's, compared byte for byte, one space per caller; kept a day.
CREATE TABLE ticket_request_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    caller      VARCHAR(64)  NOT NULL,
    client_key  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ticket_id   BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_ticket_request_key (caller, client_key),
    KEY ix_ticket_request_key_age (created_at),
    CONSTRAINT fk_ticket_request_key_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
