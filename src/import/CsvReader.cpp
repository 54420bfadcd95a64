// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <utility>
#include <map>

namespace chamber {

namespace {

const QString kFileField = QStringLiteral("file");
const QString kEncodingField = QStringLiteral("encoding");

// Characters no ledger text holds: controls other than tab and line ends, and the private-use
// area where GB18030 puts the byte pairs of Big5 and other encodings it was not written in.
bool implausible(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F)
            return true;
        if ((u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
            return true;
    }
    return false;
}

Result<QString> decodeStrict(const QByteArray &bytes, const char *codec)
{
    QStringDecoder decoder(codec);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Problem::error(kEncodingField, {});
    return text;
}

} // namespace

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

std::optional<TextEncoding> CsvReader::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n.isEmpty() || n == QStringLiteral("auto"))
        return TextEncoding::Auto;
    if (n == QStringLiteral("utf8"))
        return TextEncoding::Utf8;
    // GBK and GB2312 are subsets of GB18030: one decoder reads all three.
    if (n == QStringLiteral("gb18030") || n == QStringLiteral("gbk") || n == QStringLiteral("gb2312"))
        return TextEncoding::Gb18030;
    return std::nullopt;
}

Result<CsvReader::Text> CsvReader::decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (bytes.trimmed().isEmpty() || bytes == QByteArray("\xEF\xBB\xBF"))
        return Problem::error(kFileField, tr("The file is empty."));
    // A byte-order mark settles the encoding whatever was asked.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        auto text = decodeStrict(bytes.mid(2), little ? "UTF-16LE" : "UTF-16BE");
        if (!text || implausible(*text))
            return Problem::error(kEncodingField, tr("The file starts with a UTF-16 mark but its text is not valid UTF-16."));
        return Text{*text, QStringLiteral("UTF-16")};
    }
    if (bytes.contains('\0'))
        return Problem::error(kFileField, tr("The file is not text (it holds NUL characters, bytes of value 0): it is not a CSV ledger. "
                                             "A workbook must be saved as .xlsx, .xls or .ods."));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto text = decodeStrict(bytes.mid(3), "UTF-8");
        if (!text)
            return Problem::error(kEncodingField, tr("The file starts with a UTF-8 mark but is not valid UTF-8."));
        return Text{*text, QStringLiteral("UTF-8")};
    }
    if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Auto) {
        if (auto text = decodeStrict(bytes, "UTF-8"); text && !implausible(*text))
            return Text{*text, QStringLiteral("UTF-8")};
        if (encoding == TextEncoding::Utf8)
            return Problem::error(kEncodingField, tr("The file is not valid UTF-8. Try the encoding GB18030."));
    }
    auto text = decodeStrict(bytes, "GB18030");
    if (text && !implausible(*text))
        return Text{*text, QStringLiteral("GB18030")};
    if (encoding == TextEncoding::Gb18030)
        return Problem::error(kEncodingField, tr("The file is not valid GB18030 text. Try the encoding UTF-8."));
    return Problem::error(kEncodingField, tr("The file's text encoding is not known: it is neither UTF-8 nor GB18030 (GBK). "
                                             "Save it again from WPS or Excel as \"CSV UTF-8\" and import that file."));
}

Result<QList<QStringList>> CsvReader::parse(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;  // anything seen since the last delimiter, so "a," ends with an empty field
    int quoteRecord = -1;
    qint64 cells = 0;  // every field, blank or not: each one costs memory
    auto tooMany = [&] { return ++cells > ReadLimits::kMaxCells; };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteRecord = int(records.size()) + 1;
        } else if (c == delimiter) {
            if (tooMany())
                return ReadLimits::tooManyCsvCells();
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (tooMany())
                return ReadLimits::tooManyCsvCells();
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            // A quote inside an unquoted field is kept as written (lenient, like Excel).
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Problem::error(kFileField, tr("Row %1 opens a quoted cell (\") that is never closed, so the rest of the file "
                                             "would be read as one cell. Close the quote and import again.")
                                              .arg(quoteRecord));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // The first lines are enough; the candidate that splits most of them into the same number
    // (above one) of fields wins. Ties go to the comma.
    const QString sample = text.left(64 * 1024);
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const QChar d : candidates) {
        auto parsed = parse(sample, d);
        if (!parsed) {
            // The sample may cut a quoted cell; parse what it holds up to there.
            const qsizetype cut = sample.lastIndexOf(QLatin1Char('\n'));
            parsed = parse(sample.left(cut < 0 ? 0 : cut), d);
            if (!parsed)
                continue;
        }
        std::map<qsizetype, int> widths;
        int lines = 0;
        for (const auto &r : *parsed) {
            if (++lines > 50)
                break;
            if (r.size() > 1)
                ++widths[r.size()];
        }
        int score = 0;
        for (const auto &[width, count] : widths)
            score = std::max(score, count);
        if (score > bestScore) {
            best = d;
            bestScore = score;
        }
    }
    return best;
}

Result<Sheet> CsvReader::read(const QByteArray &bytes, const Options &options, const QString &name)
{
    if (bytes.size() > ReadLimits::kMaxCsvBytes)
        return ReadLimits::csvTooLarge(bytes.size());
    auto decoded = decode(bytes, options.encoding);
    if (!decoded)
        return decoded.problems();
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(decoded->text) : options.delimiter;
    auto records = parse(decoded->text, delimiter);
    if (!records)
        return records.problems();
    Sheet sheet;
    sheet.name = name;
    sheet.encoding = decoded->encoding;
    int number = 0;
    QList<QStringList> parsed = std::move(records.value());
    sheet.rows.reserve(parsed.size());
    for (auto &record : parsed) {
        SheetRow row;
        row.number = ++number;
        row.cells.reserve(record.size());
        for (auto &f : record)
            row.cells.append(Cell::fromText(std::exchange(f, {})));  // the text moves: one copy in memory
        record = {};
        sheet.rows.append(std::move(row));
    }
    return sheet;
}

} // namespace chamber
