// SPDX-License-Identifier: GPL-3.0-or-later
// The four forms of the scoring report — JSON, CSV, XLSX, PDF — each read back by a reader of
// its own (nlohmann, a CSV parser here, openpyxl, pdftotext) agree field by field, chamber by
// chamber and in the totals row, in either language.
#include "PdfText.h"
#include "ScoringCsv.h"
#include "ScoringFixture.h"
#include "ScoringJson.h"
#include "ScoringPdf.h"
#include "ScoringReport.h"
#include "ScoringXlsx.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace chamber;
using nlohmann::json;

namespace {

// One chamber's line, or the totals, as text: what a reader of any of the forms sees.
struct Line
{
    QString rank, name, township;
    QStringList categories;
    QString total, grade, vetoed, eligible;
    bool operator==(const Line &) const = default;
};

struct Foot
{
    QStringList categoryTotals, categoryAverages;
    QString total, average, vetoed, eligible;
    bool operator==(const Foot &) const = default;
};

struct Read
{
    QList<Line> lines;
    Foot foot;
};

std::ostream &operator<<(std::ostream &os, const Line &l)
{
    return os << QStringList({l.rank, l.name, l.township, l.categories.join(QLatin1Char('|')), l.total, l.grade,
                              l.vetoed, l.eligible})
                     .join(QStringLiteral(" / "))
                     .toStdString();
}

std::ostream &operator<<(std::ostream &os, const Foot &f)
{
    return os << QStringList({f.categoryTotals.join(QLatin1Char('|')), f.categoryAverages.join(QLatin1Char('|')),
                              f.total, f.average, f.vetoed, f.eligible})
                     .join(QStringLiteral(" / "))
                     .toStdString();
}

struct Words
{
    QString yes, no, sum, average;
    QMap<std::string, QString> grades; // JSON grade key → the printed word
};

Words wordsOf(ReportLanguage language)
{
    if (language == ReportLanguage::English)
        return {QStringLiteral("yes"),
                QStringLiteral("no"),
                QStringLiteral("Sum"),
                QStringLiteral("Average"),
                {{"excellent", QStringLiteral("excellent")},
                 {"good", QStringLiteral("good")},
                 {"pass", QStringLiteral("pass")},
                 {"fail", QStringLiteral("fail")},
                 {"vetoed", QStringLiteral("vetoed")}}};
    return {QStringLiteral("是"),
            QStringLiteral("否"),
            QStringLiteral("合计"),
            QStringLiteral("平均"),
            {{"excellent", QStringLiteral("优秀")},
             {"good", QStringLiteral("良好")},
             {"pass", QStringLiteral("合格")},
             {"fail", QStringLiteral("不合格")},
             {"vetoed", QStringLiteral("否决")}}};
}

QString tenths(double value)
{
    return QString::number(value, 'f', 1);
}

QString hundredths(double value)
{
    return QString::number(value, 'f', 2);
}

template <typename Writer> QByteArray bytesOf(Writer write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(write(buffer));
    return bytes;
}

Read fromJson(const QByteArray &bytes, const Words &w)
{
    const json j = json::parse(bytes.toStdString());
    Read read;
    for (const auto &c : j["chambers"]) {
        Line line{c["rank"].is_number() ? QString::number(c["rank"].get<int>()) : QString(),
                  QString::fromStdString(c["name"]),
                  QString::fromStdString(c["township"]["name"]),
                  {},
                  tenths(c["total"]),
                  w.grades.value(c["grade"].get<std::string>()),
                  c["vetoed"].get<bool>() ? w.yes : w.no,
                  c["award_eligible"].get<bool>() ? w.yes : w.no};
        // The subtotals in the order of the report's category columns.
        for (const auto &column : j["categories"]) {
            double subtotal = 0;
            for (const auto &cs : c["categories"])
                if (cs["category_id"] == column["id"])
                    subtotal = cs["subtotal"];
            line.categories.append(tenths(subtotal));
        }
        read.lines.append(line);
    }
    const json &f = j["foot"];
    for (const auto &c : f["categories"]) {
        read.foot.categoryTotals.append(tenths(c["total"]));
        read.foot.categoryAverages.append(hundredths(c["average"]));
    }
    read.foot.total = tenths(f["total"]);
    read.foot.average = hundredths(f["average"]);
    read.foot.vetoed = QString::number(f["vetoed"].get<int>());
    read.foot.eligible = QString::number(f["award_eligible"].get<int>());
    return read;
}

// RFC 4180 as Excel writes it: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field), field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record.append(field), field.clear();
            records.append(record), record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field);
    return records;
}

Read fromCsv(const QByteArray &bytes, int categories)
{
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    REQUIRE(records.size() >= 3);
    Read read;
    // Number, rank, chamber, township, the categories, total, grade, veto, award eligible, notes.
    for (int r = 1; r < records.size() - 2; ++r) {
        const QStringList &f = records[r];
        REQUIRE(f.size() == 9 + categories);
        QString name = f[2];
        if (name.startsWith(QLatin1Char('\''))) // a formula-like name is neutralised with an apostrophe
            name.remove(0, 1);
        read.lines.append({f[1], name, f[3], f.mid(4, categories), f[4 + categories], f[5 + categories],
                           f[6 + categories], f[7 + categories]});
    }
    const QStringList &sums = records[records.size() - 2], &averages = records.last();
    read.foot = {sums.mid(4, categories),  averages.mid(4, categories), sums[4 + categories],
                 averages[4 + categories], sums[6 + categories],        sums[7 + categories]};
    return read;
}

