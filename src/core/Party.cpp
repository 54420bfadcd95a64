// SPDX-License-Identifier: GPL-3.0-or-later
#include "Party.h"

#include "EnumText.h"
#include "RecordKind.h"
#include "RecordRules.h"

#include <QRegularExpression>

namespace chamber {

namespace {
const EnumText<PartyForm> kForms[] = {
    {PartyForm::Standalone, "standalone", QT_TRANSLATE_NOOP("Party", "standalone"), "单独组建|单建|独立组建"},
    {PartyForm::Joint, "joint", QT_TRANSLATE_NOOP("Party", "joint"), "联合组建|联建"},
};
const EnumTexts<PartyForm> kFormTexts("Party", kForms);
} // namespace

QString Party::formKey(PartyForm form)
{
    return kFormTexts.key(form);
}

QString Party::formName(PartyForm form)
{
    return kFormTexts.name(form);
}

std::optional<PartyForm> Party::formFromText(const QString &text)
{
    return kFormTexts.fromText(text);
}

QList<PartyForm> Party::allForms()
{
    return kFormTexts.values();
}

Problems Party::validate(const PartyOrganization &o, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::PartyOrganization, problems);
    if (o.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The Party organisation's chamber is missing.")));
    rules.maxLength(QStringLiteral("name"), o.name, 100);
    if (o.members < 0)
        problems.append(Problem::error(QStringLiteral("party_members"), tr("The number of Party members cannot be negative (%1).").arg(o.members)));
    else if (o.form == PartyForm::Standalone && o.members < 3)
        // Party rules: a primary organisation needs three full members; fewer form a joint branch.
        problems.append(Problem::warning(QStringLiteral("party_members"),
                                         tr("A Party branch needs at least 3 full members; %1 recorded.").arg(o.members)));
    if (o.form == PartyForm::Standalone && !o.jointWith.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("joint_with"), tr("Only a jointly formed organisation is formed with other units.")));
    rules.phone(QStringLiteral("secretary_phone"), o.secretaryPhone);
    rules.notInFuture(QStringLiteral("founded"), o.founded, today);
    if (o.starRating && (*o.starRating < 1 || *o.starRating > 5))
        problems.append(Problem::error(QStringLiteral("star_rating"), tr("The star rating runs from 1 to 5, not %1.").arg(*o.starRating)));
    if (o.starRatedOn && !o.starRating)
        problems.append(Problem::error(QStringLiteral("star_rated_on"), tr("A rating date needs a star rating.")));
    rules.notInFuture(QStringLiteral("star_rated_on"), o.starRatedOn, today);
    rules.notBefore(QStringLiteral("star_rated_on"), o.starRatedOn, QStringLiteral("founded"), o.founded);
    return withKind(RecordKindId::PartyOrganization, problems);
}

Problems Party::validate(const PartyInstructor &i, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::PartyInstructor, problems);
    if (i.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The instructor's chamber is missing.")));
    rules.required(QStringLiteral("name"), i.name);
    rules.maxLength(QStringLiteral("name"), i.name, 50);
    rules.phone(QStringLiteral("phone"), i.phone);
    rules.notInFuture(QStringLiteral("from"), i.from, today);
    rules.notInFuture(QStringLiteral("until"), i.until, today);
    rules.notBefore(QStringLiteral("until"), i.until, QStringLiteral("from"), i.from);
    return withKind(RecordKindId::PartyInstructor, problems);
}

Problems Party::validate(const Disclosure &d, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::Disclosure, problems);
    if (d.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The disclosure's chamber is missing.")));
    const auto period = periodDates(d.period);
    if (!period) {
        problems.append(Problem::error(QStringLiteral("period"),
                                       tr("The period \"%1\" is not one of 2024, 2024-H1, 2024-Q3 or 2024-03.").arg(d.period)));
    } else if (period->first > today) {
        problems.append(Problem::error(QStringLiteral("period"), tr("The period %1 has not begun yet.").arg(d.period)));
    }
    const bool any = d.partyAffairs || d.chamberAffairs || d.finances;
    if (any && !d.disclosedOn)
        problems.append(Problem::error(QStringLiteral("disclosed_on"), tr("A disclosure needs the date it was made public.")));
    if (!any && d.disclosedOn)
        problems.append(Problem::error(QStringLiteral("disclosed_on"), tr("Nothing is marked disclosed, yet a disclosure date is given.")));
    rules.notInFuture(QStringLiteral("disclosed_on"), d.disclosedOn, today);
    if (period && d.disclosedOn && *d.disclosedOn < period->first)
        problems.append(Problem::error(QStringLiteral("disclosed_on"), tr("The disclosure date %1 is before the period %2 begins.")
                                                                           .arg(d.disclosedOn->toString(Qt::ISODate), d.period)));
    return withKind(RecordKindId::Disclosure, problems);
}

std::optional<std::pair<QDate, QDate>> Party::periodDates(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?$"));
    const auto m = pattern.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const QString part = m.captured(2);
    int firstMonth = 1, months = 12;
    if (part.startsWith(QLatin1Char('H'))) {
        firstMonth = part.at(1) == QLatin1Char('1') ? 1 : 7;
        months = 6;
    } else if (part.startsWith(QLatin1Char('Q'))) {
        firstMonth = (part.at(1).digitValue() - 1) * 3 + 1;
        months = 3;
    } else if (!part.isEmpty()) {
        firstMonth = part.toInt();
        months = 1;
        if (firstMonth < 1 || firstMonth > 12)
            return std::nullopt;
    }
    if (year < 1949)
        return std::nullopt;
    const QDate first(year, firstMonth, 1);
    return std::pair{first, first.addMonths(months).addDays(-1)};
}

bool Party::existsOn(const PartyOrganization &o, const QDate &date)
{
    return !o.founded || *o.founded <= date;
}

bool Party::starRatedOn(const PartyOrganization &o, const QDate &date)
{
    return o.starRating && existsOn(o, date) && (!o.starRatedOn || *o.starRatedOn <= date);
}

bool Party::inPostOn(const PartyInstructor &i, const QDate &date)
{
    return (!i.from || *i.from <= date) && (!i.until || *i.until > date);
}

const EnumTextSet &Party::formTexts()
{
    return kFormTexts;
}

} // namespace chamber
