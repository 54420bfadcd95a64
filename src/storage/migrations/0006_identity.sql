-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: a stable identity and a row version for every record; before/after values in
-- the change log.
--
-- uid: every record has a UUID (version 4, lower-case text) that never changes through edits,
-- export or import; exchange packages (docs/exchange.md) refer to records by it, never by row
-- number. The column's default makes one for every new row, whoever writes it; existing rows get
-- theirs when they are copied into the rebuilt tables below.
-- row_version: 1 for a new row; the data-access layer raises it by one with every update it makes
-- and refuses an update of a row whose version is not the one the writer read (someone else saved
-- it in between).
-- change_log.old_values / new_values: the changed columns before and after a write, as JSON
-- objects (NULL where there is nothing: an insert has no old values, a delete no new ones).
--
-- A column with a non-constant default cannot be added with ALTER TABLE, so each table is rebuilt:
-- create the new table, copy, drop the old, rename (SQLite's documented procedure; foreign keys are
-- off during migrations and checked after). Triggers are dropped first, because renaming a table
-- checks every trigger and one naming a table that is being rebuilt would fail; they are recreated
-- unchanged at the end, as are each table's indexes.

ALTER TABLE change_log ADD COLUMN old_values TEXT;
ALTER TABLE change_log ADD COLUMN new_values TEXT;

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

CREATE TABLE new_chamber (
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
    member_list_kept INTEGER NOT NULL DEFAULT 0 CHECK (member_list_kept IN (0, 1)),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    UNIQUE (township_code, name)
);
INSERT INTO new_chamber (id, township_code, name, founded_on, status, dissolved_on, president, president_phone, secretary_general, secretary_phone, contact_person, contact_phone, premises, full_time_staff, activity_funds_fen, individual_members, unit_members, independent_liability, credit_code, notes, created_at, updated_at, member_list_kept) SELECT id, township_code, name, founded_on, status, dissolved_on, president, president_phone, secretary_general, secretary_phone, contact_person, contact_phone, premises, full_time_staff, activity_funds_fen, individual_members, unit_members, independent_liability, credit_code, notes, created_at, updated_at, member_list_kept FROM chamber;
DROP TABLE chamber;
ALTER TABLE new_chamber RENAME TO chamber;
CREATE INDEX chamber_township ON chamber(township_code);
CREATE UNIQUE INDEX chamber_credit_code ON chamber(credit_code) WHERE credit_code <> '';

CREATE TABLE new_registration_event (
    id           INTEGER PRIMARY KEY,
    chamber_id   INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('not_registered', 'preparing', 'applied', 'registered', 'deregistered')),
    effective_on TEXT NOT NULL CHECK (date(julianday(effective_on)) = effective_on),
    credit_code  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_registration_event (id, chamber_id, status, effective_on, credit_code, note, recorded_at) SELECT id, chamber_id, status, effective_on, credit_code, note, recorded_at FROM registration_event;
DROP TABLE registration_event;
ALTER TABLE new_registration_event RENAME TO registration_event;
CREATE INDEX registration_event_chamber ON registration_event(chamber_id, effective_on, id);

