// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "ImportProblem.h"
#include "Registration.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace chamber {

struct LedgerTable;

// What one ledger row says, read into typed values but not yet matched to the database.
struct LedgerRecord
{
    int row = 0;               // sheet row number
    QStringList cells;         // every cell as written, for the file of refused rows
    QString township;          // as written
    QString city;              // 设区市, as written (city and region ledgers)
    QString county;            // 县（市、区）, as written
    Chamber chamber;           // the chamber fields the row gives; the township code is found later
    QSet<QString> given;       // which Chamber fields the row gave (field keys), so updates touch only those
    std::optional<RegistrationStatus> registration;
    std::optional<LedgerDate> registrationDate;
    QString creditCode;
    std::optional<bool> partyOrganization;
    QString partyForm;         // as written (单独组建 / 联合组建)
    std::optional<int> partyMembers;
    QString partyInstructor;
    std::optional<bool> mediationCommittee;
    std::optional<int> mediationCases;
    std::optional<int> mediationSettled;  // 调解成功数
    QStringList honours;       // as written, one per item of the cell
    ImportProblems problems;   // each with its row and column

    // Adds a problem for a cell of this row.
    void addProblem(Problem::Severity severity, const QString &field, const QString &message, int column = -1,
                    const QString &header = {}, const QString &value = {}, const QString &expected = {});
};

// Reads the cells of a ledger row into a LedgerRecord through the table's mapping: each value by
// its field's kind, each problem pinned to its column; members from a total and a breakdown.
class LedgerRowReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRowReader)
public:
    static LedgerRecord read(const LedgerTable &table, int rowIndex);
};

} // namespace chamber
