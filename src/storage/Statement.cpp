// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QTime>

#include <sqlite3.h>

namespace chamber {

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

namespace {

// As Qt's SQL drivers decide it (QSqlResultPrivate::isVariantNull): a null variant, or a null
// string, byte array, date or time.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text, bool copy)
{
    return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(QChar)), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

// Binds as Qt's SQLite driver does (QSQLiteResult::exec), so that a value is stored alike
// whichever path wrote it. Strings and byte arrays are bound without a copy: m_binds keeps them.
int bind(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(stmt, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(stmt, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(stmt, index, value.toDateTime().toString(Qt::ISODateWithMs), true);
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")), true);
    case QMetaType::QString:
        return bindText(stmt, index, *static_cast<const QString *>(value.constData()), false);
    default:
        return bindText(stmt, index, value.toString(), true);
    }
}

} // namespace

Statement::Statement(sqlite3 *handle, QSqlDatabase &db, const QString &sql) : m_handle(handle)
{
    if (!m_handle) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        m_query->prepare(sql);
        return;
    }
    const int code = sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(QChar)), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (code != SQLITE_OK) {
        fail(code, QStringLiteral("Unable to execute statement"));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool Statement::isValid() const
{
    return m_query ? m_query->lastError().type() == QSqlError::NoError : m_stmt != nullptr;
}

void Statement::addBindValue(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (m_active)
        finish();
    m_binds.append(value);
}

bool Statement::fail(int code, const QString &driverText)
{
    const auto *message = static_cast<const QChar *>(sqlite3_errmsg16(m_handle));
    m_error = QSqlError(driverText, QString(message), QSqlError::StatementError, QString::number(code));
    m_active = m_rowPending = m_onRow = false;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_binds.clear();
    return false;
}

bool Statement::exec()
{
    if (m_query)
        return m_query->exec();
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    m_error = QSqlError();
    m_active = m_rowPending = m_onRow = false;
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (m_binds.size() != count)
        return fail(SQLITE_RANGE, QStringLiteral("Parameter count mismatch"));
    for (int i = 0; i < count; ++i)
        if (const int code = bind(m_stmt, i + 1, m_binds.at(i)); code != SQLITE_OK)
            return fail(code, QStringLiteral("Unable to bind parameters"));
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW) {
        m_active = m_rowPending = true;
        return true;
    }
    if (code != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(m_handle), QStringLiteral("Unable to fetch row"));
    // Done: nothing stays open, but the values stay bound until the next run (numRowsAffected).
    sqlite3_reset(m_stmt);
    m_active = true;
    return true;
}

bool Statement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW)
        return true;
    m_onRow = false;
    if (code != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(m_handle), QStringLiteral("Unable to fetch row"));
    sqlite3_reset(m_stmt);
    return false;
}

QVariant Statement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    default: {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
        return QString(text, sqlite3_column_bytes16(m_stmt, column) / int(sizeof(QChar)));
    }
    }
}

bool Statement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return !m_onRow || column < 0 || column >= sqlite3_column_count(m_stmt) || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    if (m_query)
        return m_query->record().count();
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    if (m_query)
        return m_query->record().fieldName(column);
    if (!m_stmt || column < 0 || column >= sqlite3_column_count(m_stmt))
        return {};
    return QString(static_cast<const QChar *>(sqlite3_column_name16(m_stmt, column)));
}

QString Statement::returning(sqlite3 *handle, const QString &key)
{
    return handle ? QString() : QStringLiteral(" RETURNING ") + key;
}

std::optional<qint64> Statement::insertedKey()
{
    if (m_query) {
        if (!m_query->next())
            return std::nullopt;
        return m_query->value(0).toLongLong();
    }
    if (!m_active)
        return std::nullopt;
    return sqlite3_last_insert_rowid(m_handle);
}

int Statement::numRowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_handle ? sqlite3_changes(m_handle) : -1;
}

void Statement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_binds.clear();
    m_active = m_rowPending = m_onRow = false;
}

bool Statement::isActive() const
{
    return m_query ? m_query->isActive() : m_active;
}

QSqlError Statement::lastError() const
{
    return m_query ? m_query->lastError() : m_error;
}

} // namespace chamber
