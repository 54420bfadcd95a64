// SPDX-License-Identifier: GPL-3.0-or-later
// The readers: CSV encodings, delimiters and quoting; XLSX parts, cell types and merges.
#include "CsvReader.h"
#include "ImportTestSupport.h"
#include "LedgerFile.h"
#include "TestSupport.h"
#include "XlsxReader.h"

#include <QStringEncoder>

using namespace chamber;

namespace {
const QString kLedgerLine = QStringLiteral("商会名称,会长\r\n宾阳县宾州镇商会,韦春梅\r\n");

QByteArray encode(const QString &text, const char *codec)
{
    QStringEncoder encoder(codec);
    return encoder.encode(text);
}
} // namespace

TEST_CASE("CSV encoding: BOM first, then strict UTF-8, then GB18030, or as the user says")
{
    const QByteArray utf8 = kLedgerLine.toUtf8();
    const QByteArray gb = encode(kLedgerLine, "GB18030");
    REQUIRE(gb != utf8);

    auto fromUtf8 = CsvReader::decode(utf8, TextEncoding::Auto);
    REQUIRE(fromUtf8.ok());
    CHECK(fromUtf8->encoding == QStringLiteral("UTF-8"));
    CHECK(fromUtf8->text == kLedgerLine);

    auto withBom = CsvReader::decode("\xEF\xBB\xBF" + utf8, TextEncoding::Gb18030);
    REQUIRE(withBom.ok());
    CHECK(withBom->text == kLedgerLine);  // the BOM wins over the user's guess

    auto fromGb = CsvReader::decode(gb, TextEncoding::Auto);
    REQUIRE(fromGb.ok());
    CHECK(fromGb->encoding == QStringLiteral("GB18030"));
    CHECK(fromGb->text == kLedgerLine);

    auto utf16 = CsvReader::decode("\xFF\xFE" + encode(kLedgerLine, "UTF-16LE"), TextEncoding::Auto);
    REQUIRE(utf16.ok());
    CHECK(utf16->text == kLedgerLine);

    // Asking for UTF-8 on a GB18030 file is refused rather than garbled.
    const auto forced = CsvReader::decode(gb, TextEncoding::Utf8);
    REQUIRE_FALSE(forced.ok());
    CHECK(forced.firstError().contains(QStringLiteral("GB18030")));
    // And GB18030 on this UTF-8 file: its byte pairs make no valid GB18030 text.
    CHECK(CsvReader::decode(utf8, TextEncoding::Gb18030).firstError().contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CSV files that are empty, binary or in an unknown encoding are refused saying so")
{
    CHECK(CsvReader::decode({}, TextEncoding::Auto).firstError().contains(QStringLiteral("empty")));
    CHECK(CsvReader::decode("\xEF\xBB\xBF", TextEncoding::Auto).firstError().contains(QStringLiteral("empty")));
    CHECK(CsvReader::decode(QByteArray("a,b\0c", 5), TextEncoding::Auto).firstError().contains(QStringLiteral("not text")));
    // Big5: every pair decodes as GB18030 too, but into the private-use area.
    const auto big5 = CsvReader::decode(test::readFile(test::importData(QStringLiteral("ledger-big5.csv"))), TextEncoding::Auto);
    REQUIRE_FALSE(big5.ok());
    CHECK(big5.firstError().contains(QStringLiteral("encoding")));
    // Bytes valid in neither.
    CHECK_FALSE(CsvReader::decode("\x80\xFF\x81 abc", TextEncoding::Auto).ok());
}

TEST_CASE("CSV fields: quoted commas, doubled quotes and line breaks - CRLF, LF and CR line ends")
{
    const auto records = CsvReader::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",,x\rlast,\"\""), QLatin1Char(','));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK(records->at(0) == QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")});
    CHECK(records->at(1) == QStringList{QStringLiteral("line\nbreak"), QString(), QStringLiteral("x")});
    CHECK(records->at(2) == QStringList{QStringLiteral("last"), QString()});
    // A row ending in a delimiter has an empty last field.
    CHECK(CsvReader::parse(QStringLiteral("a,\n"), QLatin1Char(','))->at(0) == QStringList{QStringLiteral("a"), QString()});
    // A quote opened and never closed would swallow the rest of the file: refused, naming the row.
    const auto open = CsvReader::parse(QStringLiteral("a,b\nc,\"d\ne,f\n"), QLatin1Char(','));
    REQUIRE_FALSE(open.ok());
    CHECK(open.firstError().contains(QStringLiteral("Row 2")));
}

TEST_CASE("CSV delimiter: comma, semicolon, tab or bar, whichever splits the lines alike")
{
    CHECK(CsvReader::detectDelimiter(QStringLiteral("商会名称;会长;会员数\n甲;乙;3\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("商会名称\t会长\n甲,丙\t乙\n")) == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("商会名称|会长\n甲|乙\n")) == QLatin1Char('|'));
    // Commas inside quotes do not count; the semicolon splits every line the same.
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a;\"b,c,d\"\ne;\"f,g\"\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a,b\nc,d\n")) == QLatin1Char(','));
}

TEST_CASE("the GB18030 sample reads as 14 rows in 20 columns with its title first")
{
    auto file = LedgerFile::load(test::sample(QStringLiteral("binyang-ledger-2025.gb18030.csv")));
    REQUIRE(file.ok());
    CHECK(file->format == LedgerFile::Format::Csv);
    REQUIRE(file->sheets.size() == 1);
    const Sheet &sheet = file->sheets.first();
    CHECK(sheet.encoding == QStringLiteral("GB18030"));
    CHECK(sheet.rows.size() == 14);
    CHECK(sheet.columnCount() == 20);
    CHECK(sheet.rows[0].cell(0).text == QStringLiteral("宾阳县乡镇（街道）商会基本情况统计表（截至2025年12月）"));
    CHECK(sheet.rows[2].cell(3).text == QStringLiteral("2012.07"));
    CHECK(file->sha256.size() == 64);
}

TEST_CASE("the XLSX sample: shared and rich strings, numbers and a date cell")
{
    auto file = LedgerFile::load(test::sample(QStringLiteral("binyang-ledger-2025.xlsx")));
    REQUIRE(file.ok());
    CHECK(file->format == LedgerFile::Format::Xlsx);
    REQUIRE(file->sheets.size() == 1);
    const Sheet &sheet = file->sheets.first();
    CHECK(sheet.name == QStringLiteral("binyang-ledger-2025"));
    CHECK(sheet.rows.size() == 14);
    // A title written in runs of two fonts reads as one text.
    CHECK(sheet.rows[0].cell(0).text == QStringLiteral("宾阳县乡镇（街道）商会基本情况统计表（截至2025年12月）"));
    const SheetRow &binzhou = sheet.rows[2];
    CHECK(binzhou.number == 3);
    CHECK(binzhou.cell(3).kind == Cell::Kind::Number);  // 2012.07 typed into a General cell
    CHECK(binzhou.cell(3).number == Approx(2012.07));
    CHECK(binzhou.cell(5).text == QStringLiteral("18153246119"));  // a phone number as a number, all digits
    CHECK(binzhou.cell(7).text == QStringLiteral("43人"));
    const SheetRow &xinxu = sheet.rows[5];
    CHECK(xinxu.cell(3).kind == Cell::Kind::Date);  // 40202 with format yyyy-mm-dd
    CHECK(xinxu.cell(3).date == QDate(2010, 1, 24));
    CHECK(xinxu.cell(12).text == QStringLiteral("否"));
    CHECK(xinxu.cell(13).isBlank());
}

TEST_CASE("XLSX by hand: inline strings, booleans, errors, formulas, date formats, merges, hidden sheets")
{
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>商会名称</t></si>"
        "<si><r><t>会员</t></r><r><t>数</t></r><rPh sb=\"0\" eb=\"1\"><t>ホ</t></rPh></si>"
        "</sst>";
    // Cell formats: 0 General, 1 built-in 14 (date), 2 custom yyyy"年"m"月", 3 built-in 31 (CJK date),
    // 4 a custom number format with quoted letters that is not a date.
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"170\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/>"
        "<numFmt numFmtId=\"171\" formatCode=\"0&quot; days&quot;\"/></numFmts>"
        "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"170\"/><xf numFmtId=\"31\"/><xf numFmtId=\"171\"/></cellXfs>"
        "</styleSheet>";
    const QByteArray ledger =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>CONCAT(\"甲\",\"商会\")</f><v>甲商会</v></c><c r=\"B4\" t=\"b\"><v>1</v></c>"
        "<c r=\"C4\" s=\"1\"><v>43466</v></c><c r=\"D4\" s=\"2\"><v>43586</v></c><c r=\"E4\" s=\"3\"><v>43600</v></c>"
        "<c r=\"F4\" s=\"4\"><v>12</v></c><c r=\"G4\" t=\"e\"><v>#N/A</v></c><c r=\"H4\"><v>1.5E3</v></c></row>"
        "<row><c t=\"inlineStr\"><is><t>no r attributes</t></is></c><c><v>7</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C2:D3\"/></mergeCells></worksheet>";
    const QByteArray hidden = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>";
    auto sheets = XlsxReader::read(test::makeXlsx({QStringLiteral("说明:hidden"), QStringLiteral("台账")}, {hidden, ledger}, strings, styles));
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 2);
    CHECK(sheets->at(0).hidden);
    const Sheet &s = sheets->at(1);
    CHECK(s.name == QStringLiteral("台账"));
    REQUIRE(s.rows.size() == 4);
    CHECK(s.rows[0].cell(0).text == QStringLiteral("标题"));
    // A merged header names every column and row it covers; phonetic runs are left out.
    CHECK(s.rows[1].cell(2).text == QStringLiteral("会员数"));
    CHECK(s.rows[1].cell(3).text == QStringLiteral("会员数"));
    CHECK(s.rows[1].number == 2);
    CHECK(s.rows[2].number == 4);  // row 3 is not in the file: the merge has nowhere to go there
    const SheetRow &r = s.rows[2];
    CHECK(r.cell(0).text == QStringLiteral("甲商会"));
    CHECK(r.cell(1).kind == Cell::Kind::Boolean);
    CHECK(r.cell(1).number == 1);
    CHECK(r.cell(2).date == QDate(2019, 1, 1));
    CHECK(r.cell(3).date == QDate(2019, 5, 1));
    CHECK(r.cell(4).date == QDate(2019, 5, 15));
    CHECK(r.cell(5).kind == Cell::Kind::Number);
    CHECK(r.cell(6).kind == Cell::Kind::Error);
    CHECK(r.cell(7).text == QStringLiteral("1500"));
    CHECK(s.rows[3].number == 5);
    CHECK(s.rows[3].cell(1).text == QStringLiteral("7"));
}

TEST_CASE("XLSX dates in the 1904 system and Excel's 1900 serials")
{
    CHECK(dateFromSerial(40202) == QDate(2010, 1, 24));
    CHECK(dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK(dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(dateFromSerial(0, true).isNull());
    CHECK(dateFromSerial(38740, true) == QDate(2010, 1, 24));
    for (const QDate &d : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2025, 12, 31)})
        CHECK(dateFromSerial(serialFromDate(d)) == d);
    const QByteArray styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                             "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>38740</v></c></row></sheetData></worksheet>";
    auto sheets = XlsxReader::read(test::makeXlsx({QStringLiteral("S")}, {sheet}, {}, styles, true));
    REQUIRE(sheets.ok());
    CHECK(sheets->first().rows[0].cell(0).date == QDate(2010, 1, 24));
}

TEST_CASE("date formats are told from number formats")
{
    CHECK(XlsxReader::isDateFormat(14, {}));
    CHECK(XlsxReader::isDateFormat(57, {}));
    CHECK_FALSE(XlsxReader::isDateFormat(0, {}));
    CHECK_FALSE(XlsxReader::isDateFormat(164, QStringLiteral("General")));
    CHECK(XlsxReader::isDateFormat(165, QStringLiteral("yyyy\\-mm\\-dd")));
    CHECK(XlsxReader::isDateFormat(166, QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"")));
    CHECK_FALSE(XlsxReader::isDateFormat(167, QStringLiteral("#,##0.00_);[Red](#,##0.00)")));
    CHECK_FALSE(XlsxReader::isDateFormat(168, QStringLiteral("0\"人\"")));
    CHECK_FALSE(XlsxReader::isDateFormat(169, QStringLiteral("@")));
}

