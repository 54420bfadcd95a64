// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAccess.h"

#include "RecordSql.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

namespace {

const QString kField = QStringLiteral("server");

// The grants, out of every user's reach but the owner's; the functions that read them run as the
// owner (SECURITY DEFINER) and are told the caller's current_user by the policy, which the server
// evaluates as the caller. who = current_user, so that SET ROLE to a role one holds is that role.
const QString kAccessSql = QStringLiteral(R"SQL(
CREATE SCHEMA IF NOT EXISTS chamber_access;
REVOKE ALL ON SCHEMA chamber_access FROM PUBLIC;
CREATE TABLE IF NOT EXISTS chamber_access.grants (
    role_name  TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('clerk', 'official', 'admin')),
    scope      TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL
);
INSERT INTO chamber_access.grants (role_name, role, scope, granted_at, granted_by)
VALUES (current_user, 'admin', '', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), current_user)
ON CONFLICT (role_name) DO NOTHING;

-- Whether who may read (or write) a row of this township code: an admin everything, a clerk its
-- county, an official (reading only) its scope.
CREATE OR REPLACE FUNCTION public.chamber_may(code TEXT, who TEXT, writing BOOLEAN) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT EXISTS (SELECT 1 FROM chamber_access.grants g WHERE g.role_name = who
        AND (NOT writing OR g.role IN ('clerk', 'admin'))
        AND (g.role = 'admin' OR (code IS NOT NULL AND starts_with(code, g.scope))))
$$;
-- Rows of the whole office (settings, divisions, the points rules): every user with a grant
-- reads them; writers names the roles that write them (NULL: reading).
CREATE OR REPLACE FUNCTION public.chamber_may_office(who TEXT, writers TEXT[]) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT EXISTS (SELECT 1 FROM chamber_access.grants g WHERE g.role_name = who AND (writers IS NULL OR g.role = ANY (writers)))
$$;
-- The township of a chamber, as the caller may see it (NULL if not).
CREATE OR REPLACE FUNCTION public.chamber_code(cid BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT c.township_code FROM public.chamber c WHERE c.id = cid
$$;

-- A change_log line is as visible as the record it is about: its scope is noted as it is written.
ALTER TABLE public.change_log ADD COLUMN IF NOT EXISTS scope_code TEXT;
CREATE OR REPLACE FUNCTION public.chamber_log_scope() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cid BIGINT;
    vals JSONB;
BEGIN
    vals := coalesce(NEW.new_values::jsonb, '{}'::jsonb) || coalesce(NEW.old_values::jsonb, '{}'::jsonb);
    IF NEW.entity IN ('chamber', 'registration') THEN
        cid := NEW.entity_id;
    ELSIF NEW.entity = 'mediation_case_change' THEN
        SELECT m.chamber_id INTO cid FROM public.mediation_case m
        WHERE m.id = coalesce((vals->>'case_id')::bigint, (SELECT h.case_id FROM public.mediation_case_change h WHERE h.id = NEW.entity_id));
    ELSIF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('public.' || quote_ident(NEW.entity))
                  AND a.attname = 'chamber_id' AND NOT a.attisdropped) THEN
        cid := (vals->>'chamber_id')::bigint;
        IF cid IS NULL THEN
            EXECUTE format('SELECT chamber_id FROM public.%I WHERE id = $1', NEW.entity) INTO cid USING NEW.entity_id;
        END IF;
    ELSE
        RETURN NEW;
    END IF;
    NEW.scope_code := coalesce(public.chamber_code(cid), vals->>'township_code', '');
    RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS change_log_scope ON public.change_log;
CREATE TRIGGER change_log_scope BEFORE INSERT OR UPDATE ON public.change_log FOR EACH ROW EXECUTE FUNCTION public.chamber_log_scope();

-- Every table of the schema: row-level security, FORCE'd (the owner too), with a policy for
-- reading and one for writing, by the scope of its rows.
DO $$
DECLARE
    t RECORD;
    scope TEXT;
    writers TEXT;
    readable TEXT;
    writable TEXT;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname LOOP
        scope := CASE
            WHEN t.relname = 'chamber' THEN 'township_code'
            WHEN t.relname = 'mediation_case_change' THEN 'public.chamber_code((SELECT m.chamber_id FROM public.mediation_case m WHERE m.id = case_id))'
            WHEN EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = ('public.' || quote_ident(t.relname))::regclass
                         AND a.attname = 'chamber_id' AND NOT a.attisdropped) THEN 'public.chamber_code(chamber_id)'
            ELSE NULL END;
        writers := CASE WHEN t.relname IN ('import_log', 'change_log') THEN '{clerk,admin}' ELSE '{admin}' END;
        IF t.relname = 'change_log' THEN
            readable := 'CASE WHEN scope_code IS NULL THEN public.chamber_may_office(current_user, NULL) ELSE public.chamber_may(scope_code, current_user, false) END';
            writable := format('CASE WHEN scope_code IS NULL THEN public.chamber_may_office(current_user, %L) ELSE public.chamber_may(scope_code, current_user, true) END', writers);
        ELSIF scope IS NOT NULL THEN
            readable := format('public.chamber_may(%s, current_user, false)', scope);
            writable := format('public.chamber_may(%s, current_user, true)', scope);
        ELSE
            readable := 'public.chamber_may_office(current_user, NULL)';
            writable := format('public.chamber_may_office(current_user, %L)', writers);
        END IF;
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('DROP POLICY IF EXISTS chamber_read ON public.%I', t.relname);
        EXECUTE format('DROP POLICY IF EXISTS chamber_write ON public.%I', t.relname);
        EXECUTE format('CREATE POLICY chamber_read ON public.%I FOR SELECT USING (%s)', t.relname, readable);
        EXECUTE format('CREATE POLICY chamber_write ON public.%I FOR ALL USING (%s) WITH CHECK (%s)', t.relname, writable, writable);
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'chamberdesk_reader') THEN
        CREATE ROLE chamberdesk_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'chamberdesk_writer') THEN
        CREATE ROLE chamberdesk_writer NOLOGIN IN ROLE chamberdesk_reader;
    END IF;
