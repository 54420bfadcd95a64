// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringXlsx.h"

#include "ScoringLabels.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <algorithm>

namespace chamber {

namespace {

// Excel column width units: about one per Latin character, two per Chinese character.
double widthOf(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

// One sheet's column widths, widened to the longest cell written in each column.
class Widths
{
public:
    void fit(int column, const QString &text, double minimum = 6, double maximum = 60)
    {
        while (m_widths.size() <= column)
            m_widths.append(0);
        m_widths[column] = std::clamp(std::max(m_widths[column], widthOf(text) + 2), minimum, maximum);
    }
    void apply(lxw_worksheet *sheet) const
    {
        for (int c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), m_widths[c], nullptr);
    }

private:
    QList<double> m_widths;
};

struct Formats
{
    lxw_format *title, *subtitle, *header, *text, *number, *integer, *footText, *footNumber, *footAverage, *footInteger, *note;
};

Formats makeFormats(lxw_workbook *book)
{
    auto make = [book](bool bold, bool border, const char *numberFormat = nullptr) {
        lxw_format *f = workbook_add_format(book);
        if (bold)
            format_set_bold(f);
        if (border)
            format_set_border(f, LXW_BORDER_THIN);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    };
    Formats f{make(true, false), make(false, false), make(true, true), make(false, true), make(false, true, "0.0"),
              make(false, true, "0"), make(true, true), make(true, true, "0.0"), make(true, true, "0.00"), make(true, true, "0"), make(false, false)};
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.subtitle, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_bg_color(f.header, 0xD9E1F2);
    format_set_text_wrap(f.note);
    return f;
}

void writeScores(lxw_workbook *book, const ScoringReport &report, const Formats &f)
{
    const ReportLanguage l = report.language;
    lxw_worksheet *sheet = workbook_add_worksheet(book, ScoringLabels::scoresSheet(l).toUtf8().constData());
    Widths widths;
    QStringList header = {ScoringLabels::rank(l), ScoringLabels::chamber(l), ScoringLabels::township(l)};
    for (const auto &c : report.categories)
        header.append(c.capTenths ? QStringLiteral("%1\n%2").arg(c.name, ScoringLabels::capText(c.capTenths, l)) : c.name);
    header << ScoringLabels::total(l) << ScoringLabels::grade(l) << ScoringLabels::veto(l) << ScoringLabels::awardEligible(l)
           << ScoringLabels::notes(l);
    const int columns = int(header.size());
    const int last = columns - 1;
    auto str = [&](lxw_row_t r, int c, const QString &text, lxw_format *format) {
        worksheet_write_string(sheet, r, lxw_col_t(c), text.toUtf8().constData(), format);
        // Wide enough for the longest line of a header, so that no word is broken in two.
        for (const QString &line : text.split(QLatin1Char('\n')))
            widths.fit(c, line);
    };
    auto num = [&](lxw_row_t r, int c, double value, lxw_format *format) {
        worksheet_write_number(sheet, r, lxw_col_t(c), value, format);
        widths.fit(c, QString::number(value, 'f', 2));
    };

    worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(last), report.title.toUtf8().constData(), f.title);
    worksheet_set_row(sheet, 0, 30, nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, lxw_col_t(last), ScoringLabels::subtitle(report).toUtf8().constData(), f.subtitle);
    const lxw_row_t headerRow = 2;
    worksheet_set_row(sheet, headerRow, 36, nullptr);
    for (int c = 0; c < columns; ++c)
        str(headerRow, c, header[c], f.header);

