// SPDX-License-Identifier: GPL-3.0-or-later
// The record kinds and actions of the change log as users say them.
#include "ChangeHistory.h"

#include <QHash>

namespace chamber {

QString ChangeHistory::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("chamber"), QT_TR_NOOP("chamber")},
        {QStringLiteral("registration_event"), QT_TR_NOOP("registration change")},
        {QStringLiteral("registration"), QT_TR_NOOP("registration")},
        {QStringLiteral("party_organization"), QT_TR_NOOP("Party organisation")},
        {QStringLiteral("party_instructor"), QT_TR_NOOP("Party instructor")},
        {QStringLiteral("party_disclosure"), QT_TR_NOOP("disclosure")},
        {QStringLiteral("honour"), QT_TR_NOOP("honour")},
        {QStringLiteral("mediation_committee"), QT_TR_NOOP("mediation committee")},
        {QStringLiteral("mediation_case"), QT_TR_NOOP("mediation case")},
        {QStringLiteral("mediation_case_change"), QT_TR_NOOP("case status change")},
        {QStringLiteral("mediation_tally"), QT_TR_NOOP("yearly mediation tally")},
        {QStringLiteral("member"), QT_TR_NOOP("member")},
        {QStringLiteral("service_request"), QT_TR_NOOP("member need")},
        {QStringLiteral("points_category"), QT_TR_NOOP("points category")},
        {QStringLiteral("points_year"), QT_TR_NOOP("points year")},
        {QStringLiteral("points_category_cap"), QT_TR_NOOP("category cap")},
        {QStringLiteral("points_rule"), QT_TR_NOOP("points rule")},
        {QStringLiteral("points_entry"), QT_TR_NOOP("points entry")},
        {QStringLiteral("points_veto"), QT_TR_NOOP("veto")},
        {QStringLiteral("verification_item"), QT_TR_NOOP("verification item")},
        {QStringLiteral("setting"), QT_TR_NOOP("setting")},
        {QStringLiteral("import"), QT_TR_NOOP("import")},
    };
    const auto it = names.constFind(entity);
    return it == names.constEnd() ? entity : tr(it.value());
}

QString ChangeHistory::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("add"), QT_TR_NOOP("added")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("remove"), QT_TR_NOOP("removed")},
        {QStringLiteral("cascade"), QT_TR_NOOP("removed with it")},
        {QStringLiteral("undo"), QT_TR_NOOP("undone")},
        {QStringLiteral("correct"), QT_TR_NOOP("corrected")},
        {QStringLiteral("start"), QT_TR_NOOP("started")},
        {QStringLiteral("import"), QT_TR_NOOP("imported")},
        {QStringLiteral("reopen"), QT_TR_NOOP("reopened")},
        {QStringLiteral("publish"), QT_TR_NOOP("published")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

} // namespace chamber
