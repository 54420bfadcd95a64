// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 on the region-wide pages: the Party building (党建) and mediation (调解) pages list a
// kind's own fields as its description does (kindColumns), after the chamber's township and name,
// and sort by the storage's keys. Run in zh_CN: the expected headings are the zh_CN titles the pages
// had when their columns were written out by hand; dates read yyyy-MM-dd, amounts in 元, and every
// header click must name a key the services sort by (an unknown key would silently sort the usual way).
#include "AppFixture.h"
#include "AppInfo.h"
#include "DisclosureService.h"
#include "MediationCaseService.h"
#include "MediationPage.h"
#include "MediationService.h"
#include "PartyPage.h"
#include "PartyService.h"
#include "RecordKind.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace chamber;

namespace {

using test::headers;
using test::texts;

// The row's cells from the chamber's name on (the township's label is the workspace's).
QStringList cells(const QAbstractItemModel *model, int r)
{
    QStringList out;
    for (int c = 1; c < model->columnCount(); ++c)
        out.append(model->index(r, c).data().toString());
    return out;
}

// The key each column sorts by, as a header click sets it.
QStringList sortKeys(PagedTableModel *model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c) {
        model->sort(c, Qt::AscendingOrder);
        out.append(model->sortKey());
    }
    return out;
}

// The rows a view would fetch as it scrolls.
void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

// The kind's own columns of a page's list are the description's: its list columns' zh_CN
// titles, in order, after the township and chamber. A field given a list column in the description
// shows up here, which a hand-written list would miss.
void checkDescribed(const QAbstractItemModel *model, RecordKindId kind)
{
    QStringList described;
    for (const FieldDescription *field : recordKind(kind).listColumns())
        described.append(recordKind(kind).heading(*field));
    QCOMPARE(headers(model).mid(2), described);
}

bool rightAligned(const QAbstractItemModel *model, int r, int c)
{
    return model->index(r, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight;
}

} // namespace

class PageColumnsTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        AppInfo::installTranslations(*QCoreApplication::instance(), chinese);
    }

    void thePartyPageListsTheDescribedFields()
    {
        test::AppFixture f;
        PartyOrganization o;
        o.chamberId = f.lidang;
        o.form = PartyForm::Standalone;
        o.name = QStringLiteral("中共宾阳县黎塘镇商会支部委员会");
        o.members = 23;
        o.secretary = QStringLiteral("黄志强");
        o.starRating = 3;
        o.founded = QDate(2015, 7, 1);
        QVERIFY(PartyService(f.workspace.db()).addOrganization(o).ok());
        PartyInstructor i;
        i.chamberId = f.lidang;
        i.name = QStringLiteral("韦丽");
        i.unit = QStringLiteral("宾阳县委统战部");
        i.phone = QStringLiteral("0771-8222123");
        i.from = QDate(2023, 3, 1);
        QVERIFY(PartyService(f.workspace.db()).addInstructor(i).ok());
        Disclosure d;
        d.chamberId = f.lidang;
        d.period = QStringLiteral("2024");
        d.partyAffairs = true;
        d.chamberAffairs = false;
        d.finances = true;
        d.disclosedOn = QDate(2025, 1, 20);
        QVERIFY(DisclosureService(f.workspace.db()).add(d).ok());

        PartyPage page(f.workspace);
        QAbstractItemModelTester t1(page.organizations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.instructors(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.disclosures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        fetchAll(page.organizations());
        fetchAll(page.instructors());
        fetchAll(page.disclosures());

        auto *organizations = page.organizations();
        QCOMPARE(headers(organizations), texts({"乡镇（街道）", "商会", "党组织", "组建方式", "党员人数", "书记", "星级", "成立日期"}));
        checkDescribed(organizations, RecordKindId::PartyOrganization);
        QCOMPARE(organizations->rowCount(), 1);
        QCOMPARE(cells(organizations, 0), texts({"宾阳县黎塘镇商会", "中共宾阳县黎塘镇商会支部委员会", "单独组建", "23", "黄志强", "★★★",
                                                 "2015-07-01"}));
        // A long name is read whole in its tooltip, however narrow the column (kindColumns' text cells).
        QCOMPARE(organizations->index(0, 2).data(Qt::ToolTipRole).toString(), o.name);
        QVERIFY(rightAligned(organizations, 0, 4));  // Party members: a count
        QVERIFY(!rightAligned(organizations, 0, 6));  // the stars read like text
        // The keys PartyService sorts organisations by (PartyService.cpp, organizationSorts).
        QCOMPARE(sortKeys(organizations),
                 texts({"township", "chamber", "name", "form", "members", "secretary", "stars", "founded"}));

        auto *instructors = page.instructors();
        QCOMPARE(headers(instructors), texts({"乡镇（街道）", "商会", "党建指导员", "工作单位", "电话", "任职起始日期", "离任日期"}));
        checkDescribed(instructors, RecordKindId::PartyInstructor);
        QCOMPARE(instructors->rowCount(), 1);
        QCOMPARE(cells(instructors, 0), texts({"宾阳县黎塘镇商会", "韦丽", "宾阳县委统战部", "0771-8222123", "2023-03-01", ""}));
        QCOMPARE(sortKeys(instructors), texts({"township", "chamber", "name", "unit", "phone", "from", "until"}));

        auto *disclosures = page.disclosures();
        QCOMPARE(headers(disclosures), texts({"乡镇（街道）", "商会", "期间", "党务公开", "会务公开", "财务公开", "公开日期"}));
        checkDescribed(disclosures, RecordKindId::Disclosure);
        QCOMPARE(disclosures->rowCount(), 1);
        QCOMPARE(cells(disclosures, 0), texts({"宾阳县黎塘镇商会", "2024", "是", "否", "是", "2025-01-20"}));
        QCOMPARE(sortKeys(disclosures), texts({"township", "chamber", "period", "party_affairs", "chamber_affairs", "finances", "disclosed"}));
    }

    void theMediationPageListsTheDescribedFields()
    {
        test::AppFixture f;
        MediationCase c;
        c.chamberId = f.lidang;
        c.number = QStringLiteral("2024-007");
        c.receivedOn = QDate(2024, 3, 5);
        c.applicant = QStringLiteral("韦某");
        c.respondent = QStringLiteral("宾阳县某建材有限公司");
        c.disputeType = DisputeType::Debt;
        c.amountDisputedFen = 1234567;
        const auto added = f.workspace.session().cases().add(c);
        QVERIFY2(added.ok(), qPrintable(added.firstError()));
        MediationCommittee m;
        m.chamberId = f.lidang;
        m.name = QStringLiteral("宾阳县黎塘镇商会人民调解委员会");
        m.founded = QDate(2020, 6, 18);
        m.mediators = 5;
        QVERIFY(MediationService(f.workspace.db()).setCommittee(m).ok());

        MediationPage page(f.workspace);
        QAbstractItemModelTester t1(page.cases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        fetchAll(page.cases());
        fetchAll(page.committees());

        auto *cases = page.cases();
        QCOMPARE(headers(cases), texts({"乡镇（街道）", "商会", "编号", "受理日期", "申请人", "被申请人", "纠纷类型", "金额（元）", "状态",
                                        "结案日期"}));
        checkDescribed(cases, RecordKindId::MediationCase);
        QCOMPARE(cases->rowCount(), 1);
        const QStringList row = cells(cases, 0);
        QCOMPARE(row.mid(0, 5), texts({"宾阳县黎塘镇商会", "2024-007", "2024-03-05", "韦某", "宾阳县某建材有限公司"}));
        QCOMPARE(row.at(6), QStringLiteral("12345.67"));  // 1,234,567 fen in 元
        QCOMPARE(cases->index(0, 5).data(Qt::ToolTipRole).toString(), c.respondent);
        QVERIFY(rightAligned(cases, 0, 7));
        QCOMPARE(row.at(8), QString());  // not closed: blank
        // The keys MediationCaseService sorts by (caseSorts); the header click test in RecordsTests
        // sorts by two of them in SQL.
        QCOMPARE(sortKeys(cases), texts({"township", "chamber", "number", "received", "applicant", "respondent", "dispute", "amount",
                                         "status", "closed"}));

        auto *committees = page.committees();
        QCOMPARE(headers(committees), texts({"乡镇（街道）", "商会", "调解组织", "成立日期", "调解员人数"}));
        checkDescribed(committees, RecordKindId::MediationCommittee);
        QCOMPARE(committees->rowCount(), 1);
        QCOMPARE(cells(committees, 0), texts({"宾阳县黎塘镇商会", "宾阳县黎塘镇商会人民调解委员会", "2020-06-18", "5"}));
        QVERIFY(rightAligned(committees, 0, 4));
        QCOMPARE(sortKeys(committees), texts({"township", "chamber", "name", "founded", "mediators"}));
    }
};

QTEST_MAIN(PageColumnsTests)
#include "PageColumnsTests.moc"
