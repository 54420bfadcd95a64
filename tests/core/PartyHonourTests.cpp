// SPDX-License-Identifier: GPL-3.0-or-later
#include "Honour.h"
#include "Party.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
const QDate kToday(2025, 6, 1);

PartyOrganization branch()
{
    PartyOrganization o;
    o.chamberId = 1;
    o.form = PartyForm::Standalone;
    o.members = 11;
    o.secretary = QStringLiteral("覃春梅");
    o.founded = QDate(2018, 7, 1);
    return o;
}
} // namespace

TEST_CASE("Party organisation: form, members, star rating 1–5 and dates")
{
    CHECK(Party::validate(branch(), kToday).isEmpty());
    PartyOrganization o = branch();
    for (int stars : {0, 6, -1}) {
        o.starRating = stars;
        CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("star_rating")));
    }
    for (int stars : {1, 5}) {
        o.starRating = stars;
        CHECK_FALSE(hasProblem(Party::validate(o, kToday), QStringLiteral("star_rating")));
    }
    o = branch();
    o.starRatedOn = QDate(2020, 1, 1);  // a date without a rating
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("star_rated_on")));
    o.starRating = 3;
    CHECK(Party::validate(o, kToday).isEmpty());
    o.starRatedOn = QDate(2018, 6, 30);  // before the branch was founded
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("star_rated_on")));
    o = branch();
    o.members = -1;
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("party_members")));
    o.members = 2;  // a standalone branch needs three: a warning, not a refusal
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("party_members"), Problem::Severity::Warning));
    CHECK_FALSE(hasErrors(Party::validate(o, kToday)));
    o.form = PartyForm::Joint;
    CHECK(Party::validate(o, kToday).isEmpty());
    o = branch();
    o.jointWith = QStringLiteral("宾州镇个体劳动者协会");
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("joint_with")));
    o.form = PartyForm::Joint;
    CHECK(Party::validate(o, kToday).isEmpty());
    o.founded = QDate(2025, 6, 2);
    CHECK(hasProblem(Party::validate(o, kToday), QStringLiteral("founded")));
}

TEST_CASE("Party form and honour kind read as ledgers write them")
{
    CHECK(Party::formFromText(QStringLiteral("单独组建")) == PartyForm::Standalone);
    CHECK(Party::formFromText(QStringLiteral("联合组建")) == PartyForm::Joint);
    CHECK(Party::formFromText(QStringLiteral("joint")) == PartyForm::Joint);
    CHECK_FALSE(Party::formFromText(QStringLiteral("否")).has_value());
    CHECK(Honours::kindFromText(QStringLiteral("广西“四好”商会")) == HonourKind::RegionalFourGood);
    CHECK(Honours::kindFromText(QStringLiteral("广西四好商会")) == HonourKind::RegionalFourGood);
    CHECK(Honours::kindFromText(QStringLiteral("全国\"四好\"商会")) == HonourKind::NationalFourGood);
    CHECK(Honours::kindFromText(QStringLiteral("全区诚信建设先行商会")) == HonourKind::IntegrityPioneer);
    CHECK(Honours::kindFromText(QStringLiteral("星级党组织")) == HonourKind::StarPartyOrganization);
    CHECK(Honours::kindFromText(QStringLiteral("national-four-good")) == HonourKind::NationalFourGood);
    CHECK_FALSE(Honours::kindFromText(QStringLiteral("五好商会")).has_value());
    CHECK(Honours::kindKey(HonourKind::StarPartyOrganization) == QStringLiteral("star_party_organization"));
    CHECK(Honours::usualIssuingBody(HonourKind::NationalFourGood) == QStringLiteral("中华全国工商业联合会"));
}

TEST_CASE("instructors: in post from a date until another takes over")
{
    PartyInstructor i;
    i.chamberId = 1;
    i.name = QStringLiteral("莫建华");
    i.unit = QStringLiteral("宾州镇党委");
    i.phone = QStringLiteral("0771-8221234");
    i.from = QDate(2021, 3, 1);
    CHECK(Party::validate(i, kToday).isEmpty());
    CHECK_FALSE(Party::inPostOn(i, QDate(2021, 2, 28)));
    CHECK(Party::inPostOn(i, QDate(2021, 3, 1)));
    i.until = QDate(2024, 1, 1);
    CHECK(Party::inPostOn(i, QDate(2023, 12, 31)));
    CHECK_FALSE(Party::inPostOn(i, QDate(2024, 1, 1)));  // the successor's first day
    i.until = QDate(2021, 2, 1);
    CHECK(hasProblem(Party::validate(i, kToday), QStringLiteral("until")));
    i.until.reset();
    i.name = QStringLiteral(" ");
    CHECK(hasProblem(Party::validate(i, kToday), QStringLiteral("name")));
    i.name = QStringLiteral("莫建华");
    i.phone = QStringLiteral("电话");
    CHECK(hasProblem(Party::validate(i, kToday), QStringLiteral("phone")));
    PartyInstructor unknownStart;  // imported from a ledger: no date, in post at every date
    unknownStart.name = QStringLiteral("覃春梅");
    CHECK(Party::inPostOn(unknownStart, QDate(2000, 1, 1)));
}

