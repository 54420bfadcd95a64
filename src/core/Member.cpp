// SPDX-License-Identifier: GPL-3.0-or-later
#include "Member.h"

#include "CreditCode.h"
#include "EnumText.h"
#include "RecordKind.h"
#include "RecordRules.h"

namespace chamber {

namespace {
const EnumText<MemberKind> kKinds[] = {
    {MemberKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Members", "enterprise"), "企业会员|单位会员|企业|单位|firm|unit"},
    {MemberKind::Individual, "individual", QT_TRANSLATE_NOOP("Members", "individual"), "个人会员|个人|person"},
};
const EnumText<MemberRole> kRoles[] = {
    {MemberRole::President, "president", QT_TRANSLATE_NOOP("Members", "president"), "会长"},
    {MemberRole::ExecutiveVicePresident, "executive_vice_president", QT_TRANSLATE_NOOP("Members", "executive vice-president"), "常务副会长"},
    {MemberRole::VicePresident, "vice_president", QT_TRANSLATE_NOOP("Members", "vice-president"), "副会长"},
    {MemberRole::SecretaryGeneral, "secretary_general", QT_TRANSLATE_NOOP("Members", "secretary-general"), "秘书长"},
    {MemberRole::ExecutiveDirector, "executive_director", QT_TRANSLATE_NOOP("Members", "executive director"), "常务理事"},
    {MemberRole::Director, "director", QT_TRANSLATE_NOOP("Members", "director"), "理事"},
    {MemberRole::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Members", "supervisor"), "监事|监事长"},
    {MemberRole::Member, "member", QT_TRANSLATE_NOOP("Members", "member"), "会员|普通会员"},
};
const EnumTexts<MemberKind> kKindTexts("Members", kKinds);
const EnumTexts<MemberRole> kRoleTexts("Members", kRoles);
} // namespace

QString Members::kindKey(MemberKind kind) { return kKindTexts.key(kind); }
QString Members::kindName(MemberKind kind) { return kKindTexts.name(kind); }
std::optional<MemberKind> Members::kindFromText(const QString &text) { return kKindTexts.fromText(text); }
QList<MemberKind> Members::allKinds() { return kKindTexts.values(); }
QString Members::roleKey(MemberRole role) { return kRoleTexts.key(role); }
QString Members::roleName(MemberRole role) { return kRoleTexts.name(role); }
std::optional<MemberRole> Members::roleFromText(const QString &text) { return kRoleTexts.fromText(text); }
QList<MemberRole> Members::allRoles() { return kRoleTexts.values(); }

Problems Members::validate(const Member &m, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::Member, problems);
    if (m.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The member's chamber is missing.")));
    rules.required(QStringLiteral("name"), m.name);
    rules.maxLength(QStringLiteral("name"), m.name, 100);
    if (!m.creditCode.trimmed().isEmpty()) {
        if (m.kind == MemberKind::Individual) {
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("Only an enterprise member has a credit code.")));
        } else {
            // Only the code's own checks apply: a firm's code starts 91 or 92, not 51, and is
            // issued wherever the firm registered, so the chamber's prefix warnings do not fit.
            problems.append(errorsOnly(CreditCode::validate(m.creditCode)));
        }
    }
    rules.phone(QStringLiteral("phone"), m.phone);
    rules.notInFuture(QStringLiteral("joined_on"), m.joinedOn, today);
    rules.notInFuture(QStringLiteral("left_on"), m.leftOn, today);
    rules.notBefore(QStringLiteral("left_on"), m.leftOn, QStringLiteral("joined_on"), m.joinedOn);
    return withKind(RecordKindId::Member, problems);
}

bool Members::memberOn(const Member &m, const QDate &date)
{
    return (!m.joinedOn || *m.joinedOn <= date) && (!m.leftOn || *m.leftOn > date);
}

MemberCounts Members::countOn(const QList<Member> &members, const QDate &date)
{
    MemberCounts counts;
    for (const auto &m : members)
        if (memberOn(m, date))
            (m.kind == MemberKind::Individual ? counts.individual : counts.enterprise) += 1;
    return counts;
}

const EnumTextSet &Members::kindTexts()
{
    return kKindTexts;
}

const EnumTextSet &Members::roleTexts()
{
    return kRoleTexts;
}

} // namespace chamber
