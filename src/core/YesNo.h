// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chamber {

// The one reading of a yes/no answer, shared by the command line (--finances, --independent-liability,
// --keep …), the ledger import and anything else that takes one as text, so that a word means the
// same everywhere (docs/cli-records.md lists them):
//   yes: yes y true 1 是 有 能 可以 已 建立 设立 成立 √ ✓ ✔, and any text starting 已 (已建立, 已登记)
//   no:  no n false 0 否 无 没有 不能 未 x × ✗ ✘ - — /, and any text starting 未, 尚未 or 没 (未建立)
//   unknown: an empty text, unknown, 未知, 不详, 不清楚, ?
// Case, spaces and full-width forms (ＹＥＳ) do not matter.
class YesNo
{
public:
    enum class Answer { Yes, No, Unknown, Invalid };

    static Answer read(const QString &text);
};

} // namespace chamber
