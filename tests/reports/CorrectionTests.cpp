// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting and deleting entries of the dated histories: the whole resulting history is
// checked, refusals write nothing, the change log keeps before/after and why, and the figures as
// of any date follow the corrected history (counted by hand on the county fixture).
#include "ChamberService.h"
#include "CountyFixture.h"
#include "HistoryCorrections.h"
#include "ImportLogService.h"
#include "MediationCaseService.h"
#include "Stats.h"
#include "TestSupport.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {

qint64 chamberNamed(Database &db, const char *name)
{
    const auto found = ChamberService(db).find(QString::fromUtf8(name));
    REQUIRE(found.ok());
    return found->id;
}

RegistrationEvent entryWith(Database &db, qint64 chamberId, RegistrationStatus status)
{
    for (const auto &e : test::valueOf(RegistrationService(db).history(chamberId)))
        if (e.status == status)
            return e;
    FAIL("no such entry");
    return {};
}

Rate registrationOn(Database &db, QDate date)
{
    const auto s = StatsService(db).compute({}, std::nullopt, date);
    REQUIRE(s.ok());
    return s->total.registration;
}

QJsonObject lastLog(Database &db, const QString &entity, QString *action = nullptr)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT action, detail, actor FROM change_log WHERE entity = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    if (action)
        *action = q.value(0).toString();
    CHECK_FALSE(q.value(2).toString().isEmpty());  // who
    return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("correcting a registration date moves the registration rate as of the dates around it")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    const qint64 c = chamberNamed(*t.db, "宾阳县甘棠镇商会");
    // Chambers existing 2021-11-30 … 2022-06-01: A B C D F G (E founded 2023, D dissolved 2022-06-30).
    // Before: registered A (2016), G (2020-01-15 … 2023-03-01), C from 2021-12-01.
    CHECK(registrationOn(*t.db, QDate(2021, 11, 30)) == Rate{2, 6});  // A G
    CHECK(registrationOn(*t.db, QDate(2021, 12, 31)) == Rate{3, 6});  // A C G
    CHECK(registrationOn(*t.db, QDate(2022, 5, 31)) == Rate{3, 6});
    CHECK(registrationOn(*t.db, QDate(2022, 6, 1)) == Rate{3, 6});

    // The certificate says 2022-06-01: C was not registered until then.
    RegistrationEvent e = entryWith(*t.db, c, RegistrationStatus::Registered);
    e.date = QDate(2022, 6, 1);
    const auto corrected = HistoryCorrections(*t.db).correctRegistration(e, QStringLiteral("登记证书日期为2022-06-01"));
    REQUIRE(corrected.ok());

    CHECK(registrationOn(*t.db, QDate(2021, 11, 30)) == Rate{2, 6});  // unchanged before both dates
    CHECK(registrationOn(*t.db, QDate(2021, 12, 31)) == Rate{2, 6});  // A G: C no longer
    CHECK(registrationOn(*t.db, QDate(2022, 5, 31)) == Rate{2, 6});
    CHECK(registrationOn(*t.db, QDate(2022, 6, 1)) == Rate{3, 6});    // A C G from the corrected day
    CHECK(registrationOn(*t.db, QDate(2025, 12, 31)) == Rate{2, 6});  // A C of A B C E F G, as before

    QString action;
    const QJsonObject detail = lastLog(*t.db, QStringLiteral("registration"), &action);
    CHECK(action == QStringLiteral("correct"));
    CHECK(detail.value(QStringLiteral("entry")).toInteger() == e.id);
    CHECK(detail.value(QStringLiteral("reason")).toString() == QStringLiteral("登记证书日期为2022-06-01"));
    CHECK(detail.value(QStringLiteral("before")).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2021-12-01"));
    CHECK(detail.value(QStringLiteral("after")).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2022-06-01"));
}

TEST_CASE("registration corrections that would leave an impossible history are refused, unwritten")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    HistoryCorrections corrections(*t.db);
    const qint64 g = chamberNamed(*t.db, "宾阳县宾州镇个体私营企业商会");
    const auto historyBefore = RegistrationService(*t.db).history(g);
    const int logBefore = count(*t.db, QStringLiteral("SELECT count(*) FROM change_log"));
    const RegistrationEvent registered = entryWith(*t.db, g, RegistrationStatus::Registered);
    const RegistrationEvent deregistered = entryWith(*t.db, g, RegistrationStatus::Deregistered);

    // Deleting the registration under a later deregistration: a deregistration with nothing before it.
    const auto orphan = corrections.deleteRegistration(registered.id, QStringLiteral("录错了"));
    CHECK(hasProblem(orphan.problems(), QStringLiteral("status")));
    // Moving the deregistration before the registration: the same, in date order.
    RegistrationEvent early = deregistered;
    early.date = QDate(2019, 6, 1);
    CHECK(hasProblem(corrections.correctRegistration(early, QStringLiteral("日期")).problems(), QStringLiteral("status")));
    // Registered without its credit code.
    RegistrationEvent noCode = registered;
    noCode.creditCode.clear();
    CHECK(hasProblem(corrections.correctRegistration(noCode, QStringLiteral("代码")).problems(), QStringLiteral("credit_code")));
    // No reason.
    RegistrationEvent later = registered;
    later.date = QDate(2020, 2, 1);
    CHECK(hasProblem(corrections.correctRegistration(later, QStringLiteral("  ")).problems(), QStringLiteral("reason")));
    // Nothing to correct.
    CHECK(hasProblem(corrections.correctRegistration(registered, QStringLiteral("同上")).problems(), QStringLiteral("entry")));

    CHECK(*RegistrationService(*t.db).history(g) == *historyBefore);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM change_log")) == logBefore);

    // Deleting the deregistration (entered against the wrong chamber) is possible.
    REQUIRE(corrections.deleteRegistration(deregistered.id, QStringLiteral("误录：注销的是另一商会")).ok());
    CHECK(Registrations::currentStatus(*RegistrationService(*t.db).history(g)) == RegistrationStatus::Registered);
    QString action;
    const QJsonObject detail = lastLog(*t.db, QStringLiteral("registration"), &action);
    CHECK(action == QStringLiteral("delete"));
    CHECK(detail.value(QStringLiteral("after")).isNull());
    CHECK(detail.value(QStringLiteral("before")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("deregistered"));

    // Before the chamber was founded (2019-01-01): a doubtful date, not an impossible one. Like the
    // ledger import, the correction keeps it as entered and warns, naming the date.
    RegistrationEvent beforeFounding = registered;
    beforeFounding.date = QDate(2018, 12, 1);
    const Status taken = corrections.correctRegistration(beforeFounding, QStringLiteral("日期"));
    REQUIRE(taken.ok());
    CHECK(hasProblem(taken.problems(), QStringLiteral("date"), Problem::Severity::Warning));
    const auto after = RegistrationService(*t.db).history(g);
    CHECK(std::any_of(after->cbegin(), after->cend(),
                      [&](const RegistrationEvent &e) { return e.id == registered.id && e.date == QDate(2018, 12, 1); }));
}

TEST_CASE("a corrected credit code follows to the chamber - a code already in use is refused")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    const qint64 a = chamberNamed(*t.db, "宾阳县宾州镇商会");
    const qint64 c = chamberNamed(*t.db, "宾阳县甘棠镇商会");
    RegistrationEvent e = entryWith(*t.db, c, RegistrationStatus::Registered);
    e.creditCode = ChamberService(*t.db).get(a)->creditCode;  // A's code
    CHECK(hasProblem(HistoryCorrections(*t.db).correctRegistration(e, QStringLiteral("代码")).problems(), QStringLiteral("credit_code")));
    // Deleting C's only registration leaves it unregistered, without a code.
    REQUIRE(HistoryCorrections(*t.db).deleteRegistration(e.id, QStringLiteral("尚未登记，误录")).ok());
    CHECK(ChamberService(*t.db).get(c)->creditCode.isEmpty());
    CHECK(RegistrationService(*t.db).history(c)->isEmpty());
}

