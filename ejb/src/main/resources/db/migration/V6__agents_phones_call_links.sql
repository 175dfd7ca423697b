-- Telephony: an agent's phone on the PBX, the call a ticket was opened from, and what the call log learns
-- beyond the first version: the citizen the caller's number belongs to and where an agent transferred the call.

-- The agent's phone as the PBX names it (PJSIP/1001): queue sign-in, screen pops and click-to-call go to it.
ALTER TABLE user_account ADD COLUMN phone_interface VARCHAR(80) NULL,
    ADD CONSTRAINT uk_user_account_phone_interface UNIQUE (phone_interface);

-- The call (Asterisk linkedid) during which the ticket was opened, or which a callback task answers.
ALTER TABLE ticket ADD COLUMN call_linkedid VARCHAR(64) NULL, ADD KEY ix_ticket_call (call_linkedid);

ALTER TABLE call_record ADD COLUMN citizen_id BIGINT NULL,
    ADD COLUMN transferred_to VARCHAR(80) NULL,
    ADD CONSTRAINT fk_call_record_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    ADD KEY ix_call_record_agent (agent, entered_at);

-- The resync looks for calls not seen to end, recently changed.
ALTER TABLE call_record ADD KEY ix_call_record_open (ended_at, updated_at);
