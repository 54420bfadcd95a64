-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10 on a server: change_log.at holds whole seconds since 1970 UTC, as in a file (see
-- 0010_compact_log.sql). Every line the program wrote has an ISO 8601 time with its zone; a text
-- that is none refuses the migration with the value named, rather than losing it. The lines an
-- insert wrote before keep their {"uid":…}: the readers take either, and rewriting them would run
-- the log's row-level security and scope trigger over every line for a few bytes each; the lines
-- written from now on hold "{}".
ALTER TABLE change_log ALTER COLUMN at TYPE BIGINT USING extract(epoch FROM at::timestamptz)::bigint;