TEST_CASE("files that are not workbooks are refused saying what they are")
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    auto image = LedgerFile::fromBytes(png, QStringLiteral("台账.xlsx"));
    REQUIRE_FALSE(image.ok());
    CHECK(image.firstError().contains(QStringLiteral("PNG image")));
    auto old = LedgerFile::fromBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(100, 'x'), QStringLiteral("台账.xls"));
    CHECK(old.firstError().contains(QStringLiteral(".xls")));
    auto text = LedgerFile::fromBytes("商会名称,会长\n", QStringLiteral("台账.xlsx"));
    CHECK(text.firstError().contains(QStringLiteral("not one")));
    auto zip = LedgerFile::fromBytes(test::zipParts({{QStringLiteral("readme.txt"), "hello"}}), QStringLiteral("台账.xlsx"));
    CHECK(zip.firstError().contains(QStringLiteral("ZIP")));
    auto broken = LedgerFile::fromBytes(QByteArray("PK\x03\x04", 4) + QByteArray(50, '\x01'), QStringLiteral("台账.xlsx"));
    CHECK_FALSE(broken.ok());
    CHECK(LedgerFile::fromBytes({}, QStringLiteral("空.csv")).firstError().contains(QStringLiteral("empty")));
    CHECK(LedgerFile::load(QStringLiteral("/nonexistent/台账.csv")).firstError().contains(QStringLiteral("no file")));
}
