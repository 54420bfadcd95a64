// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl points entry|veto|scorecard|publish|reopen: entries and their approval, vetoes,
// scorecards, and the publication that freezes a year.
#include "Dates.h"
#include "PointsCli.h"
#include "PointsService.h"
#include "ReportLanguage.h"
#include "ScoringJson.h"
#include "ScoringLabels.h"
#include "ScoringReport.h"
#include "TextTable.h"

namespace chamber::cli {

namespace {

// Entries ---------------------------------------------------------------------------------------

void entryOptions(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("chamber"), Context::tr("Chamber number or name."), QStringLiteral("ID")));
    p.addOption(option(QStringLiteral("rule"), Context::tr("Rule number (see points rule list)."), QStringLiteral("RULE")));
    p.addOption(option(QStringLiteral("date"), Context::tr("When it happened; its year is the scoring year."), QStringLiteral("YYYY-MM-DD")));
    p.addOption(option(QStringLiteral("quantity"), Context::tr("How many occurrences (default 1)."), QStringLiteral("N")));
    p.addOption(option(QStringLiteral("points"), Context::tr("Points changed by hand (default: from the rule); needs --reason."), QStringLiteral("POINTS")));
    p.addOption(option(QStringLiteral("reason"), Context::tr("Why the points differ from the rule's."), QStringLiteral("TEXT")));
    p.addOption(option(QStringLiteral("evidence"), Context::tr("Evidence note (佐证材料)."), QStringLiteral("TEXT")));
    p.addOption(option(QStringLiteral("entered-by"), Context::tr("Who entered it (default: the current user)."), QStringLiteral("NAME")));
    p.addOption(option(QStringLiteral("submit"), Context::tr("Submit it for approval at once.")));
}

void applyEntryOptions(Context &context, const QCommandLineParser &p, PointsEntry &e)
{
    if (p.isSet(QStringLiteral("chamber")))
        e.chamberId = chamberOption(context, p).id;
    if (p.isSet(QStringLiteral("rule"))) {
        bool ok = false;
        e.ruleId = p.value(QStringLiteral("rule")).trimmed().toLongLong(&ok);
        if (!ok)
            throw UsageError{Context::tr("--rule expects a rule number (see points rule list).")};
    }
    if (p.isSet(QStringLiteral("date")))
        e.date = *dateOption(p, QStringLiteral("date"), QStringLiteral("date"));
    e.quantity = intOption(p, QStringLiteral("quantity"), QStringLiteral("quantity")).value_or(e.quantity);
    if (const auto points = pointsOption(p, QStringLiteral("points"), QStringLiteral("points"))) {
        e.pointsTenths = *points;
        e.manualReason = p.value(QStringLiteral("reason")).trimmed();
    } else if (p.isSet(QStringLiteral("quantity")) || p.isSet(QStringLiteral("rule"))) {
        // A new quantity or rule: points from the rule again, unless given by hand.
        e.pointsTenths = 0;
        e.manualReason.clear();
    }
    if (p.isSet(QStringLiteral("evidence")))
        e.evidence = p.value(QStringLiteral("evidence"));
    if (p.isSet(QStringLiteral("entered-by")))
        e.enteredBy = p.value(QStringLiteral("entered-by"));
}

int runEntryAdd(Context &context, const QCommandLineParser &p)
{
    requiredValue(p, QStringLiteral("chamber"));
    requiredValue(p, QStringLiteral("rule"));
    requiredValue(p, QStringLiteral("date"));
    PointsEntry e;
    applyEntryOptions(context, p, e);
    PointsService points(context.db());
    // With --submit the entry is added and submitted in one transaction: both or neither.
    Transaction tx(context.db());
    auto added = points.addEntry(e);
    if (!added)
        return context.finish(added.problems());
    if (p.isSet(QStringLiteral("submit")))
        if (auto s = points.submitEntry(added.value()); !s)
            return context.finish(s.problems());
    if (auto s = tx.commit(); !s)
        return context.finish(s.problems());
    context.report(added.problems());
    const PointsEntry saved = *points.entry(added.value());
    context.out() << Context::tr("Added entry %1: %2 points, %3.").arg(saved.id).arg(Points::formatTenths(saved.pointsTenths),
                                                                                     Points::statusName(saved.status))
                  << Qt::endl;
    return Ok;
}

