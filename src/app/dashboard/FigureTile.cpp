// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTile.h"

#include "DashboardPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace chamber {

namespace {
// Green for better, red for worse: more of every figure is better except open needs.
QString changeColour(const DashboardTile &tile)
{
    const auto c = tile.change();
    if (!c || *c == 0.0)
        return DashboardPalette::muted().name();
    const bool better = (*c > 0) != (tile.key == QStringLiteral("needs.open"));
    return (better ? DashboardPalette::rise() : DashboardPalette::fall()).name();
}
} // namespace

FigureTile::FigureTile(const DashboardTile &tile, const QDate &yearEarlier, QWidget *parent)
    : QFrame(parent), m_tile(tile), m_value(new QLabel(tile.valueText(), this)), m_base(new QLabel(tile.baseText(), this)),
      m_change(new QLabel(tile.changeText(), this))
{
    setObjectName(QStringLiteral("tile"));
    setProperty("tileKey", tile.key);
    auto *title = new QLabel(tile.title, this);
    title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_base->setObjectName(QStringLiteral("tileBase"));
    m_change->setObjectName(QStringLiteral("tileChange"));
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(changeColour(tile)));

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_base, 0, Qt::AlignBottom);
    valueRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(title);
    layout->addLayout(valueRow);
    for (const auto &part : tile.parts) {
        const QString change = part.previous ? QStringLiteral(" (%1%2)")
                                                   .arg(part.count >= *part.previous ? QStringLiteral("+") : QStringLiteral("−"))
                                                   .arg(std::abs(part.count - *part.previous))
                                             : QString();
        auto *line = new QLabel(QStringLiteral("%1  %2%3").arg(part.label, QLocale().toString(part.count), change), this);
        line->setObjectName(QStringLiteral("tilePart"));
        layout->addWidget(line);
    }
    auto *changeRow = new QHBoxLayout;
    auto *since = new QLabel(tr("vs. a year earlier"), this);
    since->setObjectName(QStringLiteral("tileBase"));
    changeRow->addWidget(m_change);
    changeRow->addWidget(since);
    changeRow->addStretch(1);
    layout->addLayout(changeRow);

    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(tile.title.toHtmlEscaped(), tile.definition.toHtmlEscaped());
    if (tile.kind == TileKind::Rate)
        tip += QStringLiteral("<br>") + tr("Now: %1").arg(tile.now.rate.fullText());
    if (tile.yearEarlier) {
        const QString before = tile.kind == TileKind::Rate ? tile.yearEarlier->rate.fullText()
                               : tile.kind == TileKind::Value
                                   ? (tile.yearEarlier->value ? QLocale().toString(*tile.yearEarlier->value, 'f', 2) : QStringLiteral("—"))
                                   : QLocale().toString(tile.yearEarlier->count);
        tip += QStringLiteral("<br>") + tr("On %1: %2").arg(QLocale().toString(yearEarlier, QLocale::ShortFormat), before);
    }
    if (tile.kind == TileKind::Rate)
        tip += QStringLiteral("<br>") + tr("The change is in percentage points of the rounded percentages.");
    setToolTip(tip);
}

QString FigureTile::valueText() const
{
    return m_value->text();
}

QString FigureTile::baseText() const
{
    return m_base->text();
}

QString FigureTile::changeText() const
{
    return m_change->text();
}

} // namespace chamber
