// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeService.h"

#include "AppInfo.h"
#include "Backups.h"
#include "DivisionService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace chamber {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

bool ExchangeImportPlan::anythingToTake() const
{
    for (const auto &o : origins)
        if (o.take)
            return true;
    return false;
}

Result<QList<Division>> ExchangeService::counties() const
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return QList<Division>();
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

Result<QByteArray> ExchangeService::exportPackage(const QDate &asOf, const QString &fileName, const QString &countyText)
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    if (!asOf.isValid())
        return Problem::error(QStringLiteral("as_of"), tr("The as-of date of the package is missing."));
    ExchangeStore store(m_db);
    const auto made = store.exports();
    if (!made)
        return made.problems();
    const auto version = m_db.schemaVersion();
    if (!version)
        return version.problems();
    ExchangePackage package;
    package.schemaVersion = *version;
    package.createdAt = nowUtc();
    package.officeCode = scope->code;
    package.officeName = scope->name;
    package.application = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
    Problems warnings;
    const int sequence = made->isEmpty() ? 1 : made->last().sequence + 1;
    std::optional<Division> county;
    if (scope->level == DivisionLevel::County) {
        county = scope;
    } else if (!countyText.trimmed().isEmpty()) {
        const auto found = divisions.findDivision(countyText.trimmed());
        if (!found)
            return found.problems();
        if (found->level != DivisionLevel::County)
            return Problem::error(QStringLiteral("county"), tr("%1 is not a county; a package holds a county's records.").arg(found->name));
        const auto own = store.ownChambers(found->code);
        if (!own)
            return own.problems();
        if (*own == 0)
            return Problem::error(QStringLiteral("county"), tr("This database keeps no chamber of %1 itself: there is nothing to report for it.").arg(found->name));
        county = *found;
    }
    if (county) {
        // The county's records; in a database above the county, those of its chambers, with the
        // database's own points rule set.
        const QString prefix = county->code == scope->code ? QString() : county->code;
        ExchangeSection section;
        section.code = county->code;
        section.name = county->name;
        section.sequence = sequence;
        section.madeAt = package.createdAt;
        section.madeBy = Database::actor();
        section.asOf = asOf;
        section.schemaVersion = package.schemaVersion;
        for (const QString &kind : ExchangeStore::kinds()) {
            const auto lines = store.lines(kind, {}, prefix);
            if (!lines)
                return lines.problems();
            auto &out = section.lines[kind];
            out.reserve(lines->size());
            for (const auto &l : *lines)
                out.append(l.second);
        }
        package.sections.append(section);
    } else {
        const auto origins = store.origins();
        if (!origins)
            return origins.problems();
        if (origins->isEmpty())
            return Problem::error(QStringLiteral("package"), tr("%1 has taken in no county's report package yet: there is nothing to forward. "
                                                                "Only a county database reports its own records.")
                                                                 .arg(scope->name));
        for (const auto &o : *origins) {
            ExchangeSection section;
            section.code = o.code;
            section.name = o.name;
            section.sequence = o.sequence;
            section.madeAt = o.madeAt;
            section.madeBy = o.madeBy;
            section.asOf = o.asOf;
            section.schemaVersion = package.schemaVersion;
            section.forwardedBy = scope->code;
            for (const QString &kind : ExchangeStore::kinds()) {
                const auto lines = store.lines(kind, o.code);
                if (!lines)
                    return lines.problems();
                for (const auto &l : *lines)
                    section.lines[kind].append(l.second);
            }
            package.sections.append(section);
        }
        if (const auto own = store.ownChambers(scope->code); own && *own > 0)
            warnings.append(Problem::warning(QStringLiteral("package"), tr("The %n chamber(s) kept in this database itself are not in the package: "
                                                                          "only the counties' packages are forwarded.", nullptr, *own)));
    }
    const QByteArray bytes = ExchangeFormat::write(package);
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    ExchangeExport record{sequence, package.createdAt, Database::actor(), asOf, QFileInfo(fileName).fileName(), ExchangeFormat::sha256(bytes), {}};
    for (const auto &section : package.sections)
        for (auto it = section.counts.cbegin(); it != section.counts.cend(); ++it)
            record.counts[it.key()] += it.value();
    if (auto s = store.saveExport(record); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return Result<QByteArray>(bytes, warnings);
}

