// SPDX-License-Identifier: GPL-3.0-or-later
// Keep the chamber, hold back the cell: ledgers written here by hand, each row's outcome and the
// verification items (待核实) it must raise counted by eye from the rows.
#include "ChamberService.h"
#include "HonourService.h"
#include "ImportTestSupport.h"
#include "Importer.h"
#include "LedgerFile.h"
#include "MediationService.h"
#include "PartyService.h"
#include "Stats.h"
#include "TestSupport.h"
#include "VerificationActions.h"
#include "VerificationService.h"

#include <QSqlQuery>

using namespace chamber;

namespace {

ImportPlan planText(Database &db, const QString &text, const QString &name = QStringLiteral("hand.csv"))
{
    auto file = LedgerFile::fromBytes(text.toUtf8(), name);
    REQUIRE(file.ok());
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    INFO(test::describe(table.problems()).toStdString());
    REQUIRE(table.ok());
    ImportPlan::Options options;
    options.fileName = file->fileName;
    options.fileSha256 = file->sha256;
    auto plan = ImportPlan::build(db, *table, options);
    INFO(test::describe(plan.problems()).toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

void commit(Database &db, const ImportPlan &plan)
{
    auto outcome = Importer::commit(db, plan);
    INFO(test::describe(outcome.problems()).toStdString());
    REQUIRE(outcome.ok());
}

const PlannedRow &rowAt(const ImportPlan &plan, int sheetRow)
{
    for (const auto &r : plan.rows)
        if (r.record.row == sheetRow)
            return r;
    FAIL("no row " << sheetRow);
    return plan.rows.first();
}

QList<VerificationItem> openItems(Database &db)
{
    auto items = VerificationService(db).list();
    REQUIRE(items.ok());
    return items.value();
}

// "chamber name|field|value|kind|row" per item, sorted, to compare with the hand count.
QStringList itemLines(Database &db)
{
    QHash<qint64, QString> names;
    for (const auto &c : test::valueOf(ChamberService(db).all()))
        names.insert(c.id, c.name);
    QStringList lines;
    for (const auto &v : openItems(db))
        lines.append(QStringLiteral("%1|%2|%3|%4|%5").arg(names.value(v.chamberId), v.field, v.value, VerificationItem::kindKey(v.kind))
                         .arg(v.sourceRow));
    lines.sort();
    return lines;
}

// Five rows of 宾阳县 (2025):
// row 3 宾州镇: registered 2016年9月 with a code whose check character is X (P expected) → the
//   chamber comes in, its registration is held back whole: 1 item (credit_code).
// row 4 黎塘镇: founded 2015-03-10, registered 2015年2月 → registered as found: 1 doubtful item.
// row 5 甘棠镇: founded 2018, honoured 广西“四好”商会 in 2016 → honour kept: 1 doubtful item.
// row 6 思陇镇: nothing wrong.
// row 7 不存在镇: no such township → the only row refused.
const QString kLedger = QStringLiteral(
    "宾阳县乡镇（街道）商会台账（截至2025年12月）,,,,,,,,,,,,,\n"
    "序号,乡镇（街道）,商会名称,成立时间,会长,会员数,其中企业会员,是否登记,登记时间,统一社会信用代码,获得荣誉,年度调解案件数,调解成功数,是否设立调解组织\n"
    "1,宾州镇,宾阳县宾州镇商会,2012年7月1日,韦春梅,43,16,是,2016年9月,51450126MJ3016613X,,37,30,是\n"
    "2,黎塘镇,宾阳县黎塘镇商会,2015年3月10日,甘明辉,51,47,是,2015年2月,51450126MJ749118X0,,,,\n"
    "3,甘棠镇,宾阳县甘棠镇商会,2018年5月1日,覃永福,45,29,否,,,广西“四好”商会（2016年）,,,\n"
    "4,思陇镇,宾阳县思陇镇商会,2019年5月12日,黄永福,60,20,否,,,,,,\n"
    "5,不存在镇,宾阳县某某商会,2019年5月12日,黄永福,60,20,否,,,,,,\n");

} // namespace

TEST_CASE("a bad code, a date clash and an honour before founding keep their chambers and the items say what to verify")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    const ImportPlan plan = planText(db, kLedger);
    const ImportCounts counts = plan.counts();
    CHECK(counts.records == 5);
    CHECK(counts.created == 4);
    CHECK(counts.refused == 1);
    CHECK(counts.heldBack == 1);
    CHECK(counts.doubtful == 2);
    CHECK(rowAt(plan, 7).action == RowAction::Refuse);
    CHECK_FALSE(rowAt(plan, 3).registration.has_value());  // held back whole
    REQUIRE(rowAt(plan, 4).registration.has_value());
    commit(db, plan);

    const auto all = test::chambersByName(db);
    REQUIRE(all.size() == 4);
    const Chamber binzhou = all.value(QStringLiteral("宾阳县宾州镇商会"));
    CHECK(binzhou.president == QStringLiteral("韦春梅"));  // every valid field came in
    CHECK(binzhou.individualMembers == 27);
    CHECK(binzhou.unitMembers == 16);
    CHECK(binzhou.creditCode.isEmpty());
    CHECK(RegistrationService(db).history(binzhou.id)->isEmpty());
    // The tally of 2025 with its settled count.
    const auto tallies = MediationService(db).talliesOf(binzhou.id);
    REQUIRE(tallies->size() == 1);
    CHECK(tallies->first().year == 2025);
    CHECK(tallies->first().cases == 37);
    CHECK(tallies->first().settled == 30);

    const Chamber litang = all.value(QStringLiteral("宾阳县黎塘镇商会"));
    const auto history = RegistrationService(db).history(litang.id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().date == QDate(2015, 2, 1));  // as found, before the founding
    CHECK(litang.creditCode == QStringLiteral("51450126MJ749118X0"));
    const Chamber gantang = all.value(QStringLiteral("宾阳县甘棠镇商会"));
    REQUIRE(HonourService(db).of(gantang.id)->size() == 1);
    CHECK(HonourService(db).of(gantang.id)->first().year == 2016);

    CHECK(itemLines(db) == QStringList{
                               QStringLiteral("宾阳县宾州镇商会|credit_code|51450126MJ3016613X|held_back|3"),
                               QStringLiteral("宾阳县甘棠镇商会|honours|广西“四好”商会（2016年）|doubtful|5"),
                               QStringLiteral("宾阳县黎塘镇商会|registration_date|2015年2月|doubtful|4"),
                           });
    for (const auto &item : openItems(db)) {
        CHECK(item.sourceFile == QStringLiteral("hand.csv"));
        CHECK_FALSE(item.reason.isEmpty());
    }

    // All four chambers count in coverage: 4 of the county's 16 townships.
    const auto stats = StatsService(db).compute();
    REQUIRE(stats.ok());
    CHECK(stats->total.coverage.numerator == 4);
    CHECK(stats->total.coverage.denominator == 16);
    CHECK(stats->total.counts.value(QStringLiteral("verification.open")) == 3);

    // The same ledger again: nothing new to verify.
    commit(db, planText(db, kLedger));
    CHECK(openItems(db).size() == 3);
}

TEST_CASE("a held-back value is used once it is valid, or dismissed with a reason, and editing the field resolves it")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    // 宾州镇's founding date is a month that does not exist; 黎塘镇's status is not one a chamber has.
    const QString ledger = QStringLiteral(
        "序号,乡镇（街道）,商会名称,成立时间,运行状态,会长\n"
        "1,宾州镇,宾阳县宾州镇商会,2012年13月,正常,韦春梅\n"
        "2,黎塘镇,宾阳县黎塘镇商会,2011-10-10,暂停,甘明辉\n");
    const ImportPlan plan = planText(db, ledger);
    CHECK(plan.counts().created == 2);
    CHECK(plan.counts().heldBack == 2);
    commit(db, plan);
    auto items = openItems(db);
    REQUIRE(items.size() == 2);
    for (const auto &item : items) {
        REQUIRE(VerificationActions::canUseValue(db, item).ok());
        CHECK_FALSE(*VerificationActions::canUseValue(db, item));  // neither value can be read as it stands
    }

