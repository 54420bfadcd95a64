// SPDX-License-Identifier: GPL-3.0-or-later
// Export back to the ledger shape, and export → import giving back the same records.
#include "ChamberService.h"
#include "DemoGenerator.h"
#include "DivisionService.h"
#include "HonourService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "ImportTestSupport.h"
#include "Importer.h"
#include "LedgerExporter.h"
#include "LedgerFile.h"
#include "TestSupport.h"
#include "VerificationService.h"
#include "XlsxReader.h"
#include "ZipArchive.h"

#include <QBuffer>

#include <algorithm>

using namespace chamber;

namespace {

void importInto(Database &db, const QByteArray &bytes, const QString &name)
{
    auto file = LedgerFile::fromBytes(bytes, name);
    REQUIRE(file.ok());
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    REQUIRE(table.ok());
    ImportPlan::Options options;
    options.fileName = name;
    options.fileSha256 = file->sha256;
    auto plan = ImportPlan::build(db, *table, options);
    REQUIRE(plan.ok());
    for (const auto &r : plan->rows)
        for (const auto &p : r.problems())
            if (p.isError())
                FAIL_CHECK("row " << r.record.row << ": " << p.problem.message.toStdString());
    auto outcome = Importer::commit(db, *plan);
    REQUIRE(outcome.ok());
}

Chamber byName(Database &db, const QString &name)
{
    return test::chambersByName(db).value(name);
}

void update(Database &db, const QString &name, const std::function<void(Chamber &)> &change)
{
    Chamber c = byName(db, name);
    change(c);
    const auto saved = ChamberService(db).update(c);
    INFO(test::describe(saved.problems()).toStdString());
    REQUIRE(saved.ok());
}

// A county with every kind of field filled somewhere: the samples, then what ledgers rarely hold.
void fillCounty(Database &db)
{
    importInto(db, test::readFile(test::sample(QStringLiteral("binyang-ledger-2025.gb18030.csv"))), QStringLiteral("sample.csv"));
    update(db, QStringLiteral("宾阳县宾州镇商会"), [](Chamber &c) {
        c.premises = QStringLiteral("宾州镇商贸街8号");
        c.fullTimeStaff = 2;
        c.activityFundsFen = 3000050;
        c.independentLiability = true;
        c.contactPerson = QStringLiteral("李国强");
        c.contactPhone = QStringLiteral("0771-8220000");
        c.secretaryPhone = QStringLiteral("+86 13912345678");  // a leading + that CSV guards as a formula
        c.notes = QStringLiteral("=会长已换届\n\"场所\",待落实");
    });
    update(db, QStringLiteral("宾阳县新圩镇商会"), [](Chamber &c) {
        c.status = ChamberStatus::Dormant;
        c.independentLiability = false;
        c.activityFundsFen = 0;
    });
    update(db, QStringLiteral("宾阳县中华镇商会"), [](Chamber &c) {
        c.status = ChamberStatus::Dissolved;
        c.dissolved = QDate(2024, 6, 30);
    });
    RegistrationEvent applied;
    applied.chamberId = byName(db, QStringLiteral("宾阳县黎塘镇商会")).id;
    applied.status = RegistrationStatus::Applied;
    applied.date = QDate(2024, 3, 1);
    REQUIRE(RegistrationService(db).record(applied).ok());
}

void checkSameRecords(Database &original, Database &copy)
{
    const auto a = test::chambersByName(original);
    const auto b = test::chambersByName(copy);
    REQUIRE(a.size() == 11);
    CHECK(a.keys() == b.keys());
    const auto historiesA = RegistrationService(original).allHistories();
    const auto historiesB = RegistrationService(copy).allHistories();
    for (const auto &name : a.keys()) {
        INFO(name.toStdString());
        Chamber x = a.value(name);
        Chamber y = b.value(name);
        const auto hx = historiesA->value(x.id);
        const auto hy = historiesB->value(y.id);
        x.id = y.id = 0;
        CHECK(x == y);  // every field of the chamber
        // The ledger carries the current registration status and its date, not the whole history.
        CHECK(Registrations::currentStatus(hx) == Registrations::currentStatus(hy));
        CHECK((hx.isEmpty() ? QDate() : hx.last().date) == (hy.isEmpty() ? QDate() : hy.last().date));
    }
    // Party organisation, instructor, committee, the year's count and honours with their years.
    CHECK(test::recordLines(original) == test::recordLines(copy));
}

} // namespace

