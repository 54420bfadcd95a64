// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl report scoring: the annual scoring report as JSON, CSV, XLSX or PDF.
#include "Cli.h"
#include "Dates.h"
#include "ReportLanguage.h"
#include "ScoringFile.h"
#include "ScoringReport.h"

namespace chamber::cli {

QCommandLineOption reportLanguageOpt()
{
    return option(QStringLiteral("language"), Context::tr("The report's language: zh_CN (the default, whatever the system's) or en."),
                  QStringLiteral("zh_CN|en"));
}

ReportLanguage reportLanguageOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("language")))
        return ReportLanguage::Chinese;
    const QString text = p.value(QStringLiteral("language"));
    if (const auto language = reportLanguage::fromCode(text))
        return *language;
    throw UsageError{Context::tr("--language expects zh_CN or en, not \"%1\".").arg(text)};
}

namespace {

// Every county of a city or the region in one file.
int runScoringScope(Context &context, const QCommandLineParser &p, int year, const QString &format, const QString &target,
                    std::optional<QDate> issued, ReportLanguage language)
{
    ScoringReports reports(context.db());
    const auto scope = reports.scopeDivision(p.value(QStringLiteral("scope")));
    if (!scope)
        return context.finish(scope.problems());
    const auto all = reports.reports(year, scope->code, issued, language);
    if (!all)
        return context.finish(all.problems());
    if (const Status written = ScoringFile::write(*all, *scope, year, format, target); !written)
        return context.finish(written.problems());
    int chambers = 0;
    for (const auto &r : *all)
        chambers += int(r.rows.size());
    context.out() << Context::tr("Wrote the %1 scoring reports of %2 (%3 counties, %n chamber(s)) to %4.", nullptr, chambers)
                         .arg(year)
                         .arg(scope->name)
                         .arg(all->size())
                         .arg(target)
                  << Qt::endl;
    return Ok;
}

int runScoring(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, ScoringFile::formats());
    const QString target = requiredValue(p, QStringLiteral("out"));
    const QString yearText = requiredValue(p, QStringLiteral("year"));
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        throw UsageError{Context::tr("--year expects a year such as 2025, not \"%1\".").arg(yearText)};
    const auto issued = dateOption(p, QStringLiteral("date"), QStringLiteral("issue_date"));
    const ReportLanguage language = reportLanguageOption(p);
    if (p.isSet(QStringLiteral("scope"))) {
        if (p.isSet(QStringLiteral("county")))
            throw UsageError{Context::tr("Give --county for one county's report or --scope for every county of a city or the region, not both.")};
        return runScoringScope(context, p, year, format, target, issued, language);
    }
    auto report = ScoringReports(context.db()).report(year, p.value(QStringLiteral("county")), issued, language);
    if (!report)
        return context.finish(report.problems());
    if (p.isSet(QStringLiteral("language")) && report->published && language != report->language)
        context.report({Problem::warning(QStringLiteral("language"), Context::tr("%1 is published in %2; its report keeps that language.")
                                                                        .arg(year)
                                                                        .arg(reportLanguage::code(report->language)))});
    if (issued && report->published && *issued != report->issueDate)
        context.report({Problem::warning(QStringLiteral("issue_date"), Context::tr("%1 is published; its report keeps the date of issue %2.")
                                                                          .arg(year).arg(dates::toIso(report->issueDate)))});
    if (const Status written = ScoringFile::write(*report, format, target); !written)
        return context.finish(written.problems());
    context.out() << Context::tr("Wrote the %1 scoring report of %2 (%3, %n chamber(s)) to %4.", nullptr, int(report->rows.size()))
                         .arg(year)
                         .arg(report->county.name, report->published ? Context::tr("published %1").arg(dates::toIso(report->issueDate))
                                                                     : Context::tr("draft"),
                              target)
                  << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {{QStringLiteral("report"), QStringLiteral("scoring")}, Context::tr("Write the annual micro-points scoring report"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("year"), Context::tr("The scoring year."), QStringLiteral("YEAR")));
             p.addOption(option(QStringLiteral("format"), Context::tr("json, csv, xlsx or pdf."), QStringLiteral("FORMAT")));
             p.addOption(option(QStringLiteral("out"), Context::tr("The file to write."), QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("county"), Context::tr("The county (when the database covers several)."), QStringLiteral("CODE|NAME")));
             p.addOption(option(QStringLiteral("scope"), Context::tr("Every county of a city or the region in one file (JSON, CSV or PDF)."),
                                QStringLiteral("CODE|NAME")));
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of issue of a draft (default: today); a published report keeps its own."),
                                QStringLiteral("YYYY-MM-DD")));
             p.addOption(reportLanguageOpt());
         },
         runScoring, {}},
    };
}

} // namespace chamber::cli
