// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QHash>
#include <QSet>
#include <QString>

class QLabel;

namespace chamber {

// Shows each Problem in the label placed beside its field (errors red, warnings amber, labels
// empty when their field is fine); problems of fields without a label go to a general label.
// With setTouchedOnly(), a field's problems wait until the field has been touched (typed in or
// changed) or touchAll() is called, so a blank new form shows no red. Each label keeps a line of
// room from the start, shown or not, so the fields below do not jump when a message comes or goes.
class ProblemLabels
{
public:
    void add(const QString &field, QLabel *label);
    void setGeneral(QLabel *label);
    void show(const Problems &problems);
    void clear() { show({}); }
    void setTouchedOnly(bool on) { m_touchedOnly = on; }
    void touch(const QString &field) { m_touched.insert(field); }
    void touchAll() { m_all = true; }
    void untouchAll()
    {
        m_touched.clear();
        m_all = false;
    }

private:
    static void reserve(QLabel *label);
    static void fill(QLabel *label, const Problems &problems);
    bool isShown(const Problem &p) const;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_general = nullptr;
    bool m_touchedOnly = false;
    bool m_all = false;
    QSet<QString> m_touched;
};

} // namespace chamber
