-- SPDX-License-Identifier: GPL-3.0-or-later
-- Second half of bench/import-peer.sql, run after the .import (see there).
BEGIN IMMEDIATE;
CREATE TEMP TABLE resolved AS
SELECT s.rowid AS row, s.*,
       (SELECT substr(min((instr(s.c3, co.name) <> 1) || t.code), 2)
          FROM division t JOIN division co ON co.code = t.parent_code
         WHERE t.level = 4 AND (t.name = s.c2 OR t.code = s.c2)) AS township_code
  FROM staging s WHERE s.c2 <> '' AND s.c3 <> '';
INSERT INTO chamber (township_code, name, founded_on, status, dissolved_on, president, president_phone,
                     secretary_general, secretary_phone, contact_person, contact_phone, premises,
                     full_time_staff, activity_funds_fen, individual_members, unit_members,
                     independent_liability, credit_code, supervising_unit, notes, created_at, updated_at)
SELECT township_code, trim(c3), nullif(c4, ''),
       CASE c24 WHEN '正常' THEN 'active' WHEN '已解散' THEN 'dissolved' ELSE 'dormant' END,
       nullif(c25, ''), c5, c6, c7, c21, c22, c23, c26,
       CAST(nullif(c27, '') AS INTEGER), CAST(nullif(c28, '') AS INTEGER) * 100,
       CAST(c8 AS INTEGER) - CAST(c9 AS INTEGER), CAST(c9 AS INTEGER),
       CASE c29 WHEN '是' THEN 1 WHEN '否' THEN 0 END,
       CASE c10 WHEN '是' THEN c12 ELSE '' END, c30, c31,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM resolved ORDER BY row;
INSERT INTO registration_event (chamber_id, status, effective_on, credit_code, note, recorded_at)
SELECT c.id, CASE r.c10 WHEN '是' THEN 'registered' WHEN '已申请' THEN 'applied' ELSE 'preparing' END,
       coalesce(nullif(r.c11, ''), c.founded_on), CASE r.c10 WHEN '是' THEN r.c12 ELSE '' END, '',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM resolved r JOIN chamber c ON c.township_code = r.township_code AND c.name = trim(r.c3)
 WHERE r.c10 IN ('是', '已申请', '筹备中') AND coalesce(nullif(r.c11, ''), c.founded_on) IS NOT NULL;
INSERT INTO change_log (at, actor, entity, entity_id, action, detail)
SELECT CAST(strftime('%s', 'now') AS INTEGER), 'bench', 'chamber', id, 'add', name FROM chamber;
COMMIT;
SELECT 'peer imported ' || count(*) || ' chambers' FROM chamber;
