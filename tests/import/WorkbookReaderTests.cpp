// SPDX-License-Identifier: GPL-3.0-or-later
// The .xls/.et (FreeXL) and .ods readers on the workbooks LibreOffice made (tests/import/data,
// see make-workbooks.sh), and on damaged copies of them.
#include "CompoundFile.h"
#include "ImportTestSupport.h"
#include "LedgerFile.h"
#include "OdsReader.h"
#include "OdsWriter.h"
#include "TestSupport.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "ZipArchive.h"

#include <QStringEncoder>
#include <QtEndian>

using namespace chamber;

namespace {

LedgerFile loaded(const QString &path)
{
    auto file = LedgerFile::load(path);
    INFO(path.toStdString() << ": " << file.firstError().toStdString());
    REQUIRE(file.ok());
    return file.value();
}

// Every filled cell of a sheet as "row:column kind text", to compare readers cell by cell.
QStringList filledCells(const Sheet &sheet)
{
    QStringList out;
    for (const auto &row : sheet.rows)
        for (int c = 0; c < row.cells.size(); ++c)
            if (!row.cells[c].isBlank())
                out.append(QStringLiteral("%1:%2 %3 %4").arg(row.number).arg(c).arg(int(row.cells[c].kind)).arg(row.cells[c].text));
    return out;
}

} // namespace

TEST_CASE("the sample ledger as LibreOffice saves it in .xls and .ods reads cell for cell as its .xlsx")
{
    const LedgerFile xlsx = loaded(test::sample(QStringLiteral("binyang-ledger-2025.xlsx")));
    const LedgerFile xls = loaded(test::importData(QStringLiteral("binyang-ledger-2025.xls")));
    const LedgerFile ods = loaded(test::importData(QStringLiteral("binyang-ledger-2025.ods")));
    CHECK(xls.format == LedgerFile::Format::Xls);
    CHECK(ods.format == LedgerFile::Format::Ods);
    REQUIRE(xls.sheets.size() == 1);
    REQUIRE(ods.sheets.size() == 1);
    const Sheet &sheet = xls.sheets.first();
    // Hand-read from the CSV: row 3 is 宾州镇's chamber; 2012.07 was taken as a number, 43人 is text.
    const SheetRow &binzhou = sheet.rows[2];
    CHECK(binzhou.number == 3);
    CHECK(binzhou.cell(2).text == QStringLiteral("宾阳县宾州镇商会"));
    CHECK(binzhou.cell(3).kind == Cell::Kind::Number);
    CHECK(binzhou.cell(3).text == QStringLiteral("2012.07"));
    CHECK(binzhou.cell(5).text == QStringLiteral("18153246119"));
    CHECK(binzhou.cell(7).text == QStringLiteral("43人"));
    CHECK(sheet.rows[5].cell(3).date == QDate(2010, 1, 24));  // 新圩镇, 2010-01-24: a date cell
    CHECK(ods.sheets.first().rows[5].cell(3).date == QDate(2010, 1, 24));
    // Only the sheet's name differs (LibreOffice names the sheet after the file it opened).
    CHECK(filledCells(sheet) == filledCells(xlsx.sheets.first()));
    CHECK(filledCells(ods.sheets.first()) == filledCells(xlsx.sheets.first()));
}

TEST_CASE("merged cells, a hidden sheet, the 1904 date system and numbers typed as text, in .xls, .ods and .xlsx alike")
{
    QList<QStringList> seen;
    for (const auto &name : {QStringLiteral("merged-ledger.xls"), QStringLiteral("merged-ledger.ods"), QStringLiteral("merged-ledger.xlsx")}) {
        INFO(name.toStdString());
        const LedgerFile file = loaded(test::importData(name));
        REQUIRE(file.sheets.size() == 3);
        CHECK(file.sheets[0].name == QStringLiteral("说明"));
        CHECK_FALSE(file.sheets[0].hidden);
        CHECK(file.sheets[1].name == QStringLiteral("旧台账"));
        CHECK(file.sheets[1].hidden);
        const Sheet &s = file.sheets[2];
        CHECK(s.name == QStringLiteral("台账"));
        auto at = [&](int rowNumber, int column) -> Cell {
            for (const auto &r : s.rows)
                if (r.number == rowNumber)
                    return r.cell(column);
            return {};
        };
        CHECK(at(1, 6).text == QStringLiteral("宾阳县乡镇（街道）商会台账（截至2025年12月）"));  // the title merged over A1:G1
        CHECK(at(3, 0).text == QStringLiteral("序号"));                                      // merged down A2:A3
        CHECK(at(2, 6).text == QStringLiteral("会员数"));                                    // merged across F2:G2
        CHECK(at(3, 6).text == QStringLiteral("其中企业会员"));
        CHECK(at(5, 1).text == QStringLiteral("宾州镇"));                                    // the township merged over B4:B5
        CHECK(at(4, 3).date == QDate(2012, 7, 1));                                         // the file counts days from 1904
        CHECK(at(5, 3).date == QDate(2015, 3, 8));
        CHECK(at(6, 5).kind == Cell::Kind::Text);                                          // "51" typed as text
        CHECK(at(6, 5).text == QStringLiteral("51"));
        CHECK(at(4, 5).kind == Cell::Kind::Number);
        seen.append(filledCells(s));
    }
    CHECK(seen[0] == seen[2]);
    CHECK(seen[1] == seen[2]);
}

