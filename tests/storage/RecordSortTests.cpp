// SPDX-License-Identifier: GPL-3.0-or-later
// Record lists sorted in SQL: each key in both directions against hand-worked orders, blanks
// last either way, pages that neither overlap nor skip, and unknown keys giving the usual order.
#include "DisclosureService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "RecordsSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;

namespace {

// Three townships of 宾阳县: 宾州镇 (…100), 黎塘镇 (…101), 甘棠镇 (…102).
struct Townships
{
    test::TempDatabase t{QStringLiteral("450126")};
    qint64 binzhou = test::addChamber(*t.db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    qint64 litang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    qint64 ganTang = test::addChamber(*t.db, "450126102", "宾阳县甘棠镇商会", QDate(2009, 12, 25));
};

// Four cases, ids 1–4 in the order added:
//   A 甘棠 received 2024-03-01, 5,000.00 yuan, received
//   B 宾州 received 2024-01-15, no amount,     mediating
//   C 黎塘 received 2024-02-10, 200.00 yuan,   received
//   D 宾州 received 2024-02-10, 9,000.00 yuan, received
// The usual order is the newest first, then the id downwards: A D C B.
struct Cases : Townships
{
    MediationCaseService cases{*t.db};
    QHash<QString, qint64> ids;

    Cases()
    {
        add("A", ganTang, QDate(2024, 3, 1), 500000);
        add("B", binzhou, QDate(2024, 1, 15), std::nullopt, CaseStatus::Mediating);
        add("C", litang, QDate(2024, 2, 10), 20000);
        add("D", binzhou, QDate(2024, 2, 10), 900000);
    }
    void add(const char *label, qint64 chamber, QDate received, std::optional<qint64> fen, CaseStatus status = CaseStatus::Received)
    {
        MediationCase c;
        c.chamberId = chamber;
        c.receivedOn = received;
        c.applicant = QStringLiteral("申请人") + QString::fromLatin1(label);
        c.respondent = QStringLiteral("覃某");
        c.disputeType = DisputeType::Debt;
        c.amountDisputedFen = fen;
        c.status = status;
        const auto added = cases.add(c);
        INFO(test::describe(added.problems()));
        REQUIRE(added.ok());
        ids.insert(QString::fromLatin1(label), added.value());
    }
    // The labels of a list, in its order.
    QString labels(const QList<Listed<MediationCase>> &rows) const
    {
        QString out;
        for (const auto &row : rows)
            out += ids.key(row.record.id);
        return out;
    }
    QString sorted(const QString &key, bool descending, int limit = -1, int offset = 0) const
    {
        CaseQuery q;
        q.sortKey = key;
        q.descending = descending;
        q.limit = limit;
        q.offset = offset;
        return labels(*cases.list(q));
    }
};

} // namespace

TEST_CASE("case lists sort by a column in SQL, both ways, ties in the usual order")
{
    Cases c;
    CHECK(c.sorted({}, false) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("received"), false) == QStringLiteral("BDCA"));  // C and D tie: the usual order
    CHECK(c.sorted(QStringLiteral("received"), true) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("township"), false) == QStringLiteral("DBCA"));  // 宾州 D B, 黎塘 C, 甘棠 A
    CHECK(c.sorted(QStringLiteral("township"), true) == QStringLiteral("ACDB"));
    // No amount comes last either way.
    CHECK(c.sorted(QStringLiteral("amount"), false) == QStringLiteral("CADB"));
    CHECK(c.sorted(QStringLiteral("amount"), true) == QStringLiteral("DACB"));
    // Statuses in the order a case goes through them (received before mediating), not by spelling.
    CHECK(c.sorted(QStringLiteral("status"), false) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("status"), true) == QStringLiteral("BADC"));
}

TEST_CASE("sorted case pages neither overlap nor skip")
{
    Cases c;
    for (const auto &key : {QStringLiteral("received"), QStringLiteral("amount"), QStringLiteral("township"), QStringLiteral("chamber")}) {
        for (const bool descending : {false, true}) {
            const QString whole = c.sorted(key, descending);
            QString paged;
            for (int offset = 0; offset < 4; ++offset)
                paged += c.sorted(key, descending, 1, offset);
            INFO(key.toStdString() << (descending ? " descending" : " ascending"));
            CHECK(whole.size() == 4);
            CHECK(paged == whole);
        }
    }
    CHECK(c.sorted(QStringLiteral("received"), false, 2, 1) == QStringLiteral("DC"));
}

TEST_CASE("an unknown sort key gives the usual order and never reaches the SQL")
{
    Cases c;
    CHECK(c.sorted(QStringLiteral("no_such_column"), false) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("no_such_column"), true) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("r.id"), false) == QStringLiteral("ADCB"));
    CHECK(c.sorted(QStringLiteral("received_on; DROP TABLE mediation_case; --"), false) == QStringLiteral("ADCB"));
    CHECK(*c.cases.count() == 4);
}

