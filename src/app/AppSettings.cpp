// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace chamber {

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

QString AppSettings::name(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("language");
    case Key::RecentDatabases: return QStringLiteral("recentFiles");  // its name when it held files only
    case Key::WindowGeometry: return QStringLiteral("window/geometry");
    case Key::WindowState: return QStringLiteral("window/state");
    case Key::WindowPage: return QStringLiteral("window/page");
    case Key::ChamberEditorGeometry: return QStringLiteral("editors/chamber");
    case Key::ExportFolder: return QStringLiteral("export/folder");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language: return QString();
    case Key::RecentDatabases: return QStringList();
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::ChamberEditorGeometry: return QByteArray();
    case Key::WindowPage: return QStringLiteral("chambers");
    case Key::ExportFolder: return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return {};
}

QVariant AppSettings::value(Key key) const
{
    // A QSettings per call, as before: main() and the tests may point QSettings at another folder
    // after this object exists.
    return QSettings().value(name(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    QSettings settings;
    if (settings.contains(name(key)) && settings.value(name(key)) == value)
        return;
    settings.setValue(name(key), value);
    emit changed(key);
}

void AppSettings::reset(Key key)
{
    QSettings settings;
    if (!settings.contains(name(key)))
        return;
    settings.remove(name(key));
    emit changed(key);
}

void AppSettings::addRecentDatabase(const QString &pathOrAddress)
{
    QString entry;
    if (ServerAddress::isServer(pathOrAddress)) {
        const auto address = ServerAddress::parse(pathOrAddress);
        if (!address)
            return;  // not one that opened
        entry = address->display();
    } else {
        entry = QFileInfo(pathOrAddress).absoluteFilePath();
    }
    QStringList recent = recentDatabases();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecentDatabases)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

QString AppSettings::exportFolder() const
{
    const QString folder = value(Key::ExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return defaultValue(Key::ExportFolder).toString();
    return folder;
}

void AppSettings::rememberExport(const QString &filePath)
{
    setValue(Key::ExportFolder, QFileInfo(filePath).absolutePath());
}

QByteArray AppSettings::columnState(const QString &list) const
{
    return QSettings().value(QStringLiteral("columns/") + list).toByteArray();
}

void AppSettings::setColumnState(const QString &list, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("columns/") + list, state);
}

} // namespace chamber
