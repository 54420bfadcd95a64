// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringReport.h"

#include "DivisionService.h"
#include "ExchangeStore.h"
#include "PointsService.h"
#include "ScoringJson.h"
#include "ScoringLabels.h"

#include <QCryptographicHash>

namespace chamber {

ScoringReportFoot ScoringReport::foot() const
{
    ScoringReportFoot f;
    f.chambers = int(rows.size());
    f.categoryTotalsTenths.fill(0, categories.size());
    for (const auto &row : rows) {
        for (int i = 0; i < categories.size(); ++i)
            if (const CategoryScore *score = row.card.category(categories[i].id))
                f.categoryTotalsTenths[i] += score->subtotalTenths;
        f.totalTenths += row.card.totalTenths;
        f.grades[row.card.grade] += 1;
        f.vetoed += row.card.vetoed ? 1 : 0;
        f.awardEligible += row.card.awardEligible ? 1 : 0;
    }
    for (qint64 total : f.categoryTotalsTenths)
        f.categoryAveragesHundredths.append(Points::averageHundredths(total, f.chambers).value_or(0));
    f.averageHundredths = Points::averageHundredths(f.totalTenths, f.chambers).value_or(0);
    return f;
}

bool ScoringReport::operator==(const ScoringReport &o) const
{
    // The fingerprint says where a report was read from; it is not part of the report.
    return year == o.year && county == o.county && countyPath == o.countyPath && title == o.title && issueDate == o.issueDate
           && published == o.published && language == o.language && settings == o.settings && categories == o.categories && rules == o.rules && rows == o.rows;
}

QString ScoringReports::titleFor(const QString &countyName, int year, ReportLanguage language)
{
    return ScoringLabels::title(countyName, year, language);
}

QList<Division> ScoringReports::counties() const
{
    DivisionService divisions(m_db);
    const auto scope = divisions.scope();
    if (!scope)
        return {};
    if (scope->level == DivisionLevel::County)
        return {*scope};
    QList<Division> level = {*scope};
    while (!level.isEmpty() && level.first().level != DivisionLevel::County) {
        QList<Division> next;
        for (const auto &d : level)
            next.append(divisions.children(d.code));
        level = next;
    }
    return level;
}

Result<Division> ScoringReports::county(const QString &codeOrName) const
{
    DivisionService divisions(m_db);
    if (!divisions.scope())
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    if (codeOrName.trimmed().isEmpty()) {
        const auto all = counties();
        if (all.size() == 1)
            return all.first();
        return Problem::error(QStringLiteral("county"), tr("The database covers %n counties; name the county of the report.", nullptr,
                                                           int(all.size())));
    }
    auto found = divisions.findDivision(codeOrName.trimmed());
    if (!found)
        return found.problems();
    if (found->level != DivisionLevel::County)
        return Problem::error(QStringLiteral("county"), tr("%1 is not a county; a scoring report is made per county.").arg(found->name));
    return found;
}

void ScoringReports::ruleSet(const ScorecardInput &input, QList<ScoringReportCategory> &categories, QList<ScoringReportRule> &rules)
{
    const auto columns = Scorecards::columns(input);
    for (int i = 0; i < columns.size(); ++i) {
        const auto cap = input.categoryCapsTenths.constFind(columns[i].id);
        categories.append({columns[i].id, columns[i].name,
                           cap == input.categoryCapsTenths.cend() ? std::nullopt : std::optional<qint64>(*cap)});
        int n = 0;
        for (PointsRule rule : input.rules) {
            if (rule.categoryId != columns[i].id)
                continue;
            rule.position = ++n;  // the report numbers rules 1, 2, 3 within a category, whatever gaps the set has
            rules.append({QStringLiteral("%1.%2").arg(i + 1).arg(n), columns[i].name, rule});
        }
    }
}

Result<ScoringReport> ScoringReports::build(int year, const Division &county, const QDate &issueDate, ReportLanguage language) const
{
    PointsService points(m_db);
    const auto input = points.scorecardInput(year, county.code);
    if (!input)
        return input.problems();
    ScoringReport report;
    report.year = year;
    report.county = county;
    DivisionService divisions(m_db);
    for (auto d = std::optional<Division>(county); d; d = d->parentCode.isEmpty() ? std::nullopt : divisions.byCode(d->parentCode))
        report.countyPath.prepend(d->name);
    report.language = language == ReportLanguage::English ? language : ReportLanguage::Chinese;
    report.title = titleFor(county.name, year, report.language);
    report.issueDate = issueDate;
    report.settings = input->year;
    report.settings.published = false;
    ruleSet(*input, report.categories, report.rules);
    QHash<qint64, const ScoredChamber *> chambers;
    for (const auto &c : input->chambers)
        chambers.insert(c.id, &c);
    for (const auto &card : Scorecards::compute(*input)) {
        const ScoredChamber *c = chambers.value(card.chamberId);
        report.rows.append({c->name, c->townshipCode, c->townshipName, c->registeredSince, card});
    }
    return report;
}

namespace {
constexpr const char *kPublicationSchema = "chamberdesk.scoring-publication/1";
}

Result<QList<ScoringReport>> ScoringReports::publishedReports(int year, const QString &divisionCode) const
{
    // A county whose report package was taken in: its own publication (docs/exchange.md).
    PointsService points(m_db, ExchangeStore(m_db).ownerOf(divisionCode));
    const auto publication = points.currentPublication(year);
    if (!publication)
        return Problem::error(QStringLiteral("year"), tr("The points of %1 are not published.").arg(year));
    // The report as published, checked against the hash taken when it was published.
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(publication->snapshot, QCryptographicHash::Sha256).toHex());
    if (hash != publication->sha256)
        return Problem::error(QStringLiteral("year"), tr("The published report of %1 does not match its fingerprint; it has been altered.").arg(year));
    const auto json = nlohmann::json::parse(publication->snapshot.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("schema", std::string()) != kPublicationSchema || !json["reports"].is_array())
        return Problem::error(QStringLiteral("year"), tr("The published report of %1 cannot be read.").arg(year));
    QList<ScoringReport> out;
    for (const auto &item : json["reports"]) {
        if (!divisionCode.isEmpty() && item.contains("county") && item["county"].is_object()) {
            const QString code = QString::fromStdString(item["county"].value("code", std::string()));
            if (!code.startsWith(divisionCode) && !divisionCode.startsWith(code))
                continue;
        }
        auto report = scoringReportFromJson(item);
        if (!report)
            return report.problems();
        report.value().fingerprint = hash;
        out.append(report.value());
    }
    return out;
}

