// SPDX-License-Identifier: GPL-3.0-or-later
// Where libpq finds a password for a server address (libpq's "The Password File"): the address,
// PGPASSWORD, or the first matching line host:port:database:user:password of PGPASSFILE or
// ~/.pgpass, '*' matching anything and '\' escaping ':' and '\'. The app asks for a password only
// when none of these has one, and never stores what it is given.
#include "ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace chamber {

namespace {

QStringList fieldsOf(const QString &line)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size())
            out.last().append(line.at(++i));
        else if (c == QLatin1Char(':'))
            out.append(QString());
        else
            out.last().append(c);
    }
    return out;
}

bool matches(const QString &field, const QString &value)
{
    return field == QStringLiteral("*") || field == value;
}

} // namespace

bool ServerAddress::passwordSupplied() const
{
    if (!password.isEmpty() || !qEnvironmentVariable("PGPASSWORD").isEmpty())
        return true;
    QString file = qEnvironmentVariable("PGPASSFILE");
    if (file.isEmpty())
        file = QDir::home().filePath(QStringLiteral(".pgpass"));
    QFile passwords(file);
    // libpq skips a file others may read; so does this.
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!QFileInfo(file).isFile() || (passwords.permissions() & others) || !passwords.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // What libpq will connect with where the address leaves a part out.
    const QString envHost = qEnvironmentVariable("PGHOST");
    QString h = host.isEmpty() ? envHost : host;
    if (h.isEmpty() || h.startsWith(QLatin1Char('/')))
        h = QStringLiteral("localhost");  // a Unix socket matches localhost
    const QString p = port > 0 ? QString::number(port) : qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    QString u = user.isEmpty() ? qEnvironmentVariable("PGUSER") : user;
    if (u.isEmpty())
        u = qEnvironmentVariable("USER");
    const QString d = database.isEmpty() ? u : database;
    while (!passwords.atEnd()) {
        const QString line = QString::fromUtf8(passwords.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = fieldsOf(line);
        if (f.size() >= 5 && matches(f.at(0), h) && matches(f.at(1), p) && matches(f.at(2), d) && matches(f.at(3), u))
            return !f.at(4).isEmpty();
    }
    return false;
}

} // namespace chamber
