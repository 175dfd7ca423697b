-- The IVR: the main menu's topics, which administrators change without a redeploy, and the receipt PIN
-- of a complaint (complaint intake gives it; the IVR asks for it before it says anything about a complaint).

CREATE TABLE ivr_menu_option (
    digit    VARCHAR(1)  NOT NULL,
    topic    VARCHAR(30) NOT NULL,
    queue    VARCHAR(80) NULL,
    position INT         NOT NULL,
    PRIMARY KEY (digit),
    CONSTRAINT ck_ivr_menu_option_digit CHECK (digit IN ('0', '1', '2', '3', '4', '5', '6', '7', '8')),
    CONSTRAINT ck_ivr_menu_option_topic CHECK (topic IN ('ENQUIRY', 'REGISTRATION', 'COMPLAINT', 'TICKET_STATUS',
                                                         'AGENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default menu: 1 e-service enquiry, 2 help registering, 3 complaint about an employee, 4 status of a ticket,
-- 0 an agent. The queues are those of docs/asterisk/queues.conf; the status check has none (the IVR answers it).
INSERT INTO ivr_menu_option (digit, topic, queue, position) VALUES
    ('1', 'ENQUIRY', 'enquiries', 1),
    ('2', 'REGISTRATION', 'registration', 2),
    ('3', 'COMPLAINT', 'complaints', 3),
    ('4', 'TICKET_STATUS', NULL, 4),
    ('0', 'AGENT', 'agents', 5);

ALTER TABLE ticket ADD COLUMN receipt_pin_hash VARCHAR(255) NULL;
