-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7 (the exchange of report packages, docs/exchange.md; numbered 8 once merged after
-- the record-kinds migration): every record says whose it is, and the points are kept per owner.
--
-- origin: '' for a record this database's own office keeps; a county code for a record that came
-- in that county's report package (exchange import). Received records are the county's: only the
-- next package from that county replaces them, wholesale; any other write to them is refused by
-- the guard triggers at the end, which call chamber_received_write(), a function every connection
-- of ChamberDesk registers (ExchangeGuard.cpp): it refuses with the county's name and as-of date,
-- and lets the exchange import through. A connection without the function (another SQLite tool)
-- cannot write received rows at all.
--
-- The micro-points are keyed by owner: a region database holds each county's own categories,
-- years, caps, rules, entries, vetoes and publications beside each other, so that each county's
-- scoring report is computed from its own rule set. points_year's key becomes (origin, year),
-- points_category's names are unique per origin, and the tables that named a year refer to
-- (origin, year). Those tables are rebuilt (a composite key cannot be added otherwise); the
-- published-year freeze triggers apply to the database's own points, and received points are
-- guarded like every received record.
--
-- exchange_origin: the last package taken from each county (what `exchange status` shows);
-- exchange_export: every package this database made (its sequence grows by one each time).

ALTER TABLE chamber ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE registration_event ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE party_organization ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE party_instructor ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE party_disclosure ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE honour ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE mediation_committee ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE mediation_case ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE mediation_case_change ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE mediation_tally ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE member ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE service_request ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE import_log ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE verification_item ADD COLUMN origin TEXT NOT NULL DEFAULT '';

DROP TRIGGER points_publication_no_update;
DROP TRIGGER points_publication_no_delete;
DROP TRIGGER points_year_frozen;
DROP TRIGGER points_year_no_delete_published;
DROP TRIGGER points_category_cap_frozen_insert;
DROP TRIGGER points_category_cap_frozen_update;
DROP TRIGGER points_category_cap_frozen_delete;
DROP TRIGGER points_rule_frozen_insert;
DROP TRIGGER points_rule_frozen_update;
DROP TRIGGER points_rule_frozen_delete;
DROP TRIGGER points_entry_frozen_insert;
DROP TRIGGER points_entry_frozen_update;
DROP TRIGGER points_entry_frozen_delete;
DROP TRIGGER points_veto_frozen_insert;
DROP TRIGGER points_veto_frozen_update;
DROP TRIGGER points_veto_frozen_delete;

CREATE TABLE new_points_category (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    UNIQUE (origin, name)
);
INSERT INTO new_points_category (id, name, position, retired, created_at, uid, row_version) SELECT id, name, position, retired, created_at, uid, row_version FROM points_category;
DROP TABLE points_category;
ALTER TABLE new_points_category RENAME TO points_category;

CREATE TABLE new_points_year (
    year                    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status                  TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
    excellent               INTEGER NOT NULL DEFAULT 900,
    good                    INTEGER NOT NULL DEFAULT 750,
    pass                    INTEGER NOT NULL DEFAULT 600,
    require_registered_year INTEGER NOT NULL DEFAULT 0 CHECK (require_registered_year IN (0, 1)),
    copied_from             INTEGER,
    created_at              TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (origin, year),
    CHECK (pass >= 0 AND good >= pass AND excellent >= good)
);
INSERT INTO new_points_year (year, status, excellent, good, pass, require_registered_year, copied_from, created_at, uid, row_version) SELECT year, status, excellent, good, pass, require_registered_year, copied_from, created_at, uid, row_version FROM points_year;
DROP TABLE points_year;
ALTER TABLE new_points_year RENAME TO points_year;

CREATE TABLE new_points_category_cap (
    year        INTEGER NOT NULL,
    category_id INTEGER NOT NULL REFERENCES points_category(id),
    cap         INTEGER NOT NULL CHECK (cap > 0),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, category_id),
    FOREIGN KEY (origin, year) REFERENCES points_year(origin, year)
);
INSERT INTO new_points_category_cap (year, category_id, cap, uid, row_version) SELECT year, category_id, cap, uid, row_version FROM points_category_cap;
DROP TABLE points_category_cap;
ALTER TABLE new_points_category_cap RENAME TO points_category_cap;