    // Dismissed with a reason (none is refused); edited away.
    const VerificationItem founded = items[0].field == QStringLiteral("founded") ? items[0] : items[1];
    const VerificationItem status = items[0].field == QStringLiteral("status") ? items[0] : items[1];
    CHECK_FALSE(VerificationService(db).resolve(status.id, VerificationItem::Resolution::Dismissed).ok());
    REQUIRE(VerificationService(db).resolve(status.id, VerificationItem::Resolution::Dismissed, QStringLiteral("台账笔误")).ok());
    Chamber binzhou = test::chambersByName(db).value(QStringLiteral("宾阳县宾州镇商会"));
    binzhou.founded = QDate(2012, 3, 1);
    const auto updated = ChamberService(db).update(binzhou);
    INFO(test::describe(updated.problems()).toStdString());
    REQUIRE(updated.ok());
    CHECK(openItems(db).isEmpty());
    const auto resolved = VerificationService(db).get(founded.id);
    REQUIRE(resolved.ok());
    CHECK(resolved->resolution == VerificationItem::Resolution::Edited);

    // A value that is valid now is written into the chamber when used.
    VerificationItem manual;
    manual.chamberId = binzhou.id;
    manual.field = QStringLiteral("president");
    manual.value = QStringLiteral("黄永福");
    manual.reason = QStringLiteral("test");
    const auto id = VerificationService(db).add(manual);
    REQUIRE(id.ok());
    REQUIRE(*VerificationActions::canUseValue(db, VerificationService(db).get(id.value()).value()));
    REQUIRE(VerificationActions::useValue(db, id.value()).ok());
    CHECK(ChamberService(db).get(binzhou.id)->president == QStringLiteral("黄永福"));
    CHECK(VerificationService(db).get(id.value())->resolution == VerificationItem::Resolution::UsedValue);
}

