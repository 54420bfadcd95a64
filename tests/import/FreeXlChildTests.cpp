// SPDX-License-Identifier: GPL-3.0-or-later
// FreeXL reads in a child process; the parent trusts nothing of what comes down the pipe. These
// build the child's stream by hand (its format is in FreeXlChild.cpp) and check what the parent
// makes of good, cut-off, crashed and lying streams; the last cases read real files end to end.
#include "FreeXlChild.h"
#include "ImportTestSupport.h"
#include "LedgerFile.h"

#include <catch2/catch.hpp>

#include <QtEndian>

#include <freexl.h>

using namespace chamber;

namespace {

struct Stream
{
    QByteArray bytes;
    Stream &tag(char t) { bytes.append(t); return *this; }
    template<typename T>
    Stream &value(T v)
    {
        char raw[sizeof(T)];
        qToLittleEndian<T>(v, raw);
        bytes.append(raw, sizeof(T));
        return *this;
    }
    Stream &text(const QByteArray &t) { value<quint32>(quint32(t.size())); bytes.append(t); return *this; }
    // One opened, unprotected workbook announcing `sheets` sheets.
    static Stream opened(quint32 sheets)
    {
        Stream s;
        s.tag('O').value<qint32>(FREEXL_OK).tag('P').value<quint32>(FREEXL_BIFF_PLAIN).tag('N').value<quint32>(sheets);
        return s;
    }
    Stream &textCell(quint32 row, quint16 column, const QByteArray &t)
    {
        return tag('C').value<quint32>(row).value<quint16>(column).value<quint8>(quint8(FreeXlCell::Type::Text)).text(t);
    }
};

} // namespace

TEST_CASE("FreeXL's stream: a whole stream from a child that ended well is read, cell by cell")
{
    Stream s = Stream::opened(1);
    s.tag('S').text("台账");
    s.textCell(0, 0, "商会名称");
    s.tag('C').value<quint32>(1).value<quint16>(2).value<quint8>(quint8(FreeXlCell::Type::Int)).value<qint64>(40);
    s.tag('C').value<quint32>(1).value<quint16>(3).value<quint8>(quint8(FreeXlCell::Type::Double)).value<double>(1.5);
    s.tag('Z');
    const FreeXlRead read = decodeFreeXlStream(s.bytes, true);
    REQUIRE(read.outcome == FreeXlRead::Outcome::Read);
    REQUIRE(read.sheets.size() == 1);
    CHECK(read.sheets[0].name == QStringLiteral("台账"));
    REQUIRE(read.sheets[0].cells.size() == 3);
    CHECK(read.sheets[0].cells[0].text == QByteArray("商会名称"));
    CHECK(read.sheets[0].cells[1].row == 1);
    CHECK(read.sheets[0].cells[1].column == 2);
    CHECK(read.sheets[0].cells[1].integer == 40);
    CHECK(read.sheets[0].cells[2].number == 1.5);
}

