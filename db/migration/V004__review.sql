-- Department review. When the planner first sends a profile or a unit's instruments to the unit, the
-- version the interviewer captured is kept field by field (review_baseline.captured), so that every later
-- correction can be shown against it like track changes. The planner accepts a correction by recording
-- the value she accepted; a field shows an open correction while its current value differs from both.
CREATE TABLE review_snapshot (
    target_type    TEXT    NOT NULL CHECK (target_type IN ('PROFILE', 'INSTRUMENT_SET')),
    target_id      INTEGER NOT NULL,
    unit_id        INTEGER NOT NULL REFERENCES org_unit (id),
    captured_at    TEXT    NOT NULL,
    captured_by_id INTEGER REFERENCES account (id),
    PRIMARY KEY (target_type, target_id)
);

CREATE TABLE review_baseline (
    target_type    TEXT    NOT NULL,
    target_id      INTEGER NOT NULL,
    -- a master data field (title, period.from, ...) or a whole box (section.INHALT)
    field          TEXT    NOT NULL,
    captured       TEXT,
    accepted       TEXT,
    -- NULL while no value of the field was accepted (accepted may itself be NULL: an emptied field)
    accepted_at    TEXT,
    accepted_by_id INTEGER REFERENCES account (id),
    PRIMARY KEY (target_type, target_id, field),
    FOREIGN KEY (target_type, target_id) REFERENCES review_snapshot (target_type, target_id) ON DELETE CASCADE
);
