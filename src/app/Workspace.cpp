// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "Backups.h"
#include "DatabaseHealth.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ServerAddress.h"

#include <QFileInfo>

namespace chamber {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

QString Workspace::path() const
{
    return m_session ? m_session->db().path() : QString();
}

QString Workspace::scopePath() const
{
    return m_session ? DivisionCatalog::bundled().pathName(m_scope.code) : QString();
}

QString Workspace::townshipLabel(const QString &townshipCode) const
{
    const auto &catalog = DivisionCatalog::bundled();
    const auto township = catalog.byCode(townshipCode);
    const QString name = township ? township->name : townshipCode;
    if (!regionScale())
        return name;
    const auto county = catalog.byCode(townshipCode.left(6));
    return county ? county->name + QLatin1Char(' ') + name : name;
}

Status Workspace::open(const QString &path)
{
    const bool server = ServerAddress::isServer(path);
    if (!server && !QFileInfo::exists(path))
        return Problem::error(QStringLiteral("database"), tr("The file %1 does not exist.").arg(path));
    Database::Options options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.problems();
    // A damaged file is not opened (its figures would be read from half a table), and no daily
    // copy of it is made that could rotate a sound backup away.
    if (auto sound = DatabaseHealth::quickCheck(*opened.value()); !sound)
        return sound;
    // Once a day, a copy of the file as it was opened (issue 15); failing to make it does not
    // keep the file closed, but is said.
    // A server database is backed up on the server (docs/server.md).
    Problems warnings;
    if (auto daily = server ? Result<std::optional<QString>>(std::nullopt) : Backups(path).makeDailyIfDue(*opened.value()); !daily)
        for (auto p : daily.problems())
            warnings.append(Problem::warning(p.field, p.message));
    if (auto adopted = adopt(std::move(opened.value())); !adopted)
        return adopted;
    return success(warnings);
}

Status Workspace::create(const QString &path, const Division &scope)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.problems();
    if (auto s = DivisionService(*opened.value()).initialise(scope); !s)
        return s;
    return adopt(std::move(opened.value()));
}

bool Workspace::needsScope(const QString &path)
{
    if (!ServerAddress::isServer(path) && !QFileInfo::exists(path))
        return false;
    Database::Options options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return false;
    const auto scope = DivisionService(*opened.value()).scope();
    return scope && !*scope;  // a file that cannot be read is not one to set up: opening it says why
}

Status Workspace::adopt(std::unique_ptr<Database> db)
{
    const auto readScope = DivisionService(*db).scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return Problem::error(QStringLiteral("scope"),
                              tr("The database %1 has no scope yet: choose its province, city or county first.").arg(db->path()));
    m_session = std::make_unique<Session>(std::move(db));
    connect(m_session.get(), &Session::changed, this, &Workspace::recordsChanged);
    m_scope = *scope;
    ++m_generation;
    emit opened();
    return success();
}

void Workspace::notifyChanged(const QString &area)
{
    emit changed(area);
}

} // namespace chamber
