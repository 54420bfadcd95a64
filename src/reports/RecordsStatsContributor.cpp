// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsStatsContributor.h"

#include "HonourService.h"
#include "MediationFigures.h"
#include "MediationService.h"
#include "PartyService.h"
#include "ServiceRequestService.h"

#include <algorithm>

namespace chamber {

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(middle));
    return (double(values.at(middle - 1)) + double(values.at(middle))) / 2.0;
}

namespace {

// Cases and settlements of one chamber's year: from the list, or the ledger's tally where that
// says more, because the two describe the same cases (a partial list, or a partial tally).
struct YearCount
{
    qint64 listedCases = 0;
    qint64 listedSettled = 0;
    qint64 talliedCases = 0;
    qint64 talliedSettled = 0;
};

Status loadMediation(Database &db, const QDate &asOf, const QString &scopeCode, QHash<qint64, RecordsStatsContributor::Share> &shares)
{
    MediationService mediation(db);
    const auto committees = mediation.allCommittees();
    const auto tallies = mediation.allTallies();
    // The listed cases as they stood on the date, summed per chamber and year in SQL.
    const auto listed = MediationFigures(db).casesOn(asOf, scopeCode);
    if (!committees || !tallies || !listed)
        return committees.problems() + tallies.problems() + listed.problems();
    for (const auto &m : *committees)
        if (!m.founded || *m.founded <= asOf)
            shares[m.chamberId].committee = true;

    QHash<qint64, QMap<int, YearCount>> years;
    for (const auto &f : *listed) {
        auto &share = shares[f.chamberId];
        auto &year = years[f.chamberId][f.year];
        year.listedCases += f.cases;
        year.listedSettled += f.settled;
        share.amountDisputedFen += f.disputedFen;
        share.listedClosed += f.closed;
        share.listedSettled += f.settled;
        share.amountAgreedFen += f.agreedFen;
        share.daysToClose.append(f.daysToClose);
    }
    for (const auto &t : *tallies) {
        if (t.year > asOf.year())
            continue;
        auto &year = years[t.chamberId][t.year];
        year.talliedCases = t.cases;
        year.talliedSettled = t.settled.value_or(0);
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        auto &share = shares[it.key()];
        for (const auto &year : it.value()) {
            share.cases += std::max(year.listedCases, year.talliedCases);
            share.settled += std::max(year.listedSettled, year.talliedSettled);
        }
    }
    return success();
}

} // namespace

Status RecordsStatsContributor::load(Database &db, const QDate &asOf, const QString &scopeCode)
{
    m_shares.clear();
    PartyService party(db);
    const auto organizations = party.allOrganizations();
    const auto instructors = party.allInstructors();
    const auto honours = HonourService(db).all();
    const auto needs = ServiceRequestService(db).all();
    if (!organizations || !instructors || !honours || !needs)
        return organizations.problems() + instructors.problems() + honours.problems() + needs.problems();
    for (const auto &o : *organizations) {
        if (!Party::existsOn(o, asOf))
            continue;
        m_shares[o.chamberId].party = true;
        m_shares[o.chamberId].starRated = Party::starRatedOn(o, asOf);
    }
    for (const auto &i : *instructors)
        if (Party::inPostOn(i, asOf))
            ++m_shares[i.chamberId].instructors;
    for (const auto &h : *honours) {
        if (!Honours::heldOn(h, asOf))
            continue;
        // A 星级党组织 honour and a star rating are one fact: either makes the chamber star-rated.
        if (h.kind == HonourKind::StarPartyOrganization)
            m_shares[h.chamberId].starRated = true;
        if (!m_shares[h.chamberId].honourKinds.contains(int(h.kind)))
            m_shares[h.chamberId].honourKinds.append(int(h.kind));
    }
    if (auto s = loadMediation(db, asOf, scopeCode, m_shares); !s)
        return s;
    for (const auto &r : *needs) {
        const auto status = ServiceRequests::statusOn(r, asOf);
        if (!status)
            continue;
        auto &share = m_shares[r.chamberId];
        ++share.needsRaised;
        if (*status == NeedStatus::Resolved)
            ++share.needsResolved;
        else
            ++share.needsOpen;
        if (*status == NeedStatus::InProgress)
            ++share.needsInProgress;
    }
    return success();
}

void RecordsStatsContributor::contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const
{
    Share sum;
    qint64 withParty = 0, starRated = 0, committees = 0;
    QMap<int, qint64> honours;
    for (auto kind : Honours::allKinds())
        honours[int(kind)] = 0;  // every kind is written, zeros too, so that CSV columns do not depend on the data
    for (const auto &c : chambers) {
        const auto it = m_shares.constFind(c.chamber->id);
        if (it == m_shares.cend())
            continue;
        const Share &s = *it;
        withParty += s.party ? 1 : 0;
        starRated += s.starRated ? 1 : 0;
        committees += s.committee ? 1 : 0;
        sum.instructors += s.instructors;
        for (int kind : s.honourKinds)
            if (kind != int(HonourKind::StarPartyOrganization))
                ++honours[kind];
        sum.cases += s.cases;
        sum.settled += s.settled;
        sum.listedSettled += s.listedSettled;
        sum.listedClosed += s.listedClosed;
        sum.amountDisputedFen += s.amountDisputedFen;
        sum.amountAgreedFen += s.amountAgreedFen;
        sum.daysToClose.append(s.daysToClose);
        sum.needsRaised += s.needsRaised;
        sum.needsOpen += s.needsOpen;
        sum.needsInProgress += s.needsInProgress;
        sum.needsResolved += s.needsResolved;
    }
    unit.rates[QStringLiteral("party.coverage")] = Rate{withParty, qint64(chambers.size())};
    unit.counts[QStringLiteral("party.organizations")] = withParty;
    unit.counts[QStringLiteral("party.instructors")] = sum.instructors;
    unit.counts[QStringLiteral("party.star_rated")] = starRated;
    honours[int(HonourKind::StarPartyOrganization)] = starRated;  // the same figure under both keys
    for (auto it = honours.cbegin(); it != honours.cend(); ++it)
        unit.counts[QStringLiteral("honours.") + Honours::kindKey(HonourKind(it.key()))] = it.value();
    unit.counts[QStringLiteral("mediation.committees")] = committees;
    unit.counts[QStringLiteral("mediation.cases")] = sum.cases;
    unit.counts[QStringLiteral("mediation.settled")] = sum.settled;
    unit.rates[QStringLiteral("mediation.success_rate")] = Rate{sum.listedSettled, sum.listedClosed};
    unit.counts[QStringLiteral("mediation.amount_disputed_fen")] = sum.amountDisputedFen;
    unit.counts[QStringLiteral("mediation.amount_agreed_fen")] = sum.amountAgreedFen;
    if (const auto days = median(sum.daysToClose))
        unit.values[QStringLiteral("mediation.median_days_to_close")] = *days;
    unit.counts[QStringLiteral("needs.raised")] = sum.needsRaised;
    unit.counts[QStringLiteral("needs.open")] = sum.needsOpen;
    unit.counts[QStringLiteral("needs.in_progress")] = sum.needsInProgress;
    unit.counts[QStringLiteral("needs.resolved")] = sum.needsResolved;
}

} // namespace chamber