CREATE TABLE new_party_organization (
    id              INTEGER PRIMARY KEY,
    chamber_id      INTEGER NOT NULL UNIQUE REFERENCES chamber(id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    form            TEXT NOT NULL CHECK (form IN ('standalone', 'joint')),
    joint_with      TEXT NOT NULL DEFAULT '',
    members         INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
    secretary       TEXT NOT NULL DEFAULT '',
    secretary_phone TEXT NOT NULL DEFAULT '',
    founded_on      TEXT CHECK (founded_on IS NULL OR date(julianday(founded_on)) = founded_on),
    star_rating     INTEGER CHECK (star_rating IS NULL OR star_rating BETWEEN 1 AND 5),
    star_rated_on   TEXT CHECK (star_rated_on IS NULL OR date(julianday(star_rated_on)) = star_rated_on),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (star_rated_on IS NULL OR star_rating IS NOT NULL)
);
INSERT INTO new_party_organization (id, chamber_id, name, form, joint_with, members, secretary, secretary_phone, founded_on, star_rating, star_rated_on, notes, created_at, updated_at) SELECT id, chamber_id, name, form, joint_with, members, secretary, secretary_phone, founded_on, star_rating, star_rated_on, notes, created_at, updated_at FROM party_organization;
DROP TABLE party_organization;
ALTER TABLE new_party_organization RENAME TO party_organization;

CREATE TABLE new_party_instructor (
    id         INTEGER PRIMARY KEY,
    chamber_id INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    from_on    TEXT CHECK (from_on IS NULL OR date(julianday(from_on)) = from_on),
    until_on   TEXT CHECK (until_on IS NULL OR date(julianday(until_on)) = until_on),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (until_on IS NULL OR from_on IS NULL OR until_on >= from_on)
);
INSERT INTO new_party_instructor (id, chamber_id, name, unit, phone, from_on, until_on, notes, created_at, updated_at) SELECT id, chamber_id, name, unit, phone, from_on, until_on, notes, created_at, updated_at FROM party_instructor;
DROP TABLE party_instructor;
ALTER TABLE new_party_instructor RENAME TO party_instructor;
CREATE INDEX party_instructor_chamber ON party_instructor(chamber_id);

CREATE TABLE new_party_disclosure (
    id              INTEGER PRIMARY KEY,
    chamber_id      INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    party_affairs   INTEGER NOT NULL DEFAULT 0 CHECK (party_affairs IN (0, 1)),
    chamber_affairs INTEGER NOT NULL DEFAULT 0 CHECK (chamber_affairs IN (0, 1)),
    finances        INTEGER NOT NULL DEFAULT 0 CHECK (finances IN (0, 1)),
    disclosed_on    TEXT CHECK (disclosed_on IS NULL OR date(julianday(disclosed_on)) = disclosed_on),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    UNIQUE (chamber_id, period)
);
INSERT INTO new_party_disclosure (id, chamber_id, period, party_affairs, chamber_affairs, finances, disclosed_on, notes, created_at, updated_at) SELECT id, chamber_id, period, party_affairs, chamber_affairs, finances, disclosed_on, notes, created_at, updated_at FROM party_disclosure;
DROP TABLE party_disclosure;
ALTER TABLE new_party_disclosure RENAME TO party_disclosure;

CREATE TABLE new_honour (
    id              INTEGER PRIMARY KEY,
    chamber_id      INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('regional_four_good', 'national_four_good', 'integrity_pioneer', 'star_party_organization')),
    year            INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
    issuing_body    TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    awarded_on      TEXT CHECK (awarded_on IS NULL OR date(julianday(awarded_on)) = awarded_on),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    UNIQUE (chamber_id, kind, year)
);
INSERT INTO new_honour (id, chamber_id, kind, year, issuing_body, document_number, awarded_on, notes, created_at, updated_at) SELECT id, chamber_id, kind, year, issuing_body, document_number, awarded_on, notes, created_at, updated_at FROM honour;
DROP TABLE honour;
ALTER TABLE new_honour RENAME TO honour;
CREATE INDEX honour_kind ON honour(kind, year);

