// SPDX-License-Identifier: GPL-3.0-or-later
// Ledgers into a database: the samples, a messy ledger, update policies, all-or-nothing commits.
// Expected values are read off the sample ledger by eye.
#include "ChamberService.h"
#include "ImportLogService.h"
#include "ImportTestSupport.h"
#include "Importer.h"
#include "LedgerFile.h"
#include "RejectsWriter.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringDecoder>

using namespace chamber;

namespace {

const QString kCsvSample = QStringLiteral("binyang-ledger-2025.gb18030.csv");
const QString kXlsxSample = QStringLiteral("binyang-ledger-2025.xlsx");

ImportPlan planBytes(Database &db, const QByteArray &bytes, const QString &name, UpdatePolicy policy = UpdatePolicy::Overwrite)
{
    auto file = LedgerFile::fromBytes(bytes, name);
    REQUIRE(file.ok());
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    REQUIRE(table.ok());
    ImportPlan::Options options;
    options.policy = policy;
    options.fileName = file->fileName;
    options.fileSha256 = file->sha256;
    auto plan = ImportPlan::build(db, *table, options);
    REQUIRE(plan.ok());
    return plan.value();
}

ImportPlan planFile(Database &db, const QString &path, UpdatePolicy policy = UpdatePolicy::Overwrite)
{
    return planBytes(db, test::readFile(path), path.section(QLatin1Char('/'), -1), policy);
}

ImportOutcome commit(Database &db, const ImportPlan &plan)
{
    auto outcome = Importer::commit(db, plan);
    INFO(test::describe(outcome.problems()).toStdString());
    REQUIRE(outcome.ok());
    return outcome.value();
}

const PlannedRow &rowAt(const ImportPlan &plan, int sheetRow)
{
    for (const auto &r : plan.rows)
        if (r.record.row == sheetRow)
            return r;
    FAIL("no row " << sheetRow);
    return plan.rows.first();
}

Problems problemsOf(const PlannedRow &row)
{
    Problems out;
    for (const auto &p : row.problems())
        out.append(p.problem);
    return out;
}

// The sample CSV as text, to make variants of it.
QString sampleText()
{
    QStringDecoder gb("GB18030");
    return gb.decode(test::readFile(test::sample(kCsvSample)));
}

} // namespace

