// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QList>
#include <QString>

namespace chamber {

// A problem found in a ledger, pinned to where it is: the row (also in problem.row), the column
// with its header as the file writes it, the value found and what was expected instead — e.g.
// a credit code's expected check character. Whole-row and whole-file problems have no column.
struct ImportProblem
{
    // Whether the problem becomes a verification item (待核实) when the row is imported: a value
    // held back while the chamber comes in, or one taken in as found although it contradicts another.
    enum class Verify { No, HeldBack, Doubtful };

    Problem problem;
    int column = -1;  // 0-based; -1 when the problem is not one cell's
    QString header;
    QString value;
    QString expected;
    Verify verify = Verify::No;

    int row() const { return problem.row; }
    bool isError() const { return problem.isError(); }
    bool toVerify() const { return verify != Verify::No; }
};

using ImportProblems = QList<ImportProblem>;

inline bool hasErrors(const ImportProblems &problems)
{
    for (const auto &p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace chamber
