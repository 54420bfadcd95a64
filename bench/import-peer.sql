-- SPDX-License-Identifier: GPL-3.0-or-later
-- The floor of `import ledger` for bench/import-peer.sh: the same ledger rows put into an empty
-- database of the same scope by the sqlite3 shell alone — read with .import, then one
-- INSERT…SELECT each for the chambers (township found by name, the county's name in the chamber
-- name telling apart townships of the same name), their registration events and their
-- change_log lines, in one transaction. No checks beyond the schema's: the floor, not a peer in
-- rules. Expects the shell to have run `.import --csv --skip 2 LEDGER staging` into this table,
-- with triggers off (`.dbconfig enable_trigger off`): the guard triggers of schema 7 call a
-- function only ChamberDesk registers, which the shell cannot compile them without (they never
-- fire for a database's own rows).
CREATE TEMP TABLE staging (
    c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15,
    c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31
);
