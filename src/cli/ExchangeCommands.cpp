// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl exchange export | import FILE… | status: report packages between offices (docs/exchange.md).
#include "Cli.h"
#include "ExchangeService.h"
#include "TextTable.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace chamber::cli {

namespace {

QString countsText(const QMap<QString, int> &counts)
{
    return Context::tr("%1 chambers, %2 cases, %3 points entries")
        .arg(counts.value(QStringLiteral("chamber")))
        .arg(counts.value(QStringLiteral("mediation_case")))
        .arg(counts.value(QStringLiteral("points_entry")));
}

int runExport(Context &context, const QCommandLineParser &p)
{
    const QString out = requiredValue(p, QStringLiteral("out"));
    QDate asOf = QDate::currentDate();
    if (auto d = dateOption(p, QStringLiteral("as-of"), QStringLiteral("as_of")))
        asOf = *d;
    ExchangeService service(context.db());
    auto bytes = service.exportPackage(asOf, out, p.value(QStringLiteral("county")));
    if (!bytes)
        return context.finish(bytes.problems());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return context.finish({Problem::error(QStringLiteral("out"), Context::tr("Cannot write %1.").arg(out))});
    context.report(bytes.problems());
    const auto made = ExchangeStore(context.db()).exports();
    if (made && !made->isEmpty())
        context.out() << Context::tr("Wrote report package #%1 (data as of %2) to %3: %4.")
                             .arg(made->last().sequence)
                             .arg(asOf.toString(Qt::ISODate), out, countsText(made->last().counts))
                      << Qt::endl;
    return Ok;
}

int runImport(Context &context, const QCommandLineParser &p)
{
    const QStringList names = p.positionalArguments();
    if (names.isEmpty())
        throw UsageError{Context::tr("Name one or more report packages to take in.")};
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &name : names) {
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly))
            return context.finish({Problem::error(QStringLiteral("package"), Context::tr("Cannot read %1.").arg(name))});
        files.append({QFileInfo(name).fileName(), f.readAll()});
    }
    ExchangeService service(context.db());
    const auto plan = service.plan(files);
    if (!plan)
        return context.finish(plan.problems());
    auto &out = context.out();
    TextTable table({Context::tr("County"), Context::tr("Package"), Context::tr("As of"), Context::tr("Kind"), Context::tr("Created"),
                     Context::tr("Changed"), Context::tr("Removed"), Context::tr("Unchanged")});
    for (const auto &o : plan->origins) {
        if (!o.take)
            continue;
        for (const auto &k : o.kinds)
            if (k.created + k.changed + k.removed + k.unchanged > 0)
                table.addRow({o.section.name, QStringLiteral("#%1").arg(o.section.sequence), o.section.asOf.toString(Qt::ISODate), k.kind,
                              QString::number(k.created), QString::number(k.changed), QString::number(k.removed), QString::number(k.unchanged)});
    }
    table.print(out);
    context.report(plan.problems());
    if (p.isSet(QStringLiteral("dry-run"))) {
        out << Context::tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    out << Context::tr("Taking the packages in…") << Qt::endl;
    out.flush();
    const auto applied = service.apply(*plan);
    if (!applied)
        return context.finish(applied.problems());
    for (const auto &o : plan->origins)
        if (o.take)
            out << Context::tr("%1: package #%2 (data as of %3) taken in.").arg(o.section.name).arg(o.section.sequence).arg(o.section.asOf.toString(Qt::ISODate))
                << Qt::endl;
    if (!applied->isEmpty())
        out << Context::tr("The file as it was before the import: %1 (chamberctl backup restore puts it back).").arg(*applied) << Qt::endl;
    return Ok;
}

int runStatus(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    ExchangeService service(context.db());
    const auto status = service.status();
    if (!status)
        return context.finish(status.problems());
    if (format == QStringLiteral("json")) {
        nlohmann::ordered_json counties = nlohmann::ordered_json::array();
        int reported = 0;
        for (const auto &s : *status) {
            nlohmann::ordered_json c = {{"code", s.county.code.toStdString()}, {"name", s.county.name.toStdString()}, {"reported", s.reported()},
                                        {"own_chambers", s.ownChambers}};
            if (s.received) {
                ++reported;
                nlohmann::ordered_json counts = nlohmann::ordered_json::object();
                for (auto it = s.received->counts.cbegin(); it != s.received->counts.cend(); ++it)
                    counts[it.key().toStdString()] = it.value();
                c["sequence"] = s.received->sequence;
                c["made_at"] = s.received->madeAt.toStdString();
                c["as_of"] = s.received->asOf.toString(Qt::ISODate).toStdString();
                c["received_at"] = s.received->receivedAt.toStdString();
                c["forwarded_by"] = s.received->forwardedBy.toStdString();
                c["counts"] = counts;
            }
            counties.push_back(c);
        }
        writeJson(context, nlohmann::ordered_json({{"counties_total", status->size()}, {"counties_reported", reported}, {"counties", counties}}).dump(2));
        return Ok;
    }
    TextTable table({Context::tr("Code"), Context::tr("County"), Context::tr("Package"), Context::tr("Made"), Context::tr("As of"),
                     Context::tr("Records")});
    int reported = 0;
    for (const auto &s : *status) {
        if (s.received) {
            ++reported;
            table.addRow({s.county.code, s.county.name, QStringLiteral("#%1").arg(s.received->sequence), s.received->madeAt,
                          s.received->asOf.toString(Qt::ISODate), countsText(s.received->counts)});
        } else if (s.ownChambers > 0) {
            table.addRow({s.county.code, s.county.name, Context::tr("kept here"), QString(), QString(),
                          Context::tr("%n chamber(s) kept in this database", nullptr, s.ownChambers)});
        } else {
            table.addRow({s.county.code, s.county.name, Context::tr("not reported"), QString(), QString(), QString()});
        }
    }
    table.print(context.out());
    context.out() << Context::tr("Reported: %1/%2 counties.").arg(reported).arg(status->size()) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> exchangeCommands()
{
    return {
        {{QStringLiteral("exchange"), QStringLiteral("export")}, Context::tr("Write the report package of this database's records, to send upward"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("out"), Context::tr("The package file to write (.zip)."), QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("as-of"), Context::tr("The date the data stand at (default: today)."), QStringLiteral("YYYY-MM-DD")));
             p.addOption(option(QStringLiteral("county"), Context::tr("In a city's or region's database: report the records of this county that it keeps itself."),
                                QStringLiteral("CODE|NAME")));
         },
         runExport, {}},
        {{QStringLiteral("exchange"), QStringLiteral("import")}, Context::tr("Take counties' report packages in, replacing each county's previous one"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("dry-run"), Context::tr("Check the packages and show the plan; write nothing.")));
         },
         runImport, QStringLiteral("FILE…")},
        {{QStringLiteral("exchange"), QStringLiteral("status")}, Context::tr("Which counties under the scope have reported, and as of when"),
         [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT"))); },
         runStatus, {}},
    };
}

} // namespace chamber::cli
