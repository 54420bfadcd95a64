// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringJson.h"

#include "Dates.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace chamber {

namespace {

using json = nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &j, const char *key)
{
    return QString::fromStdString(j.value(key, std::string()));
}

json points(qint64 tenths)
{
    return Points::toDouble(tenths);
}

json optionalPoints(const std::optional<qint64> &tenths)
{
    return tenths ? points(*tenths) : json(nullptr);
}

json hundredths(qint64 value)
{
    return double(value) / 100.0;
}

// Points are written as numbers with one decimal; read back to tenths exactly.
qint64 tenthsOf(const json &j)
{
    return j.is_number() ? qint64(std::llround(j.get<double>() * 10.0)) : 0;
}

std::optional<qint64> optionalTenthsOf(const json &j)
{
    return j.is_number() ? std::optional<qint64>(tenthsOf(j)) : std::nullopt;
}

std::optional<QDate> dateOf(const json &j)
{
    return j.is_string() ? dates::parseIso(QString::fromStdString(j.get<std::string>())) : std::nullopt;
}

json ruleToJson(const ScoringReportRule &r)
{
    return {{"number", s(r.number)},
            {"id", r.rule.id},
            {"category_id", r.rule.categoryId},
            {"category", s(r.categoryName)},
            {"description", s(r.rule.description)},
            {"points", points(r.rule.pointsTenths)},
            {"year_cap", optionalPoints(r.rule.yearCapTenths)},
            {"item_cap", optionalPoints(r.rule.itemCapTenths)},
            {"evidence_required", r.rule.evidenceRequired},
            {"exclusive_group", s(r.rule.exclusiveGroup)},
            {"retired", r.rule.retired}};
}

json rowToJson(const ScoringReportRow &row)
{
    const Scorecard &c = row.card;
    json categories = json::array();
    for (const auto &cs : c.categories)
        categories.push_back({{"category_id", cs.categoryId},
                              {"earned", points(cs.earnedTenths)},
                              {"earned_counted", points(cs.earnedCountedTenths)},
                              {"deducted", points(cs.deductedTenths)},
                              {"subtotal", points(cs.subtotalTenths)}});
    json rules = json::array();
    for (const auto &rs : c.rules)
        rules.push_back({{"rule_id", rs.ruleId},
                         {"entries", rs.entries},
                         {"quantity", rs.quantity},
                         {"raw", points(rs.rawTenths)},
                         {"counted", points(rs.countedTenths)}});
    json vetoes = json::array();
    for (const auto &v : c.vetoes)
        vetoes.push_back({{"id", v.id}, {"date", s(dates::toIso(v.date))}, {"reason", s(v.reason)}, {"recorded_by", s(v.recordedBy)}});
    json reasons = json::array();
    for (auto r : c.ineligible)
        reasons.push_back(s(Scorecards::ineligibilityKey(r)));
    return {{"chamber_id", c.chamberId},
            {"name", s(row.chamberName)},
            {"township", {{"code", s(row.townshipCode)}, {"name", s(row.townshipName)}}},
            {"registered_since", row.registeredSince ? json(s(dates::toIso(*row.registeredSince))) : json(nullptr)},
            {"categories", categories},
            {"rules", rules},
            {"total", points(c.totalTenths)},
            {"rank", c.rank ? json(*c.rank) : json(nullptr)},
            {"grade", s(Points::gradeKey(c.grade))},
            {"vetoed", c.vetoed},
            {"vetoes", vetoes},
            {"award_eligible", c.awardEligible},
            {"ineligible_reasons", reasons}};
}

json footToJson(const ScoringReport &report)
{
    const ScoringReportFoot f = report.foot();
    json categories = json::array();
    for (int i = 0; i < report.categories.size(); ++i)
        categories.push_back({{"category_id", report.categories[i].id},
                              {"total", points(f.categoryTotalsTenths[i])},
                              {"average", hundredths(f.categoryAveragesHundredths[i])}});
    json grades = json::object();
    for (auto g : Points::allGrades())
        grades[s(Points::gradeKey(g))] = f.grades.value(g);
    return {{"chambers", f.chambers}, {"categories", categories}, {"total", points(f.totalTenths)},
            {"average", hundredths(f.averageHundredths)}, {"grades", grades}, {"vetoed", f.vetoed},
            {"award_eligible", f.awardEligible}};
}

} // namespace

json scoringReportToJson(const ScoringReport &report)
{
    json j;
    j["schema"] = kScoringReportSchema;
    j["title"] = s(report.title);
    j["year"] = report.year;
    j["county"] = {{"code", s(report.county.code)}, {"name", s(report.county.name)}, {"path", s(report.countyPath)}};
    j["language"] = s(reportLanguage::code(report.language));
    j["status"] = report.published ? "published" : "draft";
    j["issue_date"] = s(dates::toIso(report.issueDate));
    const GradeThresholds &t = report.settings.thresholds;
    j["settings"] = {{"grade_thresholds", {{"excellent", points(t.excellentTenths)}, {"good", points(t.goodTenths)}, {"pass", points(t.passTenths)}}},
                     {"award_requires_registered_year", report.settings.awardRequiresRegisteredYear},
                     {"deduction_floor", "category"}};
    j["categories"] = json::array();
    for (const auto &c : report.categories)
        j["categories"].push_back({{"id", c.id}, {"name", s(c.name)}, {"cap", optionalPoints(c.capTenths)}});
    j["rules"] = json::array();
    for (const auto &r : report.rules)
        j["rules"].push_back(ruleToJson(r));
    j["chambers"] = json::array();
    for (const auto &row : report.rows)
        j["chambers"].push_back(rowToJson(row));
    j["foot"] = footToJson(report);
    return j;
}

