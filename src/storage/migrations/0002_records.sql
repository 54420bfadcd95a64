-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the rest of a chamber's record — Party building, honours, mediation,
-- the member needs list and the member list (issue 3).

-- When set, the chamber's member counts follow from its member list; otherwise the plain
-- counts in individual_members / unit_members stand.
ALTER TABLE chamber ADD COLUMN member_list_kept INTEGER NOT NULL DEFAULT 0 CHECK (member_list_kept IN (0, 1));

CREATE TABLE party_organization (
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
    CHECK (star_rated_on IS NULL OR star_rating IS NOT NULL)
);

CREATE TABLE party_instructor (
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
    CHECK (until_on IS NULL OR from_on IS NULL OR until_on >= from_on)
);
CREATE INDEX party_instructor_chamber ON party_instructor(chamber_id);

CREATE TABLE party_disclosure (
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
    UNIQUE (chamber_id, period)
);

CREATE TABLE honour (
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
    UNIQUE (chamber_id, kind, year)
);
CREATE INDEX honour_kind ON honour(kind, year);

CREATE TABLE mediation_committee (
    id         INTEGER PRIMARY KEY,
    chamber_id INTEGER NOT NULL UNIQUE REFERENCES chamber(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    founded_on TEXT CHECK (founded_on IS NULL OR date(julianday(founded_on)) = founded_on),
    mediators  INTEGER NOT NULL DEFAULT 0 CHECK (mediators >= 0),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Money in fen. status and closed_on mirror the latest row of mediation_case_change.
CREATE TABLE mediation_case (
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
    UNIQUE (chamber_id, case_number),
    CHECK ((status IN ('settled', 'failed', 'referred')) = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX mediation_case_received ON mediation_case(received_on);
CREATE INDEX mediation_case_status ON mediation_case(status);

-- The dated status changes after receipt; reopen = 1 marks an explicit reopening with its reason.
CREATE TABLE mediation_case_change (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('mediating', 'settled', 'failed', 'referred')),
    effective_on TEXT NOT NULL CHECK (date(julianday(effective_on)) = effective_on),
    reopen       INTEGER NOT NULL DEFAULT 0 CHECK (reopen IN (0, 1)),
    reason       TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    CHECK (reopen = 0 OR length(trim(reason)) > 0)
);
CREATE INDEX mediation_case_change_case ON mediation_case_change(case_id, effective_on, id);

-- 年度调解案件数 for chambers whose ledgers give only the year's count.
CREATE TABLE mediation_tally (
    id         INTEGER PRIMARY KEY,
    chamber_id INTEGER NOT NULL REFERENCES chamber(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
    cases      INTEGER NOT NULL CHECK (cases >= 0),
    settled    INTEGER CHECK (settled IS NULL OR (settled >= 0 AND settled <= cases)),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (chamber_id, year)
);

CREATE TABLE member (
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
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX member_chamber ON member(chamber_id, kind);
CREATE UNIQUE INDEX member_credit_code ON member(chamber_id, credit_code) WHERE credit_code <> '';

CREATE TABLE service_request (
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
    CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
);
CREATE INDEX service_request_chamber ON service_request(chamber_id, status);
