// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace chamber {

// 帮助 → 用户指南: docs/user-guide.md, shown in a window of the app (Markdown, with its pictures).
// It is looked for where a package installs it (/usr/share/doc/chamberdesk, or share/doc/chamberdesk
// beside the program's prefix), then beside a build (the source tree's docs/); without it the user
// is told where it was looked for.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)
public:
    static QStringList candidates();
    // The guide's path, or empty when none of the candidates exists.
    static QString locate();
    static void show(QWidget *parent);
};

} // namespace chamber