TEST_CASE("townships resolve exactly before any fuzzy rule, narrowed by the county column or the chamber's name")
{
    test::TempDatabase temp(QStringLiteral("45"));
    Database &db = *temp.db;
    // Row 2: 兴宾区小平阳镇 — 兴宾区 has both 小平阳镇 and 平阳镇.
    // Row 3: 来宾市兴宾区小平阳镇 — 北海 also has a 平阳镇.
    // Row 4: 南宁市宾阳县新圩镇; row 5: 宾阳县新圩 (no 镇); five counties of Guangxi have a 新圩镇.
    // Row 6: 新圩镇 with the county column 宾阳县 (another chamber than row 4: 新圩镇第二商会).
    // Row 7: 新圩镇 without a county column, but the chamber's name names its county, 北流市.
    // Row 8: 新圩镇 and nothing to tell which: refused, listing the five.
    const QString ledger = QStringLiteral(
        "序号,设区市,县（市、区）,乡镇（街道）,商会名称\n"
        "1,,,兴宾区小平阳镇,小平阳镇商会\n"
        "2,,,来宾市兴宾区小平阳镇,小平阳镇工商业联合会\n"
        "3,,,南宁市宾阳县新圩镇,新圩镇商会\n"
        "4,,,宾阳县新圩,新圩镇青年商会\n"
        "5,南宁市,宾阳县,新圩镇,新圩镇第二商会\n"
        "6,,,新圩镇,北流市新圩镇商会\n"
        "7,,,新圩镇,新圩商会\n");
    const ImportPlan plan = planText(db, ledger);
    CHECK(rowAt(plan, 2).record.chamber.townshipCode == QStringLiteral("451302103"));
    CHECK(rowAt(plan, 3).record.chamber.townshipCode == QStringLiteral("451302103"));
    CHECK(rowAt(plan, 4).record.chamber.townshipCode == QStringLiteral("450126105"));
    CHECK(rowAt(plan, 5).record.chamber.townshipCode == QStringLiteral("450126105"));
    CHECK(rowAt(plan, 6).record.chamber.townshipCode == QStringLiteral("450126105"));
    CHECK(rowAt(plan, 7).record.chamber.townshipCode == QStringLiteral("450981106"));
    const PlannedRow &unknown = rowAt(plan, 8);
    CHECK(unknown.action == RowAction::Refuse);
    REQUIRE_FALSE(unknown.problems().isEmpty());
    const QString why = unknown.problems().first().problem.message;
    for (const auto &code : {"450126105", "450327104", "450423102", "450721101", "450981106"})
        CHECK(why.contains(QString::fromLatin1(code)));
    CHECK(plan.counts().created == 6);
    CHECK(plan.counts().refused == 1);
}

