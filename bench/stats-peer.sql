-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQL peer of `chamberctl stats --format json`: the same figures (docs/stats-json.md), computed
-- by the sqlite3 command-line shell from the same file, as the yardstick for the app's speed
-- (bench/stats-peer.sh) and as an independent check of its figures (bench/stats-peer-check.py).
--
-- The caller first creates  temp.peer_args(scope TEXT, as_of TEXT, unit_level INTEGER)
-- (unit_level: 2 city, 3 county, 4 township) and then reads this file. Output, as CSV with a
-- header: one row for the scope, then one per unit in code order; columns named by the JSON keys
-- (dotted), rates as their numerator and denominator.
--
-- Points figures are computed from the year's records, published or not: a published year's
-- records are frozen (the triggers of migration 0003), so they give the publication's figures.

CREATE TEMP TABLE p AS
SELECT scope, as_of, CAST(substr(as_of, 1, 4) AS INTEGER) AS yr,
       coalesce((SELECT value = 'true' FROM setting WHERE key = 'coverage.include_other_units'), 0) AS include_other,
       unit_level, (SELECT level FROM division WHERE code = scope) AS scope_level
FROM peer_args;

-- The scope itself and the divisions at the unit level under it.
CREATE TEMP TABLE unit AS
SELECT code, 0 AS ord FROM division, p WHERE code = p.scope
UNION ALL
SELECT d.code, 1 FROM division d, p
WHERE d.level = p.unit_level AND p.unit_level > p.scope_level AND d.code > p.scope AND d.code < p.scope || ':';
CREATE INDEX temp.unit_code ON unit(code);

-- unit codes a township code belongs to: the scope, and its unit.
CREATE TEMP TABLE tw AS
SELECT d.code,
       CAST(substr(d.code, 7, 3) AS INTEGER) BETWEEN 1 AND 399
         OR (p.include_other AND CAST(substr(d.code, 7, 3) AS INTEGER) BETWEEN 400 AND 599) AS counted
FROM division d, p
WHERE d.level = 4 AND d.code > p.scope AND d.code < p.scope || ':';

-- Chambers existing on the date, with their registration status then.
CREATE TEMP TABLE ch AS
SELECT c.id, c.township_code AS t, c.status <> 'dormant' AS active,
       coalesce((SELECT r.status FROM registration_event r
                 WHERE r.chamber_id = c.id AND r.effective_on <= p.as_of
                 ORDER BY r.effective_on DESC, r.id DESC LIMIT 1), 'not_registered') AS reg
FROM chamber c, p
WHERE c.township_code > p.scope AND c.township_code < p.scope || ':'
  AND (c.founded_on IS NULL OR c.founded_on <= p.as_of)
  AND (c.dissolved_on IS NULL OR c.dissolved_on > p.as_of);
CREATE INDEX temp.ch_id ON ch(id);

-- Maps a township code to the unit codes it counts in.
CREATE TEMP TABLE code_unit AS
SELECT tw.code AS t, p.scope AS unit FROM tw, p
UNION ALL
SELECT tw.code, u.code FROM tw, p JOIN unit u ON u.code = substr(tw.code, 1, CASE p.unit_level WHEN 2 THEN 4 WHEN 3 THEN 6 ELSE 9 END)
WHERE u.ord = 1;
CREATE INDEX temp.code_unit_t ON code_unit(t);

-- Mediation cases received by the date, with their status on it (from the dated history).
CREATE TEMP TABLE mc AS
SELECT m.id, m.chamber_id, CAST(substr(m.received_on, 1, 4) AS INTEGER) AS yr, m.received_on,
       coalesce(m.amount_disputed_fen, 0) AS disputed, coalesce(m.agreed_amount_fen, 0) AS agreed,
       h.status AS status, h.effective_on AS changed_on
FROM mediation_case m JOIN ch ON ch.id = m.chamber_id, p
LEFT JOIN mediation_case_change h ON h.id = (
    SELECT h2.id FROM mediation_case_change h2 WHERE h2.case_id = m.id AND h2.effective_on <= p.as_of
    ORDER BY h2.effective_on DESC, h2.id DESC LIMIT 1)
WHERE m.received_on <= p.as_of;

