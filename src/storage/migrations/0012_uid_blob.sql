-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: a record's uid kept as its 16 bytes (issue 16, file size). Every record table kept
-- its uid as 36 characters of text, and again in the column's unique index: ~80 bytes a record.
-- The bytes are the uid's own in RFC 4122 order (QUuid::toRfc4122), converted by uid_blob(),
-- which ChamberDesk registers on every SQLite connection (Uid.h; SQLite 3.40 has no unhex()).
-- Outside the file — packages, the change log, history, the CLI and the GUI — a uid is still the
-- lower-case 8-4-4-4-12 text (uid_text() and Uid::text read it back). A uid that is no such text
-- (never written by ChamberDesk: upper case, braces …) is kept as the text it was, so that nothing
-- is lost: the readers take either. The column's declared type and DEFAULT (text) stay, which
-- would need every record table rebuilt: ChamberDesk binds every uid it writes.
-- The conversion is an UPDATE, which the triggers of version 7 would refuse for a published
-- year's points and for records received in a package: the triggers that fire on an UPDATE are
-- dropped and made again below with their text as version 7 wrote it (unchanged since). Nothing
-- else of a row changes: not its row_version, nor its times, nor the change log.
DROP TRIGGER chamber_received_update;
DROP TRIGGER honour_received_update;
DROP TRIGGER import_log_received_update;
DROP TRIGGER mediation_case_change_received_update;
DROP TRIGGER mediation_case_received_update;
DROP TRIGGER mediation_committee_received_update;
DROP TRIGGER mediation_tally_received_update;
DROP TRIGGER member_received_update;
DROP TRIGGER party_disclosure_received_update;
DROP TRIGGER party_instructor_received_update;
DROP TRIGGER party_organization_received_update;
DROP TRIGGER points_category_cap_frozen_update;
DROP TRIGGER points_category_cap_received_update;
DROP TRIGGER points_category_received_update;
DROP TRIGGER points_entry_frozen_update;
DROP TRIGGER points_entry_received_update;
DROP TRIGGER points_publication_no_update;
DROP TRIGGER points_publication_received_update;
DROP TRIGGER points_rule_frozen_update;
DROP TRIGGER points_rule_received_update;
DROP TRIGGER points_veto_frozen_update;
DROP TRIGGER points_veto_received_update;
DROP TRIGGER points_year_frozen;
DROP TRIGGER points_year_received_update;
DROP TRIGGER registration_event_received_update;
DROP TRIGGER service_request_received_update;
DROP TRIGGER verification_item_received_update;

UPDATE chamber SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE honour SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE import_log SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE mediation_case SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE mediation_case_change SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE mediation_committee SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE mediation_tally SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE member SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE party_disclosure SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE party_instructor SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE party_organization SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_category SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_category_cap SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_entry SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_publication SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_rule SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_veto SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE points_year SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE registration_event SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE service_request SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';
UPDATE verification_item SET uid = uid_blob(uid) WHERE typeof(uid) = 'text';

CREATE TRIGGER chamber_received_update BEFORE UPDATE ON chamber
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER honour_received_update BEFORE UPDATE ON honour
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER import_log_received_update BEFORE UPDATE ON import_log
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_case_change_received_update BEFORE UPDATE ON mediation_case_change
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_case_received_update BEFORE UPDATE ON mediation_case
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_committee_received_update BEFORE UPDATE ON mediation_committee
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER mediation_tally_received_update BEFORE UPDATE ON mediation_tally
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER member_received_update BEFORE UPDATE ON member
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_disclosure_received_update BEFORE UPDATE ON party_disclosure
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_instructor_received_update BEFORE UPDATE ON party_instructor
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER party_organization_received_update BEFORE UPDATE ON party_organization
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_category_cap_frozen_update BEFORE UPDATE ON points_category_cap
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_category_cap_received_update BEFORE UPDATE ON points_category_cap
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_category_received_update BEFORE UPDATE ON points_category
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_entry_frozen_update BEFORE UPDATE ON points_entry
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_entry_received_update BEFORE UPDATE ON points_entry
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_publication_no_update BEFORE UPDATE ON points_publication WHEN OLD.origin = ''
BEGIN SELECT RAISE(ABORT, 'points_publication is append-only'); END;
CREATE TRIGGER points_publication_received_update BEFORE UPDATE ON points_publication
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_rule_frozen_update BEFORE UPDATE ON points_rule
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_rule_received_update BEFORE UPDATE ON points_rule
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_veto_frozen_update BEFORE UPDATE ON points_veto
WHEN (OLD.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = OLD.year) = 'published')
  OR (NEW.origin = '' AND (SELECT status FROM points_year WHERE origin = '' AND year = NEW.year) = 'published')
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_veto_received_update BEFORE UPDATE ON points_veto
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER points_year_frozen BEFORE UPDATE ON points_year
WHEN OLD.origin = '' AND OLD.status = 'published' AND NEW.status = 'published'
BEGIN SELECT RAISE(ABORT, 'the points of a published year are frozen; reopen the year first'); END;
CREATE TRIGGER points_year_received_update BEFORE UPDATE ON points_year
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER registration_event_received_update BEFORE UPDATE ON registration_event
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER service_request_received_update BEFORE UPDATE ON service_request
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
CREATE TRIGGER verification_item_received_update BEFORE UPDATE ON verification_item
WHEN OLD.origin <> '' OR NEW.origin <> ''
BEGIN SELECT chamber_received_write(coalesce(nullif(OLD.origin, ''), NEW.origin), (SELECT name FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin)), (SELECT as_of FROM exchange_origin WHERE code = coalesce(nullif(OLD.origin, ''), NEW.origin))); END;
