// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uid.h"
#include "Database.h"
#include "Statement.h"

#include <QUuid>

#include <array>

#include <sqlite3.h>

namespace chamber {

namespace {

constexpr char kDigits[] = "0123456789abcdef";

// A lower-case hex digit's value, -1 for any other character (upper case too: its text would not
// come back from the bytes). A table: the exchange import converts every uid it takes in.
constexpr std::array<signed char, 256> kNibbles = [] {
    std::array<signed char, 256> table{};
    table.fill(-1);
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - 'a' + 10);
    return table;
}();

bool hyphenAt(qsizetype i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

QByteArray format(const char *bytes)
{
    QByteArray out(36, '-');
    qsizetype at = 0;
    for (int i = 0; i < 16; ++i) {
        if (hyphenAt(at))
            ++at;
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[at++] = kDigits[b >> 4];
        out[at++] = kDigits[b & 15];
    }
    return out;
}

void uidBlob(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        char bytes[16];
        if (Uid::bytes(QByteArrayView(text, sqlite3_value_bytes(argv[0])), bytes)) {
            sqlite3_result_blob(context, bytes, int(sizeof bytes), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_result_value(context, argv[0]);
}

void uidText(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB && sqlite3_value_bytes(argv[0]) == 16) {
        const QByteArray text = format(static_cast<const char *>(sqlite3_value_blob(argv[0])));
        sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return;
    }
    sqlite3_result_value(context, argv[0]);
}

} // namespace

bool Uid::bytes(QByteArrayView text, char *out)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    int n = 0;
    for (qsizetype i = 0; i < 36; i += 2) {
        if (hyphenAt(i))
            ++i;
        const int high = kNibbles[static_cast<unsigned char>(text[i])], low = kNibbles[static_cast<unsigned char>(text[i + 1])];
        if (high < 0 || low < 0)
            return false;
        out[n++] = char((high << 4) | low);
    }
    return true;
}

QByteArray Uid::bytes(QByteArrayView text)
{
    QByteArray out(16, Qt::Uninitialized);
    return bytes(text, out.data()) ? out : QByteArray();
}

QByteArray Uid::bytes(const QString &text)
{
    return text.size() == 36 ? bytes(QByteArrayView(text.toLatin1())) : QByteArray();
}

QString Uid::text(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QByteArray) {
        const auto *bytes = static_cast<const QByteArray *>(stored.constData());
        return bytes->size() == 16 ? QString::fromLatin1(format(bytes->constData())) : QString::fromUtf8(*bytes);
    }
    return stored.toString();
}

QVariant Uid::stored(const Database &db, const QVariant &value)
{
    if (value.isNull())
        return value;
    if (!db.uidBytes())
        return text(value);
    if (value.typeId() == QMetaType::QByteArray) {
        // 16 bytes are a uid already; other bytes were a file's text (read back as bytes).
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->size() == 16)
            return value;
        const QByteArray converted = Uid::bytes(QByteArrayView(*bytes));
        return converted.isNull() ? QVariant(QString::fromUtf8(*bytes)) : QVariant(converted);
    }
    const QString t = value.toString();
    const QByteArray converted = bytes(t);
    return converted.isNull() ? QVariant(t) : QVariant(converted);
}

QVariant Uid::fresh(const Database &db)
{
    const QUuid uid = QUuid::createUuid();
    return db.uidBytes() ? QVariant(uid.toRfc4122()) : QVariant(uid.toString(QUuid::WithoutBraces));
}

bool Uid::install(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(handle, "uid_blob", 1, flags, nullptr, uidBlob, nullptr, nullptr, nullptr) == SQLITE_OK
           && sqlite3_create_function_v2(handle, "uid_text", 1, flags, nullptr, uidText, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace chamber
