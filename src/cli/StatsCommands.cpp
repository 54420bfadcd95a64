// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl stats.
#include "Cli.h"
#include "Dates.h"
#include "Stats.h"
#include "StatsReporting.h"
#include "StatsWriters.h"
#include "TextTable.h"

#include <QBuffer>
#include <QHash>
#include <QSaveFile>

namespace chamber::cli {

namespace {

// The counties under the scope whose package has not come in, by code, once any has (their
// figures are unknown, not zero: docs/exchange.md); empty for a database that takes none in.
QHash<QString, QString> missingCounties(const std::optional<StatsReporting> &reporting)
{
    QHash<QString, QString> missing;
    if (!reporting || reporting->count(StatsReporting::Standing::Reported) == 0)
        return missing;
    for (const auto &c : reporting->counties)
        if (c.standing == StatsReporting::Standing::Missing)
            missing.insert(c.county.code, c.county.name);
    return missing;
}

void printTable(Context &context, const Stats &stats)
{
    auto &out = context.out();
    const auto reporting = take(StatsReporting::load(context.db(), stats.scope));  // a failed read stops the command
    const auto missing = missingCounties(reporting);
    out << Context::tr("%1 (%2), as of %3").arg(stats.scope.name, stats.scope.code, dates::toIso(stats.asOf)) << Qt::endl;
    TextTable table({Context::tr("Code"), Context::tr("Unit"), Context::tr("Townships"), Context::tr("Excluded"), Context::tr("Chambers"),
                     Context::tr("Coverage"), Context::tr("Registered"), Context::tr("Registration rate")});
    auto row = [&](const UnitStats &u) {
        const QString name = missing.contains(u.unit.code) ? Context::tr("%1 (not reported)").arg(u.unit.name) : u.unit.name;
        table.addRow({u.unit.code, name, QString::number(u.townships), QString::number(u.excluded), QString::number(u.chambers),
                      QStringLiteral("%1/%2 %3").arg(u.coverage.numerator).arg(u.coverage.denominator).arg(u.coverage.percentText()),
                      QString::number(u.registration.numerator),
                      QStringLiteral("%1/%2 %3").arg(u.registration.numerator).arg(u.registration.denominator).arg(u.registration.percentText())});
    };
    for (const auto &u : stats.units)
        row(u);
    row(stats.total);
    table.print(out);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const auto &c : reporting->counties)
            if (missing.contains(c.county.code))
                names.append(c.county.name);
        out << reporting->note() << Qt::endl
            << Context::tr("Not reported yet, so not in the figures (unknown, not zero): %1").arg(names.join(QStringLiteral("、"))) << Qt::endl;
    }
    out << Qt::endl
        << Context::tr("Coverage = townships with at least one active chamber ÷ townships (街道, 镇, 乡%1).")
               .arg(stats.includeOtherUnits ? Context::tr(", and development zones and farms") : QString())
        << Qt::endl
        << Context::tr("Registration rate = chambers registered with civil affairs ÷ chambers existing on the date.") << Qt::endl;
    for (auto it = stats.total.counts.cbegin(); it != stats.total.counts.cend(); ++it)
        out << QStringLiteral("%1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
    for (auto it = stats.total.rates.cbegin(); it != stats.total.rates.cend(); ++it)
        out << QStringLiteral("%1: %2").arg(it.key(), it.value().fullText()) << Qt::endl;
    for (auto it = stats.total.values.cbegin(); it != stats.total.values.cend(); ++it)
        out << QStringLiteral("%1: %2").arg(it.key()).arg(it.value(), 0, 'f', 2) << Qt::endl;
}

int runStats(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    std::optional<DivisionLevel> by;
    if (p.isSet(QStringLiteral("by"))) {
        by = Divisions::levelFromKey(p.value(QStringLiteral("by")).trimmed().toLower());
        if (!by || *by == DivisionLevel::Province)
            throw UsageError{Context::tr("--by takes city, county or township.")};
    }
    QDate asOf = QDate::currentDate();
    if (auto d = dateOption(p, QStringLiteral("as-of"), QStringLiteral("as_of")))
        asOf = *d;
    auto stats = StatsService(context.db()).compute(p.value(QStringLiteral("scope")), by, asOf);
    if (!stats)
        return context.finish(stats.problems());
    QByteArray bytes;
    if (format == QStringLiteral("table")) {
        printTable(context, *stats);
        return Ok;
    }
    if (format == QStringLiteral("json")) {
        nlohmann::json json = statsToJson(*stats);
        // Above county level: which counties the figures cover (docs/exchange.md).
        if (const auto reporting = take(StatsReporting::load(context.db(), stats->scope)))
            json["reporting"] = reporting->toJson();
        bytes = QByteArray::fromStdString(json.dump(2)) + '\n';
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        writeStatsCsv(*stats, buffer);
    }
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile file(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return context.finish({Problem::error(QStringLiteral("out"), Context::tr("Cannot write %1.").arg(p.value(QStringLiteral("out"))))});
        return Ok;
    }
    context.out() << QString::fromUtf8(bytes);
    context.out().flush();
    return Ok;
}

} // namespace

QList<Command> statsCommands()
{
    return {
        {{QStringLiteral("stats")}, Context::tr("Coverage and registration figures, overall and by unit"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("scope"), Context::tr("A city, county or township of the database (default: its scope)."),
                                QStringLiteral("CODE|NAME")));
             p.addOption(option(QStringLiteral("by"), Context::tr("Units: city, county or township (default: one level down)."), QStringLiteral("LEVEL")));
             p.addOption(option(QStringLiteral("as-of"), Context::tr("Figures as of this date (default: today)."), QStringLiteral("YYYY-MM-DD")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table, json or csv."), QStringLiteral("FORMAT")));
             p.addOption(option(QStringLiteral("out"), Context::tr("Write to this file instead of the terminal."), QStringLiteral("FILE")));
         },
         runStats, {}},
    };
}

} // namespace chamber::cli
