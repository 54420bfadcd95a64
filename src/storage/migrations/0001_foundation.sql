-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: divisions of the database's scope, chambers, registration history, settings, change log.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE division (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    parent_code TEXT REFERENCES division(code),
    kind        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX division_parent ON division(parent_code);
CREATE INDEX division_name ON division(name);

CREATE TABLE chamber (
    id                    INTEGER PRIMARY KEY,
    township_code         TEXT NOT NULL REFERENCES division(code),
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    founded_on            TEXT CHECK (founded_on IS NULL OR date(julianday(founded_on)) = founded_on),
    status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'dissolved')),
    dissolved_on          TEXT CHECK (dissolved_on IS NULL OR date(julianday(dissolved_on)) = dissolved_on),
    president             TEXT NOT NULL DEFAULT '',
    president_phone       TEXT NOT NULL DEFAULT '',
    secretary_general     TEXT NOT NULL DEFAULT '',
    secretary_phone       TEXT NOT NULL DEFAULT '',
    contact_person        TEXT NOT NULL DEFAULT '',
    contact_phone         TEXT NOT NULL DEFAULT '',
    premises              TEXT NOT NULL DEFAULT '',
    full_time_staff       INTEGER CHECK (full_time_staff IS NULL OR full_time_staff >= 0),
    activity_funds_fen    INTEGER CHECK (activity_funds_fen IS NULL OR activity_funds_fen >= 0),
    individual_members    INTEGER NOT NULL DEFAULT 0 CHECK (individual_members >= 0),
    unit_members          INTEGER NOT NULL DEFAULT 0 CHECK (unit_members >= 0),
    independent_liability INTEGER CHECK (independent_liability IS NULL OR independent_liability IN (0, 1)),
    credit_code           TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    UNIQUE (township_code, name)
);
CREATE INDEX chamber_township ON chamber(township_code);
CREATE UNIQUE INDEX chamber_credit_code ON chamber(credit_code) WHERE credit_code <> '';

CREATE TABLE registration_event (
    id           INTEGER PRIMARY KEY,
    chamber_id   INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('not_registered', 'preparing', 'applied', 'registered', 'deregistered')),
    effective_on TEXT NOT NULL CHECK (date(julianday(effective_on)) = effective_on),
    credit_code  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX registration_event_chamber ON registration_event(chamber_id, effective_on, id);

-- Who changed what and when; also the log of explicit reopenings and imports.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
