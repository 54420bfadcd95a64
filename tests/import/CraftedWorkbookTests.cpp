// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook readers on files made by hand, record by record or element by element: BIFF5 in
// code page 936, ODS cell types and repeats, the read limits, encryption, issue 15; the ODS writer.
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

// An ODS package around a hand-written content.xml body (the tables).
QByteArray makeOds(const QByteArray &tables, const QByteArray &styles = {}, const QByteArray &manifestExtra = {})
{
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\">"
        "<office:automatic-styles>" + styles + "</office:automatic-styles>"
        "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>";
    const QByteArray manifest =
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + manifestExtra +
        "</manifest:file-entry></manifest:manifest>";
    return ZipArchive::create({{QStringLiteral("mimetype"), OdsReader::mimeType()},
                               {QStringLiteral("content.xml"), content},
                               {QStringLiteral("META-INF/manifest.xml"), manifest}},
                              {QStringLiteral("mimetype")});
}

QByteArray le16(int v)
{
    QByteArray b(2, '\0');
    qToLittleEndian<quint16>(quint16(v), b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian<quint32>(v, b.data());
    return b;
}

QByteArray record(int type, const QByteArray &data)
{
    return le16(type) + le16(int(data.size())) + data;
}

// A BIFF5 workbook (Excel 95, as older Chinese Excel and WPS save) with code page 936: one sheet
// named in GBK and some GBK labels — LibreOffice cannot write BIFF5, so it is made here, record by
// record, and put in a minimal OLE2 container (one FAT sector, one directory sector, the stream).
QByteArray biff5Gbk(const QString &sheetName, const QStringList &labels)
{
    QStringEncoder gbk("GB18030");
    const QByteArray name = gbk.encode(sheetName);
    QByteArray sheet = record(0x0809, le16(0x0500) + le16(0x0010) + le16(0) + le16(0));            // BOF, worksheet
    sheet += record(0x0200, le16(0) + le16(int(labels.size())) + le16(0) + le16(1) + le16(0));    // DIMENSIONS
    for (int r = 0; r < labels.size(); ++r) {
        const QByteArray text = gbk.encode(labels[r]);
        sheet += record(0x0204, le16(r) + le16(0) + le16(0) + le16(int(text.size())) + text);     // LABEL
    }
    sheet += record(0x000A, {});                                                                  // EOF
    QByteArray globals = record(0x0809, le16(0x0500) + le16(0x0005) + le16(0) + le16(0));          // BOF, globals
    globals += record(0x0042, le16(936));                                                         // CODEPAGE
    // Padding records of a type no reader knows, so the stream passes the 4,096 bytes below which
    // it would go in the mini stream.
    for (int i = 0; i < 5; ++i)
        globals += record(0x0898, QByteArray(1000, '\0'));
    const int boundSheetSize = 4 + 6 + 1 + int(name.size());
    const quint32 sheetOffset = quint32(globals.size() + boundSheetSize + 4);
    globals += record(0x0085, le32(sheetOffset) + QByteArray(1, '\0') + QByteArray(1, '\0') + QByteArray(1, char(name.size())) + name);
    globals += record(0x000A, {});
    QByteArray stream = globals + sheet;
    const int streamSize = int(stream.size());
    stream.append(QByteArray((512 - streamSize % 512) % 512, '\0'));
    const int streamSectors = int(stream.size() / 512);

    QByteArray header = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(16, '\0') + le16(0x3E) + le16(3) + le16(0xFFFE)
                        + le16(9) + le16(6) + QByteArray(6, '\0') + le32(0) + le32(1) + le32(1) + le32(0) + le32(4096)
                        + le32(0xFFFFFFFE) + le32(0) + le32(0xFFFFFFFE) + le32(0) + le32(0);
    while (header.size() < 512)
        header += le32(0xFFFFFFFF);
    QByteArray fat = le32(0xFFFFFFFD) + le32(0xFFFFFFFE);
    for (int i = 0; i < streamSectors; ++i)
        fat += le32(i + 1 < streamSectors ? quint32(3 + i) : 0xFFFFFFFE);
    while (fat.size() < 512)
        fat += le32(0xFFFFFFFF);
    auto entry = [&](const QString &entryName, int type, quint32 child, quint32 start, quint32 size) {
        QByteArray e(reinterpret_cast<const char *>(entryName.utf16()), entryName.size() * 2);
        e.append(QByteArray(64 - e.size(), '\0'));
        e += le16(int(entryName.size() * 2 + 2)) + QByteArray(1, char(type)) + QByteArray(1, '\1') + le32(0xFFFFFFFF) + le32(0xFFFFFFFF)
             + le32(child) + QByteArray(16 + 4 + 16, '\0') + le32(start) + le32(size) + le32(0);
        return e;
    };
    QByteArray directory = entry(QStringLiteral("Root Entry"), 5, 1, 0xFFFFFFFE, 0) + entry(QStringLiteral("Book"), 2, 0xFFFFFFFF, 2, quint32(streamSize));
    directory.append(QByteArray(512 - directory.size(), '\0'));
    return header + fat + directory + stream;
}

} // namespace

