-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: verification items (待核实) — a value an import held back or took in with a
-- doubt (a date that contradicts another), kept with where it came from until a clerk resolves it.

CREATE TABLE verification_item (
    id              INTEGER PRIMARY KEY,
    chamber_id      INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    field           TEXT NOT NULL CHECK (length(field) > 0),
    value           TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('held_back', 'doubtful')),
    source_file     TEXT NOT NULL DEFAULT '',
    sheet           TEXT NOT NULL DEFAULT '',
    source_row      INTEGER CHECK (source_row IS NULL OR source_row > 0),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    resolved_at     TEXT,
    resolved_by     TEXT,
    resolution      TEXT CHECK (resolution IS NULL OR resolution IN ('used_value', 'dismissed', 'edited')),
    resolution_note TEXT NOT NULL DEFAULT '',
    CHECK ((resolved_at IS NULL) = (resolution IS NULL)),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
-- One open item per chamber, field and value: importing the same ledger again adds none.
CREATE UNIQUE INDEX verification_item_open ON verification_item(chamber_id, field, value) WHERE resolved_at IS NULL;
CREATE INDEX verification_item_chamber ON verification_item(chamber_id);
