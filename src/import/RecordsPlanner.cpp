// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsPlanner.h"

#include "HonourService.h"
#include "ImportPlan.h"
#include "MediationService.h"
#include "PartyService.h"

#include <QRegularExpression>

#include <algorithm>

namespace chamber {

namespace {

// The core rules of a record, less "the chamber is missing": a new chamber has no number yet.
Problems withoutChamber(const Problems &problems)
{
    Problems out;
    for (const auto &p : problems)
        if (p.field != QStringLiteral("chamber"))
            out.append(p);
    return out;
}

// Core problems name the record's own field (members, year, cases); the preview names the column.
void addAs(Problems &into, const Problems &problems, const QString &field)
{
    for (Problem p : problems) {
        p.field = field;
        into.append(p);
    }
}

QString partyText(const PartyOrganization &o)
{
    return RecordsPlanner::tr("%1, %n Party member(s)", nullptr, o.members).arg(RecordsPlanner::ledgerWord(o.form));
}

} // namespace

RecordsPlanner::RecordsPlanner(Database &db, UpdatePolicy policy, std::optional<int> year, const QDate &today)
    : m_policy(policy), m_year(year), m_today(today)
{
    PartyService party(db);
    MediationService mediation(db);
    const auto organizations = party.allOrganizations();
    const auto instructors = party.allInstructors();
    const auto committees = mediation.allCommittees();
    const auto tallies = mediation.allTallies();
    const auto honours = HonourService(db).all();
    m_readProblems = organizations.problems() + instructors.problems() + committees.problems() + tallies.problems() + honours.problems();
    if (hasErrors(m_readProblems))
        return;
    for (const auto &o : *organizations)
        m_organizations.insert(o.chamberId, o);
    for (const auto &i : *instructors)
        m_instructors[i.chamberId].append(i);
    for (const auto &c : *committees)
        m_committees.insert(c.chamberId, c);
    for (const auto &t : *tallies)
        m_tallies[t.chamberId].append(t);
    for (const auto &h : *honours)
        m_honours[h.chamberId].append(h);
}

QString RecordsPlanner::ledgerWord(PartyForm form)
{
    return form == PartyForm::Joint ? QStringLiteral("联合组建") : QStringLiteral("单独组建");
}

QString RecordsPlanner::ledgerWord(HonourKind kind)
{
    switch (kind) {
    case HonourKind::RegionalFourGood: return QStringLiteral("广西“四好”商会");
    case HonourKind::NationalFourGood: return QStringLiteral("全国“四好”商会");
    case HonourKind::IntegrityPioneer: return QStringLiteral("全区诚信建设先行商会");
    case HonourKind::StarPartyOrganization: return QStringLiteral("星级党组织");
    }
    return {};
}

Problems RecordsPlanner::plan(PlannedRow &row, bool exists) const
{
    Problems problems;
    planParty(row, exists, problems);
    planInstructor(row, exists, problems);
    planMediation(row, exists, problems);
    planHonours(row, exists, problems);
    return problems;
}

void RecordsPlanner::planParty(PlannedRow &row, bool exists, Problems &problems) const
{
    const LedgerRecord &r = row.record;
    const QString field = QStringLiteral("party_organization");
    std::optional<PartyForm> form;
    if (!r.partyForm.isEmpty()) {
        form = Party::formFromText(r.partyForm);
        if (!form)
            problems.append(Problem::error(QStringLiteral("party_form"), tr("\"%1\" is not a form of Party organisation: 单独组建 or 联合组建.")
                                                                             .arg(r.partyForm)));
    }
    const bool detailGiven = form || (r.partyMembers && *r.partyMembers > 0);
    const bool onFile = exists && m_organizations.contains(row.chamberId);
    const PartyOrganization stored = onFile ? m_organizations.value(row.chamberId) : PartyOrganization{};
    if (r.partyOrganization == false) {
        if (detailGiven)
            problems.append(Problem::warning(field, tr("The ledger says there is no Party organisation but gives its form or members; "
                                                       "they are not imported.")));
        if (onFile)
            problems.append(Problem::warning(field, tr("The ledger says there is no Party organisation, but one is on record; "
                                                       "an import does not remove it.")));
        return;
    }
    if (!r.partyOrganization && !detailGiven)
        return;
    PartyOrganization target = stored;
    target.chamberId = row.chamberId;
    const bool overwrite = m_policy == UpdatePolicy::Overwrite;
    if (!onFile) {
        target.form = form.value_or(PartyForm::Standalone);
        if (!form)
            problems.append(Problem::warning(QStringLiteral("party_form"), tr("The form of the Party organisation is not given: "
                                                                             "recorded as 单独组建 (standalone).")));
        target.members = r.partyMembers.value_or(0);
    } else {
        if (form && overwrite)
            target.form = *form;
        if (r.partyMembers && (overwrite || target.members == 0))
            target.members = *r.partyMembers;
    }
    addAs(problems, withoutChamber(Party::validate(target, m_today)), QStringLiteral("party_members"));
    if (onFile && target == stored)
        return;
    row.party = target;
    row.changes.append({field, onFile ? partyText(stored) : QString(), partyText(target)});
}

void RecordsPlanner::planInstructor(PlannedRow &row, bool exists, Problems &problems) const
{
    const QString name = row.record.partyInstructor.trimmed();
    if (name.isEmpty())
        return;
    const QString field = QStringLiteral("party_instructor");
    QStringList inPost;
    for (const auto &i : exists ? m_instructors.value(row.chamberId) : QList<PartyInstructor>())
        if (!i.until)
            inPost.append(i.name);
    if (inPost.contains(name))
        return;
    if (!inPost.isEmpty() && m_policy == UpdatePolicy::FillEmpty)
        return;
    if (!inPost.isEmpty())
        problems.append(Problem::warning(field, tr("%1 is still recorded in post; give the date they left if %2 took over.")
                                                    .arg(inPost.join(QStringLiteral("、")), name)));
    PartyInstructor instructor;
    instructor.chamberId = row.chamberId;
    instructor.name = name;
    addAs(problems, withoutChamber(Party::validate(instructor, m_today)), field);
    row.instructor = instructor;
    row.changes.append({field, inPost.join(QStringLiteral("、")), name});
}

void RecordsPlanner::planMediation(PlannedRow &row, bool exists, Problems &problems) const
{
    const LedgerRecord &r = row.record;
    const bool onFile = exists && m_committees.contains(row.chamberId);
    if (r.mediationCommittee == true && !onFile) {
        MediationCommittee committee;
        committee.chamberId = row.chamberId;
        row.committee = committee;
        row.changes.append({QStringLiteral("mediation_committee"), QString(), tr("yes")});
    } else if (r.mediationCommittee == false && onFile) {
        problems.append(Problem::warning(QStringLiteral("mediation_committee"),
                                         tr("The ledger says there is no mediation committee, but one is on record; an import does "
                                            "not remove it.")));
    }
    if (!r.mediationCases)
        return;
    const QString field = QStringLiteral("mediation_cases");
    const bool committee = onFile || row.committee;
    // A 0 beside no committee says nothing worth keeping.
    if (*r.mediationCases == 0 && !committee)
        return;
    if (!m_year) {
        problems.append(Problem::warning(field, tr("The year of the count is not known (the ledger's title gives none): it is not "
                                                   "imported. Give the year with the import.")));
        return;
    }
    std::optional<MediationTally> stored;
    for (const auto &t : exists ? m_tallies.value(row.chamberId) : QList<MediationTally>())
        if (t.year == *m_year)
            stored = t;
    const bool settledSame = !r.mediationSettled || (stored && stored->settled == r.mediationSettled);
    if (stored && ((stored->cases == *r.mediationCases && settledSame) || m_policy == UpdatePolicy::FillEmpty))
        return;
    MediationTally tally = stored.value_or(MediationTally{});
    tally.chamberId = row.chamberId;
    tally.year = *m_year;
    tally.cases = *r.mediationCases;
    if (r.mediationSettled)
        tally.settled = *r.mediationSettled;  // 调解成功数: checked against the cases below
    else if (tally.settled && *tally.settled > tally.cases)
        tally.settled.reset();  // the settled count was of the old total
    addAs(problems, withoutChamber(Mediation::validate(tally, m_today)), field);
    if (row.chamber.founded && tally.year < row.chamber.founded->year())
        problems.append(Problem::error(field, tr("The chamber was founded in %1; it has no cases in %2.")
                                                  .arg(row.chamber.founded->year())
                                                  .arg(tally.year)));
    row.tally = tally;
    auto describe = [](const MediationTally &t) -> QString {
        return t.settled ? tr("%1 in %2, %3 settled").arg(t.cases).arg(t.year).arg(*t.settled) : tr("%1 in %2").arg(t.cases).arg(t.year);
    };
    row.changes.append({field, stored ? describe(*stored) : QString(), describe(tally)});
}

void RecordsPlanner::planHonours(PlannedRow &row, bool exists, Problems &problems) const
{
    const QString field = QStringLiteral("honours");
    static const QRegularExpression yearPattern(QStringLiteral("((?:19|20)\\d{2})\\s*年?度?"));
    static const QRegularExpression brackets(QStringLiteral("[（(\\[【]\\s*[）)\\]】]"));
    QList<Honour> held = exists ? m_honours.value(row.chamberId) : QList<Honour>();
    QStringList added;
    for (const auto &text : row.record.honours) {
        QString rest = text;
        std::optional<int> year;
        if (const auto m = yearPattern.match(rest); m.hasMatch()) {
            year = m.captured(1).toInt();
            rest.remove(m.capturedStart(), m.capturedLength());
            rest.remove(brackets);
        }
        const auto kind = Honours::kindFromText(rest.trimmed());
        if (!kind) {
            problems.append(Problem::warning(field, tr("\"%1\" is not one of the honours ChamberDesk keeps (广西“四好”商会, 全国“四好”商会, "
                                                       "全区诚信建设先行商会, 星级党组织); it is not imported.").arg(text)));
            continue;
        }
        const bool alreadyHeld = std::any_of(held.cbegin(), held.cend(), [&](const Honour &h) {
            return h.kind == *kind && (!year || h.year == *year);
        });
        if (alreadyHeld)
            continue;
        if (!year && !m_year) {
            problems.append(Problem::warning(field, tr("\"%1\" gives no year and the ledger's year is not known; it is not imported.").arg(text)));
            continue;
        }
        Honour honour;
        honour.chamberId = row.chamberId;
        honour.kind = *kind;
        honour.year = year.value_or(m_year.value_or(0));
        if (!year)
            problems.append(Problem::warning(field, tr("\"%1\" gives no year: recorded for %2, the ledger's year.").arg(text).arg(honour.year)));
        const Problems invalid = errorsOnly(withoutChamber(Honours::validate(honour, m_today)));
        if (!invalid.isEmpty()) {  // held back alone: the cell's other honours still come in
            addAs(problems, invalid, field);
            continue;
        }
        if (row.chamber.founded && honour.year < row.chamber.founded->year())
            row.doubtful.append(Problem::warning(field, tr("The chamber was founded in %1 but is honoured %2 in %3; one of the dates is "
                                                           "wrong.").arg(row.chamber.founded->year()).arg(text).arg(honour.year)));
        held.append(honour);
        row.honours.append(honour);
        added.append(tr("%1 (%2)").arg(ledgerWord(honour.kind)).arg(honour.year));
    }
    if (!added.isEmpty())
        row.changes.append({field, QString(), added.join(QStringLiteral("；"))});
}

} // namespace chamber
