// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace chamber {

class EnumTextSet;

enum class MemberKind { Enterprise, Individual };  // 企业（单位）会员, 个人会员
enum class MemberRole { President, ExecutiveVicePresident, VicePresident, SecretaryGeneral, ExecutiveDirector, Director, Supervisor, Member };

// 会员: one enterprise or person on a chamber's member list, from joining until leaving.
struct Member
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString name;
    MemberKind kind = MemberKind::Enterprise;
    QString creditCode;              // firms only: 统一社会信用代码
    QString representative;          // firms: 法定代表人 or the person who represents it
    QString phone;
    QString industry;
    MemberRole role = MemberRole::Member;
    std::optional<QDate> joinedOn;   // unknown: a member at every date
    std::optional<QDate> leftOn;     // set when the member left
    QString notes;

    bool operator==(const Member &) const = default;
};

// How many members of each kind a list holds on a date.
struct MemberCounts
{
    int individual = 0;
    int enterprise = 0;
    bool operator==(const MemberCounts &) const = default;
};

class Members
{
    Q_DECLARE_TR_FUNCTIONS(Members)
public:
    static QString kindKey(MemberKind kind);  // enterprise, individual
    static QString kindName(MemberKind kind);
    static std::optional<MemberKind> kindFromText(const QString &text);
    static QList<MemberKind> allKinds();
    static const EnumTextSet &kindTexts();
    // president, executive_vice_president, vice_president, secretary_general, executive_director,
    // director, supervisor, member
    static QString roleKey(MemberRole role);
    static QString roleName(MemberRole role);
    static std::optional<MemberRole> roleFromText(const QString &text);
    static QList<MemberRole> allRoles();
    static const EnumTextSet &roleTexts();

    // Name, a valid credit code on firms only (the check characters of GB 32100), phone, dates.
    static Problems validate(const Member &member, const QDate &today = QDate::currentDate());
    static bool memberOn(const Member &member, const QDate &date);
    static MemberCounts countOn(const QList<Member> &members, const QDate &date);
};

} // namespace chamber
