// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "PointsService.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;
using test::describe;
using test::hasProblem;

namespace {

qint64 addChamber(Database &db, const char *township, const char *name, QDate founded, std::optional<QDate> dissolved = std::nullopt)
{
    Chamber c;
    c.townshipCode = QString::fromLatin1(township);
    c.name = QString::fromUtf8(name);
    c.founded = founded;
    if (dissolved) {
        c.status = ChamberStatus::Dissolved;
        c.dissolved = dissolved;
    }
    auto r = ChamberService(db).add(c);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
    return r.value();
}

PointsRule makeRule(int year, qint64 category, const char *description, qint64 points)
{
    PointsRule r;
    r.year = year;
    r.categoryId = category;
    r.description = QString::fromUtf8(description);
    r.pointsTenths = points;
    return r;
}

PointsEntry makeEntry(qint64 chamber, qint64 rule, QDate date, int quantity = 1)
{
    PointsEntry e;
    e.chamberId = chamber;
    e.ruleId = rule;
    e.date = date;
    e.quantity = quantity;
    return e;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A county with two chambers, the year 2025 started, two rules, one category cap.
struct PointsCounty
{
    test::TempDatabase t{QStringLiteral("450126")};
    Database &db = *t.db;
    PointsService points{db};
    qint64 binzhou = addChamber(db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    qint64 litang = addChamber(db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    qint64 serve = 0, training = 0;

    PointsCounty()
    {
        REQUIRE(points.startYear(2025).ok());
        auto r1 = points.addRule(makeRule(2025, 1, "为会员办实事", 50));
        REQUIRE(r1.ok());
        serve = r1.value();
        PointsRule tr = makeRule(2025, 1, "组织会员培训", 25);
        tr.itemCapTenths = 75;
        tr.evidenceRequired = true;
        auto r2 = points.addRule(tr);
        REQUIRE(r2.ok());
        training = r2.value();
        REQUIRE(points.setCategoryCap(2025, 1, 300).ok());
    }

    qint64 approved(qint64 chamber, qint64 rule, QDate date, int quantity = 1)
    {
        PointsEntry e = makeEntry(chamber, rule, date, quantity);
        e.evidence = QStringLiteral("台账记录");
        auto added = points.addEntry(e);
        INFO(describe(added.problems()));
        REQUIRE(added.ok());
        REQUIRE(points.submitEntry(added.value()).ok());
        REQUIRE(points.approveEntry(added.value()).ok());
        return added.value();
    }
};

} // namespace

TEST_CASE("the eight categories of practice are there, and can be renamed, added and retired")
{
    test::TempDatabase t;
    PointsService points(*t.db);
    const auto categories = points.categories();
    REQUIRE(categories->size() == 8);
    CHECK((*categories)[0].name == QStringLiteral("服务会员"));
    CHECK((*categories)[7].name == QStringLiteral("助力疫情防控"));

    auto added = points.addCategory({0, QStringLiteral("助力民营经济"), 0, false});
    REQUIRE(added.ok());
    CHECK(points.category(added.value())->position == 9);
    CHECK(hasProblem(points.addCategory({0, QStringLiteral("服务会员"), 0, false}).problems(), QStringLiteral("category")));
    PointsCategory renamed = (*categories)[1];
    renamed.name = QStringLiteral("服务地方经济发展");
    REQUIRE(points.updateCategory(renamed).ok());
    REQUIRE(points.retireCategory(8).ok());
    CHECK(points.categories(false)->size() == 8);  // 8 + 1 added − 1 retired
    CHECK(points.findCategory(QStringLiteral("服务地方经济发展"))->id == 2);
}

TEST_CASE("a new year starts as a copy of the last: options, caps and rules still in use")
{
    PointsCounty county;
    PointsService &points = county.points;
    PointsYear y = *points.year(2025);
    y.thresholds = {850, 700, 550};
    y.awardRequiresRegisteredYear = true;
    REQUIRE(points.updateYear(y).ok());
    REQUIRE(points.retireRule(county.training).ok());
    auto epidemic = points.addRule(makeRule(2025, 8, "参与疫情防控", 30));
    REQUIRE(epidemic.ok());
    REQUIRE(points.setCategoryCap(2025, 8, 100).ok());
    REQUIRE(points.retireCategory(8).ok());

    REQUIRE(points.startYear(2026, 2025).ok());
    const auto copied = *points.year(2026);
    CHECK(copied.thresholds == GradeThresholds{850, 700, 550});
    CHECK(copied.awardRequiresRegisteredYear);
    CHECK(copied.copiedFrom == 2025);
    const auto rules = points.rules(2026);
    REQUIRE(rules->size() == 1);  // the retired rule and the retired category's rule stay behind
    CHECK((*rules)[0].description == QStringLiteral("为会员办实事"));
    CHECK((*rules)[0].pointsTenths == 50);
    CHECK((*rules)[0].id != county.serve);
    CHECK(*points.categoryCaps(2026) == QHash<qint64, qint64>{{1, 300}});
    CHECK(hasProblem(points.startYear(2026).problems(), QStringLiteral("year")));
    CHECK_FALSE(points.addRule(makeRule(2026, 8, "x", 10)).ok());  // a retired category takes no new rules
}

TEST_CASE("entries: points from the rule, a reason for points changed by hand, the approval workflow")
{
    PointsCounty county;
    PointsService &points = county.points;

    auto added = points.addEntry(makeEntry(county.binzhou, county.training, QDate(2025, 3, 1), 4));
    REQUIRE(added.ok());
    const qint64 id = added.value();
    CHECK(points.entry(id)->pointsTenths == 75);  // 4 × 2.5 = 10.0, within the item cap 7.5
    CHECK(points.entry(id)->status == EntryStatus::Draft);
    CHECK(points.entry(id)->enteredBy == Database::actor());

    // The rule requires evidence before submitting.
    CHECK(hasProblem(points.submitEntry(id).problems(), QStringLiteral("evidence")));
    PointsEntry e = *points.entry(id);
    e.evidence = QStringLiteral("培训签到表");
    e.pointsTenths = 60;
    CHECK(hasProblem(points.updateEntry(e).problems(), QStringLiteral("manual_reason")));
    e.manualReason = QStringLiteral("一场培训只到半数会员");
    REQUIRE(points.updateEntry(e).ok());
    CHECK(points.entry(id)->pointsTenths == 60);
    REQUIRE(points.submitEntry(id).ok());
    CHECK(hasProblem(points.updateEntry(e).problems(), QStringLiteral("status")));  // submitted: not editable
    CHECK(hasProblem(points.rejectEntry(id, QStringLiteral(" ")).problems(), QStringLiteral("rejection_reason")));
    REQUIRE(points.rejectEntry(id, QStringLiteral("签到表不全")).ok());
    CHECK(points.entry(id)->rejectionReason == QStringLiteral("签到表不全"));
    CHECK(points.entry(id)->decidedBy == Database::actor());
    // Corrected, it starts over as a draft.
    REQUIRE(points.updateEntry(e).ok());
    CHECK(points.entry(id)->status == EntryStatus::Draft);
    CHECK(points.entry(id)->rejectionReason.isEmpty());
    CHECK(hasProblem(points.approveEntry(id).problems(), QStringLiteral("status")));  // a draft is not approved directly
    REQUIRE(points.submitEntry(id).ok());
    REQUIRE(points.approveEntry(id).ok());
    CHECK(hasProblem(points.removeEntry(id).problems(), QStringLiteral("status")));

    const auto rows = points.entryRows(PointsEntryQuery::ofYear(2025));
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].chamberName == QStringLiteral("宾阳县宾州镇商会"));
    CHECK((*rows)[0].townshipName == QStringLiteral("宾州镇"));
    CHECK((*rows)[0].categoryName == QStringLiteral("服务会员"));
    CHECK(*points.entryCount(PointsEntryQuery::ofYear(2025, EntryStatus::Approved)) == 1);
}

TEST_CASE("entries outside the rule's year or the chamber's life are refused - the same one twice is a warning")
{
    PointsCounty county;
    PointsService &points = county.points;
    CHECK(hasProblem(points.addEntry(makeEntry(county.binzhou, county.serve, QDate(2024, 12, 31))).problems(), QStringLiteral("date")));
    const qint64 late = addChamber(county.db, "450126102", "宾阳县甘棠镇商会", QDate(2025, 9, 1));
    CHECK(hasProblem(points.addEntry(makeEntry(late, county.serve, QDate(2025, 8, 31))).problems(), QStringLiteral("date")));
    CHECK(points.addEntry(makeEntry(late, county.serve, QDate(2025, 9, 1))).ok());
    REQUIRE(points.addEntry(makeEntry(county.binzhou, county.serve, QDate(2025, 5, 1))).ok());
    const auto twice = points.addEntry(makeEntry(county.binzhou, county.serve, QDate(2025, 5, 1)));
    REQUIRE(twice.ok());
    CHECK(hasProblem(twice.problems(), QStringLiteral("entry"), Problem::Severity::Warning));
}

TEST_CASE("changing a rule's points recalculates the entries that follow it, not those set by hand")
{
    PointsCounty county;
    PointsService &points = county.points;
    const qint64 follows = county.approved(county.binzhou, county.serve, QDate(2025, 4, 1), 2);
    PointsEntry manual = makeEntry(county.litang, county.serve, QDate(2025, 4, 2));
    manual.pointsTenths = 30;
    manual.manualReason = QStringLiteral("只完成一部分");
    const auto manualId = points.addEntry(manual);
    REQUIRE(manualId.ok());
    PointsRule r = *points.rule(county.serve);
    r.pointsTenths = 60;
    REQUIRE(points.updateRule(r).ok());
    CHECK(points.entry(follows)->pointsTenths == 120);
    CHECK(points.entry(manualId.value())->pointsTenths == 30);
}

TEST_CASE("scorecards through the service: every chamber of the year appears, approved entries count")
{
    PointsCounty county;
    PointsService &points = county.points;
    addChamber(county.db, "450126105", "宾阳县新圩镇商会", QDate(2010, 1, 24), QDate(2024, 6, 30));  // gone before 2025
    const qint64 later = addChamber(county.db, "450126106", "宾阳县邹圩镇商会", QDate(2025, 2, 6));
    // 7 × 5.0 = 35.0, the category cap 30.0 keeps it at 30.0
    for (int i = 1; i <= 7; ++i)
        county.approved(county.binzhou, county.serve, QDate(2025, i, 1));
    REQUIRE(points.addEntry(makeEntry(county.litang, county.serve, QDate(2025, 3, 3))).ok());  // a draft: not counted
    REQUIRE(points.addVeto({0, later, 2025, QDate(2025, 10, 1), QStringLiteral("严重违法"), {}}).ok());

    const auto cards = points.scorecards(2025);
    REQUIRE(cards.ok());
    REQUIRE(cards->size() == 3);  // 宾州, 黎塘, 邹圩 — not 新圩, dissolved in 2024
    CHECK(cards->at(0).chamberId == county.binzhou);
    CHECK(cards->at(0).totalTenths == 300);
    CHECK(cards->at(0).rank == 1);
    CHECK(cards->at(1).chamberId == county.litang);
    CHECK(cards->at(1).totalTenths == 0);
    CHECK(cards->at(1).rank == 2);
    CHECK(cards->at(2).chamberId == later);
    CHECK(cards->at(2).grade == Grade::Vetoed);
}

TEST_CASE("publishing freezes the year until it is reopened with a reason, which is logged")
{
    PointsCounty county;
    PointsService &points = county.points;
    const qint64 approvedId = county.approved(county.binzhou, county.serve, QDate(2025, 4, 1));
    auto waiting = points.addEntry(makeEntry(county.litang, county.serve, QDate(2025, 4, 2)));
    REQUIRE(waiting.ok());
    REQUIRE(points.submitEntry(waiting.value()).ok());
    const QByteArray snapshot = "{\"schema\":\"test\"}";

    // Entries waiting for approval keep the year from being published.
    CHECK(hasProblem(points.publish(2025, QDate(2026, 1, 20), snapshot).problems(), QStringLiteral("entry")));
    CHECK(hasProblem(points.publish(2025, QDate(2024, 1, 20), snapshot).problems(), QStringLiteral("issue_date")));
    REQUIRE(points.rejectEntry(waiting.value(), QStringLiteral("重复申报")).ok());
    REQUIRE(points.publish(2025, QDate(2026, 1, 20), snapshot).ok());
    CHECK(points.year(2025)->published);
    const auto publication = points.currentPublication(2025);
    REQUIRE(publication->has_value());
    CHECK(publication.value()->snapshot == snapshot);
    CHECK(publication.value()->issueDate == QDate(2026, 1, 20));
    // printf '%s' '{"schema":"test"}' | sha256sum
    CHECK(publication.value()->sha256 == QStringLiteral("3a600f57f0be77b1384ebbf0a4ddcdb7489da308bcf959ba9e65d6b822f158ef"));

    const int entriesBefore = count(county.db, QStringLiteral("SELECT count(*) FROM points_entry"));
    const int logBefore = count(county.db, QStringLiteral("SELECT count(*) FROM change_log"));
    const QString frozen = QStringLiteral("year");
    PointsEntry e = makeEntry(county.litang, county.serve, QDate(2025, 6, 1));
    CHECK(hasProblem(points.addEntry(e).problems(), frozen));
    CHECK(hasProblem(points.approveEntry(approvedId).problems(), frozen));
    CHECK(hasProblem(points.rejectEntry(approvedId, QStringLiteral("x")).problems(), frozen));
    CHECK(hasProblem(points.removeEntry(waiting.value()).problems(), frozen));
    CHECK(hasProblem(points.addRule(makeRule(2025, 1, "新规则", 10)).problems(), frozen));
    PointsRule r = *points.rule(county.serve);
    r.pointsTenths = 80;
    CHECK(hasProblem(points.updateRule(r).problems(), frozen));
    CHECK(hasProblem(points.retireRule(county.serve).problems(), frozen));
    CHECK(hasProblem(points.setCategoryCap(2025, 1, 500).problems(), frozen));
    CHECK(hasProblem(points.updateYear(*points.year(2025)).problems(), frozen));
    CHECK(hasProblem(points.addVeto({0, county.litang, 2025, QDate(2025, 10, 1), QStringLiteral("违法"), {}}).problems(), frozen));
    CHECK(hasProblem(points.publish(2025, QDate(2026, 1, 21), snapshot).problems(), frozen));
    // The database refuses too, whatever path a write takes.
    QSqlQuery raw(county.db.sql());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE points_entry SET points = 999")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM points_rule")));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE points_year SET pass = 0 WHERE year = 2025")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM points_publication")));
    CHECK(count(county.db, QStringLiteral("SELECT count(*) FROM points_entry")) == entriesBefore);
    CHECK(count(county.db, QStringLiteral("SELECT count(*) FROM change_log")) == logBefore);
    CHECK(count(county.db, QStringLiteral("SELECT points FROM points_entry WHERE id = %1").arg(approvedId)) == 50);

    CHECK(hasProblem(points.reopen(2025, QStringLiteral("  ")).problems(), QStringLiteral("reason")));
    REQUIRE(points.reopen(2025, QStringLiteral("黎塘镇商会补报材料")).ok());
    CHECK_FALSE(points.year(2025)->published);
    CHECK_FALSE(points.currentPublication(2025)->has_value());
    const auto history = points.publications(2025);
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].action == PointsPublication::Action::Publish);
    CHECK((*history)[1].action == PointsPublication::Action::Reopen);
    CHECK((*history)[1].reason == QStringLiteral("黎塘镇商会补报材料"));
    CHECK(count(county.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'points_year' AND action = 'reopen' "
                                          "AND detail = '黎塘镇商会补报材料'")) == 1);
    CHECK(points.addEntry(e).ok());  // open again
    CHECK(hasProblem(points.reopen(2025, QStringLiteral("again")).problems(), QStringLiteral("year")));
}

