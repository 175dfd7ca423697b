-- The PBX's queue members that are people: an administrator gives each member name (agent1) or, for a member without
-- one, interface (Local/agent1@agents) to the account of the person behind it, and the live view, the reports and
-- the screen pop show that person wherever the PBX names the member. The call log and the presence rows keep the
-- PBX's own names; this table only says who they are.
--
-- One member is one person: the member is the primary key. It is kept in one spelling (lower case, as Asterisk finds
-- members whatever their case; see org.hotline.security.PbxMemberName), and compared byte for byte (binary collation
-- without padding), so that the database itself cannot take a look-alike (another case, a full-width letter, a
-- trailing space) for a second member. The reports look members up by this key (org.hotline.security.AgentNames).
CREATE TABLE pbx_member (
    member          VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    user_account_id BIGINT      NOT NULL,
    PRIMARY KEY (member),
    KEY ix_pbx_member_account (user_account_id),
    CONSTRAINT fk_pbx_member_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The PBX's names as the call log and the presence rows keep them, folded the way Asterisk compares member names
-- (spaces at either end trimmed, case ignored) and compared byte for byte: the keys the reports look members up by.
-- Computed, never stored: the PBX's own names stay as they came. The lookup must not use the columns' own collation,
-- which takes a full-width or accented look-alike for the name it imitates.
ALTER TABLE call_record
    ADD COLUMN agent_key VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin AS (LOWER(TRIM(agent))) VIRTUAL;
ALTER TABLE agent_presence
    ADD COLUMN agent_key VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin AS (LOWER(TRIM(agent))) VIRTUAL,
    ADD COLUMN phone_key VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin
        AS (LOWER(TRIM(phone_interface))) VIRTUAL;
