// SPDX-License-Identifier: GPL-3.0-or-later
// Each earlier schema version is a frozen SQL file in fixtures/ (schema-vN.sql), written by the
// release that had that version. Every one must open and migrate to the latest with its data.
#include "ChamberService.h"
#include "ChangeHistory.h"
#include "DisclosureService.h"
#include "DivisionService.h"
#include "HonourService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "MemberService.h"
#include "PartyService.h"
#include "ServiceRequestService.h"
#include "PointsService.h"
#include "TestSupport.h"
#include "Uid.h"
#include "VerificationService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace chamber;

namespace {

// Builds a file from a fixture with plain Qt SQL, so the migration code under test plays no part.
void buildFromFixture(const QString &fixture, const QString &target)
{
    QFile f(fixture);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(f.readAll());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(target);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        // The dumps have one statement per line-terminated ';' outside quotes; split on ";\n".
        for (QString statement : sql.split(QStringLiteral(";\n"))) {
            QStringList lines;
            for (const auto &line : statement.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    lines.append(line);
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (statement.isEmpty())
                continue;
            INFO(statement.left(200));
            REQUIRE(q.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

// The Party, honour, mediation, member and needs rows of the version 2 fixture (issue 3), which
// must survive every later migration: 黎塘 keeps its member list (one firm, one person); 宾州 has
// the mediation committee, a settled case and a tally.
void checkRecordsOfVersion2(Database &db, qint64 lidang, qint64 binzhou)
{
    const auto organization = PartyService(db).organizationOf(lidang);
    REQUIRE(organization->has_value());
    CHECK(organization.value()->starRating == 3);
    CHECK(PartyService(db).instructorsOf(binzhou)->size() == 1);
    REQUIRE(DisclosureService(db).of(lidang)->size() == 1);
    CHECK(DisclosureService(db).of(lidang)->first().complete());
    REQUIRE(HonourService(db).all()->size() == 1);
    CHECK(HonourService(db).all()->first().year == 2022);
    const auto committee = MediationService(db).committeeOf(binzhou);
    REQUIRE(committee->has_value());
    CHECK(committee.value()->mediators == 5);
    REQUIRE(MediationService(db).talliesOf(binzhou)->size() == 1);
    CHECK(MediationService(db).talliesOf(binzhou)->first().cases == 37);
    MediationCaseService cases(db);
    REQUIRE(cases.all()->size() == 1);
    const MediationCase settled = cases.all()->first();
    CHECK(settled.status == CaseStatus::Settled);
    CHECK(settled.closedOn == QDate(2024, 3, 20));
    CHECK(settled.agreedAmountFen == 1000000);
    CHECK(cases.history(settled.id)->size() == 2);
    CHECK(*MemberService(db).listKept(lidang));
    CHECK(ChamberService(db).get(lidang)->individualMembers == 1);
    CHECK(ChamberService(db).get(lidang)->unitMembers == 1);
    REQUIRE(ServiceRequestService(db).all()->size() == 1);
    CHECK(ServiceRequestService(db).all()->first().status == NeedStatus::Resolved);
}

// The first column of the first row of a statement, as text ("" when there is no row).
QString column(Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(statement));
    return q.next() ? q.value(0).toString() : QString();
}

// The record tables of version 6: each row has a distinct uid in the form of a version 4 UUID
// (8-4-4-4-12 lower-case hex, the version digit 4, the variant one of 8, 9, a, b) and a
// row_version of at least 1.
void checkIdentity(Database &db)
{
    static const QStringList tables = {
        QStringLiteral("chamber"), QStringLiteral("registration_event"), QStringLiteral("party_organization"),
        QStringLiteral("party_instructor"), QStringLiteral("party_disclosure"), QStringLiteral("honour"),
        QStringLiteral("mediation_committee"), QStringLiteral("mediation_case"), QStringLiteral("mediation_case_change"),
        QStringLiteral("mediation_tally"), QStringLiteral("member"), QStringLiteral("service_request"),
        QStringLiteral("points_category"), QStringLiteral("points_year"), QStringLiteral("points_category_cap"),
        QStringLiteral("points_rule"), QStringLiteral("points_entry"), QStringLiteral("points_veto"),
        QStringLiteral("points_publication"), QStringLiteral("import_log"), QStringLiteral("verification_item")};
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const auto &table : tables) {
        INFO(table.toStdString());
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT uid_text(uid), row_version FROM %1").arg(table)));  // 16 bytes since version 12
        QSet<QString> seen;
        while (q.next()) {
            const QString uid = q.value(0).toString();
            CHECK(uuid.match(uid).hasMatch());
            CHECK(q.value(1).toLongLong() >= 1);
            seen.insert(uid);
        }
        CHECK(column(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() == seen.size());
    }
}

} // namespace

TEST_CASE("every earlier schema version migrates to the latest with its data", "[sqlite]")
{
    const QDir fixtures(QStringLiteral(CHAMBER_FIXTURE_DIR));
    static const QRegularExpression name(QStringLiteral("^schema-v(\\d+)\\.sql$"));
    QList<int> versions;
    for (const auto &file : fixtures.entryList({QStringLiteral("schema-v*.sql")}))
        versions.append(name.match(file).captured(1).toInt());
    // One frozen file for every version before the latest (version 0 is an empty file).
    for (int v : Database::versions())
        if (v < Database::latestVersion())
            CHECK(versions.contains(v));

    for (int version : versions) {
        DYNAMIC_SECTION("from version " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            buildFromFixture(fixtures.filePath(QStringLiteral("schema-v%1.sql").arg(version)), path);
            auto opened = Database::open(path);
            REQUIRE(opened.ok());
            Database &db = *opened.value();
            CHECK(*db.schemaVersion() == Database::latestVersion());
            CHECK(db.check().isEmpty());
            // The file as it was is kept beside it, unless it already was the latest.
            if (version < Database::latestVersion()) {
                REQUIRE_FALSE(db.preMigrationBackup().isEmpty());
                CHECK(QFile::exists(db.preMigrationBackup()));
            }
            // Every fixture holds these two chambers of 宾阳县 (hand-entered when it was frozen).
            ChamberService chambers(db);
            const auto all = chambers.all();
            REQUIRE(all->size() == 2);
            CHECK((*all)[0].name == QStringLiteral("宾阳县宾州镇商会"));
            CHECK((*all)[0].creditCode == QStringLiteral("51450126MJ3016613P"));
            CHECK((*all)[0].activityFundsFen == 3000000);
            CHECK((*all)[1].name == QStringLiteral("宾阳县黎塘镇商会"));
            CHECK((*all)[1].president == QStringLiteral("甘明辉"));
            // Version 8: a chamber's supervising unit (业务主管单位); before it, none is known.
            CHECK((*all)[0].supervisingUnit == (version >= 8 ? QStringLiteral("宾阳县工商业联合会") : QString()));
            CHECK((*all)[1].supervisingUnit.isEmpty());
            CHECK(RegistrationService(db).history((*all)[0].id)->size() == 2);
            CHECK(DivisionService(db).scope().value()->code == QStringLiteral("450126"));
            CHECK(DivisionService(db).townships()->size() == 17);
            if (version == 2)
                checkRecordsOfVersion2(db, (*all)[1].id, (*all)[0].id);
            // Verification items came with version 5: an open one and a dismissed one.
            const auto items = VerificationService(db).list({std::nullopt, false});
            REQUIRE(items.ok());
            if (version >= 5) {
                REQUIRE(items->size() == 2);
                CHECK(items->at(0).field == QStringLiteral("president_phone"));
                CHECK(items->at(0).open());
                CHECK(items->at(0).sourceRow == 4);
                CHECK(items->at(1).resolution == VerificationItem::Resolution::Dismissed);
                CHECK(items->at(1).resolutionNote == QStringLiteral("登记证书核对无误"));
                CHECK(VerificationService(db).openCount().value() == 1);
            } else {
                CHECK(items->isEmpty());
                CHECK(VerificationService(db).openCount().value() == 0);
            }
            // Version 6: every record has a uid of its own (a version 4 UUID) and a row version;
            // the uids version 6 wrote are kept by every later migration.
            checkIdentity(db);
            if (version >= 6) {
                CHECK(column(db, QStringLiteral("SELECT uid_text(uid) FROM chamber WHERE name = '宾阳县宾州镇商会'"))
                      == QStringLiteral("7d0c1f4e-2b8a-4c51-9e3d-5a6b7c8d9e01"));
                CHECK(column(db, QStringLiteral("SELECT row_version FROM chamber WHERE name = '宾阳县黎塘镇商会'")) == QStringLiteral("2"));
                CHECK(column(db, QStringLiteral("SELECT new_values FROM change_log WHERE old_values IS NOT NULL"))
                      == QStringLiteral("{\"president\":\"甘明辉\"}"));
            } else {
                CHECK(column(db, QStringLiteral("SELECT count(*) FROM change_log WHERE old_values IS NOT NULL OR new_values IS NOT NULL"))
                      == QStringLiteral("0"));
            }
            // Version 11: a line for several records (registration events 1 and 2) reads as an insert of each.
            if (version >= 11) {
                ChangeQuery q;
                q.entity = QStringLiteral("registration_event");
                q.entityId = 2;
                const auto changes = ChangeHistory(db).list(q);
                REQUIRE(changes.ok());
                REQUIRE(changes->size() == 1);
                CHECK(changes->at(0).id == 7);
                CHECK(changes->at(0).entityId == 2);
                CHECK(changes->at(0).isInsert());
            }
            // Version 7 (exchange packages): every record of an earlier file is the file's own, its
            // points keyed by (origin, year); the packages a file made are kept.
            CHECK(column(db, QStringLiteral("SELECT count(*) FROM chamber WHERE origin <> ''")) == QStringLiteral("0"));
            CHECK(column(db, QStringLiteral("SELECT count(*) FROM points_category WHERE origin <> ''")) == QStringLiteral("0"));
            CHECK(column(db, QStringLiteral("SELECT count(*) FROM exchange_origin")) == QStringLiteral("0"));
            CHECK(column(db, QStringLiteral("SELECT count(*) FROM exchange_export")) == (version >= 7 ? QStringLiteral("1") : QStringLiteral("0")));
        }
    }
}

TEST_CASE("an empty file (version 0) is built to the latest version", "[sqlite]")
{
    test::TempDatabase temp;
    CHECK(*temp.db->schemaVersion() == Database::latestVersion());
    CHECK(temp.db->preMigrationBackup().isEmpty());
    CHECK(temp.db->check().isEmpty());
}

TEST_CASE("a database can be stopped at each version and taken further later", "[sqlite]")
{
    for (int stop : Database::versions()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step.sqlite"));
        {
            Database::Options options;
            options.migrateTo = stop;
            auto opened = Database::open(path, options);
            REQUIRE(opened.ok());
            CHECK(*opened.value()->schemaVersion() == stop);
        }
        auto reopened = Database::open(path);
        REQUIRE(reopened.ok());
        CHECK(*reopened.value()->schemaVersion() == Database::latestVersion());
    }
}

TEST_CASE("files that are not ChamberDesk databases are refused untouched", "[sqlite]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some text that is long enough to look like a header....");
    }
    const QByteArray before = test::readFile(text);
    CHECK_FALSE(Database::open(text).ok());
    CHECK(test::readFile(text) == before);

    // A SQLite file of another program.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const auto refused = Database::open(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.firstError().contains(QStringLiteral("another program")));

    // A file from a newer ChamberDesk.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto opened = Database::open(newer);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->executeScript(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)).ok());
    }
    const auto tooNew = Database::open(newer);
    REQUIRE_FALSE(tooNew.ok());
    CHECK(tooNew.firstError().contains(QStringLiteral("newer")));
}

