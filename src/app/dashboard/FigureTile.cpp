// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTile.h"

#include "DashboardPalette.h"
#include "Dates.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

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

PartsSummary::PartsSummary(const QStringList &parts, QWidget *parent) : QWidget(parent), m_parts(parts)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString PartsSummary::text() const
{
    return m_parts.join(QStringLiteral(" · "));
}

QStringList PartsSummary::lines(int width) const
{
    // Greedy, breaking only between parts; a part wider than the line on its own is elided (its
    // full text is in the tile's tooltip).
    const QFontMetrics fm(font());
    const QString separator = QStringLiteral(" · ");
    QStringList out;
    QString line;
    for (const auto &part : m_parts) {
        const QString joined = line.isEmpty() ? part : line + separator + part;
        // A pixel or two to spare: elidedText() measures a little more strictly than horizontalAdvance().
        if (line.isEmpty() || fm.horizontalAdvance(joined) <= width - 3) {
            line = joined;
        } else {
            out.append(line);
            line = part;
        }
    }
    if (!line.isEmpty())
        out.append(line);
    for (auto &l : out)
        if (fm.horizontalAdvance(l) > width)
            l = fm.elidedText(l, Qt::ElideRight, std::max(width, 1));
    return out;
}

int PartsSummary::heightForWidth(int width) const
{
    return int(lines(width).size()) * QFontMetrics(font()).lineSpacing();
}

QSize PartsSummary::sizeHint() const
{
    // As wide as the widest part, the lines as they break at the current width.
    const QFontMetrics fm(font());
    int widest = 0;
    for (const auto &part : m_parts)
        widest = std::max(widest, fm.horizontalAdvance(part));
    return {widest, heightForWidth(width() > 0 ? width() : widest)};
}

QSize PartsSummary::minimumSizeHint() const
{
    return {QFontMetrics(font()).horizontalAdvance(QStringLiteral("…")) * 4, QFontMetrics(font()).lineSpacing()};
}

void PartsSummary::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm(font());
    int y = 0;
    for (const auto &line : lines(contentsRect().width())) {
        painter.drawText(QRect(0, y, width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
}

FigureTile::FigureTile(const DashboardTile &tile, const QDate &yearEarlier, QWidget *parent)
    : QFrame(parent), m_tile(tile), m_value(new QLabel(tile.valueText(), this)), m_base(new QLabel(tile.baseText(), this)),
      m_change(new QLabel(tile.changeText(), this))
{
    setObjectName(QStringLiteral("tile"));
    setProperty("tileKey", tile.key);
    // The grid shares the row's width out equally; a long line must not widen one column.
    setMinimumWidth(120);
    auto *title = new QLabel(tile.title, this);
    title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_base->setObjectName(QStringLiteral("tileBase"));
    m_change->setObjectName(QStringLiteral("tileChange"));
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(changeColour(tile)));
    // A value with nothing to average (an average of the year's scores early in a new year) says
    // why it is a dash.
    if (tile.kind == TileKind::Value && !tile.now.value && yearEarlier.isValid()) {
        m_base->setText(tr("none scored in %1 yet").arg(yearEarlier.addYears(1).year()));
        m_base->setToolTip(tr("No chamber has a scorecard for %1 yet. Pick a date in an earlier year (the Year end button) "
                              "to see that year's scores.")
                               .arg(yearEarlier.addYears(1).year()));
    }

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(4);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_base, 0, Qt::AlignBottom);
    valueRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 5, 6, 5);
    layout->setSpacing(1);
    layout->addWidget(title);
    layout->addLayout(valueRow);
    // The parts in one compact block, broken between parts: "优秀 1 · 良好 1 · 合格 61 · …"; each
    // part's change against a year earlier is in the tooltip.
    QStringList partTexts;
    for (const auto &part : tile.parts)
        partTexts.append(QStringLiteral("%1\u00a0%2").arg(part.label, QLocale().toString(part.count)));
    if (!partTexts.isEmpty()) {
        m_parts = new PartsSummary(partTexts, this);
        m_parts->setObjectName(QStringLiteral("tileParts"));
        layout->addWidget(m_parts);
    }
    auto *changeRow = new QHBoxLayout;
    changeRow->setSpacing(3);
    // The change carries its base: "−10" under a bare "0" says nothing until one sees it was 10.
    QString shortBefore;
    if (tile.yearEarlier)
        shortBefore = tile.kind == TileKind::Rate ? tile.yearEarlier->rate.percentText()
                      : tile.kind == TileKind::Value
                          ? (tile.yearEarlier->value ? QLocale().toString(*tile.yearEarlier->value, 'f', 2) : QStringLiteral("—"))
                          : QLocale().toString(tile.yearEarlier->count);
    auto *since = new QLabel(shortBefore.isEmpty() ? tr("vs. a year earlier") : tr("vs. %1 a year earlier").arg(shortBefore), this);
    if (tile.asItStandsNow) {
        // Nothing to compare: the count is of today's file whatever the date picked.
        m_change->clear();
        m_change->hide();
        since->setText(tr("as it stands now"));
    }
    since->setObjectName(QStringLiteral("tileSince"));
    changeRow->addWidget(m_change);
    changeRow->addWidget(since);
    changeRow->addStretch(1);
    layout->addLayout(changeRow);
    layout->addStretch(1);  // the tiles of a row are as tall as its tallest: their text stays at the top

    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(tile.title.toHtmlEscaped(), tile.definition.toHtmlEscaped());
    if (tile.kind == TileKind::Rate)
        tip += QStringLiteral("<br>") + tr("Now: %1").arg(tile.now.rate.fullText());
    if (tile.yearEarlier) {
        const QString before = tile.kind == TileKind::Rate ? tile.yearEarlier->rate.fullText()
                               : tile.kind == TileKind::Value
                                   ? (tile.yearEarlier->value ? QLocale().toString(*tile.yearEarlier->value, 'f', 2) : QStringLiteral("—"))
                                   : QLocale().toString(tile.yearEarlier->count);
        tip += QStringLiteral("<br>") + tr("On %1: %2").arg(dates::toText(yearEarlier), before);
    }
    if (!tile.parts.isEmpty()) {
        tip += QStringLiteral("<br>");
        for (const auto &part : tile.parts) {
            QString line = QStringLiteral("%1 %2").arg(part.label.toHtmlEscaped(), QLocale().toString(part.count));
            if (part.previous)
                line += QStringLiteral(" (%1%2)")
                            .arg(part.count >= *part.previous ? QStringLiteral("+") : QStringLiteral("−"))
                            .arg(QLocale().toString(std::abs(part.count - *part.previous)));
            tip += QStringLiteral("<br>") + line;
        }
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

QString FigureTile::partsText() const
{
    return m_parts ? m_parts->text() : QString();
}

QString FigureTile::changeText() const
{
    return m_change->text();
}

} // namespace chamber
