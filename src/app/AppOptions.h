// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace chamber {

// chamberdesk's command line: --db PATH, --lang zh_CN|en, and the screenshot mode
// (--screenshot FILE.png [--page NAME] [--size WxH] [--drill CODE] [--as-of DATE]) that renders a
// page and exits.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
public:
    QString database;
    QString language;     // "", "zh_CN" or "en"
    QString screenshot;
    QString page;
    QSize size{1366, 768};
    QString drill;        // dashboard: the division to show (code), for screenshots of a city or county
    QString asOf;         // dashboard: the date of the figures (YYYY-MM-DD)
    QString error;        // set when the command line is wrong

    // The --lang value, read before translations are installed (the help text is translated).
    static QString languageArgument(const QStringList &arguments);
    // Parses; exits the process for --help and --version like any Qt tool.
    static AppOptions parse(const QStringList &arguments);
    // --lang, then the saved setting, then CHAMBERDESK_LANG or the system's language.
    static QLocale locale(const QString &language, const QString &saved);
};

} // namespace chamber
