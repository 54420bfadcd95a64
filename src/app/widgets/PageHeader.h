// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace chamber {

// The title line every page starts with: the page's name, a line of context (counts, scope)
// and room on the right for the page's buttons.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setSubtitle(const QString &text);
    QString subtitle() const;
    void addWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_buttons;
};

} // namespace chamber
