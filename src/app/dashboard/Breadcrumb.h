// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"

#include <QWidget>

class QHBoxLayout;

namespace chamber {

// 广西壮族自治区 › 南宁市 › 宾阳县: where the dashboard stands; each level above is a link back up.
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent = nullptr);
    void setPath(const QList<Division> &path);
    QString text() const;  // "广西壮族自治区 › 南宁市 › 宾阳县"

signals:
    void divisionClicked(const QString &code);

private:
    QHBoxLayout *m_layout;
    QList<Division> m_path;
};

} // namespace chamber
