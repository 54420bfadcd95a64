-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9 on a server: every statement that appends lines to change_log tells the listeners of
-- the channel chamber_change which lines (their ids, first and last: "17 17", "120 1119"), when
-- its transaction commits; rolled back, nobody is told. The notice carries line ids only, never
-- what a line says: every connection of the database hears it, whatever its grant, and reads the
-- lines back through row-level security, so that a clerk of another county learns nothing it may
-- not read. A trigger rather than a call in the app's write path: it also covers chamberctl's
-- server import-file and any other writer of the log. One notice per statement (an import of a
-- thousand rows sends a thousand; the listener gathers a burst into one, ChangeListener).
CREATE FUNCTION chamber_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    first_id BIGINT;
    last_id BIGINT;
BEGIN
    SELECT min(id), max(id) INTO first_id, last_id FROM appended;
    IF first_id IS NOT NULL THEN
        PERFORM pg_notify('chamber_change', first_id::text || ' ' || last_id::text);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER change_log_notice AFTER INSERT ON change_log REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION chamber_change_notice();
