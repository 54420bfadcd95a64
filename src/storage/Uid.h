// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace chamber {

class Database;

// A record's uid as it is kept and as it is shown (issue 16). Everywhere outside the database —
// packages, the change log's JSON, history, the CLI and the GUI — a uid is the usual lower-case
// 8-4-4-4-12 text. A SQLite file keeps it as its 16 bytes (RFC 4122 order, QUuid::toRfc4122) since
// schema version 12, less than half the 36 characters of text, in the table and its unique index;
// a server keeps the text. A file's uid that is no well-formed text (never written by ChamberDesk)
// stays the text it was: the readers take either.
class Uid
{
public:
    // The 16 bytes of a well-formed uid (lower-case 8-4-4-4-12 hex), or a null array for any other
    // text — which then cannot come back from the bytes as it was (upper case, braces …).
    static QByteArray bytes(QByteArrayView text);
    // The same into out (16 bytes), without allocating; false (out undefined) for any other text.
    static bool bytes(QByteArrayView text, char *out);
    static QByteArray bytes(const QString &text);
    // The text of a uid as a database gives it back: 16 bytes formatted, anything else as text.
    static QString text(const QVariant &stored);
    // What a write binds for a uid given as text or as 16 bytes: the bytes on a file that keeps
    // them (Database::uidBytes; the text when it is not well-formed), else the text.
    static QVariant stored(const Database &db, const QVariant &value);
    // A new version-4 uid, as stored().
    static QVariant fresh(const Database &db);
    // Registers uid_blob(x) and uid_text(x) on a SQLite connection (the migration to version 12 and
    // the reads of packages use them): each gives back what it cannot convert unchanged. False when
    // the connection is not SQLite's.
    static bool install(QSqlDatabase &db);
};

} // namespace chamber
