-- Schema v2: what the interview questionnaire captures besides the profiles.

-- Contact persons of a unit (Ansprechpersonen); they belong to the unit, not to one round.
CREATE TABLE unit_contact (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id  INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    function TEXT CHECK (length(function) <= 200),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX unit_contact_unit ON unit_contact (unit_id, position);

-- One interview per unit and round; a second appointment continues it.
DROP INDEX interview_round_unit;
CREATE UNIQUE INDEX interview_round_unit ON interview (round_id, unit_id);
-- participants become rows of their own (name and function)
ALTER TABLE interview DROP COLUMN participants;
-- where the interviewer left off, to resume exactly there
ALTER TABLE interview ADD COLUMN current_step TEXT
    CHECK (current_step IN ('STAMMDATEN', 'PLANWERKE', 'INSTRUMENTE', 'SCHNITTSTELLEN', 'BEDARFE'));
ALTER TABLE interview ADD COLUMN current_profile_id INTEGER REFERENCES profile (id) ON DELETE SET NULL;

CREATE TABLE interview_participant (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    function     TEXT CHECK (length(function) <= 200),
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interview_participant_interview ON interview_participant (interview_id, position);

-- Steps for which the interviewer confirmed "nothing to capture" (e.g. a unit without planning documents).
CREATE TABLE interview_step_empty (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    step         TEXT    NOT NULL CHECK (step IN ('PLANWERKE', 'INSTRUMENTE', 'SCHNITTSTELLEN', 'BEDARFE')),
    PRIMARY KEY (interview_id, step)
);

-- Schnittstellen: the units this unit works with, and on which themes.
CREATE TABLE interview_interface (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id    INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    partner_unit_id INTEGER NOT NULL REFERENCES org_unit (id),
    note            TEXT CHECK (length(note) <= 2000),
    position        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (interview_id, partner_unit_id)
);

CREATE TABLE interview_interface_term (
    interface_id INTEGER NOT NULL REFERENCES interview_interface (id) ON DELETE CASCADE,
    term_id      INTEGER NOT NULL REFERENCES term (id),
    PRIMARY KEY (interface_id, term_id)
);

-- Bedarfe und Anregungen: ordered bullet items like a section's.
CREATE TABLE interview_need (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    depth        INTEGER NOT NULL DEFAULT 0 CHECK (depth IN (0, 1)),
    text         TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000)
);
CREATE INDEX interview_need_order ON interview_need (interview_id, position);
