// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "ZipArchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>

namespace chamber {

namespace {

const QString kFileField = QStringLiteral("file");
// Far above any ledger; keeps a crafted archive (a "zip bomb") from filling memory.
constexpr qint64 kMaxEntryBytes = ReadLimits::kMaxPartBytes;

struct SheetRef
{
    QString name;
    QString relId;
    bool hidden = false;
};

// Resolves a relationship target against the folder of the part that names it.
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = baseFolder.isEmpty() ? QStringList() : baseFolder.split(QLatin1Char('/'));
    for (const auto &piece : target.split(QLatin1Char('/'))) {
        if (piece == QStringLiteral("..")) {
            // A target that climbs above the package root names no part (issue 15: it crashed here).
            if (parts.isEmpty())
                return {};
            parts.removeLast();
        } else if (piece != QStringLiteral(".")) {
            parts.append(piece);
        }
    }
    return parts.join(QLatin1Char('/'));
}

QHash<QString, QString> relationships(const QByteArray &xml, const QString &baseFolder, QString *officeDocument = nullptr)
{
    QHash<QString, QString> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QStringLiteral("Relationship")) {
            const auto a = r.attributes();
            const QString target = resolveTarget(baseFolder, a.value(QStringLiteral("Target")).toString());
            out.insert(a.value(QStringLiteral("Id")).toString(), target);
            if (officeDocument && a.value(QStringLiteral("Type")).endsWith(QStringLiteral("/officeDocument")))
                *officeDocument = target;
        }
    }
    return out;
}

// Excel writes characters XML cannot hold (controls) as _xHHHH_, and a literal "_x" that
// would be read as one as _x005F_x: decoded here, so that what was exported comes back.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// The text of an <si> or <is> element: its <t>, or its rich-text runs, without phonetic runs.
QString stringItem(QXmlStreamReader &r)
{
    QString text;
    const QString end = r.name().toString();
    int phonetic = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QStringLiteral("rPh"))
                ++phonetic;
            else if (r.name() == QStringLiteral("t") && phonetic == 0)
                text += decodeEscapes(r.readElementText());
        } else if (r.isEndElement()) {
            if (r.name() == QStringLiteral("rPh"))
                --phonetic;
            else if (r.name() == end)
                break;
        }
    }
    return text;
}

// The shared strings, or nothing when the part is damaged: half of them would give cells blank
// that are not.
std::optional<QStringList> sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QStringLiteral("si"))
            out.append(stringItem(r));
    }
    if (r.hasError() && !xml.isEmpty())
        return std::nullopt;
    return out;
}

// For each cell format (the s attribute of a cell), whether it shows a date.
QList<bool> dateStyles(const QByteArray &xml)
{
    QHash<int, QString> formats;
    QList<bool> out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto a = r.attributes();
            if (r.name() == QStringLiteral("numFmt"))
                formats.insert(a.value(QStringLiteral("numFmtId")).toInt(), a.value(QStringLiteral("formatCode")).toString());
            else if (r.name() == QStringLiteral("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && r.name() == QStringLiteral("xf")) {
                const int id = a.value(QStringLiteral("numFmtId")).toInt();
                out.append(XlsxReader::isDateFormat(id, formats.value(id)));
            }
        } else if (r.isEndElement() && r.name() == QStringLiteral("cellXfs")) {
            inCellXfs = false;
        }
    }
    return out;
}

// "B12" → column 1, row 12. Either part may be missing (-1).
std::pair<int, int> cellReference(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    const int column = columnFromLetters(ref.left(i).toString());
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    return {column, ok ? row : -1};
}

struct SheetContext
{
    const QStringList &strings;
    const QList<bool> &dateStyles;
    bool date1904 = false;
    mutable bool missingString = false;  // a cell named a shared string the workbook lacks
};

