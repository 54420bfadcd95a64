-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: micro-points (微积分). Points are integers in TENTHS of a point (50 = 5.0).
-- A published year is frozen by the triggers at the end: no row of its rules, caps, entries or
-- vetoes can be written until the year is reopened (with a reason, kept in points_publication).

CREATE TABLE points_category (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL
);
-- The eight categories of practice (domain.md); the office can rename, add and retire.
INSERT INTO points_category (id, name, position, created_at) VALUES
    (1, '服务会员', 1, '2026-01-01T00:00:00Z'),
    (2, '服务经济发展', 2, '2026-01-01T00:00:00Z'),
    (3, '诚信守法', 3, '2026-01-01T00:00:00Z'),
    (4, '党建引领', 4, '2026-01-01T00:00:00Z'),
    (5, '参与社会治理', 5, '2026-01-01T00:00:00Z'),
    (6, '推动招商引资', 6, '2026-01-01T00:00:00Z'),
    (7, '助力乡村振兴', 7, '2026-01-01T00:00:00Z'),
    (8, '助力疫情防控', 8, '2026-01-01T00:00:00Z');

-- One row per scoring year: its options and whether it is published.
CREATE TABLE points_year (
    year                    INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    status                  TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
    excellent               INTEGER NOT NULL DEFAULT 900,
    good                    INTEGER NOT NULL DEFAULT 750,
    pass                    INTEGER NOT NULL DEFAULT 600,
    require_registered_year INTEGER NOT NULL DEFAULT 0 CHECK (require_registered_year IN (0, 1)),
    copied_from             INTEGER,
    created_at              TEXT NOT NULL,
    CHECK (pass >= 0 AND good >= pass AND excellent >= good)
);

CREATE TABLE points_category_cap (
    year        INTEGER NOT NULL REFERENCES points_year(year),
    category_id INTEGER NOT NULL REFERENCES points_category(id),
    cap         INTEGER NOT NULL CHECK (cap > 0),
    PRIMARY KEY (year, category_id)
);

CREATE TABLE points_rule (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL REFERENCES points_year(year),
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
    updated_at        TEXT NOT NULL
);
CREATE INDEX points_rule_year ON points_rule(year, category_id, position);

CREATE TABLE points_entry (
    id               INTEGER PRIMARY KEY,
    chamber_id       INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    rule_id          INTEGER NOT NULL REFERENCES points_rule(id),
    year             INTEGER NOT NULL REFERENCES points_year(year),
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
    CHECK (CAST(substr(occurred_on, 1, 4) AS INTEGER) = year),
    CHECK (status <> 'rejected' OR length(trim(rejection_reason)) > 0)
);
CREATE INDEX points_entry_year ON points_entry(year, chamber_id, rule_id);
CREATE INDEX points_entry_chamber ON points_entry(chamber_id);
CREATE INDEX points_entry_rule ON points_entry(rule_id);

CREATE TABLE points_veto (
    id          INTEGER PRIMARY KEY,
    chamber_id  INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL REFERENCES points_year(year),
    decided_on  TEXT NOT NULL CHECK (date(julianday(decided_on)) = decided_on),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX points_veto_year ON points_veto(year, chamber_id);
CREATE INDEX points_veto_chamber ON points_veto(chamber_id);

-- Every publication and reopening of a year, append-only. A publication keeps the report as
-- published (JSON) and its SHA-256, so that it can be produced again identically.
CREATE TABLE points_publication (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL REFERENCES points_year(year),
    action          TEXT NOT NULL CHECK (action IN ('publish', 'reopen')),
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    issue_date      TEXT CHECK (issue_date IS NULL OR date(julianday(issue_date)) = issue_date),
    snapshot        TEXT,
    snapshot_sha256 TEXT NOT NULL DEFAULT '',
    CHECK (action <> 'reopen' OR length(trim(reason)) > 0),
    CHECK (action <> 'publish' OR (issue_date IS NOT NULL AND snapshot IS NOT NULL AND length(snapshot_sha256) = 64))
);
CREATE INDEX points_publication_year ON points_publication(year, id);

CREATE TRIGGER points_publication_no_update BEFORE UPDATE ON points_publication
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
CREATE TRIGGER points_publication_no_delete BEFORE DELETE ON points_publication
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;

-- A published year changes only by being reopened (its status set back to open).
CREATE TRIGGER points_year_frozen BEFORE UPDATE ON points_year
WHEN OLD.status = 'published' AND NEW.status = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_year_no_delete_published BEFORE DELETE ON points_year
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;

CREATE TRIGGER points_category_cap_frozen_insert BEFORE INSERT ON points_category_cap
WHEN (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_frozen_update BEFORE UPDATE ON points_category_cap
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
  OR (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_frozen_delete BEFORE DELETE ON points_category_cap
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;

CREATE TRIGGER points_rule_frozen_insert BEFORE INSERT ON points_rule
WHEN (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_frozen_update BEFORE UPDATE ON points_rule
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
  OR (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_frozen_delete BEFORE DELETE ON points_rule
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;

CREATE TRIGGER points_entry_frozen_insert BEFORE INSERT ON points_entry
WHEN (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_frozen_update BEFORE UPDATE ON points_entry
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
  OR (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_frozen_delete BEFORE DELETE ON points_entry
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;

CREATE TRIGGER points_veto_frozen_insert BEFORE INSERT ON points_veto
WHEN (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_frozen_update BEFORE UPDATE ON points_veto
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
  OR (SELECT status FROM points_year WHERE year = NEW.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_frozen_delete BEFORE DELETE ON points_veto
WHEN (SELECT status FROM points_year WHERE year = OLD.year) = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
