-- Schema v1 of Querschnitt.
-- Conventions: ids are INTEGER PRIMARY KEY AUTOINCREMENT (never reused, so an audit trail cannot point at a newer row); enumerations are TEXT with a CHECK;
-- instants are ISO-8601 UTC text (Instant.toString()); `version` columns serve optimistic locking.

CREATE TABLE org_unit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT COLLATE NOCASE NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        TEXT    NOT NULL CHECK (kind IN ('FACHBEREICH', 'EIGENBETRIEB', 'EXTERNER_PARTNER')),
    description TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE account (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT COLLATE NOCASE NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name  TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    -- NULL until the person has set a password (invitation not yet redeemed)
    password_hash TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('PLANNER', 'INTERVIEWER', 'DEPARTMENT', 'READER')),
    unit_id       INTEGER REFERENCES org_unit (id),
    enabled       BOOLEAN NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    -- a department account is bound to exactly one unit; no other role is
    CHECK ((role = 'DEPARTMENT') = (unit_id IS NOT NULL))
);

CREATE TABLE survey_round (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    year              INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    description       TEXT,
    -- a Fortschreibung starts from the profiles of this round
    previous_round_id INTEGER REFERENCES survey_round (id),
    status            TEXT    NOT NULL DEFAULT 'OFFEN' CHECK (status IN ('OFFEN', 'ABGESCHLOSSEN')),
    created_at        TEXT    NOT NULL
);

CREATE TABLE interview (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id       INTEGER NOT NULL REFERENCES survey_round (id),
    unit_id        INTEGER NOT NULL REFERENCES org_unit (id),
    interviewer_id INTEGER REFERENCES account (id),
    interview_date TEXT,
    place          TEXT,
    participants   TEXT,
    notes          TEXT,
    status         TEXT    NOT NULL DEFAULT 'GEPLANT'
        CHECK (status IN ('GEPLANT', 'IN_DURCHFUEHRUNG', 'ERFASST')),
    version        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interview_round_unit ON interview (round_id, unit_id);

-- A planning document (Planwerk) of one round, led by one unit.
CREATE TABLE profile (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id       INTEGER NOT NULL REFERENCES survey_round (id),
    unit_id        INTEGER NOT NULL REFERENCES org_unit (id),
    title          TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    document_title TEXT CHECK (length(document_title) <= 1000),
    kind           TEXT    NOT NULL CHECK (kind IN ('PLAN', 'BERICHT', 'KONZEPT', 'MONITORING', 'PROGRAMM')),
    planning_level TEXT    NOT NULL
        CHECK (planning_level IN ('GESAMTSTAEDTISCH', 'STADTTEILBEZOGEN', 'FACHPLANUNG')),
    period_from    INTEGER CHECK (period_from BETWEEN 1900 AND 2200),
    period_to      INTEGER CHECK (period_to BETWEEN 1900 AND 2200),
    update_cycle   TEXT CHECK (update_cycle IN ('EINMALIG', 'JAEHRLICH', 'MEHRJAEHRIG', 'BEI_BEDARF')),
    period_state   TEXT CHECK (period_state IN ('AKTUELL', 'IN_BEARBEITUNG', 'IN_VORBEREITUNG', 'AUSGELAUFEN')),
    period_note    TEXT CHECK (length(period_note) <= 1000),
    review_status  TEXT    NOT NULL DEFAULT 'ENTWURF'
        CHECK (review_status IN ('ENTWURF', 'ZUR_PRUEFUNG', 'FREIGEGEBEN', 'ABGESCHLOSSEN')),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);
CREATE INDEX profile_round_unit ON profile (round_id, unit_id, sort_order);

-- Steuerungsinstrumente/Themen of a unit that belong to no plan (VHS, Kultur, Theater in the seed).
CREATE TABLE instrument_set (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id      INTEGER NOT NULL REFERENCES survey_round (id),
    unit_id       INTEGER NOT NULL REFERENCES org_unit (id),
    review_status TEXT    NOT NULL DEFAULT 'ENTWURF'
        CHECK (review_status IN ('ENTWURF', 'ZUR_PRUEFUNG', 'FREIGEGEBEN', 'ABGESCHLOSSEN')),
    version       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (round_id, unit_id)
);

-- One grid section (Einordnung, Grundlage, ...) of a profile or of a unit's instrument set.
CREATE TABLE section (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id        INTEGER REFERENCES profile (id) ON DELETE CASCADE,
    instrument_set_id INTEGER REFERENCES instrument_set (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL
        CHECK (kind IN ('EINORDNUNG', 'GRUNDLAGE', 'RAUMBEZUG', 'INHALT', 'STEUERUNG', 'SONSTIGES', 'THEMEN')),
    -- lead text between heading and bullets ("SGB VIII – Handlungsfelder:")
    intro             TEXT CHECK (length(intro) <= 2000),
    -- remark after the bullets
    note              TEXT CHECK (length(note) <= 5000),
    CHECK ((profile_id IS NULL) <> (instrument_set_id IS NULL)),
    UNIQUE (profile_id, kind),
    UNIQUE (instrument_set_id, kind)
);

-- Ordered bullet items; depth 1 is a sub-item of the nearest level-0 item before it.
CREATE TABLE section_item (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    depth      INTEGER NOT NULL DEFAULT 0 CHECK (depth IN (0, 1)),
    text       TEXT    NOT NULL CHECK (length(text) <= 5000)
);
CREATE INDEX section_item_order ON section_item (section_id, position);

-- Both vocabularies: Übergeordnete Themen (THEME) and Raumbezug terms (SPACE).
CREATE TABLE term (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    vocabulary     TEXT    NOT NULL CHECK (vocabulary IN ('THEME', 'SPACE')),
    name           TEXT COLLATE NOCASE NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description    TEXT,
    status         TEXT    NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('ACCEPTED', 'PROPOSED', 'MERGED')),
    merged_into_id INTEGER REFERENCES term (id),
    proposed_by_id INTEGER REFERENCES account (id),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (vocabulary, name)
);

CREATE TABLE term_synonym (
    term_id INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    synonym TEXT COLLATE NOCASE NOT NULL,
    PRIMARY KEY (term_id, synonym)
);

-- Which vocabulary terms a bullet item refers to (the links the matrices count).
CREATE TABLE item_term (
    item_id INTEGER NOT NULL REFERENCES section_item (id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES term (id),
    PRIMARY KEY (item_id, term_id)
);
CREATE INDEX item_term_term ON item_term (term_id);

-- The planner's recorded "Schnittstellen und Kernthemen" of a round.
CREATE TABLE core_theme (
    round_id INTEGER NOT NULL REFERENCES survey_round (id),
    term_id  INTEGER NOT NULL REFERENCES term (id),
    position INTEGER NOT NULL DEFAULT 0,
    note     TEXT,
    PRIMARY KEY (round_id, term_id)
);

-- Every change of every field: who, in which role, when, old value, new value.
CREATE TABLE revision (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at TEXT    NOT NULL,
    account_id INTEGER REFERENCES account (id),
    -- kept as text so the trail survives a renamed or removed account
    username   TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    profile_id INTEGER,
    unit_id    INTEGER,
    field      TEXT    NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX revision_profile ON revision (profile_id, id);
CREATE INDEX revision_entity ON revision (entity, entity_id, id);