Cell readCell(QXmlStreamReader &r, const QString &type, int style, const SheetContext &context)
{
    QString value;
    QString inlineText;
    bool hasInline = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QStringLiteral("v")) {
                value = r.readElementText();
            } else if (r.name() == QStringLiteral("is")) {
                inlineText = stringItem(r);
                hasInline = true;
            } else {
                r.skipCurrentElement();  // <f> formulas: their cached value is in <v>
            }
        } else if (r.isEndElement() && r.name() == QStringLiteral("c")) {
            break;
        }
    }
    if (type == QStringLiteral("inlineStr") || hasInline)
        return Cell::fromText(inlineText);
    if (type == QStringLiteral("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (ok && index >= 0 && index < context.strings.size())
            return Cell::fromText(context.strings.at(index));
        context.missingString = true;
        return {};
    }
    if (type == QStringLiteral("str"))
        return Cell::fromText(decodeEscapes(value));
    if (type == QStringLiteral("b"))
        return Cell::fromBoolean(value.trimmed() == QStringLiteral("1"));
    if (type == QStringLiteral("e")) {
        Cell c = Cell::fromText(value);
        c.kind = Cell::Kind::Error;
        return c;
    }
    if (value.isEmpty())
        return {};
    if (type == QStringLiteral("d")) {  // ISO 8601 date (strict workbooks)
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? Cell::fromDate(serialFromDate(date), date) : Cell::fromText(value);
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return Cell::fromText(value);
    if (style >= 0 && style < context.dateStyles.size() && context.dateStyles.at(style)) {
        const QDate date = dateFromSerial(number, context.date1904);
        if (date.isValid())
            return Cell::fromDate(number, date);
    }
    return Cell::fromNumber(number);
}

// A merge as XLSX writes it: "C2:D3".
std::optional<MergedRange> mergedRange(QStringView ref)
{
    const auto colon = ref.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const auto [c1, r1] = cellReference(ref.left(colon));
    const auto [c2, r2] = cellReference(ref.mid(colon + 1));
    return MergedRange{r1, r2, c1, c2};
}

// The sheet, or why not: no problems at all when the XML is damaged (the caller says so).
Result<Sheet> readSheet(const QByteArray &xml, const SheetContext &context, qint64 &filled, const QString &name)
{
    Sheet sheet;
    QList<MergedRange> merges;
    QXmlStreamReader r(xml);
    int nextRow = 1;
    int nextColumn = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QStringLiteral("row")) {
            bool ok = false;
            const int number = a.value(QStringLiteral("r")).toInt(&ok);
            SheetRow row;
            row.number = ok && number > 0 ? number : nextRow;
            if (row.number > ReadLimits::kMaxRows)
                return ReadLimits::tooManyRows(name);
            nextRow = row.number + 1;
            nextColumn = 0;
            sheet.rows.append(row);
        } else if (r.name() == QStringLiteral("c") && !sheet.rows.isEmpty()) {
            int column = cellReference(a.value(QStringLiteral("r"))).first;
            if (column < 0)
                column = nextColumn;
            nextColumn = column + 1;
            const QString type = a.value(QStringLiteral("t")).toString();
            const int style = a.hasAttribute(QStringLiteral("s")) ? a.value(QStringLiteral("s")).toInt() : -1;
            const Cell cell = readCell(r, type, style, context);
            if (column >= ReadLimits::kMaxColumns || cell.kind == Cell::Kind::Empty)
                continue;
            if (++filled > ReadLimits::kMaxCells)
                return ReadLimits::tooManyCells();
            auto &cells = sheet.rows.last().cells;
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = cell;
        } else if (r.name() == QStringLiteral("mergeCell")) {
            if (const auto m = mergedRange(a.value(QStringLiteral("ref"))))
                merges.append(*m);
        }
    }
    if (r.hasError() || context.missingString)
        return Problems{};
    if (!applyMerges(sheet, merges))
        return ReadLimits::tooManyCells();
    return sheet;
}

} // namespace

bool XlsxReader::isDateFormat(int id, const QString &code)
{
    // Built-in formats: 14–22 dates and times, 27–36 and 50–58 the East Asian date formats,
    // 45–47 times.
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // Drop quoted text, escaped characters and [colour]/[$-locale] sections, then look for date parts.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|_.|\\*."));
    QString bare = code;
    bare.remove(noise);
    bare = bare.toLower();
    if (bare.contains(QStringLiteral("general")))
        return false;
    return bare.contains(QLatin1Char('y')) || bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('h'))
           || bare.contains(QLatin1Char('s')) || bare.contains(QStringLiteral("m"));
}