TEST_CASE("disclosure periods: year, half, quarter, month")
{
    using Span = std::pair<QDate, QDate>;
    CHECK(Party::periodDates(QStringLiteral("2024")) == Span{QDate(2024, 1, 1), QDate(2024, 12, 31)});
    CHECK(Party::periodDates(QStringLiteral("2024-H2")) == Span{QDate(2024, 7, 1), QDate(2024, 12, 31)});
    CHECK(Party::periodDates(QStringLiteral("2024-q3")) == Span{QDate(2024, 7, 1), QDate(2024, 9, 30)});
    CHECK(Party::periodDates(QStringLiteral("2024-02")) == Span{QDate(2024, 2, 1), QDate(2024, 2, 29)});
    CHECK_FALSE(Party::periodDates(QStringLiteral("2024-13")).has_value());
    CHECK_FALSE(Party::periodDates(QStringLiteral("2024-Q5")).has_value());
    CHECK_FALSE(Party::periodDates(QStringLiteral("24")).has_value());

    Disclosure d;
    d.chamberId = 1;
    d.period = QStringLiteral("2024-H2");
    d.partyAffairs = d.chamberAffairs = d.finances = true;
    d.disclosedOn = QDate(2025, 1, 10);
    CHECK(Party::validate(d, kToday).isEmpty());
    CHECK(d.complete());
    d.disclosedOn.reset();
    CHECK(hasProblem(Party::validate(d, kToday), QStringLiteral("disclosed_on")));
    d.disclosedOn = QDate(2024, 6, 30);  // before the period began
    CHECK(hasProblem(Party::validate(d, kToday), QStringLiteral("disclosed_on")));
    d.disclosedOn = QDate(2025, 1, 10);
    d.period = QStringLiteral("2025-H2");  // has not begun on 2025-06-01
    CHECK(hasProblem(Party::validate(d, kToday), QStringLiteral("period")));
    d.period = QStringLiteral("下半年");
    CHECK(hasProblem(Party::validate(d, kToday), QStringLiteral("period")));
    Disclosure none;
    none.chamberId = 1;
    none.period = QStringLiteral("2024");
    CHECK(Party::validate(none, kToday).isEmpty());  // a period with nothing disclosed is a record too
    none.disclosedOn = QDate(2024, 5, 1);
    CHECK(hasProblem(Party::validate(none, kToday), QStringLiteral("disclosed_on")));
}

TEST_CASE("existence and rating as of a date")
{
    PartyOrganization o = branch();
    o.starRating = 4;
    o.starRatedOn = QDate(2022, 12, 1);
    CHECK_FALSE(Party::existsOn(o, QDate(2018, 6, 30)));
    CHECK(Party::existsOn(o, QDate(2018, 7, 1)));
    CHECK_FALSE(Party::starRatedOn(o, QDate(2022, 11, 30)));
    CHECK(Party::starRatedOn(o, QDate(2022, 12, 1)));
    o.starRatedOn.reset();  // rated, date unknown: rated whenever it exists
    CHECK(Party::starRatedOn(o, QDate(2018, 7, 1)));
    CHECK_FALSE(Party::starRatedOn(o, QDate(2018, 6, 30)));
}

TEST_CASE("honours: a year not after this one, a decision date inside it")
{
    Honour h;
    h.chamberId = 1;
    h.kind = HonourKind::RegionalFourGood;
    h.year = 2025;
    h.issuingBody = Honours::usualIssuingBody(h.kind);
    CHECK(Honours::validate(h, kToday).isEmpty());
    h.year = 2026;
    CHECK(hasProblem(Honours::validate(h, kToday), QStringLiteral("year")));
    h.year = 0;
    CHECK(hasProblem(Honours::validate(h, kToday), QStringLiteral("year")));
    h.year = 2023;
    h.awardedOn = QDate(2022, 12, 30);
    CHECK(hasProblem(Honours::validate(h, kToday), QStringLiteral("awarded_on")));
    h.awardedOn = QDate(2023, 12, 30);
    CHECK(Honours::validate(h, kToday).isEmpty());
    CHECK_FALSE(Honours::heldOn(h, QDate(2023, 12, 29)));
    CHECK(Honours::heldOn(h, QDate(2023, 12, 30)));
    h.awardedOn.reset();  // only the year known: held from the start of that year
    CHECK_FALSE(Honours::heldOn(h, QDate(2022, 12, 31)));
    CHECK(Honours::heldOn(h, QDate(2023, 1, 1)));
}