Result<ScoringReport> scoringReportFromJson(const json &j)
{
    if (!j.is_object() || j.value("schema", std::string()) != kScoringReportSchema)
        return Problem::error(QStringLiteral("schema"), ScoringReports::tr("This is not a scoring report of schema %1.")
                                                            .arg(QString::fromLatin1(kScoringReportSchema)));
    try {
        ScoringReport r;
        r.title = q(j, "title");
        r.year = j.at("year").get<int>();
        const json &county = j.at("county");
        r.county.code = q(county, "code");
        r.county.name = q(county, "name");
        r.county.level = DivisionLevel::County;
        r.county.parentCode = r.county.code.left(4);
        r.countyPath = q(county, "path");
        r.published = j.value("status", std::string()) == "published";
        // Reports written before the language was recorded: their title tells it (the English
        // one has Latin words around the county's name, the Chinese one none).
        const bool englishTitle = std::any_of(r.title.cbegin(), r.title.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 0x80; });
        r.language = reportLanguage::fromCode(q(j, "language")).value_or(englishTitle ? ReportLanguage::English : ReportLanguage::Chinese);
        r.issueDate = dateOf(j.at("issue_date")).value_or(QDate());
        r.settings.year = r.year;
        r.settings.published = r.published;
        const json &t = j.at("settings").at("grade_thresholds");
        r.settings.thresholds = {tenthsOf(t.at("excellent")), tenthsOf(t.at("good")), tenthsOf(t.at("pass"))};
        r.settings.awardRequiresRegisteredYear = j.at("settings").value("award_requires_registered_year", false);
        for (const auto &c : j.at("categories"))
            r.categories.append({c.at("id").get<qint64>(), q(c, "name"), optionalTenthsOf(c.at("cap"))});
        for (const auto &x : j.at("rules")) {
            ScoringReportRule rule;
            rule.number = q(x, "number");
            rule.categoryName = q(x, "category");
            rule.rule.id = x.at("id").get<qint64>();
            rule.rule.year = r.year;
            rule.rule.categoryId = x.at("category_id").get<qint64>();
            rule.rule.description = q(x, "description");
            rule.rule.pointsTenths = tenthsOf(x.at("points"));
            rule.rule.yearCapTenths = optionalTenthsOf(x.at("year_cap"));
            rule.rule.itemCapTenths = optionalTenthsOf(x.at("item_cap"));
            rule.rule.evidenceRequired = x.value("evidence_required", false);
            rule.rule.exclusiveGroup = q(x, "exclusive_group");
            rule.rule.retired = x.value("retired", false);
            r.rules.append(rule);
        }
        // Rule positions are not part of the report: they follow from the numbering order.
        for (int i = 0; i < r.rules.size(); ++i)
            r.rules[i].rule.position = r.rules[i].number.section(QLatin1Char('.'), 1).toInt();
        for (const auto &x : j.at("chambers")) {
            ScoringReportRow row;
            row.chamberName = q(x, "name");
            row.townshipCode = q(x.at("township"), "code");
            row.townshipName = q(x.at("township"), "name");
            row.registeredSince = dateOf(x.at("registered_since"));
            Scorecard &c = row.card;
            c.chamberId = x.at("chamber_id").get<qint64>();
            c.countyCode = row.townshipCode.left(6);
            for (const auto &cs : x.at("categories"))
                c.categories.append({cs.at("category_id").get<qint64>(), tenthsOf(cs.at("earned")), tenthsOf(cs.at("earned_counted")),
                                     tenthsOf(cs.at("deducted")), tenthsOf(cs.at("subtotal"))});
            for (const auto &rs : x.at("rules"))
                c.rules.append({rs.at("rule_id").get<qint64>(), rs.at("entries").get<int>(), rs.at("quantity").get<int>(),
                                tenthsOf(rs.at("raw")), tenthsOf(rs.at("counted"))});
            c.totalTenths = tenthsOf(x.at("total"));
            if (x.at("rank").is_number())
                c.rank = x.at("rank").get<int>();
            c.grade = Points::gradeFromKey(q(x, "grade")).value_or(Grade::Fail);
            c.vetoed = x.value("vetoed", false);
            for (const auto &v : x.at("vetoes"))
                c.vetoes.append({v.value("id", qint64(0)), c.chamberId, r.year, dateOf(v.at("date")).value_or(QDate()), q(v, "reason"), q(v, "recorded_by")});
            c.awardEligible = x.value("award_eligible", false);
            for (const auto &reason : x.at("ineligible_reasons"))
                if (const auto why = Scorecards::ineligibilityFromKey(QString::fromStdString(reason.get<std::string>())))
                    c.ineligible.append(*why);
            r.rows.append(row);
        }
        return r;
    } catch (const json::exception &e) {
        return Problem::error(QStringLiteral("schema"), ScoringReports::tr("The scoring report cannot be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool writeScoringJson(const ScoringReport &report, QIODevice &out)
{
    const QByteArray bytes = QByteArray::fromStdString(scoringReportToJson(report).dump(2)) + '\n';
    return out.write(bytes) == bytes.size();
}

} // namespace chamber
