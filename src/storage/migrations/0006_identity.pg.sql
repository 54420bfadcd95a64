-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6 on PostgreSQL (the twin of 0006_identity.sql): a stable identity (uid, a
-- version-4 UUID in lower-case text) and a row version for every record; before/after values in the
-- change log. What SQLite can only do by rebuilding each table, PostgreSQL does in place: a column
-- with a volatile default is added, and every existing row gets its own value.

ALTER TABLE change_log ADD COLUMN old_values TEXT;
ALTER TABLE change_log ADD COLUMN new_values TEXT;
ALTER TABLE chamber ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE registration_event ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE party_organization ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE party_instructor ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE party_disclosure ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE honour ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE mediation_committee ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE mediation_case ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE mediation_case_change ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE mediation_tally ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE member ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE service_request ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_category ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_year ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_category_cap ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_rule ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_entry ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_veto ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE points_publication ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE import_log ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE verification_item ADD COLUMN uid TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
    ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version > 0);
