// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace chamber {

class Workspace;

// What the app does with a file that is damaged (it fails SQLite's check when opened): says so
// plainly and offers the way forward — pick one of the file's backups; the damaged file is set
// aside in the backup folder (kept, never deleted), the backup put in its place, and opened.
class RestoreDamaged
{
    Q_DECLARE_TR_FUNCTIONS(RestoreDamaged)
public:
    // Shows the problem and, when the file has backups, the offer; whether a backup was restored
    // and the file is open now.
    static bool offer(QWidget *parent, Workspace &workspace, const QString &path, const QString &problem);
    // The restore itself, without asking: the damaged file aside, the backup in place, opened.
    // Empty on success, else why not.
    static QString restore(Workspace &workspace, const QString &path, const QString &backup, QString *setAside = nullptr);
};

} // namespace chamber
