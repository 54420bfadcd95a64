// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"
#include "TestSupport.h"

using namespace chamber;

TEST_CASE("CSV fields are quoted and formula cells neutralised")
{
    CHECK(CsvWriter::escape(QStringLiteral("宾阳县")) == QStringLiteral("宾阳县"));
    CHECK(CsvWriter::escape(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::escape(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::escape(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::escape(QStringLiteral("=SUM(A1:A9)")) == QStringLiteral("'=SUM(A1:A9)"));
    CHECK(CsvWriter::escape(QStringLiteral("+86 181")) == QStringLiteral("'+86 181"));
    CHECK(CsvWriter::escape(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::escape(QStringLiteral("-1+2")) == QStringLiteral("'-1+2"));
    // Plain negative numbers stay numbers.
    CHECK(CsvWriter::escape(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(CsvWriter::escape(QStringLiteral("-2.5")) == QStringLiteral("-2.5"));
}
