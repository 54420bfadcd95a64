// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <QString>

namespace chamber {

// Who may read and write what on a shared PostgreSQL database (issue 13), enforced by the server:
// row-level security, FORCE'd, on every table of the schema, each row's scope being its township
// code (or that of the chamber it belongs to) and each user's grant a row of
// chamber_access.grants keyed by current_user — a table no user but the owner can reach, not a
// setting a client could SET. A clerk reads and writes one county; an official reads a scope; an
// admin reads and writes everything. The owner who set the server up is its first admin.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)
public:
    enum class Role { Clerk, Official, Admin };
    struct Grant
    {
        QString user;
        Role role = Role::Clerk;
        QString scope;  // a division code prefix; empty: everything (admin)
        QString grantedAt;
        QString grantedBy;
    };

    explicit ServerAccess(Database &db) : m_db(db) {}

    // Sets the grants table, the policies and the group roles up (again: it is idempotent), and
    // makes the connecting user an admin.
    Status initialise();
    // Grants a user (created as a login role without a password if there is none) a role.
    Status grant(const QString &user, Role role, const QString &scope);
    Status revoke(const QString &user);
    Result<QList<Grant>> grants() const;

    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);

private:
    Database &m_db;
};

} // namespace chamber
