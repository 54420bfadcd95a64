// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>

class QIODevice;

namespace chamber {

// Writes the refused rows of a plan as a CSV (UTF-8 with BOM, as Excel and WPS open it) in the
// ledger's own columns, as the cells were written, plus a last column 问题 saying why each was
// refused — a file to correct and import again (the 问题 column is ignored on import). A title row
// above the header keeps the ledger's title and year.
class RejectsWriter
{
    Q_DECLARE_TR_FUNCTIONS(RejectsWriter)
public:
    static Status write(const ImportPlan &plan, QIODevice &out);
    static Status write(const ImportPlan &plan, const QString &path);
    // The import's list for the clerk: each refused row and each value held back or doubted, one
    // line each — sheet row, chamber, what happened, field, value found, why (CSV, UTF-8 with BOM).
    static Status writeReport(const ImportPlan &plan, QIODevice &out);
    static Status writeReport(const ImportPlan &plan, const QString &path);
    // The lines of that list, for showing.
    struct ReportLine
    {
        int row = 0;
        QString chamber;
        QString outcome;  // refused, held back, taken in as found
        QString field;    // label
        QString value;
        QString reason;
    };
    static QList<ReportLine> report(const ImportPlan &plan);
    // One line for a problem: where, what, and what was expected.
    static QString describe(const ImportProblem &problem);
};

} // namespace chamber