TEST_CASE("a WPS .et is told by its content: the same BIFF workbook under another name")
{
    const QByteArray bytes = test::readFile(test::importData(QStringLiteral("binyang-ledger-2025.xls")));
    auto et = LedgerFile::fromBytes(bytes, QStringLiteral("台账.et"));
    REQUIRE(et.ok());
    CHECK(et->format == LedgerFile::Format::Xls);
    // And an .ods named .xlsx is still an .ods.
    auto ods = LedgerFile::fromBytes(test::readFile(test::importData(QStringLiteral("binyang-ledger-2025.ods"))), QStringLiteral("台账.xlsx"));
    REQUIRE(ods.ok());
    CHECK(ods->format == LedgerFile::Format::Ods);
}

TEST_CASE("password-protected workbooks are refused saying so")
{
    for (const auto &name : {QStringLiteral("encrypted-ledger.xls"), QStringLiteral("encrypted-ledger.ods")}) {
        INFO(name.toStdString());
        auto file = LedgerFile::load(test::importData(name));
        REQUIRE_FALSE(file.ok());
        CHECK(file.firstError().contains(QStringLiteral("password")));
    }
    // An .xlsx saved with a password is an OLE2 file holding EncryptionInfo and EncryptedPackage
    // streams: made here by renaming the stream of a real .xls in its directory entry.
    QByteArray bytes = test::readFile(test::importData(QStringLiteral("merged-ledger.xls")));
    auto utf16 = [](const QString &text) { return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); };
    const qsizetype entry = bytes.indexOf(QByteArray(utf16(QStringLiteral("Workbook")) + QByteArray(2, '\0')));
    REQUIRE(entry > 0);
    QByteArray encrypted = bytes;
    const QByteArray name = QByteArray(utf16(QStringLiteral("EncryptedPackage")) + QByteArray(2, '\0'));
    encrypted.replace(entry, name.size(), name);
    encrypted[entry + 0x40] = char(name.size());
    auto xlsx = XlsReader::read(encrypted);
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.firstError().contains(QStringLiteral("password")));
    // The same with a Word document's stream name: an OLE2 file, but no workbook.
    QByteArray doc = bytes;
    doc.replace(entry, 16, utf16(QStringLiteral("WordDocu")));
    auto notWorkbook = XlsReader::read(doc);
    REQUIRE_FALSE(notWorkbook.ok());
    CHECK(notWorkbook.firstError().contains(QStringLiteral("not a workbook")));
}

TEST_CASE("damaged and crafted workbooks are refused as damaged, never crash or hang")
{
    const QByteArray xls = test::readFile(test::importData(QStringLiteral("merged-ledger.xls")));
    const QByteArray ods = test::readFile(test::importData(QStringLiteral("merged-ledger.ods")));
    // (A cut that only loses the file's last, unused sector still reads: that is not checked here.)
    for (const qsizetype keep : {qsizetype(8), qsizetype(512), qsizetype(1500), xls.size() / 2}) {
        auto cut = LedgerFile::fromBytes(xls.left(keep), QStringLiteral("cut.xls"));
        REQUIRE_FALSE(cut.ok());
        CHECK(cut.firstError().contains(QStringLiteral("damaged")));
    }
    for (const qsizetype keep : {qsizetype(100), ods.size() / 2, ods.size() - 10}) {
        auto cut = LedgerFile::fromBytes(ods.left(keep), QStringLiteral("cut.ods"));
        REQUIRE_FALSE(cut.ok());
        CHECK(cut.firstError().contains(QStringLiteral("damaged")));
    }
    // Every byte of the container's header and first sectors flipped in turn: refused or read, never a crash.
    for (qsizetype i = 0; i < 2048; i += 3) {
        QByteArray bad = xls;
        bad[i] = char(~bad[i]);
        (void)XlsReader::read(bad);
    }
    // A FAT whose chains loop back on themselves: each sector points to itself.
    QByteArray loop = xls;
    const CompoundFile original(loop);
    REQUIRE(original.isValid());
    CHECK(original.streamNames().contains(QStringLiteral("Workbook")));
    for (qsizetype i = 512; i < 1024; i += 4) {
        const quint32 self = quint32((i - 512) / 4);
        loop[i] = char(self & 0xFF);
        loop[i + 1] = char((self >> 8) & 0xFF);
        loop[i + 2] = 0;
        loop[i + 3] = 0;
    }
    CHECK_FALSE(XlsReader::read(loop).ok());
    CHECK_FALSE(LedgerFile::fromBytes(QByteArray("\xD0\xCF\x11\xE0", 4) + QByteArray(600, 'x'), QStringLiteral("x.xls")).ok());
}