TEST_CASE("a region ledger with 设区市 and 县（市、区） columns and names that repeat imports with no township refused")
{
    test::TempDatabase temp(QStringLiteral("45"));
    Database &db = *temp.db;
    // Each township name below is shared by four or five counties of Guangxi; the columns say which.
    // Counties written as offices do: in full, without 县/区/市, or with the city before them.
    const QString ledger = QStringLiteral(
        "广西壮族自治区乡镇（街道）商会汇总表（截至2025年12月）,,,,\n"
        "序号,设区市,县（市、区）,乡镇（街道）,商会名称\n"
        "1,南宁市,宾阳县,新圩镇,新圩镇商会\n"
        "2,桂林市,灌阳县,新圩镇,新圩镇商会\n"
        "3,梧州市,蒙山,新圩镇,新圩镇商会\n"
        "4,钦州,灵山县,新圩,新圩镇商会\n"
        "5,玉林市,北流市,新圩镇,新圩镇商会\n"
        "6,柳州市,鱼峰区,白沙镇,白沙镇商会\n"
        "7,桂林市,阳朔县,白沙镇,白沙镇商会\n"
        "8,北海市,合浦县,白沙镇,白沙镇商会\n"
        "9,贵港市,桂平市,白沙镇,白沙镇商会\n"
        "10,贺州市,富川瑶族自治县,白沙,白沙镇商会\n"
        "11,南宁市,江南区,江南街道,江南街道商会\n"
        "12,贵港市,港南区,江南街道,江南街道商会\n"
        "13,贺州市,八步区,江南街道,江南街道商会\n"
        "14,崇左市,江州区,江南街道办事处,江南街道商会\n"
        "15,南宁市,武鸣区,太平镇,太平镇商会\n"
        "16,柳州市,柳城县,太平镇,太平镇商会\n"
        "17,梧州市,梧州市藤县,太平镇,太平镇商会\n"
        "18,钦州市,灵山县,太平镇,太平镇商会\n"
        "19,百色市,平果市,太平镇,太平镇商会\n");
    const ImportPlan plan = planText(db, ledger, QStringLiteral("region.csv"));
    const QStringList expected = {QStringLiteral("450126105"), QStringLiteral("450327104"), QStringLiteral("450423102"),
                                  QStringLiteral("450721101"), QStringLiteral("450981106"), QStringLiteral("450203102"),
                                  QStringLiteral("450321101"), QStringLiteral("450521107"), QStringLiteral("450881115"),
                                  QStringLiteral("451123101"), QStringLiteral("450105002"), QStringLiteral("450803001"),
                                  QStringLiteral("451102003"), QStringLiteral("451402002"), QStringLiteral("450110102"),
                                  QStringLiteral("450222102"), QStringLiteral("450422113"), QStringLiteral("450721113"),
                                  QStringLiteral("451082103")};
    REQUIRE(plan.rows.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO("row " << plan.rows[i].record.row);
        CHECK(plan.rows[i].record.chamber.townshipCode == expected[i]);
    }
    CHECK(plan.counts().refused == 0);
    CHECK(plan.counts().created == 19);
    commit(db, plan);
    CHECK(ChamberService(db).all()->size() == 19);
    CHECK(openItems(db).isEmpty());
}