Result<QList<ExchangeKindPlan>> ExchangeService::kindPlans(const ExchangeSection &section, bool taken, ExchangeStore &store) const
{
    QList<ExchangeKindPlan> out;
    if (!taken) {
        // Nothing taken from that county before (its records come only with its exchange_origin
        // row): every record is new, and there is nothing to read.
        for (const QString &kind : ExchangeStore::kinds()) {
            ExchangeKindPlan k;
            k.kind = kind;
            k.created = int(section.lines.value(kind).size());
            out.append(k);
        }
        return out;
    }
    for (const QString &kind : ExchangeStore::kinds()) {
        const auto held = store.lines(kind, section.code);
        if (!held)
            return held.problems();
        QHash<QString, QByteArray> before;
        before.reserve(held->size());
        for (const auto &l : *held)
            before.insert(l.first, l.second);
        ExchangeKindPlan k;
        k.kind = kind;
        QSet<QString> seen;
        static const QByteArray uidKey = QByteArrayLiteral("\"uid\":\"");
        for (const auto &line : section.lines.value(kind)) {
            const qsizetype at = line.indexOf(uidKey);
            const QString uid = at < 0 ? QString() : QString::fromLatin1(line.mid(at + uidKey.size(), 36));
            seen.insert(uid);
            const auto old = before.constFind(uid);
            if (old == before.cend())
                ++k.created;
            else if (*old == line)
                ++k.unchanged;
            else
                ++k.changed;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!seen.contains(it.key()))
                ++k.removed;
        out.append(k);
    }
    return out;
}

Result<ExchangeImportPlan> ExchangeService::plan(const QList<std::pair<QString, QByteArray>> &files) const
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    if (scope->level == DivisionLevel::County)
        return Problem::error(QStringLiteral("scope"), tr("%1 is a county database: it reports upward and takes in no packages (there is nothing to "
                                                          "roll up into it). Open the city's or region's database to take packages in.")
                                                           .arg(scope->name));
    ExchangeStore store(m_db);
    const auto origins = store.origins();
    if (!origins)
        return origins.problems();
    QHash<QString, ExchangeOrigin> held;
    for (const auto &o : *origins)
        held.insert(o.code, o);

    ExchangeImportPlan plan;
    QHash<QString, int> newest;  // county → index in plan.origins of its newest section
    for (const auto &[fileName, bytes] : files) {
        const auto package = ExchangeFormat::read(bytes, fileName, Database::latestVersion());
        if (!package)
            return package.problems();
        for (const auto &section : package->sections) {
            const auto readCounty = divisions.byCode(section.code);
            if (!readCounty)
                return readCounty.problems();
            const std::optional<Division> &county = *readCounty;
            if (!county || county->level != DivisionLevel::County || !section.code.startsWith(scope->code))
                return Problem::error(QStringLiteral("package"), tr("%1: %2 (%3) is not a county of %4, the scope of this database; the package is refused.")
                                                                     .arg(fileName, section.name, section.code, scope->name));
            ExchangeOriginPlan o;
            o.fileName = fileName;
            o.section = section;
            if (const auto h = held.constFind(section.code); h != held.cend())
                o.held = *h;
            o.take = true;
            if (o.held && section.sequence <= o.held->sequence) {
                o.take = false;
                o.note = tr("%1: package #%2 is not newer than the one held (#%3, data as of %4, made %5); left out.")
                             .arg(section.name)
                             .arg(section.sequence)
                             .arg(o.held->sequence)
                             .arg(o.held->asOf.toString(Qt::ISODate), o.held->madeAt);
            }
            if (o.take) {
                if (const auto n = newest.constFind(section.code); n != newest.cend()) {
                    auto &other = plan.origins[*n];
                    if (other.section.sequence >= section.sequence) {
                        o.take = false;
                        o.note = tr("%1: package #%2 of %3 is superseded by #%4 of %5; left out.")
                                     .arg(section.name)
                                     .arg(section.sequence)
                                     .arg(fileName)
                                     .arg(other.section.sequence)
                                     .arg(other.fileName);
                    } else {
                        other.take = false;
                        other.note = tr("%1: package #%2 of %3 is superseded by #%4 of %5; left out.")
                                         .arg(section.name)
                                         .arg(other.section.sequence)
                                         .arg(other.fileName)
                                         .arg(section.sequence)
                                         .arg(fileName);
                        other.kinds.clear();
                    }
                }
            }
            if (o.take) {
                const auto own = store.ownChambers(section.code);
                if (!own)
                    return own.problems();
                if (*own > 0)
                    return Problem::error(QStringLiteral("package"), tr("%1: this database keeps %n chamber(s) of %2 itself; a county's package would "
                                                                        "replace them. Take packages into a database that does not keep that county's records.",
                                                                        nullptr, *own)
                                                                         .arg(fileName, section.name));
                newest.insert(section.code, int(plan.origins.size()));
            }
            plan.origins.append(o);
        }
    }
    for (auto &o : plan.origins) {
        if (!o.take) {
            plan.problems.append(Problem::warning(QStringLiteral("package"), o.note));
            continue;
        }
        auto kinds = kindPlans(o.section, o.held.has_value(), store);
        if (!kinds)
            return kinds.problems();
        o.kinds = *kinds;
    }
    if (!plan.anythingToTake()) {
        Problems refused;
        for (const auto &p : plan.problems)
            refused.append(Problem::error(p.field, p.message));
        return refused;
    }
    return Result<ExchangeImportPlan>(plan, plan.problems);
}

