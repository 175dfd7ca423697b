-- Sign-in: failed tries are slowed by a throttle kept in the server's memory (org.hotline.security.SignInThrottle)
-- instead of locking the account, so that nobody can lock a colleague out by typing wrong passwords in their name.
-- The lockout's columns go.
ALTER TABLE user_account DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;

-- Personal API tokens (org.hotline.security.ApiToken): integrations sign in with them instead of a password. Only the
-- SHA-256 of a token is stored (hex); the token is shown once, when it is made. Revoked and expired rows stay, so
-- that the audit log's references to them keep their meaning.
CREATE TABLE api_token (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    token_prefix    VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    expires_at      DATETIME(6)  NULL,
    revoked_at      DATETIME(6)  NULL,
    revoked_by      VARCHAR(64)  NULL,
    last_used_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
