// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Member.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chamber {

struct MemberQuery : RecordQuery
{
    std::optional<MemberKind> kind;
    std::optional<MemberRole> role;
    bool currentOnly = false;  // leave out members who left
};

// Keeps each chamber's member list. A chamber whose list is kept (setListKept) takes its member
// counts from the list — ChamberService returns them so — while others keep their plain counts.
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
public:
    explicit MemberService(Database &db) : m_db(db) {}

    Result<qint64> add(const Member &member);
    Status update(const Member &member, std::optional<qint64> expectedVersion = {});
    Status remove(qint64 id);
    Result<Member> get(qint64 id) const;
    Result<QList<Member>> of(qint64 chamberId) const;  // by role, then name
    Result<QList<Listed<Member>>> list(const MemberQuery &query = {}) const;
    Result<int> count(const MemberQuery &query = {}) const;
    Problems validate(const Member &member) const;

    // Whether the chamber's counts follow from its list. Turning it off writes the list's counts
    // into the plain counts, so that the figures do not jump.
    Status setListKept(qint64 chamberId, bool kept);
    Result<bool> listKept(qint64 chamberId) const;
    Result<MemberCounts> countsOf(qint64 chamberId, const QDate &date = QDate::currentDate()) const;

    // A chamber's current member counts as SQL over the chamber table aliased c: counted from
    // the list when it is kept, else the plain counts. For queries that sort or filter on them.
    static QString individualCountSql();
    static QString unitCountSql();

private:
    Database &m_db;
};

} // namespace chamber