-- Per chamber and year: the larger of the listed cases and the year's tally.
CREATE TEMP TABLE med_year AS
SELECT chamber_id, yr, max(sum(listed), sum(tallied)) AS cases, max(sum(listed_settled), sum(tallied_settled)) AS settled
FROM (SELECT chamber_id, yr, 1 AS listed, status = 'settled' AS listed_settled, 0 AS tallied, 0 AS tallied_settled FROM mc
      UNION ALL
      SELECT t.chamber_id, t.year, 0, 0, t.cases, coalesce(t.settled, 0)
      FROM mediation_tally t JOIN ch ON ch.id = t.chamber_id, p WHERE t.year <= p.yr)
GROUP BY chamber_id, yr;

CREATE TEMP TABLE honour_held AS
SELECT DISTINCT h.chamber_id, h.kind FROM honour h JOIN ch ON ch.id = h.chamber_id, p
WHERE CASE WHEN h.awarded_on IS NOT NULL THEN h.awarded_on <= p.as_of ELSE h.year <= p.yr END;

-- Everything per chamber that the units add up.
CREATE TEMP TABLE share AS
SELECT ch.id, ch.t, ch.active, ch.reg,
       o.party,
       -- a star rating and a 星级党组织 honour are one fact (docs/stats-json.md)
       coalesce(o.star_rated, 0) OR EXISTS (SELECT 1 FROM honour_held hh WHERE hh.chamber_id = ch.id
                                                                  AND hh.kind = 'star_party_organization') AS star_rated,
       coalesce(i.instructors, 0) AS instructors, coalesce(m.committee, 0) AS committee,
       coalesce(y.cases, 0) AS cases, coalesce(y.settled, 0) AS settled,
       coalesce(l.listed_settled, 0) AS listed_settled, coalesce(l.listed_closed, 0) AS listed_closed,
       coalesce(l.disputed, 0) AS disputed, coalesce(l.agreed, 0) AS agreed,
       coalesce(n.raised, 0) AS needs_raised, coalesce(n.resolved, 0) AS needs_resolved, coalesce(n.in_progress, 0) AS needs_in_progress
FROM ch, p
LEFT JOIN (SELECT o.chamber_id, 1 AS party, o.star_rating IS NOT NULL AND (o.star_rated_on IS NULL OR o.star_rated_on <= p.as_of) AS star_rated
           FROM party_organization o, p WHERE o.founded_on IS NULL OR o.founded_on <= p.as_of) o ON o.chamber_id = ch.id
LEFT JOIN (SELECT i.chamber_id, count(*) AS instructors FROM party_instructor i, p
           WHERE (i.from_on IS NULL OR i.from_on <= p.as_of) AND (i.until_on IS NULL OR i.until_on > p.as_of)
           GROUP BY i.chamber_id) i ON i.chamber_id = ch.id
LEFT JOIN (SELECT m.chamber_id, 1 AS committee FROM mediation_committee m, p
           WHERE m.founded_on IS NULL OR m.founded_on <= p.as_of) m ON m.chamber_id = ch.id
LEFT JOIN (SELECT chamber_id, sum(cases) AS cases, sum(settled) AS settled FROM med_year GROUP BY chamber_id) y ON y.chamber_id = ch.id
LEFT JOIN (SELECT chamber_id, sum(status = 'settled') AS listed_settled, sum(status IN ('settled', 'failed', 'referred')) AS listed_closed,
                  sum(disputed) AS disputed, sum(CASE WHEN status = 'settled' THEN agreed ELSE 0 END) AS agreed
           FROM mc GROUP BY chamber_id) l ON l.chamber_id = ch.id
LEFT JOIN (SELECT r.chamber_id, count(*) AS raised,
                  sum(r.resolved_on IS NOT NULL AND r.resolved_on <= p.as_of) AS resolved,
                  sum(NOT (r.resolved_on IS NOT NULL AND r.resolved_on <= p.as_of) AND r.started_on IS NOT NULL AND r.started_on <= p.as_of)
                    AS in_progress
           FROM service_request r, p WHERE r.raised_on <= p.as_of GROUP BY r.chamber_id) n ON n.chamber_id = ch.id;