TEST_CASE("case status corrections: the lifecycle holds over the whole history, and the case follows")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    const qint64 c = chamberNamed(*t.db, "宾阳县甘棠镇商会");
    MediationCaseService cases(*t.db);
    MediationCase d;
    d.chamberId = c;
    d.receivedOn = QDate(2024, 3, 4);
    d.applicant = QStringLiteral("宾阳县甘棠镇永福农资店");
    d.respondent = QStringLiteral("覃某");
    d.disputeType = DisputeType::Debt;
    const auto id = cases.add(d);
    REQUIRE(id.ok());
    REQUIRE(cases.changeStatus({0, id.value(), CaseStatus::Mediating, QDate(2024, 3, 5), false, {}}).ok());
    MediationCase settled = *cases.get(id.value());
    settled.agreedAmountFen = 800000;
    settled.agreementNumber = QStringLiteral("甘调〔2024〕3号");
    REQUIRE(cases.changeStatus({0, id.value(), CaseStatus::Settled, QDate(2024, 3, 20), false, {}}, settled).ok());
    const auto history = cases.history(id.value());
    REQUIRE(history->size() == 2);
    HistoryCorrections corrections(*t.db);

    // Deleting "mediating" would leave received → settled: the lifecycle forbids the skip.
    CHECK(hasProblem(corrections.deleteCaseChange((*history)[0].id, QStringLiteral("误录")).problems(), QStringLiteral("status")));
    // Settling before it was mediated: out of order.
    CaseStatusChange early = (*history)[1];
    early.date = QDate(2024, 3, 4);
    CHECK(hasProblem(corrections.correctCaseChange(early, QStringLiteral("日期")).problems(), QStringLiteral("status")));
    CHECK(*cases.history(id.value()) == *history);

    // It failed, on 2024-03-22: the case follows, and what only a settled case has is cleared.
    CaseStatusChange failed = (*history)[1];
    failed.status = CaseStatus::Failed;
    failed.date = QDate(2024, 3, 22);
    REQUIRE(corrections.correctCaseChange(failed, QStringLiteral("实为调解不成")).ok());
    const auto after = cases.get(id.value());
    CHECK(after->status == CaseStatus::Failed);
    CHECK(after->closedOn == QDate(2024, 3, 22));
    CHECK_FALSE(after->agreedAmountFen);
    CHECK(after->agreementNumber.isEmpty());
    QString action;
    const QJsonObject detail = lastLog(*t.db, QStringLiteral("mediation_case"), &action);
    CHECK(action == QStringLiteral("correct_status"));
    CHECK(detail.value(QStringLiteral("case_before")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("settled"));
    CHECK(detail.value(QStringLiteral("case_after")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    CHECK(detail.value(QStringLiteral("cleared")).toString().contains(QStringLiteral("甘调〔2024〕3号")));

    // Deleting the closing change takes the case back to mediating, open.
    REQUIRE(corrections.deleteCaseChange((*history)[1].id, QStringLiteral("尚未结案")).ok());
    CHECK(cases.get(id.value())->status == CaseStatus::Mediating);
    CHECK_FALSE(cases.get(id.value())->closedOn);
}

TEST_CASE("an import's changes are those between its start mark and its log line - older imports say they cannot be told")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ImportLogService log(*t.db);
    ImportLogEntry entry;
    entry.fileName = QStringLiteral("旧台账.xlsx");
    entry.fileSha256 = QStringLiteral("cd").repeated(32);
    entry.updatePolicy = QStringLiteral("overwrite");
    // As imports were logged before the start mark existed.
    const auto old = log.record(entry);
    REQUIRE(old.ok());
    CHECK(hasProblem(log.changes(old.value()).problems(), QStringLiteral("import")));
    // As Importer::commit now writes it.
    {
        Transaction tx(*t.db);
        REQUIRE(log.markStart(entry.fileSha256).ok());
        Chamber c;
        c.townshipCode = QStringLiteral("450126103");
        c.name = QStringLiteral("宾阳县大桥镇商会");
        REQUIRE(ChamberService(*t.db).add(c).ok());
        entry.fileName = QStringLiteral("新台账.xlsx");
        REQUIRE(log.record(entry).ok());
        REQUIRE(tx.commit().ok());
    }
    const auto fresh = log.list();
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 2);
    const auto changes = log.changes(fresh->first().id);  // newest first
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == 2);
    CHECK(changes->at(0).entity == QStringLiteral("chamber"));
    CHECK(changes->at(0).action == QStringLiteral("add"));
    CHECK(changes->at(1).entity == QStringLiteral("import"));
    CHECK(hasProblem(log.changes(99).problems(), QStringLiteral("import")));
}
