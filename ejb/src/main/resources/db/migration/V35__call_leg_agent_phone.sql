-- Calls: the phone each leg was answered on, the queue member's interface as AgentConnect gave it (PJSIP/1001).
-- The member name the call log keeps is often a display name ("Zainab", in Arabic) that no account was given; the
-- account's own phone then says who answered, e.g. that an agent taking a complaint on a call did answer it.
-- Calls logged before this have none, and legs answered while the application was away have none either.
ALTER TABLE call_leg ADD COLUMN agent_interface VARCHAR(80) NULL;