TEST_CASE("both samples import to the same 11 chambers with the same field values")
{
    test::TempDatabase fromCsv(QStringLiteral("450126"));
    test::TempDatabase fromXlsx(QStringLiteral("450126"));
    const ImportPlan csvPlan = planFile(*fromCsv.db, test::sample(kCsvSample));
    const ImportPlan xlsxPlan = planFile(*fromXlsx.db, test::sample(kXlsxSample));
    for (const auto *plan : {&csvPlan, &xlsxPlan}) {
        const auto c = plan->counts();
        CHECK(c.records == 11);
        CHECK(c.created == 11);
        CHECK(c.refused == 0);
        CHECK(c.notRecords == 2);  // the title and the 合计 row
    }
    commit(*fromCsv.db, csvPlan);
    commit(*fromXlsx.db, xlsxPlan);

    const auto a = test::chambersByName(*fromCsv.db);
    const auto b = test::chambersByName(*fromXlsx.db);
    REQUIRE(a.size() == 11);
    CHECK(a.keys() == b.keys());
    for (const auto &name : a.keys()) {
        INFO(name.toStdString());
        Chamber x = a.value(name);
        Chamber y = b.value(name);
        x.id = y.id = 0;
        CHECK(x == y);  // every field
        CHECK(RegistrationService(*fromCsv.db).history(a.value(name).id)->size()
              == RegistrationService(*fromXlsx.db).history(b.value(name).id)->size());
    }
    CHECK(a.contains(QStringLiteral("宾阳县和吉镇商会")));
    CHECK_FALSE(a.contains(QStringLiteral("11个")));  // the 合计 row's count is no chamber

    // Row 3: 1,宾州镇,宾阳县宾州镇商会,2012.07,韦春梅,18153246119,李国强,43人,16,是,2016年9月,51450126MJ3016613P,…,会长已换届
    for (auto *db : {fromCsv.db.get(), fromXlsx.db.get()}) {
        const auto all = test::chambersByName(*db);
        const Chamber binzhou = all.value(QStringLiteral("宾阳县宾州镇商会"));
        CHECK(binzhou.townshipCode == QStringLiteral("450126100"));
        CHECK(binzhou.founded == QDate(2012, 7, 1));
        CHECK(binzhou.president == QStringLiteral("韦春梅"));
        CHECK(binzhou.presidentPhone == QStringLiteral("18153246119"));
        CHECK(binzhou.secretaryGeneral == QStringLiteral("李国强"));
        CHECK(binzhou.individualMembers == 27);  // 43 in all, 16 of them enterprises
        CHECK(binzhou.unitMembers == 16);
        CHECK(binzhou.creditCode == QStringLiteral("51450126MJ3016613P"));
        CHECK(binzhou.notes == QStringLiteral("会长已换届"));
        CHECK(binzhou.status == ChamberStatus::Active);
        const auto history = RegistrationService(*db).history(binzhou.id);
        REQUIRE(history->size() == 1);
        CHECK(history->first().status == RegistrationStatus::Registered);
        CHECK(history->first().date == QDate(2016, 9, 1));  // 2016年9月: the 1st, and said so
        CHECK_FALSE(history->first().note.isEmpty());

        // Row 4: 2,黎塘镇,宾阳县黎塘镇商会,2011年10月10日,甘明辉,18934543046,罗立新,51人,47,否,,,…,会长已换届
        const Chamber litang = all.value(QStringLiteral("宾阳县黎塘镇商会"));
        CHECK(litang.townshipCode == QStringLiteral("450126101"));
        CHECK(litang.founded == QDate(2011, 10, 10));
        CHECK(litang.president == QStringLiteral("甘明辉"));
        CHECK(litang.presidentPhone == QStringLiteral("18934543046"));
        CHECK(litang.secretaryGeneral == QStringLiteral("罗立新"));
        CHECK(litang.individualMembers == 4);
        CHECK(litang.unitMembers == 47);
        CHECK(litang.creditCode.isEmpty());
        CHECK(RegistrationService(*db).history(litang.id)->isEmpty());

        // Row 6: 4,新圩镇,宾阳县新圩镇商会,2010-01-24,农海燕,13630098818,韦建华,139个,82,否,…  (a date cell in the XLSX)
        const Chamber xinxu = all.value(QStringLiteral("宾阳县新圩镇商会"));
        CHECK(xinxu.townshipCode == QStringLiteral("450126105"));
        CHECK(xinxu.founded == QDate(2010, 1, 24));
        CHECK(xinxu.secretaryGeneral == QStringLiteral("韦建华"));
        CHECK(xinxu.individualMembers == 57);
        CHECK(xinxu.unitMembers == 82);
        CHECK(xinxu.notes.isEmpty());

        // Row 13: 11,洋桥镇,宾阳县洋桥镇商会,2012年7月28日,蒙德胜,15662110918,黄丽萍,79个,13,是,2020年9月,51450126MJ3954861R,…,办公场所由镇政府提供
        const Chamber yangqiao = all.value(QStringLiteral("宾阳县洋桥镇商会"));
        CHECK(yangqiao.townshipCode == QStringLiteral("450126114"));
        CHECK(yangqiao.founded == QDate(2012, 7, 28));
        CHECK(yangqiao.presidentPhone == QStringLiteral("15662110918"));
        CHECK(yangqiao.individualMembers == 66);
        CHECK(yangqiao.unitMembers == 13);
        CHECK(yangqiao.creditCode == QStringLiteral("51450126MJ3954861R"));
        CHECK(yangqiao.notes == QStringLiteral("办公场所由镇政府提供"));
        CHECK(Registrations::registeredSince(*RegistrationService(*db).history(yangqiao.id), QDate(2025, 12, 31)) == QDate(2020, 9, 1));
    }
    // The records columns, read off the sample: 是否建立党组织, 党组织形式, 党员数, 党建指导员,
    // 是否设立调解组织, 年度调解案件数 (a count: kept as the 2025 tally, the year of the title), 获得荣誉
    // (no year given: recorded for 2025, and said so).
    CHECK(csvPlan.year == 2025);
    const QStringList records = test::recordLines(*fromCsv.db);
    CHECK(records == test::recordLines(*fromXlsx.db));
    CHECK(records.contains(QStringLiteral("宾阳县宾州镇商会|instructors 莫建华|committee|tallies 2025:37")));
    CHECK(records.contains(QStringLiteral("宾阳县黎塘镇商会|party standalone 11|instructors 覃春梅|committee|tallies 2025:13|"
                                          "honours regional_four_good 2025")));
    CHECK(records.contains(QStringLiteral("宾阳县甘棠镇商会|instructors 甘家兴|committee|tallies 2025:42|honours integrity_pioneer 2025")));
    CHECK(records.contains(QStringLiteral("宾阳县新圩镇商会")));  // 否, 否, 0: nothing to keep
    CHECK(records.contains(QStringLiteral("宾阳县武陵镇商会|party joint 5|instructors 黄永福|committee|tallies 2025:41")));
    CHECK(records.contains(QStringLiteral("宾阳县王灵镇商会|party standalone 9|instructors 梁立新|"
                                          "honours national_four_good 2025,regional_four_good 2025")));
    CHECK(test::hasProblem(problemsOf(rowAt(csvPlan, 4)), QStringLiteral("honours"), Problem::Severity::Warning));
}

