// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace chamber {

class Workspace;

// Narrows a list to part of the scope: a county's townships, or above county level its cities
// and counties (townships would make the list unusably long there; search finds them by name).
// The current data is the township-code prefix to filter by; empty for all.
class DivisionCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit DivisionCombo(QWidget *parent = nullptr);
    void setWorkspace(Workspace &workspace);
    QString prefix() const { return currentData().toString(); }
    void setPrefix(const QString &prefix);
};

} // namespace chamber
