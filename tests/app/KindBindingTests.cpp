// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 in the app: the chamber editor's record lists take their columns from the kinds'
// descriptions (kindColumns), and the record dialogs load and save through the binding of their
// Designer forms to the kinds' fields (FormBinding). Expected texts are the English sources and
// hand-written values; every model runs through QAbstractItemModelTester.
#include "AppFixture.h"
#include "CaseDialog.h"
#include "CommitteeDialog.h"
#include "DisclosureDialog.h"
#include "FormFields.h"
#include "HonourDialog.h"
#include "HonoursTab.h"
#include "InstructorDialog.h"
#include "MediationCaseService.h"
#include "MediationTab.h"
#include "MemberDialog.h"
#include "MembersTab.h"
#include "NeedDialog.h"
#include "OptionalDateEdit.h"
#include "PartyOrganizationDialog.h"
#include "PartyTab.h"
#include "RecordBindings.h"
#include "ServiceRequestService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace chamber;

namespace {

using test::headers;
using test::texts;

QStringList row(const QAbstractItemModel *model, int r)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out.append(model->index(r, c).data().toString());
    return out;
}

// Every input widget a dialog's form binds names a field of the kind that its struct binds.
void checkBoundKeys(QWidget *dialog, RecordKindId kind, int expected)
{
    const QStringList bound = boundKeys(kind);
    int found = 0;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        const QVariant key = w->property("field");
        if (!key.isValid())
            continue;
        ++found;
        QVERIFY2(recordKind(kind).field(key.toString()), qPrintable(key.toString()));
        QVERIFY2(bound.contains(key.toString()), qPrintable(key.toString()));
        // Its problems show in the label under it, named after the same key (a tick box cannot be wrong).
        if (!qobject_cast<QCheckBox *>(w))
            QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("problem_") + key.toString()), qPrintable(key.toString()));
    }
    QCOMPARE(found, expected);
}

} // namespace

class KindBindingTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void theHonoursListShowsTheDescribedColumns()
    {
        test::AppFixture f;
        Honour h;
        h.chamberId = f.lidang;
        h.kind = HonourKind::RegionalFourGood;
        h.year = 2019;
        h.issuingBody = QStringLiteral("广西壮族自治区工商业联合会");
        h.documentNumber = QStringLiteral("桂工商联〔2019〕12号");
        h.awardedOn = QDate(2019, 12, 3);
        QVERIFY(f.workspace.session().honours().add(h).ok());
        HonoursTab tab(f.workspace);
        QAbstractItemModelTester tester(tab.list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setChamberId(f.lidang);
        QCOMPARE(headers(tab.list()->model()), texts({"Year", "Honour", "Issued by", "Document number", "Decided on"}));
        QCOMPARE(tab.list()->model()->rowCount(), 1);
        QCOMPARE(row(tab.list()->model(), 0), texts({"2019", "regional four-good chamber", "广西壮族自治区工商业联合会",
                                                           "桂工商联〔2019〕12号", "2019-12-03"}));
    }

    void theCasesListShowsMoneyInYuanAndBlankWhenNotKnown()
    {
        test::AppFixture f;
        for (const std::optional<qint64> amount : {std::optional<qint64>(1234567), std::optional<qint64>()}) {
            MediationCase c;
            c.chamberId = f.lidang;
            c.receivedOn = amount ? QDate(2024, 3, 5) : QDate(2024, 4, 1);
            c.applicant = QStringLiteral("韦某");
            c.respondent = QStringLiteral("宾阳县某建材有限公司");
            c.disputeType = DisputeType::Debt;
            c.amountDisputedFen = amount;
            const auto added = f.workspace.session().cases().add(c);
            QVERIFY2(added.ok(), qPrintable(added.firstError()));
        }
        MediationTab tab(f.workspace);
        auto *model = tab.cases()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setChamberId(f.lidang);
        QCOMPARE(headers(model), texts({"Number", "Received", "Applicant", "Respondent", "Dispute", "Amount (yuan)", "Status", "Closed"}));
        QCOMPARE(model->rowCount(), 2);
        QStringList amounts;
        for (int r = 0; r < 2; ++r) {
            amounts.append(model->index(r, 5).data().toString());
            QVERIFY(model->index(r, 5).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
            QCOMPARE(model->index(r, 4).data().toString(), QStringLiteral("debt"));
        }
        amounts.sort();
        QCOMPARE(amounts, (QStringList{QString(), QStringLiteral("12345.67")}));  // 1,234,567 fen; not known: blank, never 0.00
    }

    void theDisclosuresListSaysYesAndNo()
    {
        test::AppFixture f;
        Disclosure d;
        d.chamberId = f.lidang;
        d.period = QStringLiteral("2024");
        d.partyAffairs = true;
        d.chamberAffairs = false;
        d.finances = true;
        d.disclosedOn = QDate(2025, 1, 20);
        QVERIFY(f.workspace.session().disclosures().add(d).ok());
        PartyTab tab(f.workspace);
        tab.setChamberId(f.lidang);
        auto *model = tab.disclosures()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(headers(model), texts({"Period", "Party affairs", "Chamber affairs", "Finances", "Disclosed on"}));
        QCOMPARE(row(model, 0), texts({"2024", "yes", "no", "yes", "2025-01-20"}));
    }

    void eachBoundDialogGivesBackTheRecordItLoaded()
    {
        test::AppFixture f;
        Session &s = f.workspace.session();

        Honour h;
        h.chamberId = f.lidang;
        h.kind = HonourKind::IntegrityPioneer;
        h.year = 2021;
        h.issuingBody = QStringLiteral("广西壮族自治区工商业联合会");
        h.documentNumber = QStringLiteral("桂工商联〔2021〕7号");
        h.awardedOn = QDate(2021, 6, 30);
        h.notes = QStringLiteral("第一行\n第二行 ");
        const Honour honour = s.honours().get(s.honours().add(h).value()).value();
        HonourDialog honourDialog(f.workspace, honour);
        QCOMPARE(honourDialog.record(), honour);
        QVERIFY(!honourDialog.saveButton()->isEnabled());  // unchanged: nothing to save
        checkBoundKeys(&honourDialog, RecordKindId::Honour, 6);

        Member m;
        m.chamberId = f.lidang;
        m.name = QStringLiteral("宾阳县恒丰米业有限公司");
        m.kind = MemberKind::Enterprise;
        m.representative = QStringLiteral("黄永福");
        m.phone = QStringLiteral("0771-8221234");
        m.industry = QStringLiteral("粮食加工");
        m.role = MemberRole::VicePresident;
        m.joinedOn = QDate(2015, 3, 1);
        m.leftOn = QDate(2023, 12, 31);
        m.notes = QStringLiteral("副会长单位");
        const Member member = s.members().get(s.members().add(m).value()).value();
        MemberDialog memberDialog(f.workspace, member);
        QCOMPARE(memberDialog.record(), member);
        checkBoundKeys(&memberDialog, RecordKindId::Member, 10);

        PartyInstructor i;
        i.chamberId = f.lidang;
        i.name = QStringLiteral("覃丽");
        i.unit = QStringLiteral("宾阳县委组织部");
        i.phone = QStringLiteral("13807710000");
        i.from = QDate(2020, 5, 1);
        const PartyInstructor instructor = s.party().getInstructor(s.party().addInstructor(i).value()).value();
        InstructorDialog instructorDialog(f.workspace, instructor);
        QCOMPARE(instructorDialog.record(), instructor);
        checkBoundKeys(&instructorDialog, RecordKindId::PartyInstructor, 6);

        Disclosure d;
        d.chamberId = f.lidang;
        d.period = QStringLiteral("2024-H1");
        d.partyAffairs = true;
        d.finances = true;
        const Disclosure disclosure = s.disclosures().get(s.disclosures().add(d).value()).value();
        DisclosureDialog disclosureDialog(f.workspace, disclosure);
        QCOMPARE(disclosureDialog.record(), disclosure);
        checkBoundKeys(&disclosureDialog, RecordKindId::Disclosure, 6);

        PartyOrganization o;
        o.chamberId = f.lidang;
        o.name = QStringLiteral("中共宾阳县黎塘镇商会支部委员会");
        o.form = PartyForm::Joint;
        o.jointWith = QStringLiteral("黎塘镇个体劳动者协会");
        o.members = 7;
        o.secretary = QStringLiteral("甘明辉");
        o.founded = QDate(2018, 7, 1);
        o.starRating = 4;
        o.starRatedOn = QDate(2022, 6, 20);
        const PartyOrganization organization = s.party().getOrganization(s.party().addOrganization(o).value()).value();
        PartyOrganizationDialog organizationDialog(f.workspace, organization);
        QCOMPARE(organizationDialog.record(), organization);
        checkBoundKeys(&organizationDialog, RecordKindId::PartyOrganization, 10);
        // No rating is the item without data, and comes back as none.
        PartyOrganization unrated = organization;
        unrated.starRating.reset();
        unrated.starRatedOn.reset();
        QCOMPARE(PartyOrganizationDialog(f.workspace, unrated).record(), unrated);

        MediationCommittee c;
        c.chamberId = f.lidang;
        c.name = QStringLiteral("宾阳县黎塘镇商会人民调解委员会");
        c.founded = QDate(2019, 3, 15);
        c.mediators = 5;
        const MediationCommittee committee = s.mediation().getCommittee(s.mediation().addCommittee(c).value()).value();
        CommitteeDialog committeeDialog(f.workspace, committee);
        QCOMPARE(committeeDialog.record(), committee);
        checkBoundKeys(&committeeDialog, RecordKindId::MediationCommittee, 4);

        MediationCase k;
        k.chamberId = f.lidang;
        k.receivedOn = QDate(2024, 3, 5);
        k.source = CaseSource::CourtEntrustment;
        k.applicant = QStringLiteral("宾阳县宾州镇永福农资店");
        k.respondent = QStringLiteral("覃某");
        k.disputeType = DisputeType::Contract;
        k.summary = QStringLiteral("化肥货款拖欠");
        k.amountDisputedFen = 1234567;
        k.mediators = {QStringLiteral("韦国强"), QStringLiteral("黄丽")};
        k.notes = QStringLiteral("法院委托");
        const auto caseId = s.cases().add(k);
        QVERIFY2(caseId.ok(), qPrintable(caseId.firstError()));
        const MediationCase mediationCase = s.cases().get(caseId.value()).value();
        CaseDialog caseDialog(f.workspace, mediationCase);
        QCOMPARE(caseDialog.record(), mediationCase);
        checkBoundKeys(&caseDialog, RecordKindId::MediationCase, 18);

        ServiceRequest n;
        n.chamberId = f.lidang;
        n.requester = QStringLiteral("宾阳县恒丰米业有限公司");
        n.kind = NeedKind::Legal;
        n.description = QStringLiteral("合同纠纷咨询");
        n.raisedOn = QDate(2024, 9, 2);
        n.partner = QStringLiteral("县公共法律服务中心");
        n.notes = QStringLiteral("已约见律师");
        const ServiceRequest need = s.needs().get(s.needs().add(n).value()).value();
        NeedDialog needDialog(f.workspace, need);
        QCOMPARE(needDialog.record(), need);
        checkBoundKeys(&needDialog, RecordKindId::ServiceRequest, 7);
    }

    void aDateThatIsNoDateShowsTheFieldsMessage()
    {
        test::AppFixture f;
        Honour fresh;
        fresh.chamberId = f.lidang;
        HonourDialog dialog(f.workspace, fresh);
        dialog.show();
        auto *date = dialog.findChild<OptionalDateEdit *>(QStringLiteral("awardedOnEdit"));
        QVERIFY(date);
        QTest::keyClicks(date, QStringLiteral("2019-13-45"));
        const auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem_awarded_on"));
        QVERIFY(problem);
        QCOMPARE(problem->text(), OptionalDateEdit::invalidInputMessage());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("generalProblem"))->text().contains(OptionalDateEdit::invalidInputMessage()));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void aFormBoundToAKindReadsMoneyAndNamesAndRefusesTextThatIsNoAmount()
    {
        QWidget form;
        auto *amount = new QLineEdit(&form);
        amount->setProperty("field", QStringLiteral("amount_disputed"));
        auto *mediators = new QLineEdit(&form);
        mediators->setProperty("field", QStringLiteral("mediators"));
        auto *stray = new QLineEdit(&form);
        stray->setProperty("field", QStringLiteral("no_such_field"));
        FormBinding<MediationCase> binding(RecordKindId::MediationCase, mediationCaseBindings(), &form);
        QCOMPARE(binding.keys(), texts({"amount_disputed", "mediators"}));
        QCOMPARE(binding.unknownKeys(), texts({"no_such_field"}));

        MediationCase c;
        c.amountDisputedFen = 1234567;
        c.mediators = {QStringLiteral("韦国强"), QStringLiteral("黄丽")};
        binding.load(c);
        QCOMPARE(amount->text(), QStringLiteral("12345.67"));
        QCOMPARE(mediators->text(), QStringLiteral("韦国强、黄丽"));
        QCOMPARE(binding.save(MediationCase{}), c);  // load → save: the same record

        amount->setText(QStringLiteral("3.5万"));
        mediators->setText(QStringLiteral("韦国强，黄丽、 覃明"));  // as typed: commas, 、 and spaces
        const MediationCase typed = binding.save(MediationCase{});
        QCOMPARE(typed.amountDisputedFen.value_or(-1), qint64(3500000));
        QCOMPARE(typed.mediators, texts({"韦国强", "黄丽", "覃明"}));
        QVERIFY(binding.inputProblems().isEmpty());

        amount->setText(QStringLiteral("三千多"));
        const Problems problems = binding.inputProblems();
        QCOMPARE(problems.size(), qsizetype(1));
        QCOMPARE(problems.first().field, QStringLiteral("amount_disputed"));
        QCOMPARE(problems.first().kind, RecordKindId::MediationCase);
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("\"三千多\" is not an amount of yuan")), qPrintable(problems.first().message));
        QVERIFY(!binding.save(MediationCase{}).amountDisputedFen.has_value());

        amount->clear();
        QVERIFY(!binding.save(c).amountDisputedFen.has_value());  // blank: not known
    }
};

QTEST_MAIN(KindBindingTests)
#include "KindBindingTests.moc"
