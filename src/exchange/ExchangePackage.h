// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace chamber {

// One county's records in a package: who made them, when, as of which date, and the records,
// kind by kind, as JSON lines (docs/exchange.md).
struct ExchangeSection
{
    QString code;          // the origin county
    QString name;
    int sequence = 0;      // grows with every export of the origin
    QString madeAt;        // UTC, ISO 8601
    QString madeBy;
    QDate asOf;
    int schemaVersion = 0;
    QString forwardedBy;   // the office that forwarded the section (a city), empty when sent by the county
    QMap<QString, int> counts;  // kind → records
    QString sha256;        // of the section's files, in kind order
    QHash<QString, QList<QByteArray>> lines;  // kind → one record per line
};

// A report package: manifest.json and one JSON-lines file per county and record kind, in a ZIP.
struct ExchangePackage
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    int schemaVersion = 0;
    QString createdAt;     // UTC
    QString officeCode;    // the database (county, city) that wrote the file
    QString officeName;
    QString application;
    QList<ExchangeSection> sections;
};

// Writes and reads the package format. Reading checks the format and schema versions against this
// build and every file against the SHA-256 the manifest gives; anything else is refused, naming
// the file and what was wrong, before a record is looked at.
class ExchangeFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormat)
public:
    // Fills each section's counts and checksums from its lines, and returns the ZIP.
    static QByteArray write(ExchangePackage &package);
    static Result<ExchangePackage> read(const QByteArray &bytes, const QString &fileName, int knownSchemaVersion);
    // The bytes of one kind's file (one line per record, each ended by a newline).
    static QByteArray fileBytes(const QList<QByteArray> &lines);
    static QString sha256(const QByteArray &bytes);
};

} // namespace chamber
