// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace chamber {

// The user's settings of this computer, typed (like KeePassXC's Config): one enum of keys, each
// with its name in the settings file and its default, and a changed(key) signal. What belongs to
// a database (its scope, whether other units count) is kept in the database, not here. The file
// is QSettings' usual one (main() and the tests point it elsewhere for screenshots and tests);
// the names below are those earlier versions wrote, so nobody's settings are lost.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Language,               // "language": zh_CN, en or empty (follow the system)
        RecentDatabases,        // "recentFiles": files and server addresses (never a password), most recent first
        WindowGeometry,         // "window/geometry"
        WindowState,            // "window/state"
        WindowPage,             // "window/page": the key of the page shown last
        ChamberEditorGeometry,  // "editors/chamber"
        ExportFolder,           // "export/folder": where the last export went
    };
    Q_ENUM(Key)

    // The one instance the app uses.
    static AppSettings &instance();

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    // The stored value, or the key's default when none is stored.
    QVariant value(Key key) const;
    // Stores a value; changed(key) when it differs from what was there.
    void setValue(Key key, const QVariant &value);
    // Forgets a value (it reads as its default again).
    void reset(Key key);

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    static constexpr int kMaxRecentDatabases = 8;
    // The databases opened last, files and servers together, most recent first.
    QStringList recentDatabases() const { return value(Key::RecentDatabases).toStringList(); }
    // Puts a database first in the recent ones (once, at most kMaxRecentDatabases): a file by its
    // absolute path, a server by its address without the password (one given is dropped here).
    void addRecentDatabase(const QString &pathOrAddress);
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    QString windowPage() const { return value(Key::WindowPage).toString(); }
    QByteArray chamberEditorGeometry() const { return value(Key::ChamberEditorGeometry).toByteArray(); }
    // The last export's folder if it still exists, else the user's documents folder.
    QString exportFolder() const;
    // Remembers the folder of a file just exported.
    void rememberExport(const QString &filePath);

    // A list's column widths, order and sort (QHeaderView::saveState), by the list's key
    // ("chambers", "party-organizations" …); stored as "columns/KEY".
    QByteArray columnState(const QString &list) const;
    void setColumnState(const QString &list, const QByteArray &state);

signals:
    void changed(chamber::AppSettings::Key key);

private:
    explicit AppSettings(QObject *parent = nullptr) : QObject(parent) {}
};

} // namespace chamber
