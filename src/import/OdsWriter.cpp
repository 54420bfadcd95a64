// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdsWriter.h"

#include "OdsReader.h"
#include "ZipArchive.h"

#include <QXmlStreamWriter>

namespace chamber {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kNumber = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kVersion = QStringLiteral("1.3");

void start(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartDocument();
    w.writeNamespace(kOffice, QStringLiteral("office"));
    w.writeNamespace(kStyle, QStringLiteral("style"));
    w.writeNamespace(kText, QStringLiteral("text"));
    w.writeNamespace(kTable, QStringLiteral("table"));
    w.writeNamespace(kNumber, QStringLiteral("number"));
    w.writeNamespace(kFo, QStringLiteral("fo"));
    w.writeNamespace(kMeta, QStringLiteral("meta"));
    w.writeStartElement(kOffice, root);
    w.writeAttribute(kOffice, QStringLiteral("version"), kVersion);
}

// A paragraph's text as OpenDocument keeps it: runs of spaces, a leading space and tabs spelled
// out (XML would collapse them), characters XML cannot hold left out.
void writeParagraph(QXmlStreamWriter &w, const QString &line)
{
    w.writeStartElement(kText, QStringLiteral("p"));
    QString run;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ') && (i == 0 || line.at(i - 1) == QLatin1Char(' '))) {
            qsizetype n = 1;
            while (i + n < line.size() && line.at(i + n) == QLatin1Char(' '))
                ++n;
            w.writeCharacters(run);
            run.clear();
            w.writeEmptyElement(kText, QStringLiteral("s"));
            if (n > 1)
                w.writeAttribute(kText, QStringLiteral("c"), QString::number(n));
            i += n - 1;
        } else if (c == QLatin1Char('\t')) {
            w.writeCharacters(run);
            run.clear();
            w.writeEmptyElement(kText, QStringLiteral("tab"));
        } else if (c.unicode() >= 0x20 && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF) {
            run += c;
        }
    }
    w.writeCharacters(run);
    w.writeEndElement();
}

void writeCell(QXmlStreamWriter &w, const Cell &cell, bool bold)
{
    w.writeStartElement(kTable, QStringLiteral("table-cell"));
    if (bold)
        w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("bold"));
    switch (cell.kind) {
    case Cell::Kind::Empty:
        w.writeEndElement();
        return;
    case Cell::Kind::Number:
        w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("float"));
        w.writeAttribute(kOffice, QStringLiteral("value"), QString::number(cell.number, 'g', 17));
        break;
    case Cell::Kind::Date:
        if (!bold)
            w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("date"));
        w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("date"));
        w.writeAttribute(kOffice, QStringLiteral("date-value"), cell.date.toString(Qt::ISODate));
        break;
    case Cell::Kind::Boolean:
        w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("boolean"));
        w.writeAttribute(kOffice, QStringLiteral("boolean-value"), cell.number != 0 ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case Cell::Kind::Text:
    case Cell::Kind::Error:
        w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
        break;
    }
    QString text = cell.text;
    text.remove(QLatin1Char('\r'));
    for (const auto &line : text.split(QLatin1Char('\n')))
        writeParagraph(w, line);
    w.writeEndElement();
}

QByteArray content(const OdsWriter::Sheet &sheet)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    start(w, QStringLiteral("document-content"));
    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    // yyyy-mm-dd, the way the ledgers' dates are read back everywhere.
    w.writeStartElement(kNumber, QStringLiteral("date-style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("N1"));
    const auto part = [&](const QString &name) {
        w.writeEmptyElement(kNumber, name);
        w.writeAttribute(kNumber, QStringLiteral("style"), QStringLiteral("long"));
    };
    part(QStringLiteral("year"));
    w.writeTextElement(kNumber, QStringLiteral("text"), QStringLiteral("-"));
    part(QStringLiteral("month"));
    w.writeTextElement(kNumber, QStringLiteral("text"), QStringLiteral("-"));
    part(QStringLiteral("day"));
    w.writeEndElement();
    w.writeEmptyElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("date"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    w.writeAttribute(kStyle, QStringLiteral("data-style-name"), QStringLiteral("N1"));
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("bold"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    w.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    w.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    w.writeAttribute(kStyle, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
    w.writeEndElement();
    for (int c = 0; c < sheet.columnWidthsCm.size(); ++c) {
        w.writeStartElement(kStyle, QStringLiteral("style"));
        w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("co%1").arg(c + 1));
        w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
        w.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
        w.writeAttribute(kStyle, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(sheet.columnWidthsCm[c]));
        w.writeEndElement();
    }
    w.writeEndElement();  // automatic-styles
    w.writeStartElement(kOffice, QStringLiteral("body"));
    w.writeStartElement(kOffice, QStringLiteral("spreadsheet"));
    w.writeStartElement(kTable, QStringLiteral("table"));
    w.writeAttribute(kTable, QStringLiteral("name"), sheet.name);
    for (int c = 0; c < sheet.columnWidthsCm.size(); ++c) {
        w.writeEmptyElement(kTable, QStringLiteral("table-column"));
        w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("co%1").arg(c + 1));
    }
    for (int r = 0; r < sheet.rows.size(); ++r) {
        w.writeStartElement(kTable, QStringLiteral("table-row"));
        const auto &row = sheet.rows[r];
        if (row.isEmpty())
            w.writeEmptyElement(kTable, QStringLiteral("table-cell"));
        for (const auto &cell : row)
            writeCell(w, cell, r < sheet.boldRows);
        w.writeEndElement();
    }
    w.writeEndElement();  // table
    w.writeEndElement();  // spreadsheet
    w.writeEndElement();  // body
    w.writeEndDocument();
    return out;
}

QByteArray styles()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    start(w, QStringLiteral("document-styles"));
    w.writeStartElement(kOffice, QStringLiteral("styles"));
    w.writeEmptyElement(kStyle, QStringLiteral("default-style"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray meta()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    start(w, QStringLiteral("document-meta"));
    w.writeStartElement(kOffice, QStringLiteral("meta"));
    w.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("ChamberDesk"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray manifest()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kManifest, QStringLiteral("manifest"));
    w.writeStartElement(kManifest, QStringLiteral("manifest"));
    w.writeAttribute(kManifest, QStringLiteral("version"), kVersion);
    const auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        w.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        if (path == QStringLiteral("/"))
            w.writeAttribute(kManifest, QStringLiteral("version"), kVersion);
        w.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QString::fromLatin1(OdsReader::mimeType()));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray OdsWriter::write(const Sheet &sheet)
{
    const QString mimetype = QStringLiteral("mimetype");
    return ZipArchive::create({{mimetype, OdsReader::mimeType()},
                               {QStringLiteral("content.xml"), content(sheet)},
                               {QStringLiteral("styles.xml"), styles()},
                               {QStringLiteral("meta.xml"), meta()},
                               {QStringLiteral("META-INF/manifest.xml"), manifest()}},
                              {mimetype});
}

} // namespace chamber
