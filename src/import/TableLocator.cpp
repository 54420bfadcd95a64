// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableLocator.h"

#include "LedgerFields.h"

#include <QRegularExpression>

#include <algorithm>

namespace chamber {

namespace {

constexpr int kHeaderSearchRows = 30;

QStringList texts(const SheetRow &row, int columns)
{
    QStringList out;
    for (int c = 0; c < columns; ++c)
        out.append(row.cell(c).text.trimmed());
    return out;
}

bool recognisedHeader(const QString &text, const HeaderMapping &saved)
{
    return HeaderMapping::recognised({text}, saved.choices()) > 0;
}

// Joins a second header row into the first where the first is blank or a merged parent
// (the same text over several columns): the sub-header if it is known, else the parent if
// that is known, else both.
QStringList joinHeaders(const QStringList &upper, const QStringList &lower, const HeaderMapping &saved)
{
    QStringList out = upper;
    for (int c = 0; c < upper.size(); ++c) {
        const QString &sub = lower.value(c);
        if (sub.isEmpty())
            continue;
        const QString &parent = upper[c];
        if (recognisedHeader(sub, saved))
            out[c] = sub;
        else if (parent.isEmpty())
            out[c] = sub;
        else if (!recognisedHeader(parent, saved))
            out[c] = parent + sub;
    }
    return out;
}

// Whether the row below the header holds sub-headers: known headers under blank or merged
// cells of the header, and nothing in the chamber-name column. A header cell merged down over
// both rows (序号, 商会名称 beside 会员数 over 总数 | 其中企业会员) reads the same in each: it
// is one header, neither for nor against.
bool isSubHeader(const QStringList &upper, const QStringList &lower, const HeaderMapping &saved)
{
    int subs = 0;
    for (int c = 0; c < upper.size(); ++c) {
        if (lower.value(c).isEmpty() || lower.value(c) == upper[c] || !recognisedHeader(lower.value(c), saved))
            continue;
        const bool merged = (c > 0 && upper[c] == upper[c - 1]) || (c + 1 < upper.size() && upper[c] == upper[c + 1]);
        if (upper[c].isEmpty() || merged)
            ++subs;
        else
            return false;
    }
    return subs > 0;
}

std::optional<int> yearIn(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
    const auto m = year.match(text);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

} // namespace

bool TableLocator::isTotalsRow(const SheetRow &row)
{
    static const QRegularExpression totals(QStringLiteral("^(合计|总计|小计|共计|总合计|累计)"));
    int seen = 0;
    for (const auto &cell : row.cells) {
        if (cell.isBlank())
            continue;
        if (totals.match(LedgerFields::normaliseHeader(cell.text)).hasMatch())
            return true;
        if (++seen >= 3)
            break;
    }
    return false;
}

Result<LedgerTable> TableLocator::locate(const Sheet &sheet, const HeaderMapping &saved)
{
    const int columns = sheet.columnCount();
    int headerIndex = -1;
    if (saved.headerRow()) {
        for (int i = 0; i < sheet.rows.size(); ++i)
            if (sheet.rows[i].number == *saved.headerRow())
                headerIndex = i;
        if (headerIndex < 0)
            return Problem::error(QStringLiteral("header"), tr("The mapping says the header is row %1, but sheet \"%2\" has no such row.")
                                                                .arg(*saved.headerRow())
                                                                .arg(sheet.name));
    } else {
        int best = 0;
        for (int i = 0; i < sheet.rows.size() && i < kHeaderSearchRows; ++i) {
            const QStringList headers = texts(sheet.rows[i], columns);
            const int score = HeaderMapping::recognised(headers, saved.choices());
            HeaderMapping probe = saved;
            probe.map(headers);
            if (score > best && score >= 2 && probe.columnOf(QStringLiteral("name")) >= 0) {
                best = score;
                headerIndex = i;
            }
        }
    }
    if (headerIndex < 0) {
        QString message = tr("Sheet \"%1\" has no recognisable ledger header: none of its first %2 rows names the chamber (商会名称) "
                             "and another known column such as 乡镇（街道）, 成立时间 or 会长. It does not look like a chamber ledger; "
                             "if it is one, give a mapping with the header row.")
                              .arg(sheet.name)
                              .arg(kHeaderSearchRows);
        if (sheet.encoding == QStringLiteral("GB18030"))
            message += QLatin1Char(' ') + tr("If its Chinese text looks garbled, the file is in another encoding: save it as CSV UTF-8.");
        return Problem::error(QStringLiteral("header"), message);
    }

    LedgerTable table;
    table.sheet = sheet;
    table.headerRow = sheet.rows[headerIndex].number;
    table.headers = texts(sheet.rows[headerIndex], columns);
    if (headerIndex + 1 < sheet.rows.size()) {
        const QStringList lower = texts(sheet.rows[headerIndex + 1], columns);
        if (isSubHeader(table.headers, lower, saved)) {
            table.headers = joinHeaders(table.headers, lower, saved);
            table.headerRowCount = 2;
        }
    }
    table.mapping = saved;
    table.mapping.map(table.headers);

    QStringList titles;
    for (int i = 0; i < headerIndex; ++i) {
        const SheetRow &row = sheet.rows[i];
        if (row.isBlank())
            continue;
        QStringList parts;
        for (const auto &c : row.cells)
            if (!c.isBlank() && !parts.contains(c.text.trimmed()))
                parts.append(c.text.trimmed());
        titles.append(parts.join(QLatin1Char(' ')));
        table.skipped.append({row.number, tr("title above the header")});
    }
    table.title = titles.join(QLatin1Char('\n'));
    table.year = yearIn(table.title);

    const int nameColumn = table.mapping.columnOf(QStringLiteral("name"));
    const QString headerKey = LedgerFields::normaliseHeader(table.headers.value(nameColumn));
    for (int i = headerIndex + table.headerRowCount; i < sheet.rows.size(); ++i) {
        const SheetRow &row = sheet.rows[i];
        if (row.isBlank())
            continue;
        if (isTotalsRow(row)) {
            table.skipped.append({row.number, tr("totals row")});
        } else if (LedgerFields::normaliseHeader(row.cell(nameColumn).text) == headerKey) {
            table.skipped.append({row.number, tr("the header repeated")});
        } else if (row.filledCount() == 1 && row.cell(nameColumn).isBlank()) {
            // 填表人：… / 注：… below the table: one cell of text and no chamber.
            table.skipped.append({row.number, tr("a note, not a record: %1").arg(texts(row, columns).join(QString()).left(40))});
        } else {
            table.recordRows.append(i);
        }
    }
    return table;
}

Result<LedgerTable> TableLocator::locate(const QList<Sheet> &sheets, std::optional<int> sheetNumber, const HeaderMapping &saved)
{
    if (sheets.isEmpty())
        return Problem::error(QStringLiteral("sheet"), tr("The file holds no sheet."));
    if (sheetNumber) {
        if (*sheetNumber < 1 || *sheetNumber > sheets.size()) {
            QStringList names;
            for (int i = 0; i < sheets.size(); ++i)
                names.append(QStringLiteral("%1 %2").arg(i + 1).arg(sheets[i].name));
            return Problem::error(QStringLiteral("sheet"), tr("There is no sheet %1; the file has %2: %3.")
                                                               .arg(*sheetNumber)
                                                               .arg(sheets.size())
                                                               .arg(names.join(QStringLiteral(", "))));
        }
        auto table = locate(sheets[*sheetNumber - 1], saved);
        if (table)
            table.value().sheetIndex = *sheetNumber - 1;
        return table;
    }
    if (!sheets.isEmpty() && std::all_of(sheets.cbegin(), sheets.cend(), [](const Sheet &s) { return s.hidden; }))
        return Problem::error(QStringLiteral("sheet"), tr("Every sheet of the workbook is hidden (%1), so none is taken as the ledger. "
                                                          "Show the ledger's sheet in Excel or WPS, or name it with --sheet.")
                                                           .arg(sheets.size()));
    Problems first;
    for (int i = 0; i < sheets.size(); ++i) {
        if (sheets[i].hidden)
            continue;
        auto table = locate(sheets[i], saved);
        if (table) {
            table.value().sheetIndex = i;
            return table;
        }
        if (first.isEmpty())
            first = table.problems();
    }
    if (sheets.size() > 1)
        return Problem::error(QStringLiteral("header"), tr("None of the %1 sheets has a recognisable ledger header (a row naming 商会名称 "
                                                           "and another known column such as 乡镇（街道）, 成立时间 or 会长).")
                                                            .arg(sheets.size()));
    return first;
}

} // namespace chamber
