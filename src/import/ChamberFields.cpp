// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberFields.h"

#include "CreditCode.h"
#include "Dates.h"
#include "Money.h"

#include <QHash>

namespace chamber {

namespace {

QString optionalText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

// The text fields, by key; the rest are handled one by one.
QString Chamber::*textMember(const QString &key)
{
    static const QHash<QString, QString Chamber::*> members = {
        {QStringLiteral("name"), &Chamber::name},
        {QStringLiteral("township"), &Chamber::townshipCode},
        {QStringLiteral("president"), &Chamber::president},
        {QStringLiteral("president_phone"), &Chamber::presidentPhone},
        {QStringLiteral("secretary_general"), &Chamber::secretaryGeneral},
        {QStringLiteral("secretary_phone"), &Chamber::secretaryPhone},
        {QStringLiteral("contact_person"), &Chamber::contactPerson},
        {QStringLiteral("contact_phone"), &Chamber::contactPhone},
        {QStringLiteral("premises"), &Chamber::premises},
        {QStringLiteral("credit_code"), &Chamber::creditCode},
        {QStringLiteral("notes"), &Chamber::notes},
        {QStringLiteral("supervising_unit"), &Chamber::supervisingUnit},
    };
    return members.value(key, nullptr);
}

} // namespace

const QStringList &ChamberFields::keys()
{
    static const QStringList keys = {
        QStringLiteral("township"),        QStringLiteral("name"),           QStringLiteral("founded"),
        QStringLiteral("status"),          QStringLiteral("dissolved"),      QStringLiteral("president"),
        QStringLiteral("president_phone"), QStringLiteral("secretary_general"), QStringLiteral("secretary_phone"),
        QStringLiteral("contact_person"),  QStringLiteral("contact_phone"),  QStringLiteral("premises"),
        QStringLiteral("full_time_staff"), QStringLiteral("activity_funds"), QStringLiteral("individual_members"),
        QStringLiteral("unit_members"),    QStringLiteral("independent_liability"), QStringLiteral("credit_code"),
        QStringLiteral("notes"),           QStringLiteral("supervising_unit"),
    };
    return keys;
}

QString ChamberFields::text(const Chamber &c, const QString &key)
{
    if (auto member = textMember(key))
        return c.*member;
    if (key == QStringLiteral("founded"))
        return dates::toIsoOrEmpty(c.founded);
    if (key == QStringLiteral("dissolved"))
        return dates::toIsoOrEmpty(c.dissolved);
    if (key == QStringLiteral("status"))
        return Chambers::statusName(c.status);
    if (key == QStringLiteral("full_time_staff"))
        return optionalText(c.fullTimeStaff);
    if (key == QStringLiteral("activity_funds"))
        return c.activityFundsFen ? money::formatYuan(*c.activityFundsFen) : QString();
    if (key == QStringLiteral("individual_members"))
        return QString::number(c.individualMembers);
    if (key == QStringLiteral("unit_members"))
        return QString::number(c.unitMembers);
    if (key == QStringLiteral("independent_liability"))
        return c.independentLiability ? (*c.independentLiability ? tr("yes") : tr("no")) : QString();
    return {};
}

bool ChamberFields::isEmpty(const Chamber &c, const QString &key)
{
    if (auto member = textMember(key))
        return (c.*member).trimmed().isEmpty();
    if (key == QStringLiteral("founded"))
        return !c.founded;
    if (key == QStringLiteral("dissolved"))
        return !c.dissolved;
    if (key == QStringLiteral("status"))
        return false;  // always set; a ledger's status replaces it only when overwriting
    if (key == QStringLiteral("full_time_staff"))
        return !c.fullTimeStaff;
    if (key == QStringLiteral("activity_funds"))
        return !c.activityFundsFen;
    // Members are counts that start at 0: nothing is known while both are 0.
    if (key == QStringLiteral("individual_members") || key == QStringLiteral("unit_members"))
        return c.individualMembers == 0 && c.unitMembers == 0;
    if (key == QStringLiteral("independent_liability"))
        return !c.independentLiability;
    return true;
}

void ChamberFields::copy(Chamber &to, const Chamber &from, const QString &key)
{
    if (auto member = textMember(key))
        to.*member = from.*member;
    else if (key == QStringLiteral("founded"))
        to.founded = from.founded;
    else if (key == QStringLiteral("dissolved"))
        to.dissolved = from.dissolved;
    else if (key == QStringLiteral("status"))
        to.status = from.status;
    else if (key == QStringLiteral("full_time_staff"))
        to.fullTimeStaff = from.fullTimeStaff;
    else if (key == QStringLiteral("activity_funds"))
        to.activityFundsFen = from.activityFundsFen;
    else if (key == QStringLiteral("individual_members"))
        to.individualMembers = from.individualMembers;
    else if (key == QStringLiteral("unit_members"))
        to.unitMembers = from.unitMembers;
    else if (key == QStringLiteral("independent_liability"))
        to.independentLiability = from.independentLiability;
}

bool ChamberFields::same(const Chamber &a, const Chamber &b, const QString &key)
{
    if (key == QStringLiteral("credit_code"))
        return CreditCode::normalise(a.creditCode) == CreditCode::normalise(b.creditCode);
    if (auto member = textMember(key))
        return (a.*member).trimmed() == (b.*member).trimmed();
    return text(a, key) == text(b, key);
}

} // namespace chamber
