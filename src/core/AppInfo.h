// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace chamber {

// What the CLI and the desktop app share about themselves: names (so QStandardPaths gives both
// the same folder), the default database file and the translations.
class AppInfo
{
public:
    static void configure(QCoreApplication &app);
    static QString defaultDatabasePath();
    // Loads the zh_CN catalogues (ours and Qt's) when the locale is Chinese; English otherwise.
    static void installTranslations(QCoreApplication &app, const QLocale &locale);
    // The locale to use: CHAMBERDESK_LANG, then the system's.
    static QLocale preferredLocale();
};

} // namespace chamber
