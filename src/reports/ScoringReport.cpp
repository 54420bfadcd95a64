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

Result<QList<Division>> ScoringReports::counties() const
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return QList<Division>();
    if (scope->level == DivisionLevel::County)
        return QList<Division>{*scope};
    QList<Division> level = {*scope};
    while (!level.isEmpty() && level.first().level != DivisionLevel::County) {
        QList<Division> next;
        for (const auto &d : level) {
            const auto children = divisions.children(d.code);
            if (!children)
                return children.problems();
            next.append(*children);
        }
        level = next;
    }
    return level;
}

Result<Division> ScoringReports::county(const QString &codeOrName) const
{
    DivisionService divisions(m_db);
    const auto scope = divisions.scope();
    if (!scope)
        return scope.problems();
    if (!*scope)
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    if (codeOrName.trimmed().isEmpty()) {
        const auto all = counties();
        if (!all)
            return all.problems();
        if (all->size() == 1)
            return all->first();
        return Problem::error(QStringLiteral("county"), tr("The database covers %n counties; name the county of the report.", nullptr,
                                                           int(all->size())));
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
    for (auto d = std::optional<Division>(county); d;) {
        report.countyPath.prepend(d->name);
        if (d->parentCode.isEmpty())
            break;
        const auto parent = divisions.byCode(d->parentCode);
        if (!parent)
            return parent.problems();
        d = *parent;
    }
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
// A publication is kept as text. Version 1 (still read) is one JSON object holding every county's
// report. Version 2 is a header line — the year, date of issue, language and, per county, its code
// and the SHA-256 of its part — followed by one line per county's report, in the header's order.
// The fingerprint (points_publication.snapshot_sha256) is the SHA-256 of the first line: all of a
// version 1 snapshot, the header of a version 2 one, which in turn fixes every part. So one
// county's report is read by hashing and parsing the header and that county's line alone, not the
// whole region's (which made a published report five times slower than computing it).
constexpr const char *kPublicationSchema = "chamberdesk.scoring-publication/1";
constexpr const char *kPublicationSchemaParts = "chamberdesk.scoring-publication/2";

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The snapshot's lines (views into it): the header first.
QList<QByteArrayView> snapshotLines(const QByteArray &snapshot)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start <= snapshot.size()) {
        qsizetype end = snapshot.indexOf('\n', start);
        if (end < 0)
            end = snapshot.size();
        lines.append(QByteArrayView(snapshot).sliced(start, end - start));
        start = end + 1;
    }
    return lines;
}

nlohmann::json parseJson(QByteArrayView text)
{
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
}

bool withinDivision(const QString &countyCode, const QString &divisionCode)
{
    return divisionCode.isEmpty() || countyCode.startsWith(divisionCode) || divisionCode.startsWith(countyCode);
}
} // namespace

Result<QList<ScoringReport>> ScoringReports::publishedReports(int year, const QString &divisionCode) const
{
    // A county whose report package was taken in: its own publication (docs/exchange.md).
    const auto owner = ExchangeStore(m_db).ownerOf(divisionCode);
    if (!owner)
        return owner.problems();
    PointsService points(m_db, *owner);
    const auto readPublication = points.currentPublication(year);
    if (!readPublication)
        return readPublication.problems();
    const std::optional<PointsPublication> &publication = *readPublication;
    if (!publication)
        return Problem::error(QStringLiteral("year"), tr("The points of %1 are not published.").arg(year));
    auto altered = [&] {
        return Problem::error(QStringLiteral("year"), tr("The published report of %1 does not match its fingerprint; it has been altered.").arg(year));
    };
    auto unreadable = [&] { return Problem::error(QStringLiteral("year"), tr("The published report of %1 cannot be read.").arg(year)); };
    // The report as published, checked against the hash taken when it was published.
    const QList<QByteArrayView> lines = snapshotLines(publication->snapshot);
    const QString hash = sha256Hex(lines.first());
    if (hash != publication->sha256)
        return altered();
    const auto header = parseJson(lines.first());
    if (header.is_discarded() || !header.is_object())
        return unreadable();
    QList<ScoringReport> out;
    auto add = [&](const nlohmann::json &item) -> Status {
        auto report = scoringReportFromJson(item);
        if (!report)
            return report.problems();
        report.value().fingerprint = hash;
        out.append(report.value());
        return success();
    };
    const std::string schema = header.value("schema", std::string());
    if (schema == kPublicationSchemaParts && header.contains("parts") && header["parts"].is_array()) {
        const auto &parts = header["parts"];
        if (qsizetype(parts.size()) != lines.size() - 1)
            return altered();
        for (qsizetype i = 0; i < lines.size() - 1; ++i) {
            const auto &part = parts[size_t(i)];
            if (!part.is_object())
                return unreadable();
            if (!withinDivision(QString::fromStdString(part.value("county", std::string())), divisionCode))
                continue;
            const QByteArrayView line = lines.at(i + 1);
            if (sha256Hex(line) != QString::fromStdString(part.value("sha256", std::string())))
                return altered();
            const auto item = parseJson(line);
            if (item.is_discarded() || !item.is_object())
                return unreadable();
            if (auto s = add(item); !s)
                return s.problems();
        }
        return out;
    }
    if (schema != kPublicationSchema || !header.contains("reports") || !header["reports"].is_array())
        return unreadable();
    for (const auto &item : header["reports"]) {
        if (item.contains("county") && item["county"].is_object()
            && !withinDivision(QString::fromStdString(item["county"].value("code", std::string())), divisionCode))
            continue;
        if (auto s = add(item); !s)
            return s.problems();
    }
    return out;
}