    lxw_row_t r = headerRow + 1;
    const int firstCategory = 3;
    for (const auto &row : report.rows) {
        const Scorecard &card = row.card;
        if (card.rank)
            num(r, 0, *card.rank, f.integer);
        else
            str(r, 0, QString(), f.text);
        str(r, 1, row.chamberName, f.text);
        str(r, 2, row.townshipName, f.text);
        for (int i = 0; i < report.categories.size(); ++i) {
            const CategoryScore *score = card.category(report.categories[i].id);
            num(r, firstCategory + i, Points::toDouble(score ? score->subtotalTenths : 0), f.number);
        }
        int c = firstCategory + int(report.categories.size());
        num(r, c, Points::toDouble(card.totalTenths), f.number);
        str(r, c + 1, ScoringLabels::gradeName(card.grade, l), f.text);
        str(r, c + 2, card.vetoed ? ScoringLabels::yes(l) : ScoringLabels::no(l), f.text);
        str(r, c + 3, card.awardEligible ? ScoringLabels::yes(l) : ScoringLabels::no(l), f.text);
        str(r, c + 4, ScoringLabels::rowNotes(row, l), f.text);
        ++r;
    }
    const ScoringReportFoot foot = report.foot();
    str(r, 0, QString(), f.footText);
    str(r, 1, ScoringLabels::footTotal(l), f.footText);
    str(r, 2, QString(), f.footText);
    str(r + 1, 0, QString(), f.footText);
    str(r + 1, 1, ScoringLabels::footAverage(l), f.footText);
    str(r + 1, 2, QString(), f.footText);
    for (int i = 0; i < report.categories.size(); ++i) {
        num(r, firstCategory + i, Points::toDouble(foot.categoryTotalsTenths[i]), f.footNumber);
        num(r + 1, firstCategory + i, double(foot.categoryAveragesHundredths[i]) / 100.0, f.footAverage);
    }
    const int c = firstCategory + int(report.categories.size());
    num(r, c, Points::toDouble(foot.totalTenths), f.footNumber);
    num(r + 1, c, double(foot.averageHundredths) / 100.0, f.footAverage);
    // The same foot as the CSV and the PDF: vetoed and award-eligible chambers counted, the grade
    // counts in the notes.
    str(r, c + 1, QString(), f.footText);
    num(r, c + 2, foot.vetoed, f.footInteger);
    num(r, c + 3, foot.awardEligible, f.footInteger);
    // (Not wrapped: the line runs on past the last column rather than making the row tall.)
    worksheet_write_string(sheet, r, lxw_col_t(c + 4), ScoringLabels::gradeCounts(foot, l).toUtf8().constData(), f.footText);
    for (int k = c + 1; k <= last; ++k)
        str(r + 1, k, QString(), f.footText);
    // The notes column stays narrow enough to print; long notes wrap.
    widths.fit(last, ScoringLabels::notes(l), 12, 40);
    r += 3;
    for (const QString &line : {ScoringLabels::thresholds(report.settings, l), ScoringLabels::issued(report.issueDate, l)}) {
        worksheet_merge_range(sheet, r, 0, r, lxw_col_t(last), line.toUtf8().constData(), f.note);
        worksheet_set_row(sheet, r, 32, nullptr);
        ++r;
    }
    widths.apply(sheet);
    worksheet_freeze_panes(sheet, headerRow + 1, 2);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_repeat_rows(sheet, headerRow, headerRow);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_footer(sheet, "&C&P / &N");
}

void writeRules(lxw_workbook *book, const ScoringReport &report, const Formats &f)
{
    const ReportLanguage l = report.language;
    lxw_worksheet *sheet = workbook_add_worksheet(book, ScoringLabels::rulesTitle(l).left(31).toUtf8().constData());
    Widths widths;
    const QStringList header = ScoringLabels::ruleHeaders(l);
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), f.header);
        widths.fit(c, header[c]);
    }
    lxw_row_t r = 1;
    for (const auto &rule : report.rules) {
        const QStringList cells = ScoringLabels::ruleCells(rule, l);
        for (int c = 0; c < cells.size(); ++c) {
            const bool isNumber = (c == 3 || (c == 4 && rule.rule.yearCapTenths) || (c == 5 && rule.rule.itemCapTenths));
            if (isNumber) {
                const qint64 tenths = c == 3 ? rule.rule.pointsTenths : c == 4 ? *rule.rule.yearCapTenths : *rule.rule.itemCapTenths;
                worksheet_write_number(sheet, r, lxw_col_t(c), Points::toDouble(tenths), f.number);
            } else {
                worksheet_write_string(sheet, r, lxw_col_t(c), cells[c].toUtf8().constData(), f.text);
            }
            widths.fit(c, cells[c]);
        }
        ++r;
    }
    widths.apply(sheet);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_repeat_rows(sheet, 0, 0);
}

} // namespace

bool writeScoringXlsx(const ScoringReport &report, QIODevice &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ScoringLabels::tr("Cannot create a temporary folder for the workbook."));
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray nativePath = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(nativePath.constData(), &options);
    if (!book)
        return fail(ScoringLabels::tr("Cannot start the workbook."));
    QByteArray title = report.title.toUtf8(), author = report.county.name.toUtf8(), company = QByteArrayLiteral("ChamberDesk");
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    properties.company = company.data();
    // The creation time is the date of issue, so that a report produces the same bytes every time.
    properties.created = QDateTime(report.issueDate, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    workbook_set_properties(book, &properties);
    const Formats formats = makeFormats(book);
    writeScores(book, report, formats);
    writeRules(book, report, formats);
    if (const lxw_error status = workbook_close(book); status != LXW_NO_ERROR)
        return fail(ScoringLabels::tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(status))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ScoringLabels::tr("Cannot read the workbook back."));
    const QByteArray bytes = file.readAll();
    if (out.write(bytes) != bytes.size())
        return fail(ScoringLabels::tr("Cannot write the workbook."));
    return true;
}

} // namespace chamber
