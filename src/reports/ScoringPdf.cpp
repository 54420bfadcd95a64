// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringPdf.h"

#include "PdfLayout.h"
#include "ScoringLabels.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace chamber {

namespace {

QFont pdfFont(qreal points, bool bold = false)
{
    return PdfLayout::font(points, bold);
}

QList<PdfLayout::Row> scoreRows(const ScoringReport &report)
{
    const ReportLanguage l = report.language;
    QList<PdfLayout::Row> rows;
    for (int n = 0; n < report.rows.size(); ++n) {
        const ScoringReportRow &row = report.rows[n];
        const Scorecard &card = row.card;
        QStringList cells = {card.rank ? QString::number(*card.rank) : QStringLiteral("—"), row.chamberName, row.townshipName};
        for (const auto &c : report.categories) {
            const CategoryScore *score = card.category(c.id);
            cells.append(Points::formatTenths(score ? score->subtotalTenths : 0));
        }
        cells << Points::formatTenths(card.totalTenths) << ScoringLabels::gradeName(card.grade, l)
              << (card.vetoed ? ScoringLabels::yes(l) : ScoringLabels::no(l)) << (card.awardEligible ? ScoringLabels::yes(l) : ScoringLabels::no(l));
        rows.append({cells, false, n % 2 == 1});
    }
    const ScoringReportFoot foot = report.foot();
    QStringList sums = {QString(), ScoringLabels::footTotal(l), QString()};
    QStringList averages = {QString(), ScoringLabels::footAverage(l), QString()};
    for (int i = 0; i < report.categories.size(); ++i) {
        sums.append(Points::formatTenths(foot.categoryTotalsTenths[i]));
        averages.append(Points::formatHundredths(foot.categoryAveragesHundredths[i]));
    }
    sums << Points::formatTenths(foot.totalTenths) << QString() << QString::number(foot.vetoed) << QString::number(foot.awardEligible);
    averages << Points::formatHundredths(foot.averageHundredths) << QString() << QString() << QString();
    rows.append({sums, true, false});
    rows.append({averages, true, false});
    return rows;
}

QList<PdfLayout::Column> scoreColumns(const ScoringReport &report)
{
    const ReportLanguage l = report.language;
    const Qt::Alignment right = Qt::AlignRight;
    QList<PdfLayout::Column> columns = {{ScoringLabels::rank(l), 11, Qt::AlignHCenter}, {ScoringLabels::chamber(l), 0, Qt::AlignLeft},
                                        {ScoringLabels::township(l), 18, Qt::AlignLeft}};
    // Narrower figure columns when there are many, so that the chamber's name keeps one line; a
    // header then comes in smaller type rather than broken inside a word (PdfLayout::table).
    const qreal figureWidth = report.categories.size() > 5 ? 17 : 19;
    for (const auto &c : report.categories) {
        const QString cap = ScoringLabels::capText(c.capTenths, l);
        columns.append({cap.isEmpty() ? c.name : QStringLiteral("%1\n%2").arg(c.name, cap), figureWidth, right});
    }
    columns << PdfLayout::Column{ScoringLabels::total(l), 14, right} << PdfLayout::Column{ScoringLabels::grade(l), 13, Qt::AlignHCenter}
            << PdfLayout::Column{ScoringLabels::veto(l), 13, Qt::AlignHCenter}
            << PdfLayout::Column{ScoringLabels::awardEligible(l), 14, Qt::AlignHCenter};
    return columns;
}

// The whole document, laid out once to count pages and once more to draw; returns the page count.
int layOut(const ScoringReport &report, QPdfWriter &writer, QPainter *painter, int pages)
{
    const ReportLanguage l = report.language;
    const QFont small = pdfFont(7.5), body = pdfFont(9), bodyBold = pdfFont(9, true), header = pdfFont(8.5, true);
    auto decorate = [&](PdfLayout &layout, int page) {
        const QRectF b = layout.body();
        if (page > 1)
            layout.text(QRectF(b.left(), 0, b.width(), layout.mm(7)), report.title, small, Qt::AlignHCenter | Qt::AlignBottom,
                        QColor(0x55, 0x55, 0x55));
        const QRectF foot(b.left(), b.bottom() + layout.mm(4), b.width(), layout.mm(6));
        layout.text(foot, ScoringLabels::issued(report.issueDate, l), small, Qt::AlignLeft | Qt::AlignVCenter);
        layout.text(foot, ScoringLabels::page(page, pages, l), small, Qt::AlignHCenter | Qt::AlignVCenter);
        layout.text(foot, report.fingerprint.isEmpty() ? (report.published ? QString() : ScoringLabels::draft(l))
                                                       : ScoringLabels::fingerprint(report.fingerprint, l),
                    small, Qt::AlignRight | Qt::AlignVCenter);
    };
    PdfLayout layout(writer, painter, decorate);
    layout.paragraph(report.title, pdfFont(16, true), Qt::AlignHCenter, 2);
    layout.paragraph(ScoringLabels::subtitle(report), body, Qt::AlignHCenter, 1);
    if (!report.published)
        layout.paragraph(ScoringLabels::draft(l), bodyBold, Qt::AlignHCenter, 1);
    layout.skip(2);
    layout.table(scoreColumns(report), scoreRows(report), body, header);
    layout.skip(3);
    const ScoringReportFoot foot = report.foot();
    layout.paragraph(ScoringLabels::gradeCounts(foot, l), body);
    layout.paragraph(ScoringLabels::thresholds(report.settings, l), body);
    for (const auto &row : report.rows)
        if (const QString notes = ScoringLabels::rowNotes(row, l); !notes.isEmpty())
            layout.paragraph((l == ReportLanguage::English ? QStringLiteral("%1: %2") : QStringLiteral("%1：%2")).arg(row.chamberName, notes), small, Qt::AlignLeft, 1);

    layout.skip(4);
    layout.keep(layout.mm(30));
    layout.paragraph(ScoringLabels::rulesTitle(l), pdfFont(11, true), Qt::AlignLeft, 2);
    QList<PdfLayout::Row> rules;
    for (const auto &r : report.rules)
        rules.append({ScoringLabels::ruleCells(r, l), false, false});
    const QStringList h = ScoringLabels::ruleHeaders(l);
    layout.table({{h[0], 12, Qt::AlignHCenter}, {h[1], 28, Qt::AlignLeft}, {h[2], 0, Qt::AlignLeft}, {h[3], 16, Qt::AlignRight},
                  {h[4], 18, Qt::AlignRight}, {h[5], 18, Qt::AlignRight}, {h[6], 14, Qt::AlignHCenter}, {h[7], 24, Qt::AlignLeft}},
                 rules, small, pdfFont(7.5, true));

    // The signature block stays together on one page.
    layout.skip(8);
    layout.keep(layout.mm(20));
    layout.paragraph(ScoringLabels::signatureLine(l), body, Qt::AlignLeft, 8);
    layout.paragraph(ScoringLabels::sealLine(report), body, Qt::AlignRight, 0);
    return layout.page();
}

} // namespace

bool writeScoringPdf(const ScoringReport &report, QIODevice &out, QString *error)
{
    return writeScoringPdf(QList<ScoringReport>{report}, report.title, out, error);
}

bool writeScoringPdf(const QList<ScoringReport> &reports, const QString &title, QIODevice &out, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = ScoringLabels::tr("Writing a PDF needs the fonts of a graphical application.");
        return false;
    }
    QPdfWriter writer(&out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 10, 14, 8), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ChamberDesk"));
    QList<int> pages;  // each county's report numbers its own pages
    for (const auto &report : reports)
        pages.append(layOut(report, writer, nullptr, 0));  // measure only
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ScoringLabels::tr("Cannot start the PDF.");
        return false;
    }
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (i > 0)
            writer.newPage();
        layOut(reports[i], writer, &painter, pages[i]);
    }
    return painter.end();
}

} // namespace chamber
