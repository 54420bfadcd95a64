// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include "RecordKind.h"

#include <QCoreApplication>

namespace chamber {

namespace {
// Keys that belong to no one record kind: command options, files, settings, points, the ledger's
// summary columns. A record's fields are labelled by their kind's description (RecordKind*).
struct GenericField
{
    const char *key;
    const char *label;
};
const GenericField kGenericFields[] = {
    {"date", QT_TRANSLATE_NOOP("Fields", "date")},
    {"chamber", QT_TRANSLATE_NOOP("Fields", "chamber")},
    {"scope", QT_TRANSLATE_NOOP("Fields", "scope")},
    {"database", QT_TRANSLATE_NOOP("Fields", "database")},
    {"backup", QT_TRANSLATE_NOOP("Fields", "backup")},
    {"divisions", QT_TRANSLATE_NOOP("Fields", "division data")},
    {"division", QT_TRANSLATE_NOOP("Fields", "division")},
    {"seed", QT_TRANSLATE_NOOP("Fields", "seed")},
    {"as_of", QT_TRANSLATE_NOOP("Fields", "as-of date")},
    {"integrity", QT_TRANSLATE_NOOP("Fields", "integrity")},
    {"foreign_keys", QT_TRANSLATE_NOOP("Fields", "foreign keys")},
    {"schema", QT_TRANSLATE_NOOP("Fields", "schema")},
    {"id", QT_TRANSLATE_NOOP("Fields", "number")},
    {"reason", QT_TRANSLATE_NOOP("Fields", "reason")},
    {"member_list", QT_TRANSLATE_NOOP("Fields", "member list")},
    {"category", QT_TRANSLATE_NOOP("Fields", "points category")},
    {"points", QT_TRANSLATE_NOOP("Fields", "points")},
    {"year_cap", QT_TRANSLATE_NOOP("Fields", "cap per year")},
    {"item_cap", QT_TRANSLATE_NOOP("Fields", "cap per item")},
    {"cap", QT_TRANSLATE_NOOP("Fields", "category cap")},
    {"group", QT_TRANSLATE_NOOP("Fields", "group counted once")},
    {"position", QT_TRANSLATE_NOOP("Fields", "position")},
    {"quantity", QT_TRANSLATE_NOOP("Fields", "quantity")},
    {"manual_reason", QT_TRANSLATE_NOOP("Fields", "reason for the points")},
    {"evidence", QT_TRANSLATE_NOOP("Fields", "evidence")},
    {"rejection_reason", QT_TRANSLATE_NOOP("Fields", "reason for rejection")},
    {"thresholds", QT_TRANSLATE_NOOP("Fields", "grade thresholds")},
    {"rule", QT_TRANSLATE_NOOP("Fields", "points rule")},
    {"entry", QT_TRANSLATE_NOOP("Fields", "points entry")},
    {"veto", QT_TRANSLATE_NOOP("Fields", "veto")},
    {"issue_date", QT_TRANSLATE_NOOP("Fields", "date of issue")},
    {"county", QT_TRANSLATE_NOOP("Fields", "county")},
    {"snapshot", QT_TRANSLATE_NOOP("Fields", "published report")},
    {"out", QT_TRANSLATE_NOOP("Fields", "output file")},
    {"total_members", QT_TRANSLATE_NOOP("Fields", "members in all")},
    {"registration", QT_TRANSLATE_NOOP("Fields", "registration status")},
    {"registration_date", QT_TRANSLATE_NOOP("Fields", "registration date")},
    {"party_organization", QT_TRANSLATE_NOOP("Fields", "Party organisation")},
    {"party_form", QT_TRANSLATE_NOOP("Fields", "form of the Party organisation")},
    {"party_instructor", QT_TRANSLATE_NOOP("Fields", "Party instructor")},
    {"mediation_committee", QT_TRANSLATE_NOOP("Fields", "mediation committee")},
    {"mediation_cases", QT_TRANSLATE_NOOP("Fields", "mediation cases in the year")},
    {"honours", QT_TRANSLATE_NOOP("Fields", "honours")},
    {"city", QT_TRANSLATE_NOOP("Fields", "city")},
    {"mediation_settled", QT_TRANSLATE_NOOP("Fields", "mediation cases settled in the year")},
    {"file", QT_TRANSLATE_NOOP("Fields", "file")},
    {"encoding", QT_TRANSLATE_NOOP("Fields", "text encoding")},
    {"sheet", QT_TRANSLATE_NOOP("Fields", "sheet")},
    {"header", QT_TRANSLATE_NOOP("Fields", "header row")},
    {"mapping", QT_TRANSLATE_NOOP("Fields", "column mapping")},
};
} // namespace

QStringList genericFieldKeys()
{
    QStringList keys;
    for (const auto &f : kGenericFields)
        keys.append(QString::fromLatin1(f.key));
    return keys;
}

QString fieldLabel(const QString &key)
{
    for (const auto &f : kGenericFields)
        if (key == QLatin1String(f.key))
            return QCoreApplication::translate("Fields", f.label);
    // The chamber first: the ledger import, verification items and chamber commands name its
    // fields without a kind. Then the other kinds, for their keys no other kind has.
    for (const auto *kind : recordKinds())
        if (const auto *f = kind->field(key))
            return kind->label(*f);
    return key;
}

} // namespace chamber