TEST_CASE("export to CSV then import gives back every chamber's fields")
{
    test::TempDatabase original(QStringLiteral("450126"));
    fillCounty(*original.db);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(LedgerExporter::writeCsv(*LedgerExporter::table(*original.db, QDate(2025, 12, 31)), csv).ok());
    const QByteArray bytes = csv.data();
    CHECK(bytes.startsWith("\xEF\xBB\xBF宾阳县乡镇（街道）商会台账（2025年度，截至2025年12月31日）"));
    CHECK(bytes.contains(",2025年调解案件数,2025年调解成功数,"));
    CHECK(bytes.contains("\r\n序号,乡镇（街道）,商会名称,成立时间,"));
    CHECK(bytes.contains(",'+86 13912345678,"));  // guarded on the way out, unguarded on the way in

    test::TempDatabase copy(QStringLiteral("450126"));
    importInto(*copy.db, bytes, QStringLiteral("export.csv"));
    checkSameRecords(*original.db, *copy.db);

    // Into the database it came from: nothing to change.
    auto file = LedgerFile::fromBytes(bytes, QStringLiteral("export.csv"));
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    auto plan = ImportPlan::build(*original.db, *table, {});
    REQUIRE(plan.ok());
    CHECK(plan->counts().unchanged == 11);
}

TEST_CASE("export to XLSX then import gives back every chamber's fields")
{
    test::TempDatabase original(QStringLiteral("450126"));
    fillCounty(*original.db);
    QBuffer xlsx;
    xlsx.open(QIODevice::WriteOnly);
    // A ledger carries one year's mediation counts: the year of its title.
    REQUIRE(LedgerExporter::writeXlsx(*LedgerExporter::table(*original.db, QDate(2025, 12, 31)), xlsx).ok());

    // Dates are date cells, phone numbers stay text.
    auto sheets = XlsxReader::read(xlsx.data());
    REQUIRE(sheets.ok());
    const Sheet &sheet = sheets->first();
    CHECK(sheet.name == QStringLiteral("商会台账"));
    CHECK(sheet.rows[1].cell(2).text == QStringLiteral("商会名称"));
    const SheetRow &first = sheet.rows[2];
    CHECK(first.cell(3).kind == Cell::Kind::Date);
    CHECK(first.cell(5).kind == Cell::Kind::Text);

    test::TempDatabase copy(QStringLiteral("450126"));
    importInto(*copy.db, xlsx.data(), QStringLiteral("export.xlsx"));
    checkSameRecords(*original.db, *copy.db);
}

TEST_CASE("export to ODS then import gives back every chamber's fields")
{
    test::TempDatabase original(QStringLiteral("450126"));
    fillCounty(*original.db);
    QBuffer ods;
    ods.open(QIODevice::WriteOnly);
    REQUIRE(LedgerExporter::writeOds(*LedgerExporter::table(*original.db, QDate(2025, 12, 31)), ods).ok());
    CHECK(ods.data().mid(30, 8) == "mimetype");
    // 宾州镇's notes begin with "=": a string cell, never a formula.
    const auto content = ZipArchive(ods.data()).entry(QStringLiteral("content.xml"), 1 << 24);
    REQUIRE(content.has_value());
    CHECK(content->contains("=会长已换届"));
    CHECK_FALSE(content->contains("table:formula"));

    auto file = LedgerFile::fromBytes(ods.data(), QStringLiteral("export.ods"));
    REQUIRE(file.ok());
    CHECK(file->format == LedgerFile::Format::Ods);
    const Sheet &sheet = file->sheets.first();
    CHECK(sheet.name == QStringLiteral("商会台账"));
    CHECK(sheet.rows[0].cell(0).text == QStringLiteral("宾阳县乡镇（街道）商会台账（2025年度，截至2025年12月31日）"));
    CHECK(sheet.rows[1].cell(2).text == QStringLiteral("商会名称"));
    CHECK(sheet.rows[2].cell(3).kind == Cell::Kind::Date);  // office:date-value
    CHECK(sheet.rows[2].cell(5).kind == Cell::Kind::Text);  // a phone number stays text

    test::TempDatabase copy(QStringLiteral("450126"));
    importInto(*copy.db, ods.data(), QStringLiteral("export.ods"));
    checkSameRecords(*original.db, *copy.db);
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    auto plan = ImportPlan::build(*original.db, *table, {});
    REQUIRE(plan.ok());
    CHECK(plan->counts().unchanged == 11);
}