TEST_CASE("Party organisations, instructors and disclosures sort in SQL")
{
    Townships t;
    PartyService party(*t.t.db);
    auto organization = [&](qint64 chamber, int members, std::optional<QDate> founded) {
        PartyOrganization o;
        o.chamberId = chamber;
        o.form = PartyForm::Standalone;
        o.members = members;
        o.founded = founded;
        const auto added = party.addOrganization(o);
        INFO(test::describe(added.problems()));
        REQUIRE(added.ok());
    };
    organization(t.binzhou, 30, QDate(2015, 7, 1));
    organization(t.litang, 12, std::nullopt);
    organization(t.ganTang, 25, QDate(2010, 5, 1));
    auto chambers = [&](const QString &key, bool descending, int limit = -1, int offset = 0) {
        RecordQuery q;
        q.sortKey = key;
        q.descending = descending;
        q.limit = limit;
        q.offset = offset;
        QList<qint64> out;
        for (const auto &row : test::valueOf(party.listOrganizations(q)))
            out.append(row.record.chamberId);
        return out;
    };
    const QList<qint64> byTownship = {t.binzhou, t.litang, t.ganTang};
    CHECK(chambers({}, false) == byTownship);
    CHECK(chambers(QStringLiteral("members"), false) == QList<qint64>{t.litang, t.ganTang, t.binzhou});
    CHECK(chambers(QStringLiteral("members"), true) == QList<qint64>{t.binzhou, t.ganTang, t.litang});
    CHECK(chambers(QStringLiteral("founded"), false) == QList<qint64>{t.ganTang, t.binzhou, t.litang});  // none on record: last
    CHECK(chambers(QStringLiteral("founded"), true) == QList<qint64>{t.binzhou, t.ganTang, t.litang});
    CHECK(chambers(QStringLiteral("unknown"), true) == byTownship);
    QList<qint64> paged;
    for (int offset = 0; offset < 3; ++offset)
        paged += chambers(QStringLiteral("members"), true, 1, offset);
    CHECK(paged == chambers(QStringLiteral("members"), true));

    auto instructor = [&](qint64 chamber, const char *name, QDate from) {
        PartyInstructor i;
        i.chamberId = chamber;
        i.name = QString::fromUtf8(name);
        i.from = from;
        REQUIRE(party.addInstructor(i).ok());
    };
    instructor(t.ganTang, "莫建华", QDate(2019, 3, 1));
    instructor(t.binzhou, "黄立新", QDate(2024, 1, 1));
    instructor(t.litang, "韦秀兰", QDate(2021, 9, 1));
    RecordQuery latest;
    latest.sortKey = QStringLiteral("from");
    latest.descending = true;
    QStringList names;
    for (const auto &row : test::valueOf(party.listInstructors(latest)))
        names.append(row.record.name);
    CHECK(names == QStringList{QStringLiteral("黄立新"), QStringLiteral("韦秀兰"), QStringLiteral("莫建华")});

    DisclosureService disclosures(*t.t.db);
    auto disclosure = [&](qint64 chamber, const char *period, std::optional<QDate> on) {
        Disclosure d;
        d.chamberId = chamber;
        d.period = QString::fromLatin1(period);
        d.disclosedOn = on;
        d.partyAffairs = on.has_value();  // a date only for something disclosed
        const auto added = disclosures.add(d);
        INFO(test::describe(added.problems()));
        REQUIRE(added.ok());
    };
    disclosure(t.binzhou, "2024-H1", QDate(2024, 7, 5));
    disclosure(t.binzhou, "2024-H2", std::nullopt);
    disclosure(t.litang, "2024-H2", QDate(2025, 1, 8));
    RecordQuery byDate;
    byDate.sortKey = QStringLiteral("disclosed");
    QStringList order;
    for (const auto &row : test::valueOf(disclosures.list(byDate)))
        order.append(row.chamberName.mid(3, 2) + row.record.period);
    CHECK(order == QStringList{QStringLiteral("宾州2024-H1"), QStringLiteral("黎塘2024-H2"), QStringLiteral("宾州2024-H2")});
    byDate.descending = true;
    order.clear();
    for (const auto &row : test::valueOf(disclosures.list(byDate)))
        order.append(row.chamberName.mid(3, 2) + row.record.period);
    CHECK(order == QStringList{QStringLiteral("黎塘2024-H2"), QStringLiteral("宾州2024-H1"), QStringLiteral("宾州2024-H2")});
}

TEST_CASE("mediation committees sort in SQL")
{
    Townships t;
    MediationService mediation(*t.t.db);
    auto committee = [&](qint64 chamber, int mediators) {
        MediationCommittee m;
        m.chamberId = chamber;
        m.name = QStringLiteral("人民调解委员会");
        m.mediators = mediators;
        REQUIRE(mediation.setCommittee(m).ok());
    };
    committee(t.binzhou, 3);
    committee(t.litang, 7);
    committee(t.ganTang, 5);
    auto chambers = [&](const QString &key, bool descending) {
        RecordQuery q;
        q.sortKey = key;
        q.descending = descending;
        QList<qint64> out;
        for (const auto &row : test::valueOf(mediation.listCommittees(q)))
            out.append(row.record.chamberId);
        return out;
    };
    CHECK(chambers({}, false) == QList<qint64>{t.binzhou, t.litang, t.ganTang});
    CHECK(chambers(QStringLiteral("mediators"), true) == QList<qint64>{t.litang, t.ganTang, t.binzhou});
    CHECK(chambers(QStringLiteral("mediators"), false) == QList<qint64>{t.binzhou, t.ganTang, t.litang});
    CHECK(chambers(QStringLiteral("township"), true) == QList<qint64>{t.ganTang, t.litang, t.binzhou});
}
