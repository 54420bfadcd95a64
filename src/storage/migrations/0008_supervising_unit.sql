-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: a chamber's supervising unit (业务主管单位), the body a 社会团体 registers under —
-- for a township chamber usually the county federation of industry and commerce (县工商联).
-- A text column with a constant default can be added in place: existing rows read '' (not known).
ALTER TABLE chamber ADD COLUMN supervising_unit TEXT NOT NULL DEFAULT '';