CREATE TABLE new_points_rule (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    category_id       INTEGER NOT NULL REFERENCES points_category(id),
    description       TEXT NOT NULL CHECK (length(trim(description)) > 0),
    points            INTEGER NOT NULL CHECK (points <> 0),
    year_cap          INTEGER CHECK (year_cap IS NULL OR year_cap > 0),
    item_cap          INTEGER CHECK (item_cap IS NULL OR item_cap > 0),
    evidence_required INTEGER NOT NULL DEFAULT 0 CHECK (evidence_required IN (0, 1)),
    exclusive_group   TEXT NOT NULL DEFAULT '',
    position          INTEGER NOT NULL DEFAULT 0,
    retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (origin, year) REFERENCES points_year(origin, year)
);
INSERT INTO new_points_rule (id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired, created_at, updated_at, uid, row_version) SELECT id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired, created_at, updated_at, uid, row_version FROM points_rule;
DROP TABLE points_rule;
ALTER TABLE new_points_rule RENAME TO points_rule;
CREATE INDEX points_rule_year ON points_rule(year, category_id, position);

CREATE TABLE new_points_entry (
    id               INTEGER PRIMARY KEY,
    chamber_id       INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    rule_id          INTEGER NOT NULL REFERENCES points_rule(id),
    year             INTEGER NOT NULL,
    occurred_on      TEXT NOT NULL CHECK (date(julianday(occurred_on)) = occurred_on),
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    points           INTEGER NOT NULL,
    manual_reason    TEXT NOT NULL DEFAULT '',
    evidence         TEXT NOT NULL DEFAULT '',
    entered_by       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
    rejection_reason TEXT NOT NULL DEFAULT '',
    decided_by       TEXT NOT NULL DEFAULT '',
    decided_at       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (origin, year) REFERENCES points_year(origin, year),
    CHECK (CAST(substr(occurred_on, 1, 4) AS INTEGER) = year),
    CHECK (status <> 'rejected' OR length(trim(rejection_reason)) > 0)
);
INSERT INTO new_points_entry (id, chamber_id, rule_id, year, occurred_on, quantity, points, manual_reason, evidence, entered_by, status, rejection_reason, decided_by, decided_at, created_at, updated_at, uid, row_version) SELECT id, chamber_id, rule_id, year, occurred_on, quantity, points, manual_reason, evidence, entered_by, status, rejection_reason, decided_by, decided_at, created_at, updated_at, uid, row_version FROM points_entry;
DROP TABLE points_entry;
ALTER TABLE new_points_entry RENAME TO points_entry;
CREATE INDEX points_entry_year ON points_entry(year, chamber_id, rule_id);
CREATE INDEX points_entry_chamber ON points_entry(chamber_id);
CREATE INDEX points_entry_rule ON points_entry(rule_id);

CREATE TABLE new_points_veto (
    id          INTEGER PRIMARY KEY,
    chamber_id  INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    decided_on  TEXT NOT NULL CHECK (date(julianday(decided_on)) = decided_on),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (origin, year) REFERENCES points_year(origin, year)
);
INSERT INTO new_points_veto (id, chamber_id, year, decided_on, reason, recorded_by, created_at, uid, row_version) SELECT id, chamber_id, year, decided_on, reason, recorded_by, created_at, uid, row_version FROM points_veto;
DROP TABLE points_veto;
ALTER TABLE new_points_veto RENAME TO points_veto;
CREATE INDEX points_veto_year ON points_veto(year, chamber_id);
CREATE INDEX points_veto_chamber ON points_veto(chamber_id);

CREATE TABLE new_points_publication (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('publish', 'reopen')),
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    issue_date      TEXT CHECK (issue_date IS NULL OR date(julianday(issue_date)) = issue_date),
    snapshot        TEXT,
    snapshot_sha256 TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    origin TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (origin, year) REFERENCES points_year(origin, year),
    CHECK (action <> 'reopen' OR length(trim(reason)) > 0),
    CHECK (action <> 'publish' OR (issue_date IS NOT NULL AND snapshot IS NOT NULL AND length(snapshot_sha256) = 64))
);
INSERT INTO new_points_publication (id, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256, uid, row_version) SELECT id, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256, uid, row_version FROM points_publication;
DROP TABLE points_publication;
ALTER TABLE new_points_publication RENAME TO points_publication;
CREATE INDEX points_publication_year ON points_publication(year, id);

