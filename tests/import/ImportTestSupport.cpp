// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestSupport.h"
#include "TestSupport.h"

#include "ChamberService.h"
#include "HonourService.h"
#include "ImportLogService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "ZipArchive.h"

#include <catch2/catch.hpp>

namespace chamber::test {

QString sample(const QString &name)
{
    return QStringLiteral(CHAMBER_SHARED_DIR "/samples/") + name;
}

QString importData(const QString &name)
{
    return QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/") + name;
}

QByteArray zipParts(const QMap<QString, QByteArray> &parts)
{
    QList<std::pair<QString, QByteArray>> entries;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        entries.append({it.key(), it.value()});
    const QByteArray bytes = ZipArchive::create(entries);
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

QByteArray makeXlsx(const QStringList &sheetNames, const QList<QByteArray> &sheetXml, const QByteArray &sharedStrings,
                    const QByteArray &styles, bool date1904)
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray sheets;
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < sheetNames.size(); ++i) {
        const bool hidden = sheetNames[i].endsWith(QStringLiteral(":hidden"));
        const QString name = hidden ? sheetNames[i].chopped(7) : sheetNames[i];
        sheets += "<sheet name=\"" + name.toUtf8() + "\" sheetId=\"" + QByteArray::number(i + 1) + "\" r:id=\"rs" + QByteArray::number(i + 1)
                  + "\"" + (hidden ? " state=\"hidden\"" : "") + "/>";
        // Sheets live under a name unlike their number, so that the reader must follow the relationships.
        rels += "<Relationship Id=\"rs" + QByteArray::number(i + 1)
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/part"
                + QByteArray::number(9 - i) + ".xml\"/>";
        parts.insert(QStringLiteral("xl/worksheets/part%1.xml").arg(9 - i), sheetXml.value(i));
    }
    rels += "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            "</Relationships>";
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\""
                     + QByteArray(date1904 ? "1" : "0") + "\"/><sheets>" + sheets + "</sheets></workbook>");
    if (!sharedStrings.isEmpty())
        parts.insert(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    if (!styles.isEmpty())
        parts.insert(QStringLiteral("xl/styles.xml"), styles);
    return zipParts(parts);
}

QMap<QString, Chamber> chambersByName(Database &db)
{
    QMap<QString, Chamber> out;
    for (const auto &c : test::valueOf(ChamberService(db).all()))
        out.insert(c.name, c);
    return out;
}

RecordsSnapshot snapshot(Database &db)
{
    return {*ChamberService(db).all(), *RegistrationService(db).allHistories(), recordLines(db), int(ImportLogService(db).list()->size())};
}

QStringList recordLines(Database &db)
{
    PartyService party(db);
    MediationService mediation(db);
    HonourService honours(db);
    QStringList lines;
    for (const auto &c : test::valueOf(ChamberService(db).all())) {
        QStringList parts{c.name};
        if (const auto o = *party.organizationOf(c.id))
            parts.append(QStringLiteral("party %1 %2").arg(Party::formKey(o->form)).arg(o->members));
        QStringList names;
        for (const auto &i : test::valueOf(party.instructorsOf(c.id)))
            names.append(i.name);
        if (!names.isEmpty())
            parts.append(QStringLiteral("instructors ") + names.join(QLatin1Char(',')));
        if (*mediation.committeeOf(c.id))
            parts.append(QStringLiteral("committee"));
        QStringList tallies;
        for (const auto &t : test::valueOf(mediation.talliesOf(c.id)))
            tallies.append(QStringLiteral("%1:%2").arg(t.year).arg(t.cases));
        if (!tallies.isEmpty())
            parts.append(QStringLiteral("tallies ") + tallies.join(QLatin1Char(',')));
        QStringList held;
        for (const auto &h : test::valueOf(honours.of(c.id)))
            held.append(QStringLiteral("%1 %2").arg(Honours::kindKey(h.kind)).arg(h.year));
        held.sort();
        if (!held.isEmpty())
            parts.append(QStringLiteral("honours ") + held.join(QLatin1Char(',')));
        lines.append(parts.join(QLatin1Char('|')));
    }
    lines.sort();
    return lines;
}

} // namespace chamber::test