int runEntryEdit(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    auto found = points.entry(idArgument(p));
    if (!found)
        return context.finish(found.problems());
    PointsEntry e = found.value();
    applyEntryOptions(context, p, e);
    if (auto s = points.updateEntry(e); !s)
        return context.finish(s.problems());
    else
        context.report(s.problems());
    context.out() << Context::tr("Saved entry %1: %2 points, draft.").arg(e.id).arg(Points::formatTenths(points.entry(e.id)->pointsTenths)) << Qt::endl;
    return Ok;
}

int runEntryList(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    PointsEntryQuery query = PointsEntryQuery::ofYear(yearOption(p));
    if (p.isSet(QStringLiteral("chamber")))
        query.chamberId = chamberOption(context, p).id;
    if (p.isSet(QStringLiteral("status"))) {
        query.status = Points::statusFromText(p.value(QStringLiteral("status")));
        if (!query.status)
            throw UsageError{Context::tr("--status takes draft, submitted, approved or rejected.")};
    }
    const auto rows = take(PointsService(context.db()).entryRows(query));
    if (format == QStringLiteral("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &r : rows) {
            const PointsEntry &e = r.entry;
            j.push_back({{"id", e.id}, {"chamber_id", e.chamberId}, {"chamber", r.chamberName.toStdString()}, {"rule_id", e.ruleId},
                         {"rule", r.ruleDescription.toStdString()}, {"category", r.categoryName.toStdString()},
                         {"date", dates::toIso(e.date).toStdString()}, {"quantity", e.quantity}, {"points", Points::toDouble(e.pointsTenths)},
                         {"manual_reason", e.manualReason.toStdString()}, {"evidence", e.evidence.toStdString()},
                         {"entered_by", e.enteredBy.toStdString()}, {"status", Points::statusKey(e.status).toStdString()},
                         {"rejection_reason", e.rejectionReason.toStdString()}, {"decided_by", e.decidedBy.toStdString()},
                         {"decided_at", e.decidedAt.toStdString()}});
        }
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("Date"), Context::tr("Chamber"), Context::tr("Rule"), Context::tr("Quantity"),
                     Context::tr("Points"), Context::tr("Status"), Context::tr("Evidence"), Context::tr("Note")});
    for (const auto &r : rows) {
        const PointsEntry &e = r.entry;
        const QString note = e.status == EntryStatus::Rejected ? e.rejectionReason : e.manualReason;
        table.addRow({QString::number(e.id), dates::toIso(e.date), r.chamberName, r.ruleDescription, QString::number(e.quantity),
                      Points::formatTenths(e.pointsTenths), Points::statusName(e.status), e.evidence, note});
    }
    table.print(context.out());
    context.out() << Context::tr("%n entries", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runEntryMove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    const QString verb = context.commandPath().last();
    PointsService points(context.db());
    Status status = verb == QStringLiteral("submit")    ? points.submitEntry(id)
                    : verb == QStringLiteral("approve") ? points.approveEntry(id)
                    : verb == QStringLiteral("reject")  ? points.rejectEntry(id, requiredValue(p, QStringLiteral("reason")))
                                                        : points.removeEntry(id);
    if (!status)
        return context.finish(status.problems());
    if (verb == QStringLiteral("remove"))
        context.out() << Context::tr("Removed entry %1.").arg(id) << Qt::endl;
    else
        context.out() << Context::tr("Entry %1 is %2.").arg(id).arg(Points::statusName(points.entry(id)->status)) << Qt::endl;
    return Ok;
}

// Vetoes ----------------------------------------------------------------------------------------

int runVetoAdd(Context &context, const QCommandLineParser &p)
{
    Veto v;
    v.chamberId = chamberOption(context, p).id;
    v.year = yearOption(p);
    requiredValue(p, QStringLiteral("date"));
    v.date = *dateOption(p, QStringLiteral("date"), QStringLiteral("date"));
    v.reason = requiredValue(p, QStringLiteral("reason"));
    auto added = PointsService(context.db()).addVeto(v);
    if (!added)
        return context.finish(added.problems());
    context.out() << Context::tr("Added veto %1 for %2.").arg(added.value()).arg(v.year) << Qt::endl;
    return Ok;
}