-- Days from receipt to closing of the listed cases closed on the date, per unit, for the median.
CREATE TEMP TABLE closed_days AS
SELECT cu.unit, julianday(mc.changed_on) - julianday(mc.received_on) AS days
FROM mc JOIN ch ON ch.id = mc.chamber_id JOIN code_unit cu ON cu.t = ch.t
WHERE mc.status IN ('settled', 'failed', 'referred');

CREATE TEMP TABLE median_days AS
SELECT unit, avg(days) AS median
FROM (SELECT unit, days, row_number() OVER (PARTITION BY unit ORDER BY days) AS n, count(*) OVER (PARTITION BY unit) AS total
      FROM closed_days)
WHERE n IN ((total + 1) / 2, (total + 2) / 2)
GROUP BY unit;

-- Points: the scorecards of the year of the date (docs/scoring-report.md), for every chamber of the
-- scope that existed on any day of the year or has approved points or a veto in it.
CREATE TEMP TABLE py AS
SELECT y.* FROM points_year y, p WHERE y.year = p.yr;

CREATE TEMP TABLE scored AS
SELECT c.id, c.township_code AS t FROM chamber c, p
WHERE c.township_code > p.scope AND c.township_code < p.scope || ':'
  AND EXISTS (SELECT 1 FROM py)
  AND (((c.founded_on IS NULL OR c.founded_on <= p.yr || '-12-31') AND (c.dissolved_on IS NULL OR c.dissolved_on > p.yr || '-01-01'))
       OR EXISTS (SELECT 1 FROM points_entry e WHERE e.chamber_id = c.id AND e.year = p.yr AND e.status = 'approved')
       OR EXISTS (SELECT 1 FROM points_veto v WHERE v.chamber_id = c.id AND v.year = p.yr));

-- Rule totals: entries within the item cap, summed, within the year cap; then of the rules of a
-- category sharing a group only the highest keeps its points (the first in rule order on a tie).
CREATE TEMP TABLE rule_score AS
SELECT s.id AS chamber_id, r.id AS rule_id, r.category_id, r.points, trim(r.exclusive_group) AS grp,
       row_number() OVER (ORDER BY pc.position, pc.id, r.position, r.id) AS rule_order,
       CASE WHEN r.year_cap IS NULL THEN sum(CASE WHEN r.item_cap IS NULL THEN e.points ELSE max(-r.item_cap, min(r.item_cap, e.points)) END)
            ELSE max(-r.year_cap, min(r.year_cap, sum(CASE WHEN r.item_cap IS NULL THEN e.points ELSE max(-r.item_cap, min(r.item_cap, e.points)) END)))
       END AS counted
FROM scored s JOIN points_entry e ON e.chamber_id = s.id JOIN points_rule r ON r.id = e.rule_id
JOIN points_category pc ON pc.id = r.category_id, p
WHERE e.year = p.yr AND e.status = 'approved' AND r.year = p.yr
GROUP BY s.id, r.id;

CREATE TEMP TABLE rule_kept AS
SELECT chamber_id, category_id,
       CASE WHEN grp = '' OR points < 0 THEN counted
            WHEN row_number() OVER (PARTITION BY chamber_id, category_id, grp, grp <> '' AND points >= 0
                                    ORDER BY counted DESC, rule_order) = 1 THEN counted
            ELSE 0 END AS counted
FROM rule_score;

CREATE TEMP TABLE category_score AS
SELECT k.chamber_id,
       max(0, CASE WHEN cap.cap IS NULL THEN sum(max(k.counted, 0)) ELSE min(sum(max(k.counted, 0)), cap.cap) END
              + sum(min(k.counted, 0))) AS subtotal
FROM rule_kept k, p LEFT JOIN points_category_cap cap ON cap.year = p.yr AND cap.category_id = k.category_id
GROUP BY k.chamber_id, k.category_id;

-- registered since: the first of the unbroken run of 已登记 events that the history ends with by 31 December.
CREATE TEMP TABLE registered_since AS
SELECT s.id AS chamber_id,
       (SELECT min(r.effective_on) FROM registration_event r
        WHERE r.chamber_id = s.id AND r.status = 'registered' AND r.effective_on <= p.yr || '-12-31'
          AND NOT EXISTS (SELECT 1 FROM registration_event x
                          WHERE x.chamber_id = s.id AND x.status <> 'registered' AND x.effective_on <= p.yr || '-12-31'
                            AND (x.effective_on > r.effective_on OR (x.effective_on = r.effective_on AND x.id > r.id)))) AS since