Result<QList<Sheet>> XlsxReader::read(const QByteArray &bytes)
{
    const QString notWorkbook = tr("The file is not an Excel workbook (.xlsx): it cannot be opened as one.");
    const ZipArchive zip(bytes);
    if (!zip.isOpen())
        return Problem::error(kFileField, notWorkbook);
    QString oversized;  // a part over the limit, named in the refusal
    auto part = [&](const QString &path) {
        bool tooLarge = false;
        auto data = zip.entry(path, kMaxEntryBytes, &tooLarge);
        if (tooLarge && oversized.isEmpty())
            oversized = path;
        return data;
    };
    QString workbookPath;
    if (auto rels = part(QStringLiteral("_rels/.rels")))
        relationships(*rels, {}, &workbookPath);
    if (workbookPath.isEmpty())
        workbookPath = QStringLiteral("xl/workbook.xml");
    const auto workbook = part(workbookPath);
    if (!oversized.isEmpty())
        return ReadLimits::partTooLarge(oversized);
    if (!workbook)
        return Problem::error(kFileField, tr("The file is a ZIP archive but not an Excel workbook (it has no workbook part)."));
    const QString folder = workbookPath.section(QLatin1Char('/'), 0, -2);
    const QString relsPath = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/")
                             + workbookPath.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const auto targets = relationships(part(relsPath).value_or(QByteArray()), folder);

    QList<SheetRef> refs;
    bool date1904 = false;
    QString stringsPath = folder + QStringLiteral("/sharedStrings.xml");
    QString stylesPath = folder + QStringLiteral("/styles.xml");
    QXmlStreamReader r(*workbook);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QStringLiteral("sheet")) {
            QString relId;
            for (const auto &attr : a)
                if (attr.name() == QStringLiteral("id"))
                    relId = attr.value().toString();
            const auto state = a.value(QStringLiteral("state"));
            refs.append({a.value(QStringLiteral("name")).toString(), relId, !state.isEmpty() && state != QStringLiteral("visible")});
        } else if (r.name() == QStringLiteral("workbookPr")) {
            const auto v = a.value(QStringLiteral("date1904"));
            date1904 = v == QStringLiteral("1") || v == QStringLiteral("true");
        }
    }
    if (r.hasError() || refs.isEmpty())
        return Problem::error(kFileField, tr("The workbook's list of sheets cannot be read: the file is damaged or not an Excel workbook."));
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (it.value().endsWith(QStringLiteral("sharedStrings.xml"), Qt::CaseInsensitive))
            stringsPath = it.value();
        else if (it.value().endsWith(QStringLiteral("styles.xml"), Qt::CaseInsensitive))
            stylesPath = it.value();
    }
    const auto strings = sharedStrings(part(stringsPath).value_or(QByteArray()));
    const QList<bool> styles = dateStyles(part(stylesPath).value_or(QByteArray()));
    if (!oversized.isEmpty())
        return ReadLimits::partTooLarge(oversized);
    if (!strings)
        return Problem::error(kFileField, tr("The workbook's shared text (%1) is damaged: its cells would be read blank. "
                                             "Open the file in Excel or WPS, save it again and import that.")
                                              .arg(stringsPath));
    const SheetContext context{*strings, styles, date1904};

    QList<Sheet> sheets;
    qint64 cells = 0;
    for (int i = 0; i < refs.size(); ++i) {
        const QString path = targets.value(refs[i].relId, folder + QStringLiteral("/worksheets/sheet%1.xml").arg(i + 1));
        const auto xml = part(path);
        if (!oversized.isEmpty())
            return ReadLimits::partTooLarge(oversized);
        auto read = xml ? readSheet(*xml, context, cells, refs[i].name) : Result<Sheet>(Problems{});
        if (!read && !read.problems().isEmpty())
            return read.problems();
        if (!read)
            return Problem::error(kFileField, tr("Sheet \"%1\" of the workbook cannot be read: the file is damaged.").arg(refs[i].name));
        Sheet sheet = std::move(read.value());
        sheet.name = refs[i].name;
        sheet.hidden = refs[i].hidden;
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace chamber