int runVetoList(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const int year = yearOption(p);
    const auto vetoes = take(PointsService(context.db()).vetoes(year));
    if (format == QStringLiteral("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &v : vetoes)
            j.push_back({{"id", v.id}, {"chamber_id", v.chamberId}, {"year", v.year}, {"date", dates::toIso(v.date).toStdString()},
                         {"reason", v.reason.toStdString()}, {"recorded_by", v.recordedBy.toStdString()}});
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("Chamber"), Context::tr("Date"), Context::tr("Reason"), Context::tr("Recorded by")});
    for (const auto &v : vetoes)
        table.addRow({QString::number(v.id), QString::number(v.chamberId), dates::toIso(v.date), v.reason, v.recordedBy});
    table.print(context.out());
    return Ok;
}

int runVetoRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (auto s = PointsService(context.db()).removeVeto(id); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Removed veto %1.").arg(id) << Qt::endl;
    return Ok;
}

// Scorecards and publication --------------------------------------------------------------------

void printChamberDetail(Context &context, const ScoringReport &r, const ScoringReportRow &row)
{
    auto &out = context.out();
    out << row.chamberName << QStringLiteral("  ") << Points::formatTenths(row.card.totalTenths) << QStringLiteral("  ")
        << Points::gradeName(row.card.grade) << Qt::endl;
    TextTable table({Context::tr("No."), Context::tr("Rule"), Context::tr("Entries"), Context::tr("Quantity"), Context::tr("Points"),
                     Context::tr("Counted")});
    for (const auto &score : row.card.rules)
        for (const auto &rule : r.rules)
            if (rule.rule.id == score.ruleId)
                table.addRow({rule.number, rule.rule.description, QString::number(score.entries), QString::number(score.quantity),
                              Points::formatTenths(score.rawTenths), Points::formatTenths(score.countedTenths)});
    table.print(out);
    TextTable categories({Context::tr("Category"), Context::tr("Earned"), Context::tr("Within the cap"), Context::tr("Deducted"),
                          Context::tr("Subtotal")});
    for (int i = 0; i < r.categories.size() && i < row.card.categories.size(); ++i) {
        const CategoryScore &cs = row.card.categories[i];
        categories.addRow({r.categories[i].name, Points::formatTenths(cs.earnedTenths), Points::formatTenths(cs.earnedCountedTenths),
                           Points::formatTenths(cs.deductedTenths), Points::formatTenths(cs.subtotalTenths)});
    }
    categories.print(out);
    if (const QString notes = ScoringLabels::rowNotes(row); !notes.isEmpty())
        out << notes << Qt::endl;
}

int runScorecard(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    auto report = ScoringReports(context.db()).report(yearOption(p), p.value(QStringLiteral("county")));
    if (!report)
        return context.finish(report.problems());
    const ScoringReport &r = *report;
    if (format == QStringLiteral("json")) {
        writeJson(context, scoringReportToJson(r).dump(2));
        return Ok;
    }
    if (p.isSet(QStringLiteral("chamber"))) {
        const Chamber c = chamberOption(context, p);
        for (const auto &row : r.rows)
            if (row.card.chamberId == c.id)
                printChamberDetail(context, r, row);
        return Ok;
    }
    context.out() << r.title << Qt::endl << ScoringLabels::subtitle(r) << Qt::endl;
    QStringList header = {ScoringLabels::rank(), Context::tr("No."), ScoringLabels::chamber()};
    for (const auto &c : r.categories)
        header.append(c.name);
    header << ScoringLabels::total() << ScoringLabels::grade() << ScoringLabels::awardEligible();
    TextTable table(header);
    for (const auto &row : r.rows) {
        QStringList cells = {row.card.rank ? QString::number(*row.card.rank) : QStringLiteral("—"), QString::number(row.card.chamberId),
                             row.chamberName};
        for (const auto &cs : row.card.categories)
            cells.append(Points::formatTenths(cs.subtotalTenths));
        cells << Points::formatTenths(row.card.totalTenths) << Points::gradeName(row.card.grade) << yesNoText(row.card.awardEligible);
        table.addRow(cells);
    }
    table.print(context.out());
    const ScoringReportFoot foot = r.foot();
    context.out() << ScoringLabels::gradeCounts(foot) << Qt::endl
                  << Context::tr("Average total: %1").arg(Points::formatHundredths(foot.averageHundredths)) << Qt::endl;
    return Ok;
}