FROM scored s, p;

CREATE TEMP TABLE card0 AS
SELECT s.id, s.t, coalesce(cs.total, 0) AS total, v.chamber_id IS NOT NULL AS vetoed, rs.since
FROM scored s JOIN registered_since rs ON rs.chamber_id = s.id
LEFT JOIN (SELECT chamber_id, sum(subtotal) AS total FROM category_score GROUP BY chamber_id) cs ON cs.chamber_id = s.id
LEFT JOIN (SELECT DISTINCT v.chamber_id FROM points_veto v, p WHERE v.year = p.yr) v ON v.chamber_id = s.id;

CREATE TEMP TABLE card AS
SELECT c.id, c.t, c.total, c.vetoed,
       CASE WHEN c.vetoed THEN 'vetoed' WHEN c.total >= py.excellent THEN 'excellent' WHEN c.total >= py.good THEN 'good'
            WHEN c.total >= py.pass THEN 'pass' ELSE 'fail' END AS grade,
       NOT c.vetoed AND c.total >= py.pass
         AND (NOT py.require_registered_year OR (c.since IS NOT NULL AND c.since <= (py.year - 1) || '-12-31')) AS eligible
FROM card0 c, py;

CREATE TEMP TABLE points_unit AS
SELECT cu.unit, count(*) AS scored, sum(total) AS total, sum(vetoed) AS vetoed, sum(eligible) AS eligible,
       sum(grade = 'excellent') AS excellent, sum(grade = 'good') AS good, sum(grade = 'pass') AS pass,
       sum(grade = 'fail') AS fail, sum(grade = 'vetoed') AS grade_vetoed
FROM card JOIN code_unit cu ON cu.t = card.t
WHERE card.id IN (SELECT id FROM ch)  -- only the chambers that exist on the date, like every figure beside them
GROUP BY cu.unit;

-- Per unit: chambers and their figures, townships and coverage.
CREATE TEMP TABLE chamber_unit AS
SELECT cu.unit, s.* FROM share s JOIN code_unit cu ON cu.t = s.t;

CREATE TEMP TABLE chamber_fig AS
SELECT unit, count(*) AS chambers, sum(reg = 'registered') AS registered,
       sum(reg = 'not_registered') AS not_registered, sum(reg = 'preparing') AS preparing, sum(reg = 'applied') AS applied,
       sum(reg = 'deregistered') AS deregistered,
       sum(coalesce(party, 0)) AS party, sum(coalesce(star_rated, 0)) AS star_rated, sum(instructors) AS instructors,
       sum(committee) AS committees, sum(cases) AS cases, sum(settled) AS settled,
       sum(listed_settled) AS listed_settled, sum(listed_closed) AS listed_closed,
       sum(disputed) AS disputed, sum(agreed) AS agreed,
       sum(needs_raised) AS needs_raised, sum(needs_raised - needs_resolved) AS needs_open,
       sum(needs_in_progress) AS needs_in_progress, sum(needs_resolved) AS needs_resolved
FROM chamber_unit GROUP BY unit;

CREATE TEMP TABLE honour_fig AS
SELECT cu.unit, sum(h.kind = 'regional_four_good') AS regional_four_good, sum(h.kind = 'national_four_good') AS national_four_good,
       sum(h.kind = 'integrity_pioneer') AS integrity_pioneer, sum(h.kind = 'star_party_organization') AS star_party_organization
FROM honour_held h JOIN ch ON ch.id = h.chamber_id JOIN code_unit cu ON cu.t = ch.t
GROUP BY cu.unit;

CREATE TEMP TABLE township_fig AS
SELECT cu.unit, sum(tw.counted) AS total, sum(NOT tw.counted) AS excluded,
       sum(tw.counted AND a.t IS NOT NULL) AS covered
FROM tw JOIN code_unit cu ON cu.t = tw.code
LEFT JOIN (SELECT DISTINCT t FROM ch WHERE active) a ON a.t = tw.code
GROUP BY cu.unit;

