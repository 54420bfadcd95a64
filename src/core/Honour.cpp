// SPDX-License-Identifier: GPL-3.0-or-later
#include "Honour.h"

#include "EnumText.h"
#include "RecordKind.h"
#include "RecordRules.h"

namespace chamber {

namespace {
const EnumText<HonourKind> kKinds[] = {
    {HonourKind::RegionalFourGood, "regional_four_good", QT_TRANSLATE_NOOP("Honours", "regional four-good chamber"),
     "广西“四好”商会|广西四好商会|自治区四好商会|全区四好商会|区级四好商会|regional"},
    {HonourKind::NationalFourGood, "national_four_good", QT_TRANSLATE_NOOP("Honours", "national four-good chamber"),
     "全国“四好”商会|全国四好商会|national"},
    {HonourKind::IntegrityPioneer, "integrity_pioneer", QT_TRANSLATE_NOOP("Honours", "integrity pioneer chamber"),
     "全区诚信建设先行商会|诚信建设先行商会|诚信先行商会|integrity"},
    {HonourKind::StarPartyOrganization, "star_party_organization", QT_TRANSLATE_NOOP("Honours", "star-rated Party organisation"),
     "星级党组织|星级基层党组织|星级党支部|star"},
};
const EnumTexts<HonourKind> kKindTexts("Honours", kKinds);
} // namespace

QString Honours::kindKey(HonourKind kind)
{
    return kKindTexts.key(kind);
}

QString Honours::kindName(HonourKind kind)
{
    return kKindTexts.name(kind);
}

std::optional<HonourKind> Honours::kindFromText(const QString &text)
{
    return kKindTexts.fromText(text);
}

QList<HonourKind> Honours::allKinds()
{
    return kKindTexts.values();
}

QString Honours::usualIssuingBody(HonourKind kind)
{
    switch (kind) {
    case HonourKind::RegionalFourGood:
    case HonourKind::IntegrityPioneer: return QStringLiteral("广西壮族自治区工商业联合会");
    case HonourKind::NationalFourGood: return QStringLiteral("中华全国工商业联合会");
    case HonourKind::StarPartyOrganization: return {};  // rated by the county or city Party committee's department
    }
    return {};
}

Problems Honours::validate(const Honour &h, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::Honour, problems);
    if (h.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The honour's chamber is missing.")));
    if (h.year <= 0)
        problems.append(Problem::error(QStringLiteral("year"), tr("The year of the honour is missing.")));
    else if (h.year > today.year())
        problems.append(Problem::error(QStringLiteral("year"), tr("The honour year %1 is in the future.").arg(h.year)));
    else if (h.year < 1949)
        problems.append(Problem::error(QStringLiteral("year"), tr("The honour year %1 is not a plausible year.").arg(h.year)));
    rules.maxLength(QStringLiteral("issuing_body"), h.issuingBody, 100);
    rules.notInFuture(QStringLiteral("awarded_on"), h.awardedOn, today);
    if (h.awardedOn && h.year > 0 && h.awardedOn->year() != h.year)
        problems.append(Problem::error(QStringLiteral("awarded_on"), tr("The decision date %1 is not in the honour year %2.")
                                                                         .arg(h.awardedOn->toString(Qt::ISODate))
                                                                         .arg(h.year)));
    return withKind(RecordKindId::Honour, problems);
}

const EnumTextSet &Honours::kindTexts()
{
    return kKindTexts;
}

} // namespace chamber