Result<ScoringReport> ScoringReports::report(int year, const QString &countyText, std::optional<QDate> issueDate,
                                             ReportLanguage language) const
{
    const auto found = county(countyText);
    if (!found)
        return found.problems();
    const auto settings = PointsService(m_db, ExchangeStore(m_db).ownerOf(found->code)).year(year);
    if (!settings)
        return settings.problems();
    if (!settings->published)
        return build(year, *found, issueDate.value_or(QDate::currentDate()), language);
    const auto published = publishedReports(year, found->code);
    if (!published)
        return published.problems();
    for (const auto &report : *published)
        if (report.county.code == found->code)
            return report;
    return Problem::error(QStringLiteral("county"), tr("The published report of %1 has no part for %2.").arg(year).arg(found->name));
}

std::optional<ReportLanguage> ScoringReports::publishedLanguage(int year) const
{
    const auto publication = PointsService(m_db).currentPublication(year);
    if (!publication)
        return std::nullopt;
    const auto json = nlohmann::json::parse(publication->snapshot.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    if (const auto language = reportLanguage::fromCode(QString::fromStdString(json.value("language", std::string()))))
        return language;
    // Published before the language was recorded: as its reports read.
    if (json.contains("reports") && json["reports"].is_array() && !json["reports"].empty())
        if (const auto report = scoringReportFromJson(json["reports"][0]))
            return report->language;
    return std::nullopt;
}

Status ScoringReports::publish(int year, const QDate &issueDate, ReportLanguage language)
{
    PointsService points(m_db);
    if (auto s = points.ensureOpen(year); !s)
        return s;
    nlohmann::json snapshot;
    snapshot["schema"] = kPublicationSchema;
    snapshot["year"] = year;
    snapshot["issue_date"] = issueDate.toString(Qt::ISODate).toStdString();
    snapshot["language"] = reportLanguage::code(language).toStdString();
    snapshot["reports"] = nlohmann::json::array();
    for (const auto &c : counties()) {
        auto report = build(year, c, issueDate, language);
        if (!report)
            return report.problems();
        if (report->rows.isEmpty())
            continue;
        report.value().published = true;
        report.value().settings.published = true;
        snapshot["reports"].push_back(scoringReportToJson(*report));
    }
    if (snapshot["reports"].empty())
        return Problem::error(QStringLiteral("year"), tr("No chamber is scored in %1; there is nothing to publish.").arg(year));
    return points.publish(year, issueDate, QByteArray::fromStdString(snapshot.dump()));
}

} // namespace chamber
