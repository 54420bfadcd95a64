// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the table in a sheet and mapping its columns to fields.
#include "HeaderMapping.h"
#include "ImportTestSupport.h"
#include "LedgerFields.h"
#include "LedgerFile.h"
#include "TableLocator.h"
#include "TestSupport.h"

using namespace chamber;

namespace {

Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("test");
    int n = 0;
    for (const auto &r : rows) {
        SheetRow row;
        row.number = ++n;
        for (const auto &t : r)
            row.cells.append(Cell::fromText(t));
        sheet.rows.append(row);
    }
    return sheet;
}

QStringList fieldsOf(const HeaderMapping &mapping)
{
    QStringList out;
    for (const auto &c : mapping.columns())
        out.append(c.field);
    return out;
}

} // namespace

TEST_CASE("the sample's table: header in row 2, title and 合计 rows are not records, every column mapped")
{
    auto file = LedgerFile::load(test::sample(QStringLiteral("binyang-ledger-2025.gb18030.csv")));
    REQUIRE(file.ok());
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    REQUIRE(table.ok());
    CHECK(table->headerRow == 2);
    CHECK(table->headerRowCount == 1);
    CHECK(table->recordRows.size() == 11);
    REQUIRE(table->skipped.size() == 2);
    CHECK(table->skipped[0].row == 1);
    CHECK(table->skipped[0].reason.contains(QStringLiteral("title")));
    CHECK(table->skipped[1].row == 14);
    CHECK(table->skipped[1].reason.contains(QStringLiteral("totals")));
    CHECK(table->year == 2025);
    CHECK(fieldsOf(table->mapping)
          == QStringList{{}, QStringLiteral("township"), QStringLiteral("name"), QStringLiteral("founded"), QStringLiteral("president"),
                         QStringLiteral("president_phone"), QStringLiteral("secretary_general"), QStringLiteral("total_members"),
                         QStringLiteral("unit_members"), QStringLiteral("registration"), QStringLiteral("registration_date"),
                         QStringLiteral("credit_code"), QStringLiteral("party_organization"), QStringLiteral("party_form"),
                         QStringLiteral("party_members"), QStringLiteral("party_instructor"), QStringLiteral("mediation_committee"),
                         QStringLiteral("mediation_cases"), QStringLiteral("honours"), QStringLiteral("notes")});
    CHECK(table->mapping.columns()[0].ignored);  // 序号 is known and left out on purpose
    CHECK(table->mapping.unknownColumns().isEmpty());
    CHECK(table->mapping.problems().isEmpty());
}

TEST_CASE("a messy ledger: two title lines, header variants, an unknown column, 小计 and a note below")
{
    auto file = LedgerFile::load(test::importData(QStringLiteral("messy-ledger.csv")));
    REQUIRE(file.ok());
    CHECK(file->sheets.first().encoding == QStringLiteral("UTF-8"));
    auto table = TableLocator::locate(file->sheets.first());
    REQUIRE(table.ok());
    CHECK(table->headerRow == 4);
    QList<int> records;
    for (int i : table->recordRows)
        records.append(table->sheet.rows[i].number);
    CHECK(records == QList<int>{5, 6, 7, 8});
    REQUIRE(table->skipped.size() == 4);
    CHECK(table->skipped[0].row == 1);
    CHECK(table->skipped[1].row == 2);
    CHECK(table->skipped[2].row == 10);
    CHECK(table->skipped[2].reason.contains(QStringLiteral("totals")));
    CHECK(table->skipped[3].row == 11);
    CHECK(table->skipped[3].reason.contains(QStringLiteral("填表人")));
    const auto &m = table->mapping;
    CHECK(m.columnOf(QStringLiteral("township")) == 1);           // 乡镇
    CHECK(m.columnOf(QStringLiteral("name")) == 2);               // 商会全称
    CHECK(m.columnOf(QStringLiteral("founded")) == 3);            // 成立日期
    CHECK(m.columnOf(QStringLiteral("president_phone")) == 5);    // 会长手机
    CHECK(m.columnOf(QStringLiteral("total_members")) == 6);      // 会员总数
    CHECK(m.columnOf(QStringLiteral("unit_members")) == 7);       // 企业会员数
    CHECK(m.columnOf(QStringLiteral("registration")) == 8);       // 登记情况
    CHECK(m.columnOf(QStringLiteral("registration_date")) == 9);  // 注册时间
    CHECK(m.columnOf(QStringLiteral("credit_code")) == 10);       // 信用代码
    REQUIRE(m.unknownColumns().size() == 1);
    CHECK(m.unknownColumns().first().header == QStringLiteral("片区"));
    const auto problems = m.problems();
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.first().isError());
    CHECK(problems.first().column == 11);
    CHECK(problems.first().problem.message.contains(QStringLiteral("片区")));
}