TEST_CASE("a ledger whose year is not known keeps its counts out, saying so, unless the year is given")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    QString text = sampleText();
    text.replace(QStringLiteral("（截至2025年12月）"), QString());
    auto file = LedgerFile::fromBytes(text.toUtf8(), QStringLiteral("no-year.csv"));
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    REQUIRE(table.ok());
    auto unknown = ImportPlan::build(*temp.db, *table, {});
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->year);
    const PlannedRow &binzhou = rowAt(*unknown, 3);
    CHECK_FALSE(binzhou.tally);
    CHECK(test::hasProblem(problemsOf(binzhou), QStringLiteral("mediation_cases"), Problem::Severity::Warning));
    ImportPlan::Options options;
    options.year = 2024;
    auto given = ImportPlan::build(*temp.db, *table, options);
    REQUIRE(given.ok());
    REQUIRE(rowAt(*given, 3).tally);
    CHECK(rowAt(*given, 3).tally->year == 2024);
    CHECK(rowAt(*given, 3).tally->cases == 37);
}

TEST_CASE("a wrong credit code is reported at its row and column with the expected check character, the chamber kept")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    // 甘棠镇's code with its check character 0 changed to 1.
    QString text = sampleText();
    REQUIRE(text.contains(QStringLiteral("51450126MJ749118X0")));
    text.replace(QStringLiteral("51450126MJ749118X0"), QStringLiteral("51450126MJ749118X1"));
    const ImportPlan plan = planBytes(*temp.db, text.toUtf8(), QStringLiteral("variant.csv"));
    CHECK(plan.counts().refused == 0);
    CHECK(plan.counts().created == 11);
    CHECK(plan.counts().heldBack == 1);
    const PlannedRow &gantang = rowAt(plan, 5);
    CHECK(gantang.action == RowAction::Create);
    CHECK_FALSE(gantang.registration.has_value());  // status, date and code held back together
    const ImportProblem *found = nullptr;
    for (const auto &candidate : gantang.problems())
        if (candidate.verify == ImportProblem::Verify::HeldBack)
            found = &candidate;
    REQUIRE(found);
    const ImportProblem &p = *found;
    CHECK(p.problem.field == QStringLiteral("credit_code"));
    CHECK(p.row() == 5);
    CHECK(p.column == 11);
    CHECK(p.header == QStringLiteral("统一社会信用代码"));
    CHECK(p.value == QStringLiteral("51450126MJ749118X1"));
    CHECK(p.problem.message.contains(QStringLiteral("expected 0")));
    CHECK(p.expected.contains(QStringLiteral("51450126MJ749118X0")));
    commit(*temp.db, plan);
    CHECK(ChamberService(*temp.db).all()->size() == 11);
}