TEST_CASE("a published report is stored compressed and reads back byte for byte")
{
    PointsCounty county;
    county.approved(county.binzhou, county.serve, QDate(2025, 4, 1));
    // A report in parts as ScoringReports::publish keeps it: a header line, then one line per
    // county, each much like the others (as a region's are): 200 lines, ~60 KB.
    QByteArray snapshot = "{\"schema\":\"chamberdesk.scoring-report-parts/1\"}";
    for (int i = 0; i < 200; ++i)
        snapshot += "\n{\"county\":\"4501" + QByteArray::number(10 + i) + "\",\"chambers\":[{\"name\":\"宾阳县宾州镇商会\",\"points\":" +
                    QByteArray::number(i * 7 % 120) + ",\"grade\":\"A\"}],\"note\":\"" + QByteArray(200, 'x') + "\"}";
    REQUIRE(county.points.publish(2025, QDate(2026, 1, 20), snapshot).ok());
    QSqlQuery q(county.db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT snapshot FROM points_publication WHERE year = 2025")));
    REQUIRE(q.next());
    const QByteArray stored = q.value(0).toByteArray();
    CHECK(stored.startsWith("zlib:"));
    CHECK(stored.size() * 5 < snapshot.size());
    const auto publication = county.points.currentPublication(2025);
    REQUIRE(publication.ok());
    REQUIRE(publication->has_value());
    CHECK(publication.value()->snapshot == snapshot);
}

TEST_CASE("a chamber with points in a published year cannot be removed")
{
    PointsCounty county;
    county.approved(county.binzhou, county.serve, QDate(2025, 4, 1));
    REQUIRE(county.points.publish(2025, QDate(2026, 1, 20), "{}").ok());
    CHECK_FALSE(ChamberService(county.db).remove(county.binzhou).ok());
    CHECK(ChamberService(county.db).get(county.binzhou).ok());
    CHECK(ChamberService(county.db).remove(county.litang).ok());  // no points: removed as before
}

TEST_CASE("vetoes are kept per year and can be removed while the year is open")
{
    PointsCounty county;
    PointsService &points = county.points;
    CHECK(hasProblem(points.addVeto({0, county.binzhou, 2025, QDate(2025, 3, 1), QString(), {}}).problems(), QStringLiteral("reason")));
    CHECK(hasProblem(points.addVeto({0, county.binzhou, 2024, QDate(2024, 3, 1), QStringLiteral("x"), {}}).problems(), QStringLiteral("year")));
    auto v = points.addVeto({0, county.binzhou, 2025, QDate(2025, 3, 1), QStringLiteral("列入严重失信主体名单"), {}});
    REQUIRE(v.ok());
    REQUIRE(points.vetoes(2025)->size() == 1);
    CHECK((*points.vetoes(2025))[0].recordedBy == Database::actor());
    CHECK(points.vetoes(2025, county.litang)->isEmpty());
    REQUIRE(points.removeVeto(v.value()).ok());
    CHECK(points.vetoes(2025)->isEmpty());
}

TEST_CASE("entry lists sort in SQL: both ways, pages that do not overlap, unknown keys by date")
{
    PointsCounty county;
    PointsService &points = county.points;
    // 5.0 points, 5.0 (2 × 2.5) and 7.5 (3 × 2.5, the item cap), the last one approved.
    const auto e1 = points.addEntry(makeEntry(county.binzhou, county.serve, QDate(2025, 3, 1)));
    const auto e2 = points.addEntry(makeEntry(county.litang, county.training, QDate(2025, 2, 1), 2));
    REQUIRE(e1.ok());
    REQUIRE(e2.ok());
    const qint64 e3 = county.approved(county.binzhou, county.training, QDate(2025, 4, 1), 3);
    auto ids = [&](const QString &key, bool descending, int limit = -1, int offset = 0) {
        PointsEntryQuery q = PointsEntryQuery::ofYear(2025);
        q.sortKey = key;
        q.descending = descending;
        q.limit = limit;
        q.offset = offset;
        QList<qint64> out;
        for (const auto &row : test::valueOf(points.entryRows(q)))
            out.append(row.entry.id);
        return out;
    };
    const QList<qint64> byDate = {e2.value(), e1.value(), e3};
    CHECK(ids({}, false) == byDate);
    CHECK(ids(QStringLiteral("date"), true) == QList<qint64>{e3, e1.value(), e2.value()});
    CHECK(ids(QStringLiteral("points"), false) == byDate);  // the two 5.0s by date
    CHECK(ids(QStringLiteral("points"), true) == QList<qint64>{e3, e2.value(), e1.value()});
    CHECK(ids(QStringLiteral("quantity"), true) == QList<qint64>{e3, e2.value(), e1.value()});
    CHECK(ids(QStringLiteral("chamber"), false) == QList<qint64>{e1.value(), e3, e2.value()});  // 宾州 before 黎塘
    CHECK(ids(QStringLiteral("chamber"), true) == QList<qint64>{e2.value(), e1.value(), e3});
    CHECK(ids(QStringLiteral("status"), true) == QList<qint64>{e3, e2.value(), e1.value()});  // approved after drafts
    CHECK(ids(QStringLiteral("e.points; DELETE FROM points_entry"), true) == byDate);
    QList<qint64> paged;
    for (int offset = 0; offset < 3; ++offset)
        paged += ids(QStringLiteral("points"), true, 1, offset);
    CHECK(paged == ids(QStringLiteral("points"), true));
    CHECK(*points.entryCount(PointsEntryQuery::ofYear(2025)) == 3);
}