int runPublish(Context &context, const QCommandLineParser &p)
{
    const int year = yearOption(p);
    const QDate issued = dateOption(p, QStringLiteral("date"), QStringLiteral("issue_date")).value_or(QDate::currentDate());
    Database &db = context.db();
    const Status published = ScoringReports(db).publish(year, issued, reportLanguageOption(p));
    if (!published)
        return context.finish(published.problems());
    context.report(published.problems());
    const auto publication = take(PointsService(db).currentPublication(year));
    context.out() << Context::tr("Published %1, issued %2; fingerprint %3. The year's rules and entries are frozen.")
                         .arg(year)
                         .arg(dates::toIso(issued), publication ? publication->sha256.left(16) : QString())
                  << Qt::endl;
    return Ok;
}

int runReopen(Context &context, const QCommandLineParser &p)
{
    const int year = yearOption(p);
    if (auto s = PointsService(context.db()).reopen(year, requiredValue(p, QStringLiteral("reason"))); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Reopened %1 for corrections; publish it again when they are done.").arg(year) << Qt::endl;
    return Ok;
}

QCommandLineOption yearOpt()
{
    return option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR"));
}

} // namespace

QList<Command> pointsEntryCommands()
{
    const QString points = QStringLiteral("points"), entry = QStringLiteral("entry"), veto = QStringLiteral("veto"), id = QStringLiteral("ID");
    auto none = [](QCommandLineParser &) {};
    return {
        {{points, entry, QStringLiteral("add")}, Context::tr("Add a points entry (a draft, or submitted with --submit)"), entryOptions, runEntryAdd, {}},
        {{points, entry, QStringLiteral("edit")}, Context::tr("Change a draft or rejected entry (it becomes a draft)"), entryOptions, runEntryEdit, id},
        {{points, entry, QStringLiteral("list")}, Context::tr("List a year's entries"),
         [](QCommandLineParser &p) {
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("chamber"), Context::tr("Only this chamber's (number or name)."), QStringLiteral("ID")));
             p.addOption(option(QStringLiteral("status"), Context::tr("draft, submitted, approved or rejected."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runEntryList, {}},
        {{points, entry, QStringLiteral("submit")}, Context::tr("Submit a draft entry for approval"), none, runEntryMove, id},
        {{points, entry, QStringLiteral("approve")}, Context::tr("Approve a submitted entry: it counts"), none, runEntryMove, id},
        {{points, entry, QStringLiteral("reject")}, Context::tr("Reject a submitted (or approved) entry, with a reason"),
         [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("reason"), Context::tr("Why it is rejected."), QStringLiteral("TEXT"))); },
         runEntryMove, id},
        {{points, entry, QStringLiteral("remove")}, Context::tr("Remove a draft or rejected entry"), none, runEntryMove, id},
        {{points, veto, QStringLiteral("add")}, Context::tr("Record a veto (一票否决) against a chamber for a year"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("chamber"), Context::tr("Chamber number or name."), QStringLiteral("ID")));
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of the decision."), QStringLiteral("YYYY-MM-DD")));
             p.addOption(option(QStringLiteral("reason"), Context::tr("Why, e.g. a serious violation of law."), QStringLiteral("TEXT")));
         },
         runVetoAdd, {}},
        {{points, veto, QStringLiteral("list")}, Context::tr("List a year's vetoes"),
         [](QCommandLineParser &p) {
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runVetoList, {}},
        {{points, veto, QStringLiteral("remove")}, Context::tr("Remove a veto of an open year"), none, runVetoRemove, id},
        {{points, QStringLiteral("scorecard")}, Context::tr("Scorecards of a year: subtotals, total, rank, grade"),
         [](QCommandLineParser &p) {
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("county"), Context::tr("The county (when the database covers several)."), QStringLiteral("CODE|NAME")));
             p.addOption(option(QStringLiteral("chamber"), Context::tr("One chamber's scorecard, rule by rule."), QStringLiteral("ID")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runScorecard, {}},
        {{points, QStringLiteral("publish")}, Context::tr("Publish a year's report: its rules and entries are frozen"),
         [](QCommandLineParser &p) {
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of issue (default: today)."), QStringLiteral("YYYY-MM-DD")));
             p.addOption(reportLanguageOpt());
         },
         runPublish, {}},
        {{points, QStringLiteral("reopen")}, Context::tr("Reopen a published year for corrections (the reason is kept)"),
         [](QCommandLineParser &p) {
             p.addOption(yearOpt());
             p.addOption(option(QStringLiteral("reason"), Context::tr("Why it is reopened."), QStringLiteral("TEXT")));
         },
         runReopen, {}},
    };
}

} // namespace chamber::cli