TEST_CASE("a row without a usable chamber is refused and written out to correct, under the ledger's title")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    // 甘棠镇 misspelt 甘堂镇: no such township, so no chamber to keep.
    QString text = sampleText();
    text.replace(QStringLiteral("3,甘棠镇,"), QStringLiteral("3,甘堂镇,"));
    const ImportPlan plan = planBytes(*temp.db, text.toUtf8(), QStringLiteral("variant.csv"));
    CHECK(plan.counts().refused == 1);
    CHECK(plan.counts().created == 10);
    CHECK(rowAt(plan, 5).action == RowAction::Refuse);
    commit(*temp.db, plan);
    CHECK(ChamberService(*temp.db).all()->size() == 10);
    QBuffer rejects;
    rejects.open(QIODevice::WriteOnly);
    REQUIRE(RejectsWriter::write(plan, rejects).ok());
    CHECK(rejects.data().startsWith("\xEF\xBB\xBF"));
    const QString written = QString::fromUtf8(rejects.data().mid(3));
    const QStringList lines = written.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("宾阳县乡镇（街道）商会基本情况统计表（截至2025年12月）")));  // the year survives
    CHECK(lines[1].endsWith(QStringLiteral(",问题")));
    CHECK(lines[2].startsWith(QStringLiteral("3,甘堂镇,宾阳县甘棠镇商会,2013年12月25日,")));
    CHECK(lines[2].contains(QStringLiteral("甘堂镇")));

    // Corrected and imported again: the one chamber is added with the year's count, the others unchanged.
    QByteArray fixed = rejects.data();
    fixed.replace(QStringLiteral("3,甘堂镇,").toUtf8(), QStringLiteral("3,甘棠镇,").toUtf8());
    const ImportPlan again = planBytes(*temp.db, fixed, QStringLiteral("rejects.csv"));
    CHECK(again.counts().created == 1);
    CHECK(again.year == 2025);
    REQUIRE(rowAt(again, 3).tally.has_value());
    CHECK(rowAt(again, 3).tally->cases == 42);
    for (const auto &fileProblem : again.fileProblems)  // the 问题 column is known and left out
        CHECK_FALSE(fileProblem.problem.message.contains(QStringLiteral("问题")));
    commit(*temp.db, again);
    CHECK(ChamberService(*temp.db).all()->size() == 11);
}

TEST_CASE("importing the same file twice changes nothing the second time")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    commit(*temp.db, planFile(*temp.db, test::sample(kCsvSample)));
    const auto before = test::snapshot(*temp.db);
    for (const auto &sample : {kCsvSample, kXlsxSample}) {
        const ImportPlan plan = planFile(*temp.db, test::sample(sample));
        CHECK(plan.counts().unchanged == 11);
        CHECK(plan.counts().created + plan.counts().updated + plan.counts().refused == 0);
        commit(*temp.db, plan);
        auto after = test::snapshot(*temp.db);
        CHECK(after.chambers == before.chambers);
        CHECK(after.histories == before.histories);
        CHECK(after.records == before.records);
    }
    // The second import of the very same file is noticed.
    CHECK(planFile(*temp.db, test::sample(kCsvSample)).importedBefore.has_value());
}