END;
$$;
GRANT USAGE ON SCHEMA public TO chamberdesk_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO chamberdesk_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO chamberdesk_writer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO chamberdesk_writer;
)SQL");

Status run(Database &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    if (binds.isEmpty()) {
        if (!q.exec(statement))
            return Problem::error(kField, q.lastError().databaseText());
        return success();
    }
    q.prepare(statement);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Problem::error(kField, q.lastError().databaseText());
    return success();
}

QString identifier(Database &db, const QString &name)
{
    return db.sql().driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

} // namespace

QString ServerAccess::roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Official:
        return QStringLiteral("official");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<ServerAccess::Role> ServerAccess::roleFromKey(const QString &key)
{
    for (Role r : {Role::Clerk, Role::Official, Role::Admin})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

Status ServerAccess::initialise()
{
    if (!m_db.isServer())
        return Problem::error(kField, tr("Access rights are kept by a PostgreSQL server; %1 is a file.").arg(m_db.path()));
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(kField, tx.error());
    if (auto s = m_db.executeScript(kAccessSql); !s)
        return Problem::error(kField, tr("Cannot set the access rights up: %1").arg(s.firstError()));
    return tx.commit();
}

Status ServerAccess::grant(const QString &user, Role role, const QString &scope)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!name.match(user).hasMatch())
        return Problem::error(QStringLiteral("user"), tr("%1 is not a user name the server takes: lower-case letters, digits and _, "
                                                         "starting with a letter.")
                                                          .arg(user));
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(kField, tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return Problem::error(kField, q.lastError().databaseText());
    const QString quoted = identifier(m_db, user);
    // A new user gets no password here: the administrator sets it (ALTER ROLE … PASSWORD, or
    // \password in psql), so that it never passes through ChamberDesk.
    if (q.value(0).toInt() == 0)
        if (auto s = run(m_db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted)); !s)
            return s;
    if (auto s = run(m_db, QStringLiteral("REVOKE chamberdesk_writer, chamberdesk_reader FROM %1").arg(quoted)); !s)
        return s;
    const QString group = role == Role::Official ? QStringLiteral("chamberdesk_reader") : QStringLiteral("chamberdesk_writer");
    if (auto s = run(m_db, QStringLiteral("GRANT %1 TO %2").arg(group, quoted)); !s)
        return s;
    if (auto s = run(m_db,
                     QStringLiteral("INSERT INTO chamber_access.grants (role_name, role, scope, granted_at, granted_by) VALUES (?, ?, ?, ?, "
                                    "current_user) ON CONFLICT (role_name) DO UPDATE SET role = excluded.role, scope = excluded.scope, "
                                    "granted_at = excluded.granted_at, granted_by = excluded.granted_by"),
                     {user, roleKey(role), role == Role::Admin ? QString() : scope, sql::now()});
        !s)
        return s;
    if (auto s = m_db.log(QStringLiteral("server_grant"), 0, QStringLiteral("grant"),
                          QStringLiteral("%1 %2 %3").arg(user, roleKey(role), scope));
        !s)
        return s;
    return tx.commit();
}

Status ServerAccess::revoke(const QString &user)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(kField, tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM chamber_access.grants WHERE role_name = ?"));
    q.addBindValue(user);
    if (!q.exec())
        return Problem::error(kField, q.lastError().databaseText());
    if (q.numRowsAffected() == 0)
        return Problem::error(QStringLiteral("user"), tr("%1 has no grant on this database.").arg(user));
    if (auto s = run(m_db, QStringLiteral("REVOKE chamberdesk_writer, chamberdesk_reader FROM %1").arg(identifier(m_db, user))); !s)
        return s;
    if (auto s = m_db.log(QStringLiteral("server_grant"), 0, QStringLiteral("revoke"), user); !s)
        return s;
    return tx.commit();
}

Result<QList<ServerAccess::Grant>> ServerAccess::grants() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT role_name, role, scope, granted_at, granted_by FROM chamber_access.grants ORDER BY role_name")))
        return Problem::error(kField, q.lastError().databaseText());
    QList<Grant> out;
    while (q.next())
        out.append({q.value(0).toString(), roleFromKey(q.value(1).toString()).value_or(Role::Official), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace chamber
