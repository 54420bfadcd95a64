// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsWriters.h"

#include "CsvWriter.h"
#include "Dates.h"

#include <QIODevice>

namespace chamber {

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

// "party.coverage" → json["party"]["coverage"]
nlohmann::json &at(nlohmann::json &root, const QString &dotted)
{
    nlohmann::json *node = &root;
    for (const auto &part : dotted.split(QLatin1Char('.')))
        node = &(*node)[s(part)];
    return *node;
}
} // namespace

nlohmann::json rateToJson(const Rate &rate)
{
    nlohmann::json j;
    j["numerator"] = rate.numerator;
    j["denominator"] = rate.denominator;
    if (const auto v = rate.value()) {
        j["rate"] = *v;
        j["percent"] = s(rate.percentText().chopped(1));
    } else {
        j["rate"] = nullptr;
        j["percent"] = nullptr;
    }
    return j;
}

nlohmann::json unitToJson(const UnitStats &unit)
{
    nlohmann::json j;
    j["code"] = s(unit.unit.code);
    j["name"] = s(unit.unit.name);
    j["level"] = s(Divisions::levelKey(unit.unit.level));
    j["townships"] = {{"total", unit.townships}, {"excluded", unit.excluded}};
    j["chambers"] = unit.chambers;
    j["coverage"] = rateToJson(unit.coverage);
    j["registration"] = rateToJson(unit.registration);
    for (auto it = unit.counts.cbegin(); it != unit.counts.cend(); ++it)
        at(j, it.key()) = it.value();
    for (auto it = unit.rates.cbegin(); it != unit.rates.cend(); ++it)
        at(j, it.key()) = rateToJson(it.value());
    for (auto it = unit.values.cbegin(); it != unit.values.cend(); ++it)
        at(j, it.key()) = it.value();
    return j;
}

nlohmann::json statsToJson(const Stats &stats)
{
    nlohmann::json j = unitToJson(stats.total);
    nlohmann::json out;
    out["schema"] = kStatsSchema;
    out["as_of"] = s(dates::toIso(stats.asOf));
    out["scope"] = {{"code", s(stats.scope.code)}, {"name", s(stats.scope.name)}, {"level", s(Divisions::levelKey(stats.scope.level))}};
    out["settings"] = {{"include_other_units", stats.includeOtherUnits}};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "code" && it.key() != "name" && it.key() != "level")
            out[it.key()] = it.value();
    out["units_level"] = s(Divisions::levelKey(stats.unitLevel));
    out["units"] = nlohmann::json::array();
    for (const auto &unit : stats.units)
        out["units"].push_back(unitToJson(unit));
    return out;
}

bool writeStatsCsv(const Stats &stats, QIODevice &out)
{
    CsvWriter csv(out);
    QStringList header = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                          QStringLiteral("townships"), QStringLiteral("excluded"), QStringLiteral("chambers"),
                          QStringLiteral("coverage_numerator"), QStringLiteral("coverage_denominator"), QStringLiteral("coverage_percent"),
                          QStringLiteral("registration_numerator"), QStringLiteral("registration_denominator"),
                          QStringLiteral("registration_percent")};
    const QStringList countKeys = stats.total.counts.keys();
    const QStringList rateKeys = stats.total.rates.keys();
    const QStringList valueKeys = stats.total.values.keys();
    for (const auto &k : countKeys)
        header.append(k);
    for (const auto &k : rateKeys)
        header << k + QStringLiteral("_numerator") << k + QStringLiteral("_denominator") << k + QStringLiteral("_percent");
    for (const auto &k : valueKeys)
        header.append(k);
    csv.writeRow(header);
    auto percent = [](const Rate &r) { return r.defined() ? r.percentText().chopped(1) : QString(); };
    auto row = [&](const UnitStats &u) {
        QStringList fields = {u.unit.code, u.unit.name, Divisions::levelKey(u.unit.level), QString::number(u.townships),
                              QString::number(u.excluded), QString::number(u.chambers),
                              QString::number(u.coverage.numerator), QString::number(u.coverage.denominator), percent(u.coverage),
                              QString::number(u.registration.numerator), QString::number(u.registration.denominator),
                              percent(u.registration)};
        for (const auto &k : countKeys)
            fields.append(QString::number(u.counts.value(k)));
        for (const auto &k : rateKeys) {
            const Rate r = u.rates.value(k);
            fields << QString::number(r.numerator) << QString::number(r.denominator) << percent(r);
        }
        for (const auto &k : valueKeys)
            fields.append(u.values.contains(k) ? QString::number(u.values.value(k), 'f', 2) : QString());
        csv.writeRow(fields);
    };
    row(stats.total);
    for (const auto &u : stats.units)
        row(u);
    return csv.ok();
}

} // namespace chamber
