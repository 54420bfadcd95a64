// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: a chamber for most townships, with leaders, members, premises and a registration history.
#include "ChamberService.h"
#include "CreditCode.h"
#include "DemoGenerator.h"
#include "DivisionService.h"

#include <QSet>

namespace chamber {

namespace {

QString makeCreditCode(DemoRandom &random, const QString &countyCode, QSet<QString> &used)
{
    while (true) {
        const QString body = QStringLiteral("MJ%1").arg(random.between(0, 999999), 6, 10, QLatin1Char('0'));
        const QString organisation = body + *CreditCode::expectedOrganisationCheck(body);
        const QString first17 = QStringLiteral("51") + countyCode + organisation;
        const QString code = first17 + *CreditCode::expectedCheckCharacter(first17);
        if (!used.contains(code)) {
            used.insert(code);
            return code;
        }
    }
}

Status recordEvent(RegistrationService &registrations, qint64 chamberId, RegistrationStatus status, const QDate &date,
                   const QString &creditCode = {})
{
    RegistrationEvent e;
    e.chamberId = chamberId;
    e.status = status;
    e.date = date;
    e.creditCode = creditCode;
    auto r = registrations.record(e);
    if (!r)
        return r.problems();
    return success();
}

} // namespace

Status demoChambers(DemoContext &context)
{
    DivisionService divisions(context.db);
    ChamberService chambers(context.db);
    RegistrationService registrations(context.db);
    DemoRandom &random = context.random;
    QSet<QString> usedCodes;
    const QDate earliest(2008, 1, 1);
    const QDate latestFounding = context.horizon.addYears(-1);
    QHash<QString, QString> countyNames;

    const auto readTownships = divisions.townships(context.scope.code);
    if (!readTownships)
        return readTownships.problems();
    const QList<TownshipInfo> &townships = *readTownships;
    for (qsizetype i = 0; i < townships.size(); ++i) {
        context.report(0, 10, i, townships.size());
        const TownshipInfo &t = townships.at(i);
        const bool proper = Divisions::isProperTownship(t.kind);
        if (!random.chance(proper ? 90 : 25))
            continue;
        const QString countyCode = t.division.code.left(6);
        if (!countyNames.contains(countyCode)) {
            const auto county = divisions.byCode(countyCode);
            if (!county)
                return county.problems();
            countyNames.insert(countyCode, *county ? (*county)->name : QString());
        }
        Chamber c;
        c.townshipCode = t.division.code;
        c.name = countyNames.value(countyCode) + t.division.name + QStringLiteral("商会");
        c.founded = random.dateBetween(earliest, latestFounding);
        c.president = random.personName();
        c.presidentPhone = random.mobilePhone();
        c.secretaryGeneral = random.chance(92) ? random.personName() : QString();
        c.secretaryPhone = c.secretaryGeneral.isEmpty() ? QString() : random.mobilePhone();
        c.contactPerson = c.secretaryGeneral;
        c.contactPhone = c.secretaryPhone;
        if (random.chance(78))
            c.premises = random.chance(50) ? t.division.name + QStringLiteral("人民政府院内")
                                           : t.division.name + QStringLiteral("商贸街%1号").arg(random.between(1, 188));
        if (random.chance(90))
            c.fullTimeStaff = int(random.between(0, 3));
        if (random.chance(88))
            c.activityFundsFen = random.between(5, 200) * 1000 * 100;
        c.individualMembers = int(random.between(12, 110));
        c.unitMembers = int(random.between(5, 70));
        if (random.chance(80))
            c.independentLiability = random.chance(85);
        const int fate = int(random.between(0, 99));
        if (fate < 3) {
            c.status = ChamberStatus::Dormant;
        } else if (fate < 5) {
            c.status = ChamberStatus::Dissolved;
            c.dissolved = random.dateBetween(c.founded->addYears(1), context.horizon);
        }
        auto added = chambers.add(c);
        if (!added)
            return added.problems();
        const qint64 id = added.value();
        context.chamberIds.append(id);
        context.counts[QStringLiteral("chambers")] += 1;

        if (c.status == ChamberStatus::Dissolved)
            continue;
        // Registration: most chambers prepare, many apply, about two in five are registered.
        const int path = int(random.between(0, 99));
        QDate date = *c.founded;
        auto step = [&](int minDays, int maxDays) {
            date = date.addDays(random.between(minDays, maxDays));
            return date <= context.horizon;
        };
        if (path < 20)
            continue;
        if (!step(20, 500))
            continue;
        if (auto s = recordEvent(registrations, id, RegistrationStatus::Preparing, date); !s)
            return s;
        context.counts[QStringLiteral("registration_events")] += 1;
        if (path < 35 || !step(30, 300))
            continue;
        if (auto s = recordEvent(registrations, id, RegistrationStatus::Applied, date); !s)
            return s;
        context.counts[QStringLiteral("registration_events")] += 1;
        if (path < 50 || !step(20, 150))
            continue;
        if (auto s = recordEvent(registrations, id, RegistrationStatus::Registered, date, makeCreditCode(random, countyCode, usedCodes)); !s)
            return s;
        context.counts[QStringLiteral("registration_events")] += 1;
        if (path >= 97 && step(365, 1500)) {
            if (auto s = recordEvent(registrations, id, RegistrationStatus::Deregistered, date); !s)
                return s;
            context.counts[QStringLiteral("registration_events")] += 1;
        }
    }
    return success();
}

} // namespace chamber
