// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include <QCoreApplication>
#include <QHash>

namespace chamber {

namespace {
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
public:
    static QString label(const QString &key)
    {
        static const QHash<QString, const char *> labels = {
            {QStringLiteral("township"), QT_TR_NOOP("township")},
            {QStringLiteral("name"), QT_TR_NOOP("name")},
            {QStringLiteral("founded"), QT_TR_NOOP("founded date")},
            {QStringLiteral("status"), QT_TR_NOOP("status")},
            {QStringLiteral("dissolved"), QT_TR_NOOP("dissolution date")},
            {QStringLiteral("president"), QT_TR_NOOP("president")},
            {QStringLiteral("president_phone"), QT_TR_NOOP("president's phone")},
            {QStringLiteral("secretary_general"), QT_TR_NOOP("secretary-general")},
            {QStringLiteral("secretary_phone"), QT_TR_NOOP("secretary-general's phone")},
            {QStringLiteral("contact_person"), QT_TR_NOOP("contact person")},
            {QStringLiteral("contact_phone"), QT_TR_NOOP("contact phone")},
            {QStringLiteral("premises"), QT_TR_NOOP("premises")},
            {QStringLiteral("full_time_staff"), QT_TR_NOOP("full-time staff")},
            {QStringLiteral("activity_funds"), QT_TR_NOOP("activity funds")},
            {QStringLiteral("individual_members"), QT_TR_NOOP("individual members")},
            {QStringLiteral("unit_members"), QT_TR_NOOP("unit members")},
            {QStringLiteral("independent_liability"), QT_TR_NOOP("independent civil liability")},
            {QStringLiteral("credit_code"), QT_TR_NOOP("unified social credit code")},
            {QStringLiteral("notes"), QT_TR_NOOP("notes")},
            {QStringLiteral("date"), QT_TR_NOOP("date")},
            {QStringLiteral("chamber"), QT_TR_NOOP("chamber")},
            {QStringLiteral("scope"), QT_TR_NOOP("scope")},
            {QStringLiteral("database"), QT_TR_NOOP("database")},
            {QStringLiteral("backup"), QT_TR_NOOP("backup")},
            {QStringLiteral("divisions"), QT_TR_NOOP("division data")},
            {QStringLiteral("division"), QT_TR_NOOP("division")},
            {QStringLiteral("seed"), QT_TR_NOOP("seed")},
            {QStringLiteral("as_of"), QT_TR_NOOP("as-of date")},
            {QStringLiteral("integrity"), QT_TR_NOOP("integrity")},
            {QStringLiteral("foreign_keys"), QT_TR_NOOP("foreign keys")},
            {QStringLiteral("schema"), QT_TR_NOOP("schema")},
            {QStringLiteral("id"), QT_TR_NOOP("number")},
        };
        const auto it = labels.constFind(key);
        return it == labels.cend() ? key : tr(*it);
    }
};
} // namespace

QString fieldLabel(const QString &key)
{
    return FieldLabels::label(key);
}

} // namespace chamber
