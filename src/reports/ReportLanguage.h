// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chamber {

// The language a report is written in. A report is a document with its own language, chosen when
// it is made (Chinese unless asked otherwise), not the language of the screen it was made on.
// Ui is for text shown on screen or on the terminal: the application's own language.
enum class ReportLanguage { Chinese, English, Ui };

namespace reportLanguage {
QString code(ReportLanguage language);                       // "zh_CN", "en"
std::optional<ReportLanguage> fromCode(const QString &code); // zh_CN (zh, zh-CN) or en; not Ui
QStringList codes();                                         // zh_CN, en
// A source string of context in the language: for Chinese from the zh_CN catalogues whatever
// translators the application installed, for English the source itself, for Ui as tr() does.
// %n is replaced by n.
QString translate(ReportLanguage language, const char *context, const char *source, int n = -1);
} // namespace reportLanguage

} // namespace chamber
