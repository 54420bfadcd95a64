// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace chamber {

// FreeXL is C that trusts its input: crafted files make it read out of bounds, write past a stack
// buffer inside its iconv calls and leak (fuzz findings under tests/import/data/fuzz/). So the
// process never runs it: a forked child opens the workbook with FreeXL, reads every cell and
// writes them down a pipe in a small tagged format; the parent decodes that stream, bounded in
// bytes and time. A child that dies by a signal, stops mid-stream or is still busy after the time
// bound means the file is refused as damaged; the app and its database never see FreeXL's memory.
struct FreeXlCell
{
    enum class Type : quint8 { Int = 1, Double, Text, Date, Time };
    quint32 row = 0;
    quint16 column = 0;
    Type type = Type::Text;
    qint64 integer = 0;
    double number = 0;
    QByteArray text;  // UTF-8 for text; "YYYY-MM-DD[ HH:MM:SS]" for dates, as FreeXL gives them
};

struct FreeXlSheet
{
    QString name;
    QList<FreeXlCell> cells;  // filled cells only, row by row
};

struct FreeXlRead
{
    enum class Outcome {
        Read,           // sheets below hold every filled cell
        OpenFailed,     // FreeXL's own refusal: openCode says which
        Damaged,        // FreeXL failed on a sheet, or the child crashed or stopped mid-stream
        TooSlow,        // still reading after the time bound
        TooManyRows,    // a sheet states more rows than any workbook holds (tooManyRowsSheet)
        TooManyCells,   // more cells stated or filled than ReadLimits allows
    };
    Outcome outcome = Outcome::Damaged;
    int openCode = 0;
    unsigned passwordInfo = 0;
    QString tooManyRowsSheet;
    QList<FreeXlSheet> sheets;
};

// Reads the workbook file `fileName` with FreeXL in a child process; timeoutMs bounds the child.
FreeXlRead readWithFreeXl(const QByteArray &fileName, int timeoutMs);

// The decoding half, for tests and the fuzz harness: what the parent makes of a child's stream.
FreeXlRead decodeFreeXlStream(const QByteArray &stream, bool childCompleted);

} // namespace chamber