CREATE TABLE new_mediation_committee (
    id         INTEGER PRIMARY KEY,
    chamber_id INTEGER NOT NULL UNIQUE REFERENCES chamber(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    founded_on TEXT CHECK (founded_on IS NULL OR date(julianday(founded_on)) = founded_on),
    mediators  INTEGER NOT NULL DEFAULT 0 CHECK (mediators >= 0),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_mediation_committee (id, chamber_id, name, founded_on, mediators, notes, created_at, updated_at) SELECT id, chamber_id, name, founded_on, mediators, notes, created_at, updated_at FROM mediation_committee;
DROP TABLE mediation_committee;
ALTER TABLE new_mediation_committee RENAME TO mediation_committee;

CREATE TABLE new_mediation_case (
    id                     INTEGER PRIMARY KEY,
    chamber_id             INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    case_number            TEXT NOT NULL CHECK (length(trim(case_number)) > 0),
    received_on            TEXT NOT NULL CHECK (date(julianday(received_on)) = received_on),
    source                 TEXT NOT NULL CHECK (source IN ('application', 'initiative', 'police_referral', 'court_entrustment', 'government_assignment')),
    applicant              TEXT NOT NULL,
    respondent             TEXT NOT NULL,
    dispute_type           TEXT NOT NULL CHECK (dispute_type IN ('contract', 'debt', 'labour', 'product_quality', 'intellectual_property', 'partnership', 'other')),
    summary                TEXT NOT NULL DEFAULT '',
    amount_disputed_fen    INTEGER CHECK (amount_disputed_fen IS NULL OR amount_disputed_fen >= 0),
    mediators              TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL CHECK (status IN ('received', 'mediating', 'settled', 'failed', 'referred')),
    closed_on              TEXT CHECK (closed_on IS NULL OR date(julianday(closed_on)) = closed_on),
    agreed_amount_fen      INTEGER CHECK (agreed_amount_fen IS NULL OR agreed_amount_fen >= 0),
    agreement_number       TEXT NOT NULL DEFAULT '',
    judicial_confirmation  INTEGER CHECK (judicial_confirmation IS NULL OR judicial_confirmation IN (0, 1)),
    performance            TEXT NOT NULL DEFAULT '' CHECK (performance IN ('', 'performed', 'partly_performed', 'not_performed')),
    performance_proof      TEXT NOT NULL DEFAULT '',
    follow_up_on           TEXT CHECK (follow_up_on IS NULL OR date(julianday(follow_up_on)) = follow_up_on),
    follow_up_satisfaction TEXT NOT NULL DEFAULT '' CHECK (follow_up_satisfaction IN ('', 'satisfied', 'fairly_satisfied', 'dissatisfied')),
    follow_up_note         TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    UNIQUE (chamber_id, case_number),
    CHECK ((status IN ('settled', 'failed', 'referred')) = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= received_on)
);
INSERT INTO new_mediation_case (id, chamber_id, case_number, received_on, source, applicant, respondent, dispute_type, summary, amount_disputed_fen, mediators, status, closed_on, agreed_amount_fen, agreement_number, judicial_confirmation, performance, performance_proof, follow_up_on, follow_up_satisfaction, follow_up_note, notes, created_at, updated_at) SELECT id, chamber_id, case_number, received_on, source, applicant, respondent, dispute_type, summary, amount_disputed_fen, mediators, status, closed_on, agreed_amount_fen, agreement_number, judicial_confirmation, performance, performance_proof, follow_up_on, follow_up_satisfaction, follow_up_note, notes, created_at, updated_at FROM mediation_case;
DROP TABLE mediation_case;
ALTER TABLE new_mediation_case RENAME TO mediation_case;
CREATE INDEX mediation_case_received ON mediation_case(received_on);
CREATE INDEX mediation_case_status ON mediation_case(status);

CREATE TABLE new_mediation_case_change (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('mediating', 'settled', 'failed', 'referred')),
    effective_on TEXT NOT NULL CHECK (date(julianday(effective_on)) = effective_on),
    reopen       INTEGER NOT NULL DEFAULT 0 CHECK (reopen IN (0, 1)),
    reason       TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (reopen = 0 OR length(trim(reason)) > 0)
);
INSERT INTO new_mediation_case_change (id, case_id, status, effective_on, reopen, reason, recorded_at) SELECT id, case_id, status, effective_on, reopen, reason, recorded_at FROM mediation_case_change;
DROP TABLE mediation_case_change;
ALTER TABLE new_mediation_case_change RENAME TO mediation_case_change;
CREATE INDEX mediation_case_change_case ON mediation_case_change(case_id, effective_on, id);

CREATE TABLE new_mediation_tally (
    id         INTEGER PRIMARY KEY,
    chamber_id INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
    cases      INTEGER NOT NULL CHECK (cases >= 0),
    settled    INTEGER CHECK (settled IS NULL OR (settled >= 0 AND settled <= cases)),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    UNIQUE (chamber_id, year)
);
INSERT INTO new_mediation_tally (id, chamber_id, year, cases, settled, notes, created_at, updated_at) SELECT id, chamber_id, year, cases, settled, notes, created_at, updated_at FROM mediation_tally;
DROP TABLE mediation_tally;
ALTER TABLE new_mediation_tally RENAME TO mediation_tally;

CREATE TABLE new_member (
    id             INTEGER PRIMARY KEY,
    chamber_id     INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('enterprise', 'individual')),
    credit_code    TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    industry       TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('president', 'executive_vice_president', 'vice_president', 'secretary_general',
                                                                  'executive_director', 'director', 'supervisor', 'member')),
    joined_on      TEXT CHECK (joined_on IS NULL OR date(julianday(joined_on)) = joined_on),
    left_on        TEXT CHECK (left_on IS NULL OR date(julianday(left_on)) = left_on),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
