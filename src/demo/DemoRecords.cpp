// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: the rest of each chamber's record — Party organisations for about 45% of chambers
// with instructors, star ratings and disclosures; honours by year in about the proportions of
// the seed article; member lists for some chambers; then mediation and needs (DemoMediation.cpp).
#include "ChamberService.h"
#include "CreditCode.h"
#include "DemoGenerator.h"
#include "DemoRecords.h"
#include "DisclosureService.h"
#include "DivisionService.h"
#include "HonourService.h"
#include "MemberService.h"
#include "PartyService.h"

#include <QSet>

namespace chamber {

namespace {

template<typename T>
Status outcome(const Result<T> &result)
{
    return result ? success() : Status(result.problems());
}

Status demoParty(DemoContext &context, const Chamber &c, const QString &townshipName)
{
    DemoRandom &random = context.random;
    const QDate last = demoLastDay(c, context.horizon);
    PartyService party(context.db);
    std::optional<PartyOrganization> organization;
    // 433 of 1,123 chambers in the seed article have a Party branch.
    if (random.chance(45) && c.founded->addYears(1) < last) {
        PartyOrganization o;
        o.chamberId = c.id;
        o.form = random.chance(70) ? PartyForm::Standalone : PartyForm::Joint;
        if (o.form == PartyForm::Joint)
            o.jointWith = townshipName + (random.chance(50) ? QStringLiteral("个体劳动者协会") : QStringLiteral("农贸市场"));
        o.members = int(o.form == PartyForm::Standalone ? random.between(3, 25) : random.between(1, 8));
        o.name = QStringLiteral("中共%1支部委员会").arg(c.name);
        o.secretary = random.personName();
        o.secretaryPhone = random.mobilePhone();
        o.founded = random.dateBetween(c.founded->addYears(1), last);
        // 105 star-rated organisations of 433.
        if (random.chance(25) && o.founded->addMonths(6) < last) {
            o.starRating = int(random.chance(60) ? random.between(3, 5) : random.between(1, 2));
            o.starRatedOn = random.dateBetween(o.founded->addMonths(6), last);
        }
        auto added = party.addOrganization(o);
        if (!added)
            return added.problems();
        o.id = added.value();
        organization = o;
        context.counts[QStringLiteral("party_organizations")] += 1;
    }
    // 407 instructors: nearly every chamber with a branch, a few without one yet.
    if (random.chance(organization ? 90 : 12)) {
        PartyInstructor i;
        i.chamberId = c.id;
        i.unit = townshipName + QStringLiteral("党委");
        i.name = random.personName();
        i.phone = random.mobilePhone();
        i.from = random.dateBetween(*c.founded, last);
        if (random.chance(30) && i.from->addYears(1) < last) {
            // A predecessor who handed over on the day the current instructor took up the post.
            PartyInstructor before = i;
            before.name = random.personName();
            before.phone = random.mobilePhone();
            before.until = random.dateBetween(i.from->addYears(1), last);
            i.from = before.until;
            if (auto s = outcome(party.addInstructor(before)); !s)
                return s;
            context.counts[QStringLiteral("party_instructors")] += 1;
        }
        if (auto s = outcome(party.addInstructor(i)); !s)
            return s;
        context.counts[QStringLiteral("party_instructors")] += 1;
    }
    // Disclosures, half-yearly, for the last two years of a branch's life.
    if (organization) {
        DisclosureService disclosures(context.db);
        for (int year = last.year() - 2; year <= last.year(); ++year) {
            for (const char *half : {"H1", "H2"}) {
                Disclosure d;
                d.chamberId = c.id;
                d.period = QStringLiteral("%1-%2").arg(year).arg(QLatin1String(half));
                const auto span = Party::periodDates(d.period);
                const QDate due = span->second.addDays(random.between(5, 40));
                if (span->first < *organization->founded || due > last || !random.chance(85))
                    continue;
                d.partyAffairs = random.chance(95);
                d.chamberAffairs = random.chance(90);
                d.finances = random.chance(80);
                if (d.partyAffairs || d.chamberAffairs || d.finances)
                    d.disclosedOn = due;
                if (auto s = outcome(disclosures.add(d)); !s)
                    return s;
                context.counts[QStringLiteral("disclosures")] += 1;
            }
        }
    }
    return success();
}

Status demoHonours(DemoContext &context, const Chamber &c)
{
    DemoRandom &random = context.random;
    const QDate last = demoLastDay(c, context.horizon);
    const int first = std::max(c.founded->year() + 1, 2015);
    if (first > last.year())
        return success();
    HonourService honours(context.db);
    auto give = [&](HonourKind kind, int percent) -> Status {
        if (!random.chance(percent))
            return success();
        Honour h;
        h.chamberId = c.id;
        h.kind = kind;
        h.year = int(random.between(first, last.year()));
        h.issuingBody = Honours::usualIssuingBody(kind);
        if (kind == HonourKind::StarPartyOrganization)
            h.issuingBody = QStringLiteral("中共南宁市委非公有制经济组织和社会组织工作委员会");
        const QDate end = std::min(QDate(h.year, 12, 31), last);
        if (random.chance(60) && QDate(h.year, 1, 1) <= end)
            h.awardedOn = random.dateBetween(QDate(h.year, 1, 1), end);
        if (auto s = outcome(honours.add(h)); !s)
            return s;
        context.counts[QStringLiteral("honours")] += 1;
        return success();
    };
    // The seed's proportions of 1,123 chambers: 249 regional, 20 national four-good, 45 integrity
    // pioneers, 105 star-rated Party organisations.
    const Status statuses[] = {give(HonourKind::RegionalFourGood, 22), give(HonourKind::NationalFourGood, 2),
                               give(HonourKind::IntegrityPioneer, 4), give(HonourKind::StarPartyOrganization, 9)};
    for (const auto &s : statuses)
        if (!s)
            return s;
    return success();
}

QString firmCreditCode(DemoRandom &random, const QString &countyCode, QSet<QString> &used)
{
    while (true) {
        const QString body = QStringLiteral("MA%1").arg(random.between(0, 999999), 6, 10, QLatin1Char('0'));
        const QString first17 = QStringLiteral("91") + countyCode + body + *CreditCode::expectedOrganisationCheck(body);
        const QString code = first17 + *CreditCode::expectedCheckCharacter(first17);
        if (!used.contains(code)) {
            used.insert(code);
            return code;
        }
    }
}

// A full member list for some chambers, matching their counts; those chambers then keep it.
Status demoMembers(DemoContext &context, const Chamber &c, const QString &townshipName, QSet<QString> &usedCodes)
{
    DemoRandom &random = context.random;
    if (c.status == ChamberStatus::Dissolved || !random.chance(12))
        return success();
    MemberService members(context.db);
    const QDate last = demoLastDay(c, context.horizon);
    auto add = [&](Member m) -> Status {
        m.chamberId = c.id;
        m.joinedOn = random.dateBetween(*c.founded, last);
        if (m.role == MemberRole::Member && random.chance(5) && m.joinedOn->addMonths(6) < last)
            m.leftOn = random.dateBetween(m.joinedOn->addMonths(6), last);
        if (auto s = outcome(members.add(m)); !s)
            return s;
        context.counts[QStringLiteral("members")] += 1;
        return success();
    };
    for (int i = 0; i < c.unitMembers; ++i) {
        Member m;
        m.kind = MemberKind::Enterprise;
        m.name = random.companyName(townshipName);
        m.creditCode = firmCreditCode(random, c.townshipCode.left(6), usedCodes);
        m.representative = i == 0 ? c.president : random.personName();
        m.phone = random.mobilePhone();
        m.role = i == 0 ? MemberRole::President : (i < 4 ? MemberRole::VicePresident : (i < 10 ? MemberRole::Director : MemberRole::Member));
        if (auto s = add(m); !s)
            return s;
    }
    for (int i = 0; i < c.individualMembers; ++i) {
        Member m;
        m.kind = MemberKind::Individual;
        m.name = i == 0 && !c.secretaryGeneral.isEmpty() ? c.secretaryGeneral : random.personName();
        m.phone = random.mobilePhone();
        m.role = i == 0 && !c.secretaryGeneral.isEmpty() ? MemberRole::SecretaryGeneral : MemberRole::Member;
        if (auto s = add(m); !s)
            return s;
    }
    return members.setListKept(c.id, true);
}

} // namespace

Status demoRecords(DemoContext &context)
{
    ChamberService chambers(context.db);
    DivisionService divisions(context.db);
    QSet<QString> usedCodes;
    for (qsizetype i = 0; i < context.chamberIds.size(); ++i) {
        context.report(10, 45, i, context.chamberIds.size());
        const auto c = chambers.get(context.chamberIds.at(i));
        if (!c)
            return c.problems();
        if (!c->founded)
            continue;
        const auto township = divisions.byCode(c->townshipCode);
        if (!township)
            return township.problems();
        const QString townshipName = *township ? (*township)->name : QString();
        for (auto step : {&demoParty, &demoMediationFor})
            if (auto s = step(context, *c, townshipName); !s)
                return s;
        if (auto s = demoHonours(context, *c); !s)
            return s;
        if (auto s = demoNeedsFor(context, *c); !s)
            return s;
        if (auto s = demoMembers(context, *c, townshipName, usedCodes); !s)
            return s;
    }
    return success();
}

} // namespace chamber