TEST_CASE("a 星级党组织 honour in a ledger and a star rating are one figure: party.star_rated")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    // 宾州镇: the honour only; 黎塘镇: nothing. Then 黎塘镇's Party organisation is rated 4 stars by hand.
    const QString ledger = QStringLiteral(
        "序号,乡镇（街道）,商会名称,成立时间,是否建立党组织,党组织形式,党员数,获得荣誉\n"
        "1,宾州镇,宾阳县宾州镇商会,2012-07-01,是,单独组建,8,星级党组织（2024年）\n"
        "2,黎塘镇,宾阳县黎塘镇商会,2011-10-10,是,联合组建,5,\n");
    commit(db, planText(db, ledger));
    auto figures = [&db]() {
        const auto stats = StatsService(db).compute();
        REQUIRE(stats.ok());
        return std::pair{stats->total.counts.value(QStringLiteral("party.star_rated")),
                         stats->total.counts.value(QStringLiteral("honours.star_party_organization"))};
    };
    CHECK(figures() == std::pair<qint64, qint64>{1, 1});
    const qint64 litang = test::chambersByName(db).value(QStringLiteral("宾阳县黎塘镇商会")).id;
    auto organization = PartyService(db).organizationOf(litang);
    REQUIRE(organization->has_value());
    organization.value()->starRating = 4;
    REQUIRE(PartyService(db).setOrganization(**organization).ok());
    CHECK(figures() == std::pair<qint64, qint64>{2, 2});
}

TEST_CASE("one honour of a cell held back leaves the others of the cell to come in")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    Chamber binzhou;
    binzhou.townshipCode = QStringLiteral("450126100");
    binzhou.name = QStringLiteral("宾阳县宾州镇商会");
    binzhou.founded = QDate(2012, 7, 1);
    REQUIRE(ChamberService(db).add(binzhou).ok());
    // 2099 is no plausible year yet: that honour is held back, the 2023 one comes in.
    const QString ledger = QStringLiteral(
        "序号,乡镇（街道）,商会名称,获得荣誉\n"
        "1,宾州镇,宾阳县宾州镇商会,广西“四好”商会（2023年）；全国“四好”商会（2099年）\n");
    const ImportPlan plan = planText(db, ledger);
    CHECK(rowAt(plan, 2).action == RowAction::Update);
    CHECK(plan.counts().heldBack == 1);
    commit(db, plan);
    const auto honours = HonourService(db).all();
    REQUIRE(honours->size() == 1);
    CHECK(honours->first().year == 2023);
    CHECK(itemLines(db) == QStringList{QStringLiteral("宾阳县宾州镇商会|honours|广西“四好”商会（2023年）；全国“四好”商会（2099年）|held_back|2")});
}

TEST_CASE("dissolved before founded is taken in as found and raised to verify")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    const QString ledger = QStringLiteral(
        "序号,乡镇（街道）,商会名称,成立时间,运行状态,解散时间\n"
        "1,新圩镇,宾阳县新圩镇商会,2012-07-01,已解散,2010-01-01\n");
    const ImportPlan plan = planText(db, ledger);
    CHECK(plan.counts().created == 1);
    CHECK(plan.counts().doubtful == 1);
    commit(db, plan);
    const Chamber xinxu = test::chambersByName(db).value(QStringLiteral("宾阳县新圩镇商会"));
    CHECK(xinxu.status == ChamberStatus::Dissolved);
    CHECK(xinxu.dissolved == QDate(2010, 1, 1));
    CHECK(itemLines(db) == QStringList{QStringLiteral("宾阳县新圩镇商会|dissolved|2010-01-01|doubtful|2")});
}

