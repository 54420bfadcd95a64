// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeGuard.h"
#include "Statement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace chamber {

namespace {

thread_local int t_writers = 0;

QString text(sqlite3_value *value)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return bytes ? QString::fromUtf8(bytes) : QString();
}

void receivedWrite(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (t_writers > 0) {
        sqlite3_result_null(context);
        return;
    }
    const QString code = argc > 0 ? text(argv[0]) : QString();
    const QString name = argc > 1 ? text(argv[1]) : QString();
    const QString asOf = argc > 2 ? text(argv[2]) : QString();
    const QByteArray message = ExchangeGuard::refusal(name.isEmpty() ? code : name, asOf).toUtf8();
    sqlite3_result_error(context, message.constData(), int(message.size()));
}

} // namespace

bool ExchangeGuard::install(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    return sqlite3_create_function_v2(handle, "chamber_received_write", 3, SQLITE_UTF8, nullptr, receivedWrite, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

QString ExchangeGuard::refusal(const QString &originName, const QString &asOf)
{
    return tr("Reported by %1, data as of %2: this record is %1's and can be changed only there; ask them to correct it and "
              "report again.")
        .arg(originName, asOf);
}

ExchangeWriter::ExchangeWriter()
{
    ++t_writers;
}

ExchangeWriter::~ExchangeWriter()
{
    --t_writers;
}

} // namespace chamber
