-- Invitations: a one-time link with which a person sets the first password of an account that was created
-- without one (CSV import, later the review flow). Only the SHA-256 of the token is stored, so a copy of the
-- database does not hand out working links.
CREATE TABLE invitation (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    TEXT    NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- NULL when the system created it
    created_by_id INTEGER REFERENCES account (id),
    created_at    TEXT    NOT NULL,
    expires_at    TEXT    NOT NULL,
    used_at       TEXT
);
CREATE INDEX invitation_account ON invitation (account_id);