Read fromXlsx(const QByteArray &bytes, const Words &w, int categories)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const json book =
        json::parse(test::runProgram(QStringLiteral(CHAMBER_PYTHON),
                                     {QStringLiteral(CHAMBER_SOURCE_DIR "/tests/reports/read_xlsx.py"), path})
                        .toStdString());
    QMap<int, QMap<int, json>> cells; // row → column → value, 1-based as openpyxl gives them
    for (const auto &c : book["sheets"][0]["cells"])
        cells[c["row"].get<int>()][c["col"].get<int>()] = c["value"];
    auto text = [&](int row, int col, int decimals = 1) -> QString {
        if (!cells.value(row).contains(col))
            return {};
        const json &v = cells[row][col];
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        return v.is_number_integer() && decimals == 0 ? QString::number(v.get<qint64>())
                                                      : QString::number(v.get<double>(), 'f', decimals);
    };
    Read read;
    int row = 4; // title, subtitle, header
    for (; text(row, 2) != w.sum; ++row) {
        REQUIRE(row < 1000);
        Line line{text(row, 1, 0),
                  text(row, 2),
                  text(row, 3),
                  {},
                  text(row, 4 + categories),
                  text(row, 5 + categories),
                  text(row, 6 + categories),
                  text(row, 7 + categories)};
        for (int c = 0; c < categories; ++c)
            line.categories.append(text(row, 4 + c));
        read.lines.append(line);
    }
    REQUIRE(text(row + 1, 2) == w.average);
    for (int c = 0; c < categories; ++c) {
        read.foot.categoryTotals.append(text(row, 4 + c));
        read.foot.categoryAverages.append(text(row + 1, 4 + c, 2));
    }
    read.foot.total = text(row, 4 + categories);
    read.foot.average = text(row + 1, 4 + categories, 2);
    read.foot.vetoed = text(row, 6 + categories, 0);
    read.foot.eligible = text(row, 7 + categories, 0);
    return read;
}

Read fromPdf(const QByteArray &bytes, const Words &w, const QStringList &names, int categories)
{
    const QStringList lines = test::pdfText(bytes).split(QLatin1Char('\n'));
    auto wordsOf = [&](const QString &start) -> QStringList {
        for (const QString &line : lines) {
            const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (words.size() > 1 && (words[0] == start || words[1] == start))
                return words;
        }
        FAIL_CHECK("no line of the PDF starts with " << start.toStdString());
        return {};
    };
    Read read;
    for (const QString &name : names) {
        QStringList f = wordsOf(name);
        REQUIRE(f.size() == 7 + categories);
        read.lines.append({f[0] == QStringLiteral("—") ? QString() : f[0], f[1], f[2], f.mid(3, categories),
                           f[3 + categories], f[4 + categories], f[5 + categories], f[6 + categories]});
    }
    const QStringList sums = wordsOf(w.sum), averages = wordsOf(w.average);
    REQUIRE(sums.size() == 4 + categories);
    REQUIRE(averages.size() == 2 + categories);
    read.foot = {sums.mid(1, categories),  averages.mid(1, categories), sums[1 + categories],
                 averages[1 + categories], sums[2 + categories],        sums[3 + categories]};
    return read;
}

} // namespace

TEST_CASE("JSON, CSV, XLSX and PDF of the scoring report agree field by field, totals included")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillScoringFixture(*t.db, 3);
    for (const ReportLanguage language : {ReportLanguage::Chinese, ReportLanguage::English}) {
        INFO("language " << reportLanguage::code(language).toStdString());
        auto report = ScoringReports(*t.db).report(2025, {}, QDate(2026, 1, 20), language);
        REQUIRE(report.ok());
        const ScoringReport &r = *report;
        const Words w = wordsOf(language);
        const int categories = int(r.categories.size());
        REQUIRE(categories == 3);

        const Read fromJ = fromJson(bytesOf([&](QIODevice &d) { return writeScoringJson(r, d); }), w);
        REQUIRE(fromJ.lines.size() == 7);
        QStringList names;
        for (const Line &line : fromJ.lines)
            names.append(line.name);
        const Read fromC = fromCsv(bytesOf([&](QIODevice &d) { return writeScoringCsv(r, d); }), categories);
        const Read fromX = fromXlsx(bytesOf([&](QIODevice &d) { return writeScoringXlsx(r, d); }), w, categories);
        const Read fromP = fromPdf(bytesOf([&](QIODevice &d) { return writeScoringPdf(r, d); }), w, names, categories);
        for (const auto &[form, read] :
             {std::pair{"CSV", &fromC}, std::pair{"XLSX", &fromX}, std::pair{"PDF", &fromP}}) {
            INFO(form);
            REQUIRE(read->lines.size() == fromJ.lines.size());
            for (int i = 0; i < fromJ.lines.size(); ++i)
                CHECK(read->lines[i] == fromJ.lines[i]);
            CHECK(read->foot == fromJ.foot);
        }
        // And the JSON holds what ScoringFixture.h counted by hand.
        CHECK(fromJ.foot == Foot{{QStringLiteral("40.0"), QStringLiteral("0.0"), QStringLiteral("40.0")},
                                 {QStringLiteral("5.71"), QStringLiteral("0.00"), QStringLiteral("5.71")},
                                 QStringLiteral("80.0"),
                                 QStringLiteral("11.43"),
                                 QStringLiteral("1"),
                                 QStringLiteral("3")});
    }
}
