// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace chamber {

namespace {

const QString kField = QStringLiteral("database");

// The libpq keywords an address may carry; others are refused rather than passed on blindly.
const QStringList &knownOptions()
{
    static const QStringList known{QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),          QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                   QStringLiteral("target_session_attrs")};
    return known;
}

} // namespace

bool ServerAddress::isServer(const QString &argument)
{
    return argument.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
           || argument.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &argument)
{
    const QString shown = argument.section(QLatin1Char('?'), 0, 0).replace(QRegularExpression(QStringLiteral(":[^:@/]*@")), QStringLiteral("@"));
    const QUrl url(argument, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://user@host:5432/chamber");
    if (!isServer(argument) || !url.isValid())
        return Problem::error(kField, tr("%1 is not a valid server address; write it as %2.").arg(shown, example));
    ServerAddress out;
    out.host = url.host();
    out.port = url.port(0);
    if (url.port() == 0 || url.port() > 65535)
        return Problem::error(kField, tr("The port in %1 is not a number from 1 to 65535.").arg(shown));
    out.user = url.userName();
    out.password = url.password();
    out.database = url.path().mid(1);
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return Problem::error(kField, tr("%1 names no database; write it as %2.").arg(shown, example));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return Problem::error(kField, tr("%1 is not an option of a server address (known: %2).")
                                              .arg(key, knownOptions().join(QStringLiteral(", "))));
        static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (key == QStringLiteral("sslmode") && !sslModes.contains(value))
            return Problem::error(kField, tr("sslmode=%1 is not known; use one of %2.").arg(value, sslModes.join(QStringLiteral(", "))));
        if (key == QStringLiteral("connect_timeout") && value.toInt() <= 0)
            return Problem::error(kField, tr("connect_timeout=%1 is not a number of seconds.").arg(value));
        // ';' separates Qt's connect options and '=' libpq's pairs: neither may hide in a value.
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('=')) || value.contains(QLatin1Char(' ')))
            return Problem::error(kField, tr("The value of %1 in %2 holds a character it may not have.").arg(key, shown));
        out.options.append({key, value});
    }
    return out;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    QString text = url.toString(QUrl::RemovePassword);
    if (host.isEmpty())  // QUrl drops "//" without a host; libpq's form keeps it
        text.replace(QStringLiteral("postgresql:/"), QStringLiteral("postgresql:///")).replace(QStringLiteral(":////"), QStringLiteral(":///"));
    return text;
}

QString ServerAddress::withPassword() const
{
    if (password.isEmpty())
        return display();
    QUrl url(display());
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    bool timeout = false;
    for (const auto &[key, value] : options) {
        parts.append(key + QLatin1Char('=') + value);
        timeout |= key == QStringLiteral("connect_timeout");
    }
    // A server that does not answer is said so within seconds, not after the system's long wait.
    if (!timeout)
        parts.append(QStringLiteral("connect_timeout=10"));
    return parts.join(QLatin1Char(';'));
}

QString describeServerFailure(const ServerAddress &address, const QString &driverMessage)
{
    const QString where = address.display();
    const QString m = driverMessage;
    const auto has = [&](const char *text) { return m.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        return ServerAddress::tr("The server at %1 refused the user name or password. Check the user, and the password in PGPASSWORD "
                                 "or ~/.pgpass (it is never read from ChamberDesk's settings).")
            .arg(where);
    if (has("role") && has("does not exist"))
        return ServerAddress::tr("The server at %1 has no user of that name; ask its administrator to grant you access.").arg(where);
    if (has("database") && has("does not exist"))
        return ServerAddress::tr("The server has no database named %1 (%2); ask its administrator to create it.").arg(address.database, where);
    if (has("could not translate host name") || has("Name or service not known"))
        return ServerAddress::tr("The server name %1 cannot be found; check the address %2.").arg(address.host, where);
    if (has("no pg_hba.conf entry"))
        return ServerAddress::tr("The server at %1 does not accept connections from this computer or this user (pg_hba.conf); ask its "
                                 "administrator.")
            .arg(where);
    if (has("SSL"))
        return ServerAddress::tr("The secure connection (SSL) to %1 failed: %2").arg(where, m.trimmed());
    if (has("Connection refused") || has("No such file or directory") || has("timeout expired") || has("could not connect")
        || has("Is the server running"))
        return ServerAddress::tr("Cannot reach the database server at %1: it is not running or not reachable. Check the address "
                                 "and that the server is started.")
            .arg(where);
    return ServerAddress::tr("Cannot connect to the database server at %1: %2").arg(where, m.trimmed());
}

} // namespace chamber