TEST_CASE("a BIFF5 workbook in code page 936 (GBK) reads as the Chinese it holds")
{
    const QStringList labels = {QStringLiteral("商会名称"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("会长已换届")};
    const QByteArray bytes = biff5Gbk(QStringLiteral("台账"), labels);
    REQUIRE(CompoundFile(bytes).stream(QStringLiteral("Book")).has_value());
    auto sheets = XlsReader::read(bytes);
    INFO(sheets.firstError().toStdString());
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 1);
    CHECK(sheets->first().name == QStringLiteral("台账"));
    REQUIRE(sheets->first().rows.size() == 3);
    for (int r = 0; r < 3; ++r)
        CHECK(sheets->first().rows[r].cell(0).text == labels[r]);
}

TEST_CASE("ODS by hand: cell types, paragraphs and spaces, comments, repeated and spanned cells")
{
    const QByteArray styles = "<style:style style:name=\"off\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>";
    const QByteArray tables =
        "<table:table table:name=\"藏\" table:style-name=\"off\"><table:table-row><table:table-cell/></table:table-row></table:table>"
        "<table:table table:name=\"台账\"><table:table-column table:number-columns-repeated=\"1024\"/>"
        "<table:table-header-rows><table:table-row>"
        "<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"2\"><text:p>商会 <text:s text:c=\"2\"/>名称</text:p>"
        "<office:annotation><text:p>批注不是内容</text:p></office:annotation></table:table-cell><table:covered-table-cell/>"
        "<table:table-cell office:value-type=\"string\"><text:p>一</text:p><text:p>二<text:tab/>三</text:p></table:table-cell>"
        "</table:table-row></table:table-header-rows>"
        "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        "<table:table-row>"
        "<table:table-cell office:value-type=\"float\" office:value=\"1.5\"><text:p>1.50</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2019-05-01T08:30:00\"><text:p>2019年5月1日</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
        "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"2\"><text:p>同</text:p></table:table-cell>"
        "</table:table-row>"
        // LibreOffice ends a sheet with every remaining row, empty, in one element.
        "<table:table-row table:number-rows-repeated=\"1048571\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        "</table:table>";
    auto sheets = OdsReader::read(makeOds(tables, styles));
    INFO(sheets.firstError().toStdString());
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 2);
    CHECK(sheets->at(0).hidden);
    const Sheet &s = sheets->at(1);
    CHECK_FALSE(s.hidden);
    REQUIRE(s.rows.size() == 2);  // the empty rows, four of them and a million, are not kept
    CHECK(s.rows[0].cell(0).text == QStringLiteral("商会   名称"));
    CHECK(s.rows[0].cell(1).text == QStringLiteral("商会   名称"));  // spanned over two columns
    CHECK(s.rows[0].cell(2).text == QStringLiteral("一\n二\t三"));
    const SheetRow &r = s.rows[1];
    CHECK(r.number == 5);
    CHECK(r.cell(0).kind == Cell::Kind::Number);
    CHECK(r.cell(0).text == QStringLiteral("1.5"));
    CHECK(r.cell(1).number == Approx(0.25));
    CHECK(r.cell(2).kind == Cell::Kind::Date);
    CHECK(r.cell(2).date == QDate(2019, 5, 1));
    CHECK(r.cell(3).kind == Cell::Kind::Boolean);
    CHECK(r.cell(4).kind == Cell::Kind::Error);
    CHECK(r.cell(5).text == QStringLiteral("同"));
    CHECK(r.cell(6).text == QStringLiteral("同"));
}

