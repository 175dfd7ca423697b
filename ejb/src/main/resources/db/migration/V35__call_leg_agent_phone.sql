-- Calls: who answered each leg, as it was at that moment. agent_interface is the phone the leg was answered on, the
-- queue member's interface as AgentConnect gave it (PJSIP/1001); answered_by is the account that answered: the
-- person an administrator had given the member (or its interface), else the account whose phone it was. It is kept,
-- not looked up again later, so a phone or member given to someone else does not make the earlier calls theirs: only
-- the account that answered a call links a ticket or a complaint to it. Calls logged before this, and legs answered
-- while the application was away, have neither.
ALTER TABLE call_leg
    ADD COLUMN agent_interface VARCHAR(80) NULL,
    ADD COLUMN answered_by VARCHAR(64) NULL;