INSERT INTO new_member (id, chamber_id, name, kind, credit_code, representative, phone, industry, role, joined_on, left_on, notes, created_at, updated_at) SELECT id, chamber_id, name, kind, credit_code, representative, phone, industry, role, joined_on, left_on, notes, created_at, updated_at FROM member;
DROP TABLE member;
ALTER TABLE new_member RENAME TO member;
CREATE INDEX member_chamber ON member(chamber_id, kind);
CREATE UNIQUE INDEX member_credit_code ON member(chamber_id, credit_code) WHERE credit_code <> '';

CREATE TABLE new_service_request (
    id          INTEGER PRIMARY KEY,
    chamber_id  INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES member(id) ON DELETE SET NULL,
    requester   TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('water', 'power', 'sewage', 'funding', 'legal', 'other')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    partner     TEXT NOT NULL DEFAULT '',
    raised_on   TEXT NOT NULL CHECK (date(julianday(raised_on)) = raised_on),
    status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved')),
    started_on  TEXT CHECK (started_on IS NULL OR date(julianday(started_on)) = started_on),
    resolved_on TEXT CHECK (resolved_on IS NULL OR date(julianday(resolved_on)) = resolved_on),
    resolution  TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
);
INSERT INTO new_service_request (id, chamber_id, member_id, requester, kind, description, partner, raised_on, status, started_on, resolved_on, resolution, notes, created_at, updated_at) SELECT id, chamber_id, member_id, requester, kind, description, partner, raised_on, status, started_on, resolved_on, resolution, notes, created_at, updated_at FROM service_request;
DROP TABLE service_request;
ALTER TABLE new_service_request RENAME TO service_request;
CREATE INDEX service_request_chamber ON service_request(chamber_id, status);

