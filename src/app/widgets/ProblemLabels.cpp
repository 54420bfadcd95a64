// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabels.h"

#include <QLabel>
#include <QStyle>

#include <algorithm>

namespace chamber {

void ProblemLabels::reserve(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    // A line is kept for the message from the start, empty while the field is fine: a message
    // coming or going does not move the fields below under the pointer. (Hiding the label would
    // give its room away: QFormLayout drops hidden rows whatever their size policy says.) The
    // line is measured with Chinese text, whose glyphs stand taller than the Latin font's.
    label->setWordWrap(false);
    label->setText(QStringLiteral("校验Qg"));
    label->setMinimumHeight(label->sizeHint().height());
    label->setProperty("reservedHeight", label->minimumHeight());
    label->clear();
    label->show();
}

void ProblemLabels::add(const QString &field, QLabel *label)
{
    m_labels.insert(field, label);
    reserve(label);
}

void ProblemLabels::setGeneral(QLabel *label)
{
    m_general = label;
    reserve(label);
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
    const QString text = lines.join(QLatin1Char('\n'));
    // A message that fits the line kept for it stays on that line, unwrapped, exactly as tall as
    // the empty line was; only a longer one wraps (and then takes the lines it needs).
    // Before the window is laid out the label's width means nothing: wrap, as laid out later.
    const bool laidOut = label->isVisible();
    const bool fits = text.isEmpty()
                      || (laidOut && lines.size() <= 1 && label->fontMetrics().horizontalAdvance(text) <= label->contentsRect().width());
    label->setWordWrap(!fits);
    label->setText(text);
    // The lines of a wrapped message as its minimum: a minimum height reaches the layouts above
    // (a group box in a column), where a height-for-width does not, and the message is not clipped.
    const int reserved = label->property("reservedHeight").toInt();
    label->setMinimumHeight(fits || !laidOut ? reserved : std::max(reserved, label->heightForWidth(label->contentsRect().width())));
    label->setProperty("problem", anyError ? QStringLiteral("error") : QStringLiteral("warning"));
    // The stylesheet colours by the property; re-polish so the new value takes effect.
    label->style()->unpolish(label);
    label->style()->polish(label);
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
