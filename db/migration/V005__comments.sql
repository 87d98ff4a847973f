-- Schema v5: comment threads on one box of a profile or of a unit's instrument set (Kommentar: a remark on a
-- profile section, answered by the other side).

CREATE TABLE comment_thread (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id        INTEGER REFERENCES profile (id) ON DELETE CASCADE,
    instrument_set_id INTEGER REFERENCES instrument_set (id) ON DELETE CASCADE,
    -- the owner's unit, so counts per unit and the department's scope need no join
    unit_id           INTEGER NOT NULL REFERENCES org_unit (id),
    -- the box: MASTER (Stammdaten), PERIOD (Zeitraum) or a section kind
    section_key       TEXT    NOT NULL CHECK (section_key IN ('MASTER', 'PERIOD', 'EINORDNUNG', 'GRUNDLAGE',
                                                'RAUMBEZUG', 'INHALT', 'STEUERUNG', 'SONSTIGES', 'THEMEN')),
    status            TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    -- who opened it (the first comment's author) in which role: decides who may resolve and what is unanswered
    opened_by_id      INTEGER REFERENCES account (id),
    opened_role       TEXT    NOT NULL CHECK (opened_role IN ('PLANNER', 'INTERVIEWER', 'DEPARTMENT')),
    opened_at         TEXT    NOT NULL,
    resolved_by_id    INTEGER REFERENCES account (id),
    resolved_by_name  TEXT,
    resolved_at       TEXT,
    CHECK ((profile_id IS NULL) <> (instrument_set_id IS NULL)),
    CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
);
CREATE INDEX comment_thread_profile ON comment_thread (profile_id, id);
CREATE INDEX comment_thread_instrument_set ON comment_thread (instrument_set_id, id);
CREATE INDEX comment_thread_unit ON comment_thread (unit_id, status);

-- The messages of a thread, oldest first. Name and role are kept as they were when written.
CREATE TABLE comment (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    thread_id   INTEGER NOT NULL REFERENCES comment_thread (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES account (id),
    author_name TEXT    NOT NULL CHECK (length(author_name) BETWEEN 1 AND 200),
    author_role TEXT    NOT NULL CHECK (author_role IN ('PLANNER', 'INTERVIEWER', 'DEPARTMENT')),
    created_at  TEXT    NOT NULL,
    text        TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000)
);
CREATE INDEX comment_thread_order ON comment (thread_id, id);