CREATE TABLE new_points_category (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_points_category (id, name, position, retired, created_at) SELECT id, name, position, retired, created_at FROM points_category;
DROP TABLE points_category;
ALTER TABLE new_points_category RENAME TO points_category;

CREATE TABLE new_points_year (
    year                    INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    status                  TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
    excellent               INTEGER NOT NULL DEFAULT 900,
    good                    INTEGER NOT NULL DEFAULT 750,
    pass                    INTEGER NOT NULL DEFAULT 600,
    require_registered_year INTEGER NOT NULL DEFAULT 0 CHECK (require_registered_year IN (0, 1)),
    copied_from             INTEGER,
    created_at              TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (pass >= 0 AND good >= pass AND excellent >= good)
);
INSERT INTO new_points_year (year, status, excellent, good, pass, require_registered_year, copied_from, created_at) SELECT year, status, excellent, good, pass, require_registered_year, copied_from, created_at FROM points_year;
DROP TABLE points_year;
ALTER TABLE new_points_year RENAME TO points_year;

CREATE TABLE new_points_category_cap (
    year        INTEGER NOT NULL REFERENCES points_year(year),
    category_id INTEGER NOT NULL REFERENCES points_category(id),
    cap         INTEGER NOT NULL CHECK (cap > 0),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    PRIMARY KEY (year, category_id)
);
INSERT INTO new_points_category_cap (year, category_id, cap) SELECT year, category_id, cap FROM points_category_cap;
DROP TABLE points_category_cap;
ALTER TABLE new_points_category_cap RENAME TO points_category_cap;

CREATE TABLE new_points_rule (
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
    updated_at        TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_points_rule (id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired, created_at, updated_at) SELECT id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired, created_at, updated_at FROM points_rule;
DROP TABLE points_rule;
ALTER TABLE new_points_rule RENAME TO points_rule;
CREATE INDEX points_rule_year ON points_rule(year, category_id, position);

CREATE TABLE new_points_entry (
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
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (CAST(substr(occurred_on, 1, 4) AS INTEGER) = year),
    CHECK (status <> 'rejected' OR length(trim(rejection_reason)) > 0)
);
INSERT INTO new_points_entry (id, chamber_id, rule_id, year, occurred_on, quantity, points, manual_reason, evidence, entered_by, status, rejection_reason, decided_by, decided_at, created_at, updated_at) SELECT id, chamber_id, rule_id, year, occurred_on, quantity, points, manual_reason, evidence, entered_by, status, rejection_reason, decided_by, decided_at, created_at, updated_at FROM points_entry;
DROP TABLE points_entry;
ALTER TABLE new_points_entry RENAME TO points_entry;
CREATE INDEX points_entry_year ON points_entry(year, chamber_id, rule_id);
CREATE INDEX points_entry_chamber ON points_entry(chamber_id);
CREATE INDEX points_entry_rule ON points_entry(rule_id);

CREATE TABLE new_points_veto (
    id          INTEGER PRIMARY KEY,
    chamber_id  INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL REFERENCES points_year(year),
    decided_on  TEXT NOT NULL CHECK (date(julianday(decided_on)) = decided_on),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_points_veto (id, chamber_id, year, decided_on, reason, recorded_by, created_at) SELECT id, chamber_id, year, decided_on, reason, recorded_by, created_at FROM points_veto;
DROP TABLE points_veto;
ALTER TABLE new_points_veto RENAME TO points_veto;
CREATE INDEX points_veto_year ON points_veto(year, chamber_id);
CREATE INDEX points_veto_chamber ON points_veto(chamber_id);

CREATE TABLE new_points_publication (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL REFERENCES points_year(year),
    action          TEXT NOT NULL CHECK (action IN ('publish', 'reopen')),
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    issue_date      TEXT CHECK (issue_date IS NULL OR date(julianday(issue_date)) = issue_date),
    snapshot        TEXT,
    snapshot_sha256 TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK (action <> 'reopen' OR length(trim(reason)) > 0),
    CHECK (action <> 'publish' OR (issue_date IS NOT NULL AND snapshot IS NOT NULL AND length(snapshot_sha256) = 64))
);
INSERT INTO new_points_publication (id, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256) SELECT id, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256 FROM points_publication;
DROP TABLE points_publication;
ALTER TABLE new_points_publication RENAME TO points_publication;
CREATE INDEX points_publication_year ON points_publication(year, id);

CREATE TABLE new_import_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    file_sha256   TEXT NOT NULL CHECK (length(file_sha256) = 64),
    sheet         TEXT NOT NULL DEFAULT '',
    update_policy TEXT NOT NULL CHECK (update_policy IN ('overwrite', 'fill_empty', 'skip')),
    records       INTEGER NOT NULL CHECK (records >= 0),
    created       INTEGER NOT NULL CHECK (created >= 0),
    updated       INTEGER NOT NULL CHECK (updated >= 0),
    unchanged     INTEGER NOT NULL CHECK (unchanged >= 0),
    skipped       INTEGER NOT NULL CHECK (skipped >= 0),
    refused       INTEGER NOT NULL CHECK (refused >= 0),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
);
INSERT INTO new_import_log (id, at, actor, file_name, file_sha256, sheet, update_policy, records, created, updated, unchanged, skipped, refused) SELECT id, at, actor, file_name, file_sha256, sheet, update_policy, records, created, updated, unchanged, skipped, refused FROM import_log;
DROP TABLE import_log;
ALTER TABLE new_import_log RENAME TO import_log;
CREATE INDEX import_log_sha256 ON import_log(file_sha256);

CREATE TABLE new_verification_item (
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
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL)),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
INSERT INTO new_verification_item (id, chamber_id, field, value, reason, kind, source_file, sheet, source_row, created_at, created_by, resolved_at, resolved_by, resolution, resolution_note) SELECT id, chamber_id, field, value, reason, kind, source_file, sheet, source_row, created_at, created_by, resolved_at, resolved_by, resolution, resolution_note FROM verification_item;
DROP TABLE verification_item;
ALTER TABLE new_verification_item RENAME TO verification_item;
CREATE UNIQUE INDEX verification_item_open ON verification_item(chamber_id, field, value) WHERE resolved_at IS NULL;
CREATE INDEX verification_item_chamber ON verification_item(chamber_id);

CREATE TRIGGER points_publication_no_update BEFORE UPDATE ON points_publication
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
CREATE TRIGGER points_publication_no_delete BEFORE DELETE ON points_publication
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
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
