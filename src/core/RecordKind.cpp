// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordKind.h"

#include "Fields.h"
#include "RecordKinds.h"

#include <QCoreApplication>

namespace chamber {

const FieldDescription *RecordKind::field(const QString &fieldKey) const
{
    for (const auto &f : fields)
        if (fieldKey == QLatin1String(f.key))
            return &f;
    return nullptr;
}

const FieldDescription *RecordKind::fieldByOption(const QString &option) const
{
    for (const auto &f : fields)
        if (f.option && option == QLatin1String(f.option))
            return &f;
    return nullptr;
}

QString RecordKind::displayName() const
{
    return QCoreApplication::translate(context, name);
}

QString RecordKind::label(const FieldDescription &f) const
{
    return QCoreApplication::translate(context, f.label);
}

QString RecordKind::optionHelp(const FieldDescription &f) const
{
    return f.optionHelp ? QCoreApplication::translate(context, f.optionHelp) : QString();
}

QString RecordKind::label(const QString &fieldKey) const
{
    const auto *f = field(fieldKey);
    return f ? label(*f) : QString();
}

std::span<const RecordKind *const> recordKinds()
{
    static const RecordKind *const kinds[] = {&kChamberKind,           &kPartyOrganizationKind, &kPartyInstructorKind, &kDisclosureKind,
                                              &kHonourKind,            &kMediationCommitteeKind, &kMediationTallyKind, &kMediationCaseKind,
                                              &kServiceRequestKind,    &kMemberKind};
    return kinds;
}

const RecordKind &recordKind(RecordKindId id)
{
    for (const auto *kind : recordKinds())
        if (kind->id == id)
            return *kind;
    return kChamberKind;
}

QString fieldLabel(RecordKindId kind, const QString &key)
{
    if (kind != RecordKindId::None) {
        const QString label = recordKind(kind).label(key);
        if (!label.isEmpty())
            return label;
    }
    return fieldLabel(key);
}

QString fieldLabel(const Problem &problem)
{
    return fieldLabel(problem.kind, problem.field);
}

Problems withKind(RecordKindId kind, Problems problems)
{
    for (auto &p : problems)
        p.kind = kind;
    return problems;
}

} // namespace chamber
