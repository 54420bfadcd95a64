// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace chamber {

void AppInfo::configure(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("ChamberDesk"));
    app.setApplicationName(QStringLiteral("ChamberDesk"));
    app.setApplicationVersion(QStringLiteral(CHAMBER_VERSION));
}

QString AppInfo::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("chamberdesk.sqlite"));
}

QLocale AppInfo::preferredLocale()
{
    const QByteArray forced = qgetenv("CHAMBERDESK_LANG");
    if (!forced.isEmpty())
        return QLocale(QString::fromLatin1(forced));
    return QLocale::system();
}

void AppInfo::installTranslations(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return;
    const QStringList areas = {QStringLiteral("core"), QStringLiteral("storage"), QStringLiteral("reports"),
                               QStringLiteral("import"), QStringLiteral("cli"), QStringLiteral("app")};
    for (const auto &area : areas) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/chamber_%1_zh_CN.qm").arg(area)))
            app.installTranslator(translator);
        else
            delete translator;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
}

} // namespace chamber
