-- Recordings: each play of a call's recording by a member of staff. Asking to play is the audited read (one audit
-- entry a play); it gives the player a grant, a random token kept here only as its SHA-256, that the browser's audio
-- element streams the file with, range request after range request, for an hour and for that user and call only.
-- What the play was for (the ticket or the complaint that let the user hear the call) is kept to check it again on
-- every request, so a user who may no longer hear the call stops hearing it. Grants past their hour are deleted by
-- the user's next play.
CREATE TABLE recording_play (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    linkedid    VARCHAR(64)  NOT NULL,
    played_for  VARCHAR(200) NOT NULL,
    played_at   DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_recording_play_token (token_hash),
    KEY ix_recording_play_user (username, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
