// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdsReader.h"

#include "ZipArchive.h"

#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace chamber {

namespace {

const QString kFileField = QStringLiteral("file");
const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");

bool is(const QXmlStreamReader &r, const QString &ns, QStringView name)
{
    return r.namespaceUri() == ns && r.name() == name;
}

// A count attribute (repeated, spanned): 1 when missing or nonsense, never more than `most`.
qint64 countOf(const QXmlStreamAttributes &a, const QString &name, qint64 most)
{
    bool ok = false;
    const qint64 n = a.value(kTable, name).toLongLong(&ok);
    return ok && n > 1 ? std::min(n, most) : 1;
}

// The text of a cell as shown: its paragraphs joined by line breaks, text:s spaces and tabs
// spelled out, comments (office:annotation) left out. Reads to the end of the cell.
QString cellText(QXmlStreamReader &r)
{
    QString out;
    int paragraphs = 0;
    bool inParagraph = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (is(r, kOffice, u"annotation")) {
                r.skipCurrentElement();
            } else if (is(r, kText, u"p") || is(r, kText, u"h")) {
                if (paragraphs++ > 0)
                    out += QLatin1Char('\n');
                inParagraph = true;
            } else if (inParagraph && is(r, kText, u"s")) {
                bool ok = false;
                const int n = r.attributes().value(kText, QStringLiteral("c")).toInt(&ok);
                out += QString(ok && n > 1 ? std::min(n, 1000) : 1, QLatin1Char(' '));
            } else if (inParagraph && is(r, kText, u"tab")) {
                out += QLatin1Char('\t');
            } else if (inParagraph && is(r, kText, u"line-break")) {
                out += QLatin1Char('\n');
            }
        } else if (r.isEndElement()) {
            if (is(r, kText, u"p") || is(r, kText, u"h"))
                inParagraph = false;
            else if (is(r, kTable, u"table-cell"))
                break;
        } else if (r.isCharacters() && inParagraph) {
            out += r.text();
        }
    }
    return out;
}

Cell cellOf(const QXmlStreamAttributes &a, const QString &text)
{
    const auto type = a.value(kOffice, QStringLiteral("value-type"));
    for (const auto &attr : a)  // LibreOffice marks formula errors calcext:value-type="error"
        if (attr.name() == QStringLiteral("value-type") && attr.value() == QStringLiteral("error")) {
            Cell c = Cell::fromText(text);
            c.kind = Cell::Kind::Error;
            return c;
        }
    if (type == QStringLiteral("float") || type == QStringLiteral("percentage") || type == QStringLiteral("currency")) {
        bool ok = false;
        const double value = a.value(kOffice, QStringLiteral("value")).toDouble(&ok);
        return ok ? Cell::fromNumber(value) : Cell::fromText(text);
    }
    if (type == QStringLiteral("date")) {
        // "2012-07-01" or "2012-07-01T08:30:00": a calendar date, whatever the document's null date.
        const QDate date = QDate::fromString(a.value(kOffice, QStringLiteral("date-value")).left(10).toString(), Qt::ISODate);
        return date.isValid() ? Cell::fromDate(serialFromDate(date), date) : Cell::fromText(text);
    }
    if (type == QStringLiteral("boolean")) {
        const auto v = a.value(kOffice, QStringLiteral("boolean-value"));
        return Cell::fromBoolean(v == QStringLiteral("true") || v == QStringLiteral("1"));
    }
    if (type == QStringLiteral("string") && a.hasAttribute(kOffice, QStringLiteral("string-value")))
        return Cell::fromText(a.value(kOffice, QStringLiteral("string-value")).toString());
    return Cell::fromText(text);  // string, time, or no type at all
}

