// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chamber {

// The translated label of a field key used in Problem::field ("credit_code" → 统一社会信用代码),
// so that every face names fields the same way. Unknown keys come back as they are.
QString fieldLabel(const QString &key);

} // namespace chamber