namespace {

QList<VerificationItem> allItems(Database &db)
{
    VerificationQuery query;
    query.openOnly = false;
    auto items = VerificationService(db).list(query);
    REQUIRE(items.ok());
    return items.value();
}

VerificationItem itemOf(Database &db, const QString &field)
{
    for (const auto &item : allItems(db))
        if (item.field == field)
            return item;
    FAIL("no item on " << field.toStdString());
    return {};
}

qint64 addItem(Database &db, qint64 chamberId, const QString &field, const QString &value)
{
    VerificationItem item;
    item.chamberId = chamberId;
    item.field = field;
    item.value = value;
    item.reason = QStringLiteral("test");
    const auto id = VerificationService(db).add(item);
    REQUIRE(id.ok());
    return id.value();
}

std::optional<VerificationItem::Resolution> resolutionOf(Database &db, qint64 id)
{
    const auto item = VerificationService(db).get(id);
    REQUIRE(item.ok());
    return item->resolution;
}

} // namespace

// One row of 宾阳县 (2025), counted by eye: 混合组建 is no form of Party organisation → the
// organisation is held back (party_form); 20 settled of 12 cases → the tally is held back
// (mediation_cases) while the committee comes in; the 2099 national honour is held back while the
// 2023 regional one comes in (honours). Three items, no more, whether the ledger comes in once or
// twice — the import's own writes (the committee, the 2023 honour, whose kind the honours cell
// also names) never settle what the same row holds back.
TEST_CASE("editing a Party organisation, instructor, mediation committee or tally, or an honour resolves its items - an import's "
          "own writes do not")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    const QString ledger = QStringLiteral(
        "宾阳县乡镇（街道）商会台账（截至2025年12月）,,,,,,,,,,\n"
        "序号,乡镇（街道）,商会名称,成立时间,是否建立党组织,党组织形式,党员数,是否设立调解组织,年度调解案件数,年度调解成功数,获得荣誉\n"
        "1,宾州镇,宾阳县宾州镇商会,2012-07-01,是,混合组建,5,是,12,20,广西“四好”商会（2023年）；全国“四好”商会（2099年）\n"
        "2,黎塘镇,宾阳县黎塘镇商会,2011-10-10,,,,,,,\n");
    commit(db, planText(db, ledger));
    const auto expected = QStringList{
        QStringLiteral("宾阳县宾州镇商会|honours|广西“四好”商会（2023年）；全国“四好”商会（2099年）|held_back|3"),
        QStringLiteral("宾阳县宾州镇商会|mediation_cases|12|held_back|3"),
        QStringLiteral("宾阳县宾州镇商会|party_form|混合组建|held_back|3"),
    };
    CHECK(itemLines(db) == expected);
    commit(db, planText(db, ledger));
    CHECK(itemLines(db) == expected);
    CHECK(allItems(db).size() == 3);  // none settled and raised again

    const auto chambers = test::chambersByName(db);
    const qint64 binzhou = chambers.value(QStringLiteral("宾阳县宾州镇商会")).id;
    const qint64 litang = chambers.value(QStringLiteral("宾阳县黎塘镇商会")).id;
    REQUIRE(MediationService(db).committeeOf(binzhou)->has_value());
    REQUIRE(HonourService(db).of(binzhou)->size() == 1);
    const qint64 party = itemOf(db, QStringLiteral("party_form")).id;
    const qint64 cases = itemOf(db, QStringLiteral("mediation_cases")).id;
    const qint64 honours = itemOf(db, QStringLiteral("honours")).id;
    const qint64 instructor = addItem(db, binzhou, QStringLiteral("party_instructor"), QStringLiteral("韦\u0007明"));
    const qint64 committee = addItem(db, binzhou, QStringLiteral("mediation_committee"), QStringLiteral("也许"));
    const qint64 star = addItem(db, binzhou, QStringLiteral("honours"), QStringLiteral("星级党组织（2030年）"));
    const qint64 otherChamber = addItem(db, litang, QStringLiteral("party_form"), QStringLiteral("混合组建"));

    // The Party organisation entered by hand: its item is settled, the other chamber's is not.
    PartyOrganization organization;
    organization.chamberId = binzhou;
    organization.form = PartyForm::Joint;
    organization.members = 5;
    REQUIRE(PartyService(db).addOrganization(organization).ok());
    CHECK(resolutionOf(db, party) == VerificationItem::Resolution::Edited);
    CHECK_FALSE(resolutionOf(db, otherChamber).has_value());
    CHECK_FALSE(resolutionOf(db, cases).has_value());

    PartyInstructor person;
    person.chamberId = binzhou;
    person.name = QStringLiteral("韦明");
    REQUIRE(PartyService(db).addInstructor(person).ok());
    CHECK(resolutionOf(db, instructor) == VerificationItem::Resolution::Edited);

    MediationCommittee room = **MediationService(db).committeeOf(binzhou);
    room.mediators = 3;
    REQUIRE(MediationService(db).updateCommittee(room).ok());
    CHECK(resolutionOf(db, committee) == VerificationItem::Resolution::Edited);
    CHECK_FALSE(resolutionOf(db, cases).has_value());

    MediationTally tally;
    tally.chamberId = binzhou;
    tally.year = 2025;
    tally.cases = 12;
    tally.settled = 10;
    REQUIRE(MediationService(db).setTally(tally).ok());
    CHECK(resolutionOf(db, cases) == VerificationItem::Resolution::Edited);

    // An honour settles the items whose cell names its kind: a star-rated Party organisation does
    // not settle the item about the national honour; the national one does.
    Honour starred;
    starred.chamberId = binzhou;
    starred.kind = HonourKind::StarPartyOrganization;
    starred.year = 2024;
    const auto starredId = HonourService(db).add(starred);
    REQUIRE(starredId.ok());
    CHECK(resolutionOf(db, star) == VerificationItem::Resolution::Edited);
    CHECK_FALSE(resolutionOf(db, honours).has_value());
    Honour national;
    national.chamberId = binzhou;
    national.kind = HonourKind::NationalFourGood;
    national.year = 2024;
    REQUIRE(HonourService(db).add(national).ok());
    CHECK(resolutionOf(db, honours) == VerificationItem::Resolution::Edited);

    // Removing a record settles too (the doubtful record taken out); a refused write settles nothing.
    const qint64 again = addItem(db, binzhou, QStringLiteral("honours"), QStringLiteral("星级党组织（2010年）"));
    Honour future = starred;
    future.year = 2099;
    CHECK_FALSE(HonourService(db).add(future).ok());
    CHECK_FALSE(resolutionOf(db, again).has_value());
    REQUIRE(HonourService(db).remove(starredId.value()).ok());
    CHECK(resolutionOf(db, again) == VerificationItem::Resolution::Edited);
    CHECK(VerificationService(db).openCount().value() == 1);  // the other chamber's
}

TEST_CASE("issue 15: whether a value can be used is a read error when the chamber cannot be read, not a missing button")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Database &db = *t.db;
    Chamber lidang;
    lidang.townshipCode = QStringLiteral("450126101");
    lidang.name = QStringLiteral("宾阳县黎塘镇商会");
    lidang.founded = QDate(2011, 10, 10);
    const auto added = ChamberService(db).add(lidang);
    REQUIRE(added.ok());
    VerificationItem item;
    item.chamberId = added.value();
    item.field = QStringLiteral("president");
    item.value = QStringLiteral("黄永福");
    item.reason = QStringLiteral("test");
    const auto id = VerificationService(db).add(item);
    REQUIRE(id.ok());
    const VerificationItem stored = VerificationService(db).get(id.value()).value();
    REQUIRE(*VerificationActions::canUseValue(db, stored));

    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE chamber RENAME TO chamber_damaged")));
    const auto usable = VerificationActions::canUseValue(db, stored);
    REQUIRE_FALSE(usable.ok());
    CHECK(readFailed(usable.problems()));
    CHECK(usable.firstError().contains(QStringLiteral("chamberctl backup restore")));
}
