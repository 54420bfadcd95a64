// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chamber {

// The translated label of a field key used in Problem::field ("credit_code" → 统一社会信用代码),
// so that every face names fields the same way. Unknown keys come back as they are. A key of no
// kind is looked up among the generic keys, then the chamber's fields, then the other kinds';
// where the kind is known, fieldLabel(kind, key) in RecordKind.h names it by that kind.
QString fieldLabel(const QString &key);
// The keys labelled here rather than by a record kind (a test checks none is defined twice).
QStringList genericFieldKeys();

} // namespace chamber
