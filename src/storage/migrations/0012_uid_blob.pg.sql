-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12 on a server: nothing changes. A file keeps record uids as 16 bytes from this version
-- (0012_uid_blob.sql: issue 16, the size of a file); a server keeps them as TEXT, as version 6
-- made them — its size is not what the issue measures, and its row-level security, grants and
-- other offices' queries read the text. The statement below does nothing: the runner needs one.
SELECT 1 WHERE false;
