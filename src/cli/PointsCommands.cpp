// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl points category|year|cap|rule …: the yearly rule sets of micro-points.
#include "Dates.h"
#include "PointsCli.h"
#include "PointsService.h"
#include "ScoringJson.h"
#include "ScoringLabels.h"
#include "ScoringReport.h"
#include "TextTable.h"

namespace chamber::cli {

int yearOption(const QCommandLineParser &p, const QString &name)
{
    const QString text = requiredValue(p, name);
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        throw UsageError{Context::tr("--%1 expects a year such as 2025, not \"%2\".").arg(name, text)};
    return year;
}

std::optional<qint64> pointsOption(const QCommandLineParser &p, const QString &name, const QString &field)
{
    if (!p.isSet(name))
        return std::nullopt;
    const auto tenths = Points::parseTenths(p.value(name));
    if (!tenths)
        throw Refusal{{Problem::error(field, Context::tr("--%1 expects points such as 5, 2.5 or -3 (one decimal at most), not \"%2\".")
                                                 .arg(name, p.value(name)))}};
    return tenths;
}

std::optional<std::optional<qint64>> capOption(const QCommandLineParser &p, const QString &name, const QString &field)
{
    if (!p.isSet(name))
        return std::nullopt;
    const QString text = p.value(name).trimmed().toLower();
    if (text == QStringLiteral("none") || text == QStringLiteral("无") || text.isEmpty())
        return std::optional<qint64>();
    return pointsOption(p, name, field);
}

std::optional<bool> yesNoOption(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return std::nullopt;
    QString error;
    const auto value = parseYesNoText(name, p.value(name), false, error);
    if (!error.isEmpty())
        throw UsageError{error};
    return value;
}

namespace {

template<typename T>
T orRefuse(Result<T> result)
{
    if (!result)
        throw Refusal{result.problems()};
    return std::move(result.value());
}

QString orNone(const std::optional<qint64> &tenths)
{
    return tenths ? Points::formatTenths(*tenths) : QStringLiteral("—");
}

// Categories ----------------------------------------------------------------------------------

int runCategoryList(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const auto categories = take(PointsService(context.db()).categories());
    if (format == QStringLiteral("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &c : categories)
            j.push_back({{"id", c.id}, {"name", c.name.toStdString()}, {"position", c.position}, {"retired", c.retired}});
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("Category"), Context::tr("Position"), Context::tr("Retired")});
    for (const auto &c : categories)
        table.addRow({QString::number(c.id), c.name, QString::number(c.position), c.retired ? Context::tr("retired") : QString()});
    table.print(context.out());
    return Ok;
}

int runCategoryAdd(Context &context, const QCommandLineParser &p)
{
    PointsCategory c;
    c.name = requiredValue(p, QStringLiteral("name"));
    c.position = intOption(p, QStringLiteral("position"), QStringLiteral("position")).value_or(0);
    const qint64 id = orRefuse(PointsService(context.db()).addCategory(c));
    context.out() << Context::tr("Added category %1: %2").arg(id).arg(c.name) << Qt::endl;
    return Ok;
}

int runCategoryEdit(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    PointsCategory c = orRefuse(points.category(idArgument(p)));
    if (p.isSet(QStringLiteral("name")))
        c.name = p.value(QStringLiteral("name"));
    c.position = intOption(p, QStringLiteral("position"), QStringLiteral("position")).value_or(c.position);
    if (auto s = points.updateCategory(c); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Saved category %1: %2").arg(c.id).arg(c.name) << Qt::endl;
    return Ok;
}

int runCategoryRetire(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    const PointsCategory c = orRefuse(points.category(idArgument(p)));
    const bool restore = p.isSet(QStringLiteral("restore"));
    if (auto s = points.retireCategory(c.id, !restore); !s)
        return context.finish(s.problems());
    context.out() << (restore ? Context::tr("Restored category %1: %2") : Context::tr("Retired category %1: %2")).arg(c.id).arg(c.name) << Qt::endl;
    return Ok;
}

// Years and caps ------------------------------------------------------------------------------

int runYearList(Context &context, const QCommandLineParser &)
{
    PointsService points(context.db());
    TextTable table({Context::tr("Year"), Context::tr("Status"), Context::tr("Rules"), Context::tr("Entries"), Context::tr("Thresholds"),
                     Context::tr("Registered a year for awards"), Context::tr("Copied from")});
    for (const auto &y : take(points.years())) {
        const auto &t = y.thresholds;
        table.addRow({QString::number(y.year), y.published ? Context::tr("published") : Context::tr("open"),
                      QString::number(take(points.rules(y.year)).size()), QString::number(take(points.entryCount(PointsEntryQuery::ofYear(y.year)))),
                      QStringLiteral("%1 / %2 / %3").arg(Points::formatTenths(t.excellentTenths), Points::formatTenths(t.goodTenths),
                                                         Points::formatTenths(t.passTenths)),
                      yesNoText(y.awardRequiresRegisteredYear), y.copiedFrom ? QString::number(*y.copiedFrom) : QString()});
    }
    table.print(context.out());
    return Ok;
}

int runYearShow(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    const PointsYear y = orRefuse(points.year(yearOption(p)));
    auto &out = context.out();
    out << ScoringLabels::thresholds(y) << Qt::endl;
    out << Context::tr("Status: %1").arg(y.published ? Context::tr("published") : Context::tr("open")) << Qt::endl;
    const auto caps = take(points.categoryCaps(y.year));
    for (const auto &c : take(points.categories()))
        if (caps.contains(c.id))
            out << Context::tr("Cap of %1: %2").arg(c.name, Points::formatTenths(caps.value(c.id))) << Qt::endl;
    out << Context::tr("History:") << Qt::endl;
    for (const auto &h : take(points.publications(y.year)))
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(h.at, h.actor,
                        h.action == PointsPublication::Action::Publish ? Context::tr("published, issued %1, fingerprint %2")
                                                                             .arg(dates::toIsoOrEmpty(h.issueDate), h.sha256.left(16))
                                                                       : Context::tr("reopened: %1").arg(h.reason),
                        QString())
                   .trimmed()
            << Qt::endl;
    return Ok;
}

int runYearStart(Context &context, const QCommandLineParser &p)
{
    const int year = yearOption(p);
    PointsService points(context.db());
    std::optional<int> from;
    if (p.isSet(QStringLiteral("copy-from"))) {
        from = yearOption(p, QStringLiteral("copy-from"));
    } else if (!p.isSet(QStringLiteral("empty"))) {
        // A new year starts as a copy of the latest year before it, if there is one.
        for (const auto &y : take(points.years()))
            if (y.year < year)
                from = y.year;
    }
    if (auto s = points.startYear(year, from); !s)
        return context.finish(s.problems());
    if (from)
        context.out() << Context::tr("Started %1 as a copy of %2: %3 rules.").arg(year).arg(*from).arg(take(points.rules(year)).size()) << Qt::endl;
    else
        context.out() << Context::tr("Started %1 with an empty rule set.").arg(year) << Qt::endl;
    return Ok;
}

int runYearSet(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    PointsYear y = orRefuse(points.year(yearOption(p)));
    y.thresholds.excellentTenths = pointsOption(p, QStringLiteral("excellent"), QStringLiteral("thresholds")).value_or(y.thresholds.excellentTenths);
    y.thresholds.goodTenths = pointsOption(p, QStringLiteral("good"), QStringLiteral("thresholds")).value_or(y.thresholds.goodTenths);
    y.thresholds.passTenths = pointsOption(p, QStringLiteral("pass"), QStringLiteral("thresholds")).value_or(y.thresholds.passTenths);
    y.awardRequiresRegisteredYear = yesNoOption(p, QStringLiteral("award-requires-registered-year")).value_or(y.awardRequiresRegisteredYear);
    if (auto s = points.updateYear(y); !s)
        return context.finish(s.problems());
    context.out() << ScoringLabels::thresholds(y) << Qt::endl;
    return Ok;
}

int runCapSet(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    const int year = yearOption(p);
    const PointsCategory c = orRefuse(points.findCategory(requiredValue(p, QStringLiteral("category"))));
    requiredValue(p, QStringLiteral("cap"));
    const auto cap = *capOption(p, QStringLiteral("cap"), QStringLiteral("cap"));
    if (auto s = points.setCategoryCap(year, c.id, cap); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Cap of %1 in %2: %3").arg(c.name).arg(year).arg(orNone(cap)) << Qt::endl;
    return Ok;
}

// Rules ---------------------------------------------------------------------------------------

void applyRuleOptions(Context &context, const QCommandLineParser &p, PointsRule &r)
{
    if (p.isSet(QStringLiteral("category")))
        r.categoryId = orRefuse(PointsService(context.db()).findCategory(p.value(QStringLiteral("category")))).id;
    if (p.isSet(QStringLiteral("description")))
        r.description = p.value(QStringLiteral("description"));
    r.pointsTenths = pointsOption(p, QStringLiteral("points"), QStringLiteral("points")).value_or(r.pointsTenths);
    if (const auto cap = capOption(p, QStringLiteral("cap-year"), QStringLiteral("year_cap")))
        r.yearCapTenths = *cap;
    if (const auto cap = capOption(p, QStringLiteral("cap-item"), QStringLiteral("item_cap")))
        r.itemCapTenths = *cap;
    r.evidenceRequired = yesNoOption(p, QStringLiteral("evidence")).value_or(r.evidenceRequired);
    if (p.isSet(QStringLiteral("group")))
        r.exclusiveGroup = p.value(QStringLiteral("group")).trimmed();
    r.position = intOption(p, QStringLiteral("position"), QStringLiteral("position")).value_or(r.position);
}

void ruleOptions(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year (add only)."), QStringLiteral("YEAR")));
    p.addOption(option(QStringLiteral("category"), Context::tr("Category number or name."), QStringLiteral("CATEGORY")));
    p.addOption(option(QStringLiteral("description"), Context::tr("What earns (or loses) the points."), QStringLiteral("TEXT")));
    p.addOption(option(QStringLiteral("points"), Context::tr("Points per occurrence, e.g. 5 or 2.5; negative for a deduction."), QStringLiteral("POINTS")));
    p.addOption(option(QStringLiteral("cap-year"), Context::tr("Most points a chamber gets (or loses) from the rule in a year, or none."), QStringLiteral("POINTS")));
    p.addOption(option(QStringLiteral("cap-item"), Context::tr("Most points one entry counts, whatever its quantity, or none."), QStringLiteral("POINTS")));
    p.addOption(option(QStringLiteral("evidence"), Context::tr("Whether an entry needs evidence before it is submitted: yes or no."), QStringLiteral("yes|no")));
    p.addOption(option(QStringLiteral("group"), Context::tr("Rules of a category sharing a group count once: the highest."), QStringLiteral("NAME")));
    p.addOption(option(QStringLiteral("position"), Context::tr("Order within the category."), QStringLiteral("N")));
}

int runRuleList(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const int year = yearOption(p);
    PointsService points(context.db());
    ScorecardInput input;
    input.year = orRefuse(points.year(year));
    input.categories = take(points.categories());
    input.categoryCapsTenths = take(points.categoryCaps(year));
    input.rules = take(points.rules(year));
    ScoringReport set;  // the report's first part: its columns and numbered rules
    set.year = year;
    set.settings = input.year;
    ScoringReports::ruleSet(input, set.categories, set.rules);
    const ScoringReport *report = &set;
    if (format == QStringLiteral("json")) {
        nlohmann::json j = scoringReportToJson(set);
        writeJson(context, nlohmann::json{{"year", year}, {"categories", j["categories"]}, {"rules", j["rules"]}}.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("Rule"), Context::tr("Category"), Context::tr("Points"), Context::tr("Cap per year"),
                     Context::tr("Cap per item"), Context::tr("Evidence"), Context::tr("Group"), Context::tr("Number")});
    for (const auto &r : report->rules)
        if (!r.rule.retired || p.isSet(QStringLiteral("all")))
            table.addRow({r.number, r.rule.description + (r.rule.retired ? Context::tr(" (retired)") : QString()), r.categoryName,
                          Points::formatTenths(r.rule.pointsTenths), orNone(r.rule.yearCapTenths), orNone(r.rule.itemCapTenths),
                          r.rule.evidenceRequired ? Context::tr("yes") : QString(), r.rule.exclusiveGroup, QString::number(r.rule.id)});
    table.print(context.out());
    for (const auto &c : report->categories)
        if (c.capTenths)
            context.out() << Context::tr("Cap of %1: %2").arg(c.name, Points::formatTenths(*c.capTenths)) << Qt::endl;
    return Ok;
}

int runRuleAdd(Context &context, const QCommandLineParser &p)
{
    PointsRule r;
    r.year = yearOption(p);
    requiredValue(p, QStringLiteral("category"));
    requiredValue(p, QStringLiteral("description"));
    requiredValue(p, QStringLiteral("points"));
    applyRuleOptions(context, p, r);
    auto added = PointsService(context.db()).addRule(r);
    if (!added)
        return context.finish(added.problems());
    context.out() << Context::tr("Added rule %1 to %2: %3 (%4)").arg(added.value()).arg(r.year).arg(r.description, Points::formatTenths(r.pointsTenths))
                  << Qt::endl;
    return Ok;
}

int runRuleEdit(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    PointsRule r = orRefuse(points.rule(idArgument(p)));
    if (p.isSet(QStringLiteral("year")) && yearOption(p) != r.year)
        throw Refusal{{Problem::error(QStringLiteral("year"), Context::tr("A rule stays in its year; add a rule to the other year instead."))}};
    applyRuleOptions(context, p, r);
    if (auto s = points.updateRule(r); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Saved rule %1: %2 (%3)").arg(r.id).arg(r.description, Points::formatTenths(r.pointsTenths)) << Qt::endl;
    return Ok;
}

int runRuleRetire(Context &context, const QCommandLineParser &p)
{
    PointsService points(context.db());
    const PointsRule r = orRefuse(points.rule(idArgument(p)));
    const bool restore = p.isSet(QStringLiteral("restore"));
    if (auto s = points.retireRule(r.id, !restore); !s)
        return context.finish(s.problems());
    context.out() << (restore ? Context::tr("Restored rule %1: %2") : Context::tr("Retired rule %1: %2")).arg(r.id).arg(r.description) << Qt::endl;
    return Ok;
}

QCommandLineOption formatTableJson()
{
    return option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT"));
}

} // namespace

QList<Command> pointsCommands()
{
    const QString id = QStringLiteral("ID");
    const QString points = QStringLiteral("points");
    auto yearOnly = [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR"))); };
    auto restore = [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("restore"), Context::tr("Take it back into use."))); };
    QList<Command> commands = {
        {{points, QStringLiteral("category"), QStringLiteral("list")}, Context::tr("List the points categories"),
         [](QCommandLineParser &p) { p.addOption(formatTableJson()); }, runCategoryList, {}},
        {{points, QStringLiteral("category"), QStringLiteral("add")}, Context::tr("Add a points category"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("name"), Context::tr("Name of the category."), QStringLiteral("TEXT")));
             p.addOption(option(QStringLiteral("position"), Context::tr("Column order in the report."), QStringLiteral("N")));
         },
         runCategoryAdd, {}},
        {{points, QStringLiteral("category"), QStringLiteral("edit")}, Context::tr("Rename or reorder a points category"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("name"), Context::tr("Name of the category."), QStringLiteral("TEXT")));
             p.addOption(option(QStringLiteral("position"), Context::tr("Column order in the report."), QStringLiteral("N")));
         },
         runCategoryEdit, id},
        {{points, QStringLiteral("category"), QStringLiteral("retire")}, Context::tr("Retire a points category (no new rules, not copied into new years)"),
         restore, runCategoryRetire, id},
        {{points, QStringLiteral("year"), QStringLiteral("list")}, Context::tr("List the scoring years"), {}, runYearList, {}},
        {{points, QStringLiteral("year"), QStringLiteral("show")}, Context::tr("Show a year's options, caps and publication history"), yearOnly,
         runYearShow, {}},
        {{points, QStringLiteral("year"), QStringLiteral("start")}, Context::tr("Start a scoring year, as a copy of the last one"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("year"), Context::tr("The year to start."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("copy-from"), Context::tr("The year to copy (default: the latest before it)."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("empty"), Context::tr("Start with no rules.")));
         },
         runYearStart, {}},
        {{points, QStringLiteral("year"), QStringLiteral("set")}, Context::tr("Change a year's grade thresholds and award rule"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("excellent"), Context::tr("Points from which the grade is excellent (default 90)."), QStringLiteral("POINTS")));
             p.addOption(option(QStringLiteral("good"), Context::tr("Points from which the grade is good (default 75)."), QStringLiteral("POINTS")));
             p.addOption(option(QStringLiteral("pass"), Context::tr("Points from which the grade is pass (default 60)."), QStringLiteral("POINTS")));
             p.addOption(option(QStringLiteral("award-requires-registered-year"),
                                Context::tr("Award eligibility needs a full year registered at the year's end: yes or no."), QStringLiteral("yes|no")));
         },
         runYearSet, {}},
        {{points, QStringLiteral("cap"), QStringLiteral("set")}, Context::tr("Set or clear a category's cap for a year"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("category"), Context::tr("Category number or name."), QStringLiteral("CATEGORY")));
             p.addOption(option(QStringLiteral("cap"), Context::tr("The most points the category can reach, or none."), QStringLiteral("POINTS")));
         },
         runCapSet, {}},
        {{points, QStringLiteral("rule"), QStringLiteral("list")}, Context::tr("List a year's rules: how points are earned"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("all"), Context::tr("Retired rules too.")));
             p.addOption(formatTableJson());
         },
         runRuleList, {}},
        {{points, QStringLiteral("rule"), QStringLiteral("add")}, Context::tr("Add a rule to a year's set"), ruleOptions, runRuleAdd, {}},
        {{points, QStringLiteral("rule"), QStringLiteral("edit")}, Context::tr("Change a rule (entries that follow it are recalculated)"), ruleOptions,
         runRuleEdit, id},
        {{points, QStringLiteral("rule"), QStringLiteral("retire")}, Context::tr("Retire a rule: no new entries"), restore, runRuleRetire, id},
    };
    commands += pointsEntryCommands();
    return commands;
}

} // namespace chamber::cli