-- Open verification items (待核实) as they stand now, of every chamber of the unit whatever the date.
CREATE TEMP TABLE verification_fig AS
SELECT cu.unit, count(*) AS open
FROM verification_item v JOIN chamber c ON c.id = v.chamber_id JOIN code_unit cu ON cu.t = c.township_code
WHERE v.resolved_at IS NULL GROUP BY cu.unit;

.headers on
.mode csv
SELECT u.code,
       coalesce(t.total, 0) AS "townships.total", coalesce(t.excluded, 0) AS "townships.excluded",
       coalesce(f.chambers, 0) AS chambers,
       coalesce(t.covered, 0) AS "coverage.numerator", coalesce(t.total, 0) AS "coverage.denominator",
       coalesce(f.registered, 0) AS "registration.numerator", coalesce(f.chambers, 0) AS "registration.denominator",
       coalesce(f.not_registered, 0) AS "registration_status.not_registered",
       coalesce(f.preparing, 0) AS "registration_status.preparing", coalesce(f.applied, 0) AS "registration_status.applied",
       coalesce(f.registered, 0) AS "registration_status.registered",
       coalesce(f.deregistered, 0) AS "registration_status.deregistered",
       coalesce(f.party, 0) AS "party.coverage.numerator", coalesce(f.chambers, 0) AS "party.coverage.denominator",
       coalesce(f.party, 0) AS "party.organizations", coalesce(f.instructors, 0) AS "party.instructors",
       coalesce(f.star_rated, 0) AS "party.star_rated",
       coalesce(h.regional_four_good, 0) AS "honours.regional_four_good",
       coalesce(h.national_four_good, 0) AS "honours.national_four_good",
       coalesce(h.integrity_pioneer, 0) AS "honours.integrity_pioneer",
       coalesce(f.star_rated, 0) AS "honours.star_party_organization",
       coalesce(f.committees, 0) AS "mediation.committees", coalesce(f.cases, 0) AS "mediation.cases",
       coalesce(f.settled, 0) AS "mediation.settled",
       coalesce(f.listed_settled, 0) AS "mediation.success_rate.numerator",
       coalesce(f.listed_closed, 0) AS "mediation.success_rate.denominator",
       coalesce(f.disputed, 0) AS "mediation.amount_disputed_fen", coalesce(f.agreed, 0) AS "mediation.amount_agreed_fen",
       md.median AS "mediation.median_days_to_close",
       coalesce(f.needs_raised, 0) AS "needs.raised", coalesce(f.needs_open, 0) AS "needs.open",
       coalesce(f.needs_in_progress, 0) AS "needs.in_progress", coalesce(f.needs_resolved, 0) AS "needs.resolved",
       p.yr AS "points.year", coalesce((SELECT status = 'published' FROM py), 0) AS "points.published",
       coalesce(pu.scored, 0) AS "points.scored",
       coalesce(pu.excellent, 0) AS "points.grades.excellent", coalesce(pu.good, 0) AS "points.grades.good",
       coalesce(pu.pass, 0) AS "points.grades.pass", coalesce(pu.fail, 0) AS "points.grades.fail",
       coalesce(pu.grade_vetoed, 0) AS "points.grades.vetoed",
       coalesce(pu.vetoed, 0) AS "points.vetoed", coalesce(pu.eligible, 0) AS "points.award_eligible",
       -- the average total in hundredths, rounded half away from zero with integers, as a number
       CASE WHEN pu.scored > 0 THEN (CASE WHEN pu.total < 0 THEN -1 ELSE 1 END)
                                    * ((2 * abs(pu.total) * 10 + pu.scored) / (2 * pu.scored)) / 100.0 END AS "points.average",
       coalesce(v.open, 0) AS "verification.open"
FROM unit u, p
LEFT JOIN township_fig t ON t.unit = u.code
LEFT JOIN chamber_fig f ON f.unit = u.code
LEFT JOIN honour_fig h ON h.unit = u.code
LEFT JOIN median_days md ON md.unit = u.code
LEFT JOIN points_unit pu ON pu.unit = u.code
LEFT JOIN verification_fig v ON v.unit = u.code
ORDER BY u.ord, u.code;