TEST_CASE("the read limits: rows and cells a crafted workbook repeats are refused naming the limit")
{
    // A filled row repeated past the last row a sheet can have.
    const QByteArray rows = "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1048570\"/>"
                            "<table:table-row table:number-rows-repeated=\"10\">"
                            "<table:table-cell office:value-type=\"string\"><text:p>甲</text:p></table:table-cell></table:table-row></table:table>";
    auto tooManyRows = OdsReader::read(makeOds(rows));
    REQUIRE_FALSE(tooManyRows.ok());
    CHECK(tooManyRows.firstError().contains(QLocale().toString(1048576) + QStringLiteral(" rows")));
    // A full row of 16,384 cells repeated 100 times: 1.6 million filled cells.
    const QByteArray cells = "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"100\">"
                             "<table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"16384\"/>"
                             "</table:table-row></table:table>";
    auto tooManyCells = OdsReader::read(makeOds(cells));
    REQUIRE_FALSE(tooManyCells.ok());
    CHECK(tooManyCells.firstError().contains(QLocale().toString(1000000) + QStringLiteral(" filled cells")));
    // A merge over a whole sheet of present rows writes cells too, and counts them.
    QByteArray many = "<table:table table:name=\"S\"><table:table-row><table:table-cell office:value-type=\"string\" "
                      "table:number-columns-spanned=\"16384\" table:number-rows-spanned=\"10000\"><text:p>甲</text:p></table:table-cell></table:table-row>"
                      "</table:table>";
    auto merged = OdsReader::read(makeOds(many));
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.firstError().contains(QStringLiteral("filled cells")));
}

TEST_CASE("an ODS package holding encryption-data in its manifest is refused as encrypted")
{
    auto read = OdsReader::read(makeOds("<table:table table:name=\"S\"/>", {},
                                        "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.firstError().contains(QStringLiteral("password")));
}

TEST_CASE("issue 15: an XLSX relationship target above the package root is no part, not a crash")
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"../xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                 "<sheet name=\"S\" sheetId=\"1\" r:id=\"rs1\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rs1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"../../../sheet.xml\"/></Relationships>");
    // The workbook part is found at its usual place; the sheet's target leads nowhere: damaged.
    auto read = XlsxReader::read(test::zipParts(parts));
    REQUIRE_FALSE(read.ok());
    CHECK(read.firstError().contains(QStringLiteral("damaged")));
}

TEST_CASE("the ODS writer: mimetype first and stored, every part, cells typed, formulas never")
{
    OdsWriter::Sheet sheet;
    sheet.name = QStringLiteral("商会台账");
    sheet.boldRows = 1;
    sheet.rows = {{Cell::fromText(QStringLiteral("商会名称")), Cell::fromText(QStringLiteral("成立时间")), Cell::fromText(QStringLiteral("会员数"))},
                  {Cell::fromText(QStringLiteral("=HYPERLINK(\"http://x\",\"点\")")), Cell::fromDate(serialFromDate(QDate(2012, 7, 1)), QDate(2012, 7, 1)),
                   Cell::fromNumber(43)},
                  {Cell::fromText(QStringLiteral(" 两  个空格\t和\n两段")), Cell(), Cell::fromText(QStringLiteral("+86 139"))}};
    const QByteArray bytes = OdsWriter::write(sheet);
    // The ZIP's first local header holds "mimetype" (8 bytes at 30), stored (method 0 at 8), no extra field (28).
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    CHECK(bytes.mid(8, 2) == QByteArray("\0\0", 2));
    CHECK(bytes.mid(28, 2) == QByteArray("\0\0", 2));
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 46) == "application/vnd.oasis.opendocument.spreadsheet");
    const ZipArchive zip(bytes);
    for (const auto &part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")})
        CHECK(zip.entry(part, 1 << 20).has_value());
    const QByteArray content = zip.entry(QStringLiteral("content.xml"), 1 << 20).value_or(QByteArray());
    CHECK_FALSE(content.contains("table:formula"));
    CHECK(content.contains("office:date-value=\"2012-07-01\""));

    auto read = OdsReader::read(bytes);
    REQUIRE(read.ok());
    const Sheet &back = read->first();
    CHECK(back.name == QStringLiteral("商会台账"));
    REQUIRE(back.rows.size() == 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            INFO(r << ", " << c);
            CHECK(back.rows[r].cell(c).kind == sheet.rows[r].value(c).kind);
            CHECK(back.rows[r].cell(c).text == sheet.rows[r].value(c).text);
        }
    CHECK(back.rows[1].cell(1).date == QDate(2012, 7, 1));
}