TEST_CASE("export writes files by suffix and refuses others")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    fillCounty(*temp.db);
    REQUIRE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.xlsx"))).ok());
    REQUIRE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.csv"))).ok());
    CHECK(test::readFile(temp.dir.filePath(QStringLiteral("台账.xlsx"))).startsWith("PK"));
    CHECK_FALSE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.pdf"))).ok());
    // The format named wins over the suffix.
    REQUIRE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.ods"))).ok());
    REQUIRE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.dat")), QStringLiteral("ods")).ok());
    CHECK(test::readFile(temp.dir.filePath(QStringLiteral("台账.dat"))).mid(30, 8) == "mimetype");
    CHECK_FALSE(LedgerExporter::write(*temp.db, temp.dir.filePath(QStringLiteral("台账.ods")), QStringLiteral("pdf")).ok());
}

TEST_CASE("export then import over the demo data keeps every field and the ledger year's tallies")
{
    test::TempDatabase original(QStringLiteral("450126"));
    const auto scope = DivisionService(*original.db).scope();
    REQUIRE(scope->has_value());
    REQUIRE(DemoGenerator::generate(*original.db, **scope, 7).ok());
    const auto table = LedgerExporter::table(*original.db);
    // The default year is the last one a count is kept for; it heads the title and the count columns.
    int latest = 0;
    for (const auto &t : test::valueOf(MediationService(*original.db).allTallies()))
        latest = std::max(latest, t.year);
    REQUIRE(latest > 0);
    CHECK(table->year == latest);
    CHECK(table->title.contains(QStringLiteral("%1年度").arg(latest)));
    CHECK(table->headers.contains(QStringLiteral("%1年调解案件数").arg(latest)));
    CHECK(table->headers.contains(QStringLiteral("%1年调解成功数").arg(latest)));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(LedgerExporter::writeCsv(*table, csv).ok());

    test::TempDatabase copy(QStringLiteral("450126"));
    importInto(*copy.db, csv.data(), QStringLiteral("demo.csv"));
    const auto a = test::chambersByName(*original.db);
    const auto b = test::chambersByName(*copy.db);
    REQUIRE(a.size() == ChamberService(*original.db).all()->size());  // names are unique in a county
    REQUIRE(a.keys() == b.keys());
    PartyService partyA(*original.db), partyB(*copy.db);
    MediationService mediationA(*original.db), mediationB(*copy.db);
    auto tallyOf = [latest](MediationService &m, qint64 id) -> QString {
        for (const auto &t : test::valueOf(m.talliesOf(id)))
            if (t.year == latest)
                return QStringLiteral("%1/%2").arg(t.cases).arg(t.settled ? QString::number(*t.settled) : QStringLiteral("-"));
        return {};
    };
    auto inPost = [](PartyService &p, qint64 id) {
        QString name;
        for (const auto &i : test::valueOf(p.instructorsOf(id)))
            if (!i.until)
                name = i.name;
        return name;
    };
    auto honours = [](Database &db, qint64 id) {
        QStringList held;
        for (const auto &h : test::valueOf(HonourService(db).of(id)))
            held.append(QStringLiteral("%1 %2").arg(Honours::kindKey(h.kind)).arg(h.year));
        held.sort();
        return held;
    };
    int deregistered = 0;
    for (const auto &name : a.keys()) {
        INFO(name.toStdString());
        Chamber x = a.value(name);
        Chamber y = b.value(name);
        const qint64 idA = x.id, idB = y.id;
        x.id = y.id = 0;
        const auto hx = RegistrationService(*original.db).history(idA);
        const auto hy = RegistrationService(*copy.db).history(idB);
        if (Registrations::currentStatus(*hx) == RegistrationStatus::Deregistered) {
            // A ledger holds one status and one date: 已注销 alone cannot be recorded for a chamber with
            // no history (it was never registered as far as the file says). The chamber comes in and
            // the deregistration is an item to verify.
            CHECK(hy->isEmpty());
            x.creditCode.clear();
            ++deregistered;
        } else {
            CHECK(Registrations::currentStatus(*hx) == Registrations::currentStatus(*hy));
        }
        CHECK(x == y);
        const auto ox = partyA.organizationOf(idA);
        const auto oy = partyB.organizationOf(idB);
        REQUIRE(ox->has_value() == oy->has_value());
        if (*ox) {
            CHECK(ox.value()->form == oy.value()->form);
            CHECK(ox.value()->members == oy.value()->members);
        }
        CHECK(inPost(partyA, idA) == inPost(partyB, idB));
        CHECK(mediationA.committeeOf(idA)->has_value() == mediationB.committeeOf(idB)->has_value());
        CHECK(tallyOf(mediationA, idA) == tallyOf(mediationB, idB));
        CHECK(honours(*original.db, idA) == honours(*copy.db, idB));
    }
    const auto items = VerificationService(*copy.db).list();
    REQUIRE(items.ok());
    CHECK(items->size() == deregistered);
}