TEST_CASE("the micro-points of version 3 survive later migrations, published year still frozen", "[sqlite]")
{
    const QString fixture = QStringLiteral(CHAMBER_FIXTURE_DIR "/schema-v3.sql");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    buildFromFixture(fixture, path);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.check().isEmpty());
    PointsService points(db);
    CHECK(points.categories()->size() == 8);
    REQUIRE(points.years()->size() == 2);
    CHECK(points.year(2024)->published);
    CHECK_FALSE(points.year(2025)->published);
    CHECK(points.year(2025)->awardRequiresRegisteredYear);
    CHECK(points.year(2025)->copiedFrom == 2024);
    CHECK(points.rules(2024)->size() == 2);
    CHECK(points.categoryCaps(2025)->value(1) == 300);
    const auto publication = points.currentPublication(2024);
    REQUIRE(publication->has_value());
    CHECK(publication.value()->issueDate == QDate(2025, 1, 20));
    CHECK(publication.value()->snapshot.startsWith("{\"schema\":\"chamberdesk.scoring-report/1\""));
    CHECK(QString::fromLatin1(QCryptographicHash::hash(publication.value()->snapshot, QCryptographicHash::Sha256).toHex()) == publication.value()->sha256);
    const auto entries = points.entryRows(PointsEntryQuery::ofYear(2025));
    REQUIRE(entries->size() == 1);
    CHECK((*entries)[0].entry.manualReason == QStringLiteral("只办成一半"));
    CHECK((*entries)[0].entry.status == EntryStatus::Submitted);
    CHECK(points.vetoes(2025)->size() == 1);
    // 2024 as published: 宾州镇 3 × 5.0 = 15.0; 黎塘镇 -3.0 in 诚信守法 with nothing earned there → 0.0.
    const auto cards = points.scorecards(2024);
    REQUIRE(cards.ok());
    REQUIRE(cards->size() == 2);
    CHECK(cards->at(0).totalTenths == 150);
    CHECK(cards->at(1).totalTenths == 0);
    // The freeze came through the migrations.
    PointsEntry e;
    e.chamberId = (*entries)[0].entry.chamberId;
    e.ruleId = (*points.rules(2024))[0].id;
    e.date = QDate(2024, 5, 1);
    CHECK(test::hasProblem(points.addEntry(e).problems(), QStringLiteral("year")));
    CHECK_FALSE(QSqlQuery(db.sql()).exec(QStringLiteral("DELETE FROM points_entry WHERE year = 2024")));
}