-- The freeze of a published year, as before, for this database's own points.
CREATE TRIGGER points_publication_no_update BEFORE UPDATE ON points_publication WHEN OLD.origin = ''
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
CREATE TRIGGER points_publication_no_delete BEFORE DELETE ON points_publication WHEN OLD.origin = ''
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
CREATE TRIGGER points_year_frozen BEFORE UPDATE ON points_year
WHEN OLD.origin = '' AND OLD.status = 'published' AND NEW.status = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_year_no_delete_published BEFORE DELETE ON points_year
WHEN OLD.origin = '' AND OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_frozen_insert BEFORE INSERT ON points_category_cap
WHEN NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_frozen_update BEFORE UPDATE ON points_category_cap
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_frozen_delete BEFORE DELETE ON points_category_cap
WHEN OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_frozen_insert BEFORE INSERT ON points_rule
WHEN NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_frozen_update BEFORE UPDATE ON points_rule
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_frozen_delete BEFORE DELETE ON points_rule
WHEN OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_frozen_insert BEFORE INSERT ON points_entry
WHEN NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_frozen_update BEFORE UPDATE ON points_entry
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_frozen_delete BEFORE DELETE ON points_entry
WHEN OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_frozen_insert BEFORE INSERT ON points_veto
WHEN NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_frozen_update BEFORE UPDATE ON points_veto
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_frozen_delete BEFORE DELETE ON points_veto
WHEN OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;

CREATE TABLE exchange_origin (
    code           TEXT PRIMARY KEY REFERENCES division(code),
    name           TEXT NOT NULL,
    sequence       INTEGER NOT NULL CHECK (sequence > 0),
    made_at        TEXT NOT NULL,
    made_by        TEXT NOT NULL DEFAULT '',
    as_of          TEXT NOT NULL CHECK (date(julianday(as_of)) = as_of),
    schema_version INTEGER NOT NULL,
    counts         TEXT NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name      TEXT NOT NULL,
    forwarded_by   TEXT NOT NULL DEFAULT '',
    received_at    TEXT NOT NULL,
    received_by    TEXT NOT NULL
);

CREATE TABLE exchange_export (
    sequence  INTEGER PRIMARY KEY CHECK (sequence > 0),
    made_at   TEXT NOT NULL,
    made_by   TEXT NOT NULL,
    as_of     TEXT NOT NULL CHECK (date(julianday(as_of)) = as_of),
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    counts    TEXT NOT NULL
);

