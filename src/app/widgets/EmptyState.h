// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace chamber {

// What a pane shows when it has nothing to list: a short, honest sentence (no data yet, a filter
// that matches nothing, a part of the app still to come) instead of an empty grey box.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &text, QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace chamber