TEST_CASE("a record written without a uid gets one of its own, different from every other")
{
    test::TempDatabase temp(QStringLiteral("450126"));
    Database &db = *temp.db;
    ChamberService chambers(db);
    Chamber a;
    a.townshipCode = QStringLiteral("450126100");
    a.name = QStringLiteral("宾阳县宾州镇商会");
    Chamber b = a;
    b.townshipCode = QStringLiteral("450126101");
    b.name = QStringLiteral("宾阳县黎塘镇商会");
    const auto idA = chambers.add(a);
    const auto idB = chambers.add(b);
    REQUIRE(idA.ok());
    REQUIRE(idB.ok());
    // As text: a file keeps the 16 bytes (schema version 12), a server the text.
    const auto uidOf = [&](qint64 id) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT uid FROM chamber WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        return Uid::text(q.value(0));
    };
    const QString uidA = uidOf(*idA);
    const QString uidB = uidOf(*idB);
    CHECK(uidA.size() == 36);
    CHECK(uidB.size() == 36);
    CHECK(uidA != uidB);
    CHECK(column(db, QStringLiteral("SELECT row_version FROM chamber WHERE id = %1").arg(*idA)) == QStringLiteral("1"));
    // Editing the record keeps its uid.
    Chamber edited = *chambers.get(*idA);
    edited.president = QStringLiteral("韦国强");
    REQUIRE(chambers.update(edited).ok());
    CHECK(uidOf(*idA) == uidA);
}
