-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: the log of ledger imports — who took in which file (by name and SHA-256),
-- when, how updates were treated, and what it did to how many rows.

CREATE TABLE import_log (
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
    refused       INTEGER NOT NULL CHECK (refused >= 0)
);
CREATE INDEX import_log_sha256 ON import_log(file_sha256);
