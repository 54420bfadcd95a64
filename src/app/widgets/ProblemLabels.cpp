// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabels.h"

#include <QLabel>
#include <QStyle>

namespace chamber {

void ProblemLabels::add(const QString &field, QLabel *label)
{
    m_labels.insert(field, label);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void ProblemLabels::fill(QLabel *label, const Problems &problems)
{
    if (!label)
        return;
    QStringList lines;
    bool anyError = false;
    for (const auto &p : problems) {
        lines.append(p.message);
        anyError = anyError || p.isError();
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setProperty("problem", anyError ? QStringLiteral("error") : QStringLiteral("warning"));
    // The stylesheet colours by the property; re-polish so the new value takes effect.
    label->style()->unpolish(label);
    label->style()->polish(label);
    if (!lines.isEmpty()) {
        // Shown once, its room is kept: the form does not shift back when the problem is put right.
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
    }
    label->setVisible(!lines.isEmpty());
}

bool ProblemLabels::isShown(const Problem &p) const
{
    return !m_touchedOnly || m_all || m_touched.contains(p.field) || (p.field.isEmpty() && !m_touched.isEmpty());
}

void ProblemLabels::show(const Problems &problems)
{
    QHash<QLabel *, Problems> byLabel;
    Problems general;
    for (const auto &p : problems) {
        if (!isShown(p))
            continue;
        QLabel *label = m_labels.value(p.field);
        if (label)
            byLabel[label].append(p);
        else
            general.append(p);
    }
    for (QLabel *label : std::as_const(m_labels))
        fill(label, byLabel.value(label));
    fill(m_general, general);
}

} // namespace chamber