TEST_CASE("headers are matched however they are spaced, bracketed or annotated")
{
    CHECK(LedgerFields::forHeader(QStringLiteral("乡镇(街道)"))->key == QStringLiteral("township"));
    CHECK(LedgerFields::forHeader(QStringLiteral(" 会员数\n（个） "))->key == QStringLiteral("total_members"));
    CHECK(LedgerFields::forHeader(QStringLiteral("*商会名称"))->key == QStringLiteral("name"));
    CHECK(LedgerFields::forHeader(QStringLiteral("统一社会信用代码："))->key == QStringLiteral("credit_code"));
    CHECK(LedgerFields::forHeader(QStringLiteral("其中：单位会员"))->key == QStringLiteral("unit_members"));
    CHECK(LedgerFields::forHeader(QStringLiteral("活动资金（万元）"))->key == QStringLiteral("activity_funds"));
    CHECK(LedgerFields::inTenThousandYuan(QStringLiteral("活动资金（万元）")));
    CHECK(LedgerFields::forHeader(QStringLiteral("片区")) == nullptr);
}

TEST_CASE("a two-row header: 会员数 merged over 总数 and 其中企业会员")
{
    // As a merged cell reads: the parent's text over both columns.
    const Sheet sheet = sheetOf({{QStringLiteral("乡镇"), QStringLiteral("商会名称"), QStringLiteral("会员数"), QStringLiteral("会员数")},
                                 {{}, {}, QStringLiteral("总数"), QStringLiteral("其中企业会员")},
                                 {QStringLiteral("宾州镇"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("43"), QStringLiteral("16")}});
    auto table = TableLocator::locate(sheet);
    REQUIRE(table.ok());
    CHECK(table->headerRowCount == 2);
    CHECK(table->mapping.columnOf(QStringLiteral("total_members")) == 2);
    CHECK(table->mapping.columnOf(QStringLiteral("unit_members")) == 3);
    REQUIRE(table->recordRows.size() == 1);
    CHECK(table->sheet.rows[table->recordRows.first()].number == 3);
}

TEST_CASE("a two-row header whose other headers are merged down over both rows")
{
    // As a workbook reads with merges applied: 乡镇 and 商会名称 merged down (the same text in
    // both rows), 会员数 merged across over its two sub-headers.
    const Sheet sheet = sheetOf({{QStringLiteral("乡镇"), QStringLiteral("商会名称"), QStringLiteral("会员数"), QStringLiteral("会员数")},
                                 {QStringLiteral("乡镇"), QStringLiteral("商会名称"), QStringLiteral("总数"), QStringLiteral("其中企业会员")},
                                 {QStringLiteral("宾州镇"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("43"), QStringLiteral("16")}});
    auto table = TableLocator::locate(sheet);
    REQUIRE(table.ok());
    CHECK(table->headerRowCount == 2);
    CHECK(table->mapping.columnOf(QStringLiteral("township")) == 0);
    CHECK(table->mapping.columnOf(QStringLiteral("name")) == 1);
    CHECK(table->mapping.columnOf(QStringLiteral("total_members")) == 2);
    CHECK(table->mapping.columnOf(QStringLiteral("unit_members")) == 3);
    REQUIRE(table->recordRows.size() == 1);
    CHECK(table->skipped.isEmpty());
}

TEST_CASE("a header repeated on every printed page is not a record")
{
    const QStringList header = {QStringLiteral("商会名称"), QStringLiteral("会长")};
    const Sheet sheet = sheetOf({header, {QStringLiteral("甲商会"), QStringLiteral("张三")}, header, {QStringLiteral("乙商会"), QStringLiteral("李四")}});
    auto table = TableLocator::locate(sheet);
    REQUIRE(table.ok());
    CHECK(table->recordRows.size() == 2);
    REQUIRE(table->skipped.size() == 1);
    CHECK(table->skipped.first().row == 3);
}

TEST_CASE("a sheet with no recognisable header is refused saying what was looked for")
{
    auto file = LedgerFile::load(test::importData(QStringLiteral("no-header.csv")));
    REQUIRE(file.ok());
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    REQUIRE_FALSE(table.ok());
    CHECK(table.firstError().contains(QStringLiteral("商会名称")));
    // A header without the chamber's name cannot be matched to chambers.
    CHECK_FALSE(TableLocator::locate(sheetOf({{QStringLiteral("乡镇"), QStringLiteral("会长")}, {QStringLiteral("宾州镇"), QStringLiteral("韦春梅")}})).ok());
}

TEST_CASE("in a workbook: the first visible sheet with a ledger, or the one asked for")
{
    const Sheet notes = sheetOf({{QStringLiteral("填表说明")}, {QStringLiteral("请按实际填写")}});
    const Sheet ledger = sheetOf({{QStringLiteral("商会名称"), QStringLiteral("会长")}, {QStringLiteral("甲商会"), QStringLiteral("张三")}});
    Sheet hiddenLedger = ledger;
    hiddenLedger.hidden = true;
    auto found = TableLocator::locate({notes, hiddenLedger, ledger}, std::nullopt);
    REQUIRE(found.ok());
    CHECK(found->sheetIndex == 2);
    auto asked = TableLocator::locate({notes, hiddenLedger, ledger}, 2);
    REQUIRE(asked.ok());
    CHECK(asked->sheetIndex == 1);
    CHECK(TableLocator::locate({notes, ledger}, 1).firstError().contains(QStringLiteral("recognisable")));
    CHECK(TableLocator::locate({notes, ledger}, 5).firstError().contains(QStringLiteral("no sheet 5")));
}

TEST_CASE("a mapping: chosen fields and left-out columns, saved as JSON and applied to a reordered ledger")
{
    const Sheet sheet = sheetOf({{QStringLiteral("单位"), QStringLiteral("片区"), QStringLiteral("负责人")},
                                 {QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("城区"), QStringLiteral("韦春梅")}});
    // Only one known header: not found by itself.
    CHECK_FALSE(TableLocator::locate(sheet).ok());
    HeaderMapping mapping;
    mapping.map({QStringLiteral("单位"), QStringLiteral("片区"), QStringLiteral("负责人")});
    REQUIRE(mapping.choose(0, QStringLiteral("name")).ok());
    REQUIRE(mapping.choose(2, QStringLiteral("president")).ok());
    REQUIRE(mapping.choose(1, {}).ok());
    CHECK_FALSE(mapping.choose(1, QStringLiteral("name")).ok());        // taken by column A
    CHECK_FALSE(mapping.choose(1, QStringLiteral("no_such_field")).ok());
    CHECK(mapping.unknownColumns().isEmpty());
    mapping.setHeaderRow(1);

    auto reloaded = HeaderMapping::fromJson(mapping.toJson());
    REQUIRE(reloaded.ok());
    CHECK(reloaded->headerRow() == 1);
    // The same headers in another order next year.
    const Sheet next = sheetOf({{QStringLiteral("负责人"), QStringLiteral("单位"), QStringLiteral("片区")},
                                {QStringLiteral("韦春梅"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("城区")}});
    auto table = TableLocator::locate(next, *reloaded);
    REQUIRE(table.ok());
    CHECK(fieldsOf(table->mapping) == QStringList{QStringLiteral("president"), QStringLiteral("name"), QString()});
    CHECK(table->mapping.columns()[2].ignored);
    CHECK(table->mapping.problems().isEmpty());

    CHECK_FALSE(HeaderMapping::fromJson("{\"columns\": []}").ok());
    CHECK_FALSE(HeaderMapping::fromJson("not json").ok());
    CHECK_FALSE(HeaderMapping::fromJson("{\"chamberdesk_mapping\": 1, \"columns\": [{\"header\": \"甲\", \"field\": \"nope\"}]}").ok());
}
