// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QDateEdit;
class QLabel;

namespace chamber {

class PageHeader;

// 报表: the files the office sends upward. The coverage figures as of a date (the stats JSON
// contract or CSV), and the annual micro-points scoring report in each of its formats. Each is
// written where the user chooses; the folder is opened when done.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("reports"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

private:
    void exportStats(bool json);
    // Shows where a file went and offers to open its folder.
    void reportWritten(const QString &path);

    PageHeader *m_header;
    QDateEdit *m_asOf;
    QLabel *m_result;
};

} // namespace chamber
