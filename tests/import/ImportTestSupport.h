// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Registration.h"
#include "Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace chamber::test {

// The shared sample ledgers (tests/shared/samples, copied from ../shared/samples) and this folder's hand-made inputs (data/).
QString sample(const QString &name);
QString importData(const QString &name);

// A workbook put together by hand from its XML parts ("xl/workbook.xml" → text), zipped: the
// reader is tested on exactly the XML a test spells out.
QByteArray zipParts(const QMap<QString, QByteArray> &parts);
// The usual package around some sheets: [Content_Types], rels, workbook (sheet names given,
// a "hidden" name suffix ":hidden"), optional shared strings and styles.
QByteArray makeXlsx(const QStringList &sheetNames, const QList<QByteArray> &sheetXml, const QByteArray &sharedStrings = {},
                    const QByteArray &styles = {}, bool date1904 = false);

// Every chamber of a database by name, for comparing imports field by field.
QMap<QString, Chamber> chambersByName(Database &db);
// Everything an import could change — chambers, registration histories, the import log — to
// tell "nothing changed" exactly.
struct RecordsSnapshot
{
    QList<Chamber> chambers;
    QHash<qint64, QList<RegistrationEvent>> histories;
    QStringList records;
    int imports = 0;
    bool operator==(const RecordsSnapshot &) const = default;
};
RecordsSnapshot snapshot(Database &db);
// Each chamber's Party, mediation and honour records as one line, by chamber name:
// "宾阳县黎塘镇商会|party standalone 11|instructors 覃春梅|committee|tallies 2025:13|honours regional_four_good 2025".
QStringList recordLines(Database &db);

} // namespace chamber::test