Result<ScoringReport> ScoringReports::report(int year, const QString &countyText, std::optional<QDate> issueDate,
                                             ReportLanguage language) const
{
    const auto found = county(countyText);
    if (!found)
        return found.problems();
    const auto owner = ExchangeStore(m_db).ownerOf(found->code);
    if (!owner)
        return owner.problems();
    const auto settings = PointsService(m_db, *owner).year(year);
    if (!settings)
        return settings.problems();
    if (!settings->published)
        return build(year, *found, issueDate.value_or(QDate::currentDate()), language);
    // Only this county's part is converted (the snapshot holds every county of the file).
    const auto published = publishedReports(year, found->code);
    if (!published)
        return published.problems();
    for (const auto &report : *published)
        if (report.county.code == found->code)
            return report;
    return Problem::error(QStringLiteral("county"), tr("The published report of %1 has no part for %2.").arg(year).arg(found->name));
}

Result<std::optional<ReportLanguage>> ScoringReports::publishedLanguage(int year) const
{
    const auto readPublication = PointsService(m_db).currentPublication(year);
    if (!readPublication)
        return readPublication.problems();
    const std::optional<PointsPublication> &publication = *readPublication;
    if (!publication)
        return std::optional<ReportLanguage>();
    const QList<QByteArrayView> lines = snapshotLines(publication->snapshot);
    const auto json = parseJson(lines.first());
    if (json.is_discarded() || !json.is_object())
        return std::optional<ReportLanguage>();
    if (const auto language = reportLanguage::fromCode(QString::fromStdString(json.value("language", std::string()))))
        return language;
    // Published before the language was recorded: as its reports read.
    if (json.contains("reports") && json["reports"].is_array() && !json["reports"].empty())
        if (const auto report = scoringReportFromJson(json["reports"][0]))
            return std::optional<ReportLanguage>(report->language);
    return std::optional<ReportLanguage>();
}

Status ScoringReports::publish(int year, const QDate &issueDate, ReportLanguage language)
{
    PointsService points(m_db);
    if (auto s = points.ensureOpen(year); !s)
        return s;
    nlohmann::json header;
    header["schema"] = kPublicationSchemaParts;
    header["year"] = year;
    header["issue_date"] = issueDate.toString(Qt::ISODate).toStdString();
    header["language"] = reportLanguage::code(language).toStdString();
    header["parts"] = nlohmann::json::array();
    QByteArray parts;
    const auto allCounties = counties();
    if (!allCounties)
        return allCounties.problems();
    for (const auto &c : *allCounties) {
        auto report = build(year, c, issueDate, language);
        if (!report)
            return report.problems();
        if (report->rows.isEmpty())
            continue;
        report.value().published = true;
        report.value().settings.published = true;
        const QByteArray line = QByteArray::fromStdString(scoringReportToJson(*report).dump());
        header["parts"].push_back({{"county", c.code.toStdString()}, {"sha256", sha256Hex(line).toStdString()}});
        parts += '\n' + line;
    }
    if (header["parts"].empty())
        return Problem::error(QStringLiteral("year"), tr("No chamber is scored in %1; there is nothing to publish.").arg(year));
    return points.publish(year, issueDate, QByteArray::fromStdString(header.dump()) + parts);
}

} // namespace chamber
