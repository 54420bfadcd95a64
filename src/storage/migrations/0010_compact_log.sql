-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: a leaner change log (issue 16). Most of a busy file's log is insert lines (an import
-- or the demo writes one per record), and each repeated the record's uid as {"uid":"…"} and its
-- time as 20 characters of text.
-- - change_log.at holds the time as whole seconds since 1970 UTC (an integer of 4–6 bytes). A text
--   that is no ISO 8601 time is kept as it was (the readers fall back to reading it as text), so
--   that no line loses what it said. A time without a zone is taken as UTC, as SQLite reads it.
-- - An insert's line holds "{}": the record's values, uid included, are the record's own (or its
--   removal line's once it is gone), which is where ChangeHistory::created reads them from.
-- The table is rebuilt, which SQLite needs to change a column's type; its one index comes back.
CREATE TABLE change_log_v10 (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    action     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    old_values TEXT,
    new_values TEXT
);
INSERT INTO change_log_v10 (id, at, actor, entity, entity_id, action, detail, old_values, new_values)
SELECT id,
       coalesce(CAST(strftime('%s', at) AS INTEGER), at),
       actor, entity, entity_id, action, detail, old_values,
       CASE WHEN old_values IS NULL AND new_values IS NOT NULL AND json_valid(new_values) THEN
                CASE WHEN json_type(new_values) = 'object' AND json_type(new_values, '$.uid') = 'text'
                          AND (SELECT count(*) FROM json_each(new_values)) = 1 THEN '{}' ELSE new_values END
            ELSE new_values END
FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_v10 RENAME TO change_log;
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