Result<QString> ExchangeService::apply(const ExchangeImportPlan &plan)
{
    // A copy of the file before packages replace anything (issues 12 and 15): a package taken in by
    // mistake is undone by restoring it. No copy, nothing taken in. A plan that takes nothing in
    // changes nothing and needs none.
    QString backupPath;
    if (!m_db.isServer() && std::any_of(plan.origins.cbegin(), plan.origins.cend(), [](const auto &o) { return o.take; })) {
        auto made = Backups(m_db.path()).make(m_db, Backups::Reason::Import);
        if (!made)
            return made.problems();
        backupPath = *made;
    }
    // An import that only adds (no origin held before) is written with the foreign keys off and
    // checked by the store (ExchangeForeignKeysOff); one that replaces an origin's records keeps them.
    // The bookkeeping's one key, exchange_origin's county, is a county of the scope (plan above).
    std::optional<ExchangeForeignKeysOff> foreignKeysOff;
    if (std::none_of(plan.origins.cbegin(), plan.origins.cend(), [](const auto &o) { return o.take && o.held; }))
        foreignKeysOff.emplace(m_db);
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    ExchangeStore store(m_db);
    const QString receivedAt = nowUtc();
    // Every origin's records first, with the store's statements and settings for the whole import
    // (ExchangeStore::replace), then the bookkeeping, written with the connection's own.
    for (const auto &o : plan.origins)
        if (o.take)
            if (auto s = store.replace(o.section.code, o.section.lines); !s)
                return s.problems();
    store.endReplace();
    for (const auto &o : plan.origins) {
        if (!o.take)
            continue;
        ExchangeOrigin record;
        record.code = o.section.code;
        record.name = o.section.name;
        record.sequence = o.section.sequence;
        record.madeAt = o.section.madeAt;
        record.madeBy = o.section.madeBy;
        record.asOf = o.section.asOf;
        record.schemaVersion = o.section.schemaVersion;
        record.counts = o.section.counts;
        record.sha256 = o.section.sha256;
        record.fileName = QFileInfo(o.fileName).fileName();
        record.forwardedBy = o.section.forwardedBy;
        record.receivedAt = receivedAt;
        record.receivedBy = Database::actor();
        if (auto s = store.saveOrigin(record, o.held); !s)
            return s.problems();
    }
    if (auto s = tx.commit(); !s)
        return s.problems();
    return backupPath;
}

Result<QList<ExchangeCountyStatus>> ExchangeService::status() const
{
    // The table of who has reported means nothing on a server, whose offices write directly.
    if (m_db.isServer())
        return Problem::error(QStringLiteral("database"), tr("Report packages are made from and taken into database files; a server "
                                                             "database is shared by its offices directly (docs/server.md)."));
    ExchangeStore store(m_db);
    const auto origins = store.origins();
    if (!origins)
        return origins.problems();
    QHash<QString, ExchangeOrigin> held;
    for (const auto &o : *origins)
        held.insert(o.code, o);
    const auto allCounties = counties();
    if (!allCounties)
        return allCounties.problems();
    QList<ExchangeCountyStatus> out;
    for (const auto &county : *allCounties) {
        ExchangeCountyStatus s;
        s.county = county;
        if (const auto h = held.constFind(county.code); h != held.cend())
            s.received = *h;
        const auto own = store.ownChambers(county.code);
        if (!own)
            return own.problems();
        s.ownChambers = *own;
        out.append(s);
    }
    return out;
}

} // namespace chamber