// Reads one table:table (the reader stands on its start element) into a sheet.
Result<Sheet> readTable(QXmlStreamReader &r, const QString &name, qint64 &cells)
{
    Sheet sheet;
    sheet.name = name;
    QList<MergedRange> merges;
    qint64 nextRow = 1;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && is(r, kTable, u"table"))
            break;
        if (!r.isStartElement())
            continue;
        if (is(r, kTable, u"table-header-rows") || is(r, kTable, u"table-row-group") || is(r, kTable, u"table-rows"))
            continue;  // rows grouped: read what is inside
        if (!is(r, kTable, u"table-row")) {
            r.skipCurrentElement();  // columns, shapes, forms, named ranges
            continue;
        }
        const qint64 rowsRepeated = countOf(r.attributes(), QStringLiteral("number-rows-repeated"), ReadLimits::kMaxRows);
        SheetRow row;
        qint64 column = 0;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement() && is(r, kTable, u"table-row"))
                break;
            if (!r.isStartElement())
                continue;
            const bool covered = is(r, kTable, u"covered-table-cell");
            if (!covered && !is(r, kTable, u"table-cell")) {
                r.skipCurrentElement();
                continue;
            }
            const auto a = r.attributes();
            const qint64 columnsRepeated = countOf(a, QStringLiteral("number-columns-repeated"), ReadLimits::kMaxColumns);
            if (covered) {
                r.skipCurrentElement();  // its value is the spanning cell's
                column += columnsRepeated;
                continue;
            }
            const Cell cell = cellOf(a, cellText(r));
            const qint64 spanColumns = countOf(a, QStringLiteral("number-columns-spanned"), ReadLimits::kMaxColumns);
            const qint64 spanRows = countOf(a, QStringLiteral("number-rows-spanned"), ReadLimits::kMaxRows);
            if ((spanColumns > 1 || spanRows > 1) && column < ReadLimits::kMaxColumns && nextRow <= ReadLimits::kMaxRows)
                merges.append({int(nextRow), int(std::min<qint64>(nextRow + spanRows - 1, ReadLimits::kMaxRows)), int(column),
                               int(std::min<qint64>(column + spanColumns - 1, ReadLimits::kMaxColumns - 1))});
            if (cell.kind != Cell::Kind::Empty) {
                // The same value in several columns: written out, as far as a sheet has columns.
                const qint64 end = std::min<qint64>(column + columnsRepeated, ReadLimits::kMaxColumns);
                if (end > column) {
                    if (row.cells.size() < end)
                        row.cells.resize(end);
                    for (qint64 c = column; c < end; ++c)
                        row.cells[c] = cell;
                }
            }
            column += columnsRepeated;
        }
        // An empty row repeated a million times (LibreOffice ends every sheet so) only moves on;
        // a filled one repeated is written out, within the limits.
        if (!row.cells.isEmpty()) {
            const int filled = row.filledCount();
            for (qint64 k = 0; k < rowsRepeated; ++k) {
                if (nextRow + k > ReadLimits::kMaxRows)
                    return ReadLimits::tooManyRows(name);
                cells += filled;
                if (cells > ReadLimits::kMaxCells)
                    return ReadLimits::tooManyCells();
                row.number = int(nextRow + k);
                sheet.rows.append(row);
            }
        }
        nextRow += rowsRepeated;
    }
    if (!applyMerges(sheet, merges, true))
        return ReadLimits::tooManyCells();
    return sheet;
}

} // namespace

const QByteArray &OdsReader::mimeType()
{
    static const QByteArray type("application/vnd.oasis.opendocument.spreadsheet");
    return type;
}

bool OdsReader::isOds(const QByteArray &bytes)
{
    // The first entry of an OpenDocument package is its mimetype, stored: readable at a fixed
    // place even when the rest of the file is cut off.
    if (bytes.startsWith("PK\x03\x04") && bytes.mid(30, 8) == "mimetype" && bytes.mid(38).startsWith(mimeType()))
        return true;
    const ZipArchive zip(bytes);
    return zip.entry(QStringLiteral("mimetype"), 256).value_or(QByteArray()).trimmed().startsWith(mimeType());
}

Result<QList<Sheet>> OdsReader::read(const QByteArray &bytes)
{
    const auto damaged = [] {
        return Problem::error(kFileField, tr("The file is an OpenDocument spreadsheet (.ods), but it is damaged and cannot be read. "
                                             "Open it in LibreOffice or WPS and save it again."));
    };
    const ZipArchive zip(bytes);
    if (!zip.isOpen())
        return damaged();
    if (const auto manifest = zip.entry(QStringLiteral("META-INF/manifest.xml"), ReadLimits::kMaxPartBytes);
        manifest && manifest->contains("encryption-data"))
        return Problem::error(kFileField, tr("The spreadsheet is protected with a password (encrypted), so its cells cannot be read. "
                                             "Open it in LibreOffice or WPS, remove the password and save it again."));
    bool tooLarge = false;
    const auto content = zip.entry(QStringLiteral("content.xml"), ReadLimits::kMaxPartBytes, &tooLarge);
    if (tooLarge)
        return ReadLimits::partTooLarge(QStringLiteral("content.xml"));
    if (!content)
        return damaged();

    QSet<QString> hiddenStyles;
    QString tableStyle;  // the table style being read, if any
    QList<Sheet> sheets;
    qint64 cells = 0;
    QXmlStreamReader r(*content);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (is(r, kStyle, u"style")) {
            tableStyle = a.value(kStyle, QStringLiteral("family")) == QStringLiteral("table") ? a.value(kStyle, QStringLiteral("name")).toString() : QString();
        } else if (is(r, kStyle, u"table-properties") && !tableStyle.isEmpty()) {
            if (a.value(kTable, QStringLiteral("display")) == QStringLiteral("false"))
                hiddenStyles.insert(tableStyle);
        } else if (is(r, kTable, u"table")) {
            const QString name = a.value(kTable, QStringLiteral("name")).toString();
            auto sheet = readTable(r, name, cells);
            if (!sheet)
                return sheet.problems();
            sheet.value().hidden = hiddenStyles.contains(a.value(kTable, QStringLiteral("style-name")).toString());
            sheets.append(sheet.value());
        }
    }
    if (r.hasError() || sheets.isEmpty())
        return damaged();
    return sheets;
}

} // namespace chamber
