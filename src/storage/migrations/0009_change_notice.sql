-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: other users' changes reach open lists. On a PostgreSQL server the twin
-- 0009_change_notice.pg.sql makes change_log announce its new lines (LISTEN/NOTIFY). A file has
-- one user at a time and nobody to tell: nothing changes in it but its version number.
SELECT 1;
