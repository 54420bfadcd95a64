// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QHash>
#include <QString>

class QLabel;

namespace chamber {

// Shows each Problem in the label placed beside its field (errors red, warnings amber, labels
// hidden when their field is fine); problems of fields without a label go to a general label.
class ProblemLabels
{
public:
    void add(const QString &field, QLabel *label);
    void setGeneral(QLabel *label) { m_general = label; }
    void show(const Problems &problems);
    void clear() { show({}); }

private:
    static void fill(QLabel *label, const Problems &problems);
    QHash<QString, QLabel *> m_labels;
    QLabel *m_general = nullptr;
};

} // namespace chamber
