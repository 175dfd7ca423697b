-- Team membership: the teams an agent works in. An agent's home lists the open tickets of their teams that nobody
-- holds yet; administrators set who is in which team on the users page. A team is named by its code, as tickets'
-- lists and the API name it; renaming a code carries its members along.

CREATE TABLE team_member (
    user_account_id BIGINT      NOT NULL,
    team_code       VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_account_id, team_code),
    KEY ix_team_member_team (team_code),
    CONSTRAINT fk_team_member_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_code) REFERENCES team (code) ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
