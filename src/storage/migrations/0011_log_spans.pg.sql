-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11 on a server: the column a file's span lines use (0011_log_spans.sql), so that the
-- readers ask both backends the same. A server never writes a span (row-level security scopes each
-- line by the one chamber its record belongs to), so it stays NULL and needs no index.
ALTER TABLE change_log ADD COLUMN entity_last_id BIGINT;