TEST_CASE("update policies: overwrite, fill only empty fields, or skip existing chambers")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    commit(*temp.db, planFile(*temp.db, test::sample(kCsvSample)));
    // Next year's ledger: 宾州镇 has a new president, 新圩镇 a note where it had none.
    QString text = sampleText();
    text.replace(QStringLiteral("2012.07,韦春梅,"), QStringLiteral("2012.07,黄永福,"));
    text.replace(QStringLiteral("82,否,,,否,,,,否,0,,"), QStringLiteral("82,否,,,否,,,,否,0,,会长已换届"));
    const QByteArray bytes = text.toUtf8();

    const ImportPlan overwrite = planBytes(*temp.db, bytes, QStringLiteral("next.csv"), UpdatePolicy::Overwrite);
    CHECK(overwrite.counts().updated == 2);
    CHECK(overwrite.counts().unchanged == 9);
    const PlannedRow &binzhou = rowAt(overwrite, 3);
    REQUIRE(binzhou.changes.size() == 1);
    CHECK(binzhou.changes.first().field == QStringLiteral("president"));
    CHECK(binzhou.changes.first().before == QStringLiteral("韦春梅"));
    CHECK(binzhou.changes.first().after == QStringLiteral("黄永福"));

    const ImportPlan fill = planBytes(*temp.db, bytes, QStringLiteral("next.csv"), UpdatePolicy::FillEmpty);
    CHECK(fill.counts().updated == 1);  // only the empty note is filled
    CHECK(rowAt(fill, 3).action == RowAction::Unchanged);
    CHECK(rowAt(fill, 6).changes.first().field == QStringLiteral("notes"));

    const ImportPlan skip = planBytes(*temp.db, bytes, QStringLiteral("next.csv"), UpdatePolicy::Skip);
    CHECK(skip.counts().skipped == 11);
    commit(*temp.db, skip);
    CHECK(test::chambersByName(*temp.db).value(QStringLiteral("宾阳县宾州镇商会")).president == QStringLiteral("韦春梅"));

    commit(*temp.db, fill);
    CHECK(test::chambersByName(*temp.db).value(QStringLiteral("宾阳县宾州镇商会")).president == QStringLiteral("韦春梅"));
    CHECK(test::chambersByName(*temp.db).value(QStringLiteral("宾阳县新圩镇商会")).notes == QStringLiteral("会长已换届"));
    commit(*temp.db, planBytes(*temp.db, bytes, QStringLiteral("next.csv"), UpdatePolicy::Overwrite));
    CHECK(test::chambersByName(*temp.db).value(QStringLiteral("宾阳县宾州镇商会")).president == QStringLiteral("黄永福"));
}

TEST_CASE("fill-empty fills a chamber entered by hand with little more than its name")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Chamber bare;
    bare.townshipCode = QStringLiteral("450126100");
    bare.name = QStringLiteral("宾阳县宾州镇商会");
    bare.president = QStringLiteral("韦春梅（代）");
    REQUIRE(ChamberService(*temp.db).add(bare).ok());
    const ImportPlan plan = planFile(*temp.db, test::sample(kCsvSample), UpdatePolicy::FillEmpty);
    const PlannedRow &binzhou = rowAt(plan, 3);
    CHECK(binzhou.action == RowAction::Update);
    commit(*temp.db, plan);
    const Chamber filled = test::chambersByName(*temp.db).value(QStringLiteral("宾阳县宾州镇商会"));
    CHECK(filled.president == QStringLiteral("韦春梅（代）"));  // not empty: kept
    CHECK(filled.founded == QDate(2012, 7, 1));
    CHECK(filled.individualMembers == 27);  // both counts were empty together: both filled
    CHECK(filled.unitMembers == 16);
    CHECK(filled.creditCode == QStringLiteral("51450126MJ3016613P"));  // registered on the ledger's date
}