TEST_CASE("FreeXL's stream: cut off, crashed, lying or failing, it is never taken as a reading")
{
    Stream whole = Stream::opened(1);
    whole.tag('S').text("台账").textCell(0, 0, "宾阳县宾州镇商会").tag('Z');
    REQUIRE(decodeFreeXlStream(whole.bytes, true).outcome == FreeXlRead::Outcome::Read);

    // The same bytes from a child that died (a signal) or exited with a failure: damaged.
    CHECK(decodeFreeXlStream(whole.bytes, false).outcome == FreeXlRead::Outcome::Damaged);
    // Cut anywhere before its end: damaged, whatever was read so far.
    for (qsizetype n = 0; n < whole.bytes.size(); ++n)
        CHECK(decodeFreeXlStream(whole.bytes.left(n), true).outcome == FreeXlRead::Outcome::Damaged);
    // Bytes after the end mark, or an unknown tag: not what a child writes.
    CHECK(decodeFreeXlStream(whole.bytes + "Z", true).outcome == FreeXlRead::Outcome::Damaged);
    Stream unknown = Stream::opened(1);
    unknown.tag('S').text("台账").tag('Q').tag('Z');
    CHECK(decodeFreeXlStream(unknown.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    // A text longer than the stream, a cell type out of range, a cell before any sheet.
    Stream longText = Stream::opened(1);
    longText.tag('S').tag('C');
    longText.bytes.chop(1);
    longText.value<quint32>(0x7fffffff).bytes.append("abc");
    CHECK(decodeFreeXlStream(longText.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    Stream badType = Stream::opened(1);
    badType.tag('S').text("台账").tag('C').value<quint32>(0).value<quint16>(0).value<quint8>(9).tag('Z');
    CHECK(decodeFreeXlStream(badType.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    Stream noSheet = Stream::opened(1);
    noSheet.textCell(0, 0, "x").tag('Z');
    CHECK(decodeFreeXlStream(noSheet.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    // Fewer sheets than announced, or more.
    Stream fewer = Stream::opened(2);
    fewer.tag('S').text("台账").tag('Z');
    CHECK(decodeFreeXlStream(fewer.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    Stream more = Stream::opened(1);
    more.tag('S').text("一").tag('S').text("二").tag('Z');
    CHECK(decodeFreeXlStream(more.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
    // FreeXL failing on a sheet.
    Stream failed = Stream::opened(1);
    failed.tag('D');
    CHECK(decodeFreeXlStream(failed.bytes, true).outcome == FreeXlRead::Outcome::Damaged);
}

TEST_CASE("FreeXL's stream: its refusals and the limits come through as such")
{
    Stream refused;
    refused.tag('O').value<qint32>(FREEXL_UNSUPPORTED_CHARSET).tag('Z');
    const FreeXlRead r = decodeFreeXlStream(refused.bytes, true);
    CHECK(r.outcome == FreeXlRead::Outcome::OpenFailed);
    CHECK(r.openCode == FREEXL_UNSUPPORTED_CHARSET);

    Stream rows = Stream::opened(2);
    rows.tag('S').text("一").tag('S').text("大表").tag('R');
    const FreeXlRead tooMany = decodeFreeXlStream(rows.bytes, true);
    CHECK(tooMany.outcome == FreeXlRead::Outcome::TooManyRows);
    CHECK(tooMany.tooManyRowsSheet == QStringLiteral("大表"));

    Stream cells = Stream::opened(1);
    cells.tag('S').text("一").tag('M');
    CHECK(decodeFreeXlStream(cells.bytes, true).outcome == FreeXlRead::Outcome::TooManyCells);

    Stream protectedBook;
    protectedBook.tag('O').value<qint32>(FREEXL_OK).tag('P').value<quint32>(FREEXL_BIFF_OBFUSCATED).tag('Z');
    const FreeXlRead p = decodeFreeXlStream(protectedBook.bytes, true);
    CHECK(p.outcome == FreeXlRead::Outcome::Read);
    CHECK(p.passwordInfo == FREEXL_BIFF_OBFUSCATED);
}

TEST_CASE("fuzz finding: FreeXL's own faults stay in its reading process, and the file gets a plain answer")
{
    // freexl-iconv-underflow.xls: ASan finds FreeXL writing below a stack buffer inside its iconv
    // call; freexl-leak-protected.xls: FreeXL leaks on a protected workbook. Neither runs FreeXL
    // in this process any more: each is refused with the reason, and this process lives on.
    auto underflow = LedgerFile::load(test::importData(QStringLiteral("fuzz/freexl-iconv-underflow.xls")));
    REQUIRE_FALSE(underflow.ok());
    CHECK(underflow.firstError().contains(QStringLiteral("code page")));
    auto leak = LedgerFile::load(test::importData(QStringLiteral("fuzz/freexl-leak-protected.xls")));
    REQUIRE_FALSE(leak.ok());
    CHECK(leak.firstError().contains(QStringLiteral("password")));
}

TEST_CASE("a real workbook read through the child process gives the same cells as the .ods reader")
{
    // The same LibreOffice-made workbook in two formats: FreeXL (in its child) and our ODS reader
    // must agree on every sheet's name and every filled cell's text.
    auto xls = LedgerFile::load(test::importData(QStringLiteral("merged-ledger.xls")));
    auto ods = LedgerFile::load(test::importData(QStringLiteral("merged-ledger.ods")));
    REQUIRE(xls.ok());
    REQUIRE(ods.ok());
    REQUIRE(xls->sheets.size() == ods->sheets.size());
    const auto texts = [](const Sheet &sheet) {
        QStringList out;
        for (const auto &row : sheet.rows)
            for (qsizetype c = 0; c < row.cells.size(); ++c)
                if (row.cells[c].kind != Cell::Kind::Empty)
                    out << QStringLiteral("%1:%2=%3").arg(row.number).arg(c).arg(row.cells[c].text);
        return out;
    };
    qsizetype filled = 0;
    for (qsizetype i = 0; i < xls->sheets.size(); ++i) {
        CHECK(xls->sheets[i].name == ods->sheets[i].name);
        CHECK(texts(xls->sheets[i]) == texts(ods->sheets[i]));
        filled += texts(xls->sheets[i]).size();
    }
    CHECK(filled > 10);
}
