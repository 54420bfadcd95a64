-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: one change_log line for the records one transaction adds in a row (issue 16). An
-- import or the demo adds thousands of records, and each had a line of its own ("{}" since version
-- 10): most of a busy file's log. Now the records of one kind that one transaction adds with
-- consecutive ids, by the same action, share the line of the first: entity_id is the first record,
-- entity_last_id the last (NULL for a line about one record, as every line before this version).
-- The readers (ChangeHistory, ImportLogService, RecordWrite::lastSaved) give such a line as one
-- change per record, so history, undo and an import's undo read as before. A file only: a server's
-- row-level security scopes each line by one chamber, so a server writes a line per record and the
-- column stays NULL there (0011_log_spans.pg.sql).
-- Lines written before stay as they are: which of them one transaction wrote is not recorded, and
-- joining two clerks' additions into one change would make one undo take both.
ALTER TABLE change_log ADD COLUMN entity_last_id INTEGER;
-- The lines that cover a record inside a span: few (one per kind and import), found by their end.
CREATE INDEX change_log_span ON change_log(entity, entity_last_id) WHERE entity_last_id IS NOT NULL;
