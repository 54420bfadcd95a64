// SPDX-License-Identifier: GPL-3.0-or-later
// The record kinds and actions of the change log as users say them.
#include "ChangeHistory.h"

#include "EnumText.h"
#include "Fields.h"
#include "Money.h"
#include "Points.h"
#include "RecordKind.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

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

namespace {

const RecordKind *kindOfTable(const QString &table)
{
    for (const RecordKind *kind : recordKinds())
        if (QLatin1String(kind->table) == table)
            return kind;
    return nullptr;
}

const FieldDescription *fieldOfColumn(const RecordKind *kind, const QString &column)
{
    if (!kind)
        return nullptr;
    for (const auto &field : kind->fields)
        if (field.column && QLatin1String(field.column) == column)
            return &field;
    return nullptr;
}

} // namespace

QString ChangeHistory::actionName(const QString &entity, const QString &action)
{
    if (const QString name = actionName(action); name != action)
        return name;
    if (const RecordKind *kind = kindOfTable(entity))
        if (const FieldDescription *status = fieldOfColumn(kind, QStringLiteral("status")); status && status->enumTexts)
            if (const QString name = status->enumTexts().nameOfKey(action); !name.isEmpty())
                return name;
    if (entity == QStringLiteral("points_entry"))
        if (const auto status = Points::statusFromText(action))
            return Points::statusName(*status);
    return action;
}

QString ChangeHistory::columnLabel(const QString &entity, const QString &column)
{
    const RecordKind *kind = kindOfTable(entity);
    if (const FieldDescription *field = fieldOfColumn(kind, column))
        return kind->label(*field);
    for (const QString &suffix : {QString(), QStringLiteral("_on"), QStringLiteral("_code"), QStringLiteral("_fen"), QStringLiteral("_id")}) {
        if (!suffix.isEmpty() && !column.endsWith(suffix))
            continue;
        const QString key = column.left(column.size() - suffix.size());
        if (const QString label = fieldLabel(key); label != key)
            return label;
    }
    return column;
}

QString ChangeHistory::valueText(const QString &entity, const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    const FieldDescription *field = fieldOfColumn(kindOfTable(entity), column);
    const FieldType type = field ? field->type : (column.endsWith(QStringLiteral("_fen")) ? FieldType::Money : FieldType::Text);
    if (type == FieldType::Money && value.isDouble())
        return tr("%1 yuan").arg(money::formatYuan(value.toInteger()));
    if (type == FieldType::YesNo && value.isDouble())
        return value.toInteger() != 0 ? tr("yes") : tr("no");
    if (type == FieldType::Enum && field->enumTexts && value.isString())
        if (const QString name = field->enumTexts().nameOfKey(value.toString()); !name.isEmpty())
            return name;
    if (entity == QStringLiteral("points_entry") && column == QStringLiteral("status"))
        if (const auto status = Points::statusFromText(value.toString()))
            return Points::statusName(*status);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString ChangeHistory::actorName(const QString &actor)
{
    return actor.isEmpty() || actor == QStringLiteral("unknown") ? tr("(unknown)") : actor;
}

} // namespace chamber
