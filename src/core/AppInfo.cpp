// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace chamber {

namespace {
// Texts that Qt's own zh_CN catalogue (Qt 6.4) leaves in English or words oddly: the file dialog's
// "Folder" type (context QAbstractFileIconProvider, missing from it) and 体积 for a file's size.
// Their Chinese is kept in our core catalogue, under the context chamber::QtTexts.
struct QtText
{
    const char *context;
    const char *source;
};
const QtText kQtTexts[] = {
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("chamber::QtTexts", "Folder")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("chamber::QtTexts", "Drive")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("chamber::QtTexts", "Shortcut")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("chamber::QtTexts", "Unknown")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("chamber::QtTexts", "Size")},
    {"QFileDialog", QT_TRANSLATE_NOOP("chamber::QtTexts", "Size")},
};

class QtTextsTranslator : public QTranslator
{
public:
    QtTextsTranslator(const QTranslator *ours, QObject *parent) : QTranslator(parent), m_ours(ours) {}
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        for (const auto &t : kQtTexts)
            if (qstrcmp(context, t.context) == 0 && qstrcmp(sourceText, t.source) == 0)
                return m_ours->translate("chamber::QtTexts", t.source);
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    const QTranslator *m_ours;
};
} // namespace

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
                               QStringLiteral("import"), QStringLiteral("exchange"), QStringLiteral("cli"), QStringLiteral("app")};
    QTranslator *core = nullptr;
    for (const auto &area : areas) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/chamber_%1_zh_CN.qm").arg(area))) {
            app.installTranslator(translator);
            if (area == QStringLiteral("core"))
                core = translator;
        } else {
            delete translator;
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    // Installed last, so asked first.
    if (core)
        app.installTranslator(new QtTextsTranslator(core, &app));
}

} // namespace chamber
