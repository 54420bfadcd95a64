// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>

namespace chamber {

QString AppOptions::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QStringLiteral("--lang=")))
            return a.mid(7);
        if (a == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

QLocale AppOptions::locale(const QString &language, const QString &saved)
{
    const QString chosen = language.isEmpty() ? saved : language;
    if (chosen.startsWith(QStringLiteral("zh")))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (chosen.startsWith(QStringLiteral("en")))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return AppInfo::preferredLocale();
}

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("ChamberDesk: records of township chambers of commerce."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("The database to open: a file, or a server address postgresql://user@host:port/dbname."), QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language: zh_CN or en (default: the system's)."),
                                  QStringLiteral("zh_CN|en"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), tr("Render the window to a PNG file once the data is loaded, then exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("The page to show: chambers, party, mediation, points, dashboard, reports, settings."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size for the screenshot (default 1366x768)."), QStringLiteral("WxH"));
    const QCommandLineOption drill(QStringLiteral("drill"), tr("Dashboard: show this division (a city, county or township code)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("Dashboard: the figures as of this date."), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({db, lang, screenshot, page, size, drill, asOf});
    parser.process(arguments);

    AppOptions options;
    options.database = parser.value(db);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.drill = parser.value(drill);
    options.asOf = parser.value(asOf);
    if (!options.asOf.isEmpty() && !QDate::fromString(options.asOf, Qt::ISODate).isValid())
        options.error = tr("--as-of takes a date as YYYY-MM-DD, not \"%1\".").arg(options.asOf);
    if (!options.language.isEmpty() && !options.language.startsWith(QStringLiteral("zh")) && !options.language.startsWith(QStringLiteral("en")))
        options.error = tr("--lang takes zh_CN or en, not \"%1\".").arg(options.language);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const auto match = pattern.match(parser.value(size));
        if (match.hasMatch())
            options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        else
            options.error = tr("--size takes WIDTHxHEIGHT, e.g. 1366x768, not \"%1\".").arg(parser.value(size));
    }
    if ((parser.isSet(page) || parser.isSet(size)) && options.screenshot.isEmpty())
        options.error = tr("--page and --size go with --screenshot.");
    if ((parser.isSet(drill) || parser.isSet(asOf)) && options.screenshot.isEmpty())
        options.error = tr("--drill and --as-of go with --screenshot.");
    if (!options.screenshot.isEmpty() && options.database.isEmpty())
        options.error = tr("--screenshot needs --db: the database to show.");
    return options;
}

} // namespace chamber