-- Received records are read-only: the guard refuses every write to them (and every new record
-- attached to a received chamber or case) unless the exchange import is the writer.
CREATE TRIGGER chamber_received_insert BEFORE INSERT ON chamber
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER chamber_received_update BEFORE UPDATE ON chamber
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER chamber_received_delete BEFORE DELETE ON chamber
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER registration_event_received_insert BEFORE INSERT ON registration_event
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER registration_event_received_update BEFORE UPDATE ON registration_event
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER registration_event_received_delete BEFORE DELETE ON registration_event
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER party_organization_received_insert BEFORE INSERT ON party_organization
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER party_organization_received_update BEFORE UPDATE ON party_organization
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_organization_received_delete BEFORE DELETE ON party_organization
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER party_instructor_received_insert BEFORE INSERT ON party_instructor
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER party_instructor_received_update BEFORE UPDATE ON party_instructor
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_instructor_received_delete BEFORE DELETE ON party_instructor
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER party_disclosure_received_insert BEFORE INSERT ON party_disclosure
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER party_disclosure_received_update BEFORE UPDATE ON party_disclosure
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_disclosure_received_delete BEFORE DELETE ON party_disclosure
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER honour_received_insert BEFORE INSERT ON honour
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER honour_received_update BEFORE UPDATE ON honour
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER honour_received_delete BEFORE DELETE ON honour
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER mediation_committee_received_insert BEFORE INSERT ON mediation_committee
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER mediation_committee_received_update BEFORE UPDATE ON mediation_committee
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_committee_received_delete BEFORE DELETE ON mediation_committee
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER mediation_case_received_insert BEFORE INSERT ON mediation_case
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER mediation_case_received_update BEFORE UPDATE ON mediation_case
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_case_received_delete BEFORE DELETE ON mediation_case
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER mediation_case_change_received_insert BEFORE INSERT ON mediation_case_change
WHEN NEW.origin <> '' OR (SELECT origin FROM mediation_case WHERE id = NEW.case_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM mediation_case WHERE id = NEW.case_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM mediation_case WHERE id = NEW.case_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM mediation_case WHERE id = NEW.case_id)))); END;
CREATE TRIGGER mediation_case_change_received_update BEFORE UPDATE ON mediation_case_change
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_case_change_received_delete BEFORE DELETE ON mediation_case_change
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER mediation_tally_received_insert BEFORE INSERT ON mediation_tally
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER mediation_tally_received_update BEFORE UPDATE ON mediation_tally
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_tally_received_delete BEFORE DELETE ON mediation_tally
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER member_received_insert BEFORE INSERT ON member
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER member_received_update BEFORE UPDATE ON member
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER member_received_delete BEFORE DELETE ON member
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER service_request_received_insert BEFORE INSERT ON service_request
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER service_request_received_update BEFORE UPDATE ON service_request
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER service_request_received_delete BEFORE DELETE ON service_request
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER import_log_received_insert BEFORE INSERT ON import_log
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER import_log_received_update BEFORE UPDATE ON import_log
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER import_log_received_delete BEFORE DELETE ON import_log
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER verification_item_received_insert BEFORE INSERT ON verification_item
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER verification_item_received_update BEFORE UPDATE ON verification_item
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER verification_item_received_delete BEFORE DELETE ON verification_item
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_category_received_insert BEFORE INSERT ON points_category
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER points_category_received_update BEFORE UPDATE ON points_category
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_category_received_delete BEFORE DELETE ON points_category
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_year_received_insert BEFORE INSERT ON points_year
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER points_year_received_update BEFORE UPDATE ON points_year
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_year_received_delete BEFORE DELETE ON points_year
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_category_cap_received_insert BEFORE INSERT ON points_category_cap
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER points_category_cap_received_update BEFORE UPDATE ON points_category_cap
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_category_cap_received_delete BEFORE DELETE ON points_category_cap
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_rule_received_insert BEFORE INSERT ON points_rule
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER points_rule_received_update BEFORE UPDATE ON points_rule
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_rule_received_delete BEFORE DELETE ON points_rule
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_entry_received_insert BEFORE INSERT ON points_entry
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER points_entry_received_update BEFORE UPDATE ON points_entry
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_entry_received_delete BEFORE DELETE ON points_entry
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_veto_received_insert BEFORE INSERT ON points_veto
WHEN NEW.origin <> '' OR (SELECT origin FROM chamber WHERE id = NEW.chamber_id) <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id))), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(NEW.origin, ''), (SELECT origin FROM chamber WHERE id = NEW.chamber_id)))); END;
CREATE TRIGGER points_veto_received_update BEFORE UPDATE ON points_veto
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_veto_received_delete BEFORE DELETE ON points_veto
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
CREATE TRIGGER points_publication_received_insert BEFORE INSERT ON points_publication
WHEN NEW.origin <> ''
BEGIN SELECT chamber_received_write(NEW.origin, (SELECT name FROM exchange_origin WHERE code = NEW.origin), (SELECT as_of FROM exchange_origin WHERE code = NEW.origin)); END;
CREATE TRIGGER points_publication_received_update BEFORE UPDATE ON points_publication
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_publication_received_delete BEFORE DELETE ON points_publication
WHEN OLD.origin <> ''
BEGIN SELECT chamber_received_write(OLD.origin, (SELECT name FROM exchange_origin WHERE code = OLD.origin), (SELECT as_of FROM exchange_origin WHERE code = OLD.origin)); END;