TEST_CASE("a messy ledger: townships found from variants, values read, problems pinned")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    const ImportPlan plan = planFile(*temp.db, test::importData(QStringLiteral("messy-ledger.csv")));
    CHECK(plan.counts().created == 4);  // 陈平镇 too, its registration held back
    CHECK(plan.counts().refused == 0);
    CHECK(rowAt(plan, 6).record.chamber.townshipCode == QStringLiteral("450126103"));  // 思陇 → 思陇镇
    CHECK(test::hasProblem(problemsOf(rowAt(plan, 6)), QStringLiteral("township"), Problem::Severity::Warning));
    CHECK(test::hasProblem(problemsOf(rowAt(plan, 5)), QStringLiteral("president_phone"), Problem::Severity::Warning));
    CHECK(rowAt(plan, 7).record.chamber.townshipCode == QStringLiteral("450126110"));  // blank, from 宾阳县古辣镇商会
    const PlannedRow &chenping = rowAt(plan, 8);
    CHECK(chenping.action == RowAction::Create);
    CHECK_FALSE(chenping.registration.has_value());
    bool heldBack = false;
    for (const auto &p : chenping.problems())
        if (p.verify == ImportProblem::Verify::HeldBack && p.problem.field == QStringLiteral("credit_code"))
            heldBack = p.expected.contains(QStringLiteral("51450126MJ3016613P"));
    CHECK(heldBack);
    commit(*temp.db, plan);

    const auto all = test::chambersByName(*temp.db);
    const Chamber binzhou = all.value(QStringLiteral("宾阳县宾州镇商会"));
    CHECK(binzhou.presidentPhone == QStringLiteral("18153246119"));  // from 1.8153246119E10
    CHECK(binzhou.founded == QDate(2019, 5, 12));
    CHECK(binzhou.individualMembers == 29);
    CHECK(binzhou.notes == QStringLiteral("场所暂借,\n待落实"));  // a quoted cell with a comma and a line break
    CHECK(RegistrationService(*temp.db).history(binzhou.id)->first().date == QDate(2019, 5, 20));
    const Chamber silong = all.value(QStringLiteral("宾阳县思陇镇商会"));
    CHECK(silong.individualMembers == 43);
    CHECK(silong.notes == QStringLiteral("会长说\"明年登记\""));
    CHECK(all.value(QStringLiteral("宾阳县古辣镇商会")).founded == QDate(2012, 7, 1));
}

TEST_CASE("the import log records who, when, which file by its SHA-256, and the counts")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    const QByteArray bytes = test::readFile(test::sample(kXlsxSample));
    const auto outcome = commit(*temp.db, planBytes(*temp.db, bytes, kXlsxSample));
    const auto log = ImportLogService(*temp.db).list();
    REQUIRE(log->size() == 1);
    const ImportLogEntry &e = log->first();
    CHECK(e.id == outcome.logId);
    CHECK(e.fileName == kXlsxSample);
    CHECK(e.fileSha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(e.actor == Database::actor());
    CHECK(e.at.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
    CHECK(e.sheet == QStringLiteral("binyang-ledger-2025"));
    CHECK(e.updatePolicy == QStringLiteral("overwrite"));
    CHECK(e.records == 11);
    CHECK(e.created == 11);
    CHECK(e.updated + e.unchanged + e.skipped + e.refused == 0);
}

TEST_CASE("an import is written whole or not at all")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    const ImportPlan plan = planFile(*temp.db, test::sample(kCsvSample));
    // Between preview and commit someone adds 大桥镇's chamber by hand: the commit fails on that row.
    Chamber daqiao;
    daqiao.townshipCode = QStringLiteral("450126107");
    daqiao.name = QStringLiteral("宾阳县大桥镇商会");
    REQUIRE(ChamberService(*temp.db).add(daqiao).ok());
    const auto before = test::snapshot(*temp.db);
    const auto failed = Importer::commit(*temp.db, plan);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.problems().first().row == 8);
    CHECK(test::snapshot(*temp.db) == before);

    // Cancelled half-way: nothing either.
    int calls = 0;
    const auto cancelled = Importer::commit(*temp.db, planFile(*temp.db, test::sample(kXlsxSample)), [&](int, int) { return ++calls < 5; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.firstError().contains(QStringLiteral("cancelled")));
    CHECK(test::snapshot(*temp.db) == before);
}
