// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chamber.h"

#include "EnumText.h"
#include "TextRules.h"

#include <QRegularExpression>

#include <tuple>

namespace chamber {

namespace {
// Stored keys, names and the words ledgers use (正常, 休眠, 已解散 …).
const EnumText<ChamberStatus> kStatuses[] = {
    {ChamberStatus::Active, "active", QT_TRANSLATE_NOOP("Chambers", "active"), "正常|活跃|运行"},
    {ChamberStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("Chambers", "dormant"), "休眠|停止活动"},
    {ChamberStatus::Dissolved, "dissolved", QT_TRANSLATE_NOOP("Chambers", "dissolved"), "解散|已解散|撤销"},
};
const EnumTexts<ChamberStatus> kStatusTexts("Chambers", kStatuses);
} // namespace

QString Chambers::statusKey(ChamberStatus status)
{
    return kStatusTexts.key(status);
}

QString Chambers::statusName(ChamberStatus status)
{
    return kStatusTexts.name(status);
}

std::optional<ChamberStatus> Chambers::statusFromText(const QString &text)
{
    return kStatusTexts.fromText(text);
}

const EnumTextSet &Chambers::statusTexts()
{
    return kStatusTexts;
}

Problems Chambers::validate(const Chamber &c, const QDate &today)
{
    Problems problems;
    if (c.townshipCode.isEmpty())
        problems.append(Problem::error(QStringLiteral("township"), tr("The chamber's township is missing.")));
    if (c.name.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("name"), tr("The chamber's name is missing.")));
    else if (c.name.trimmed().size() > 100)
        problems.append(Problem::error(QStringLiteral("name"), tr("The chamber's name is longer than 100 characters.")));
    else
        problems.append(TextRules::check(QStringLiteral("name"), c.name.trimmed(), TextRules::kNameLength, TextRules::Kind::Name));
    const std::tuple<QString, QString, int, TextRules::Kind> texts[] = {
        {QStringLiteral("president"), c.president, TextRules::kPersonLength, TextRules::Kind::Line},
        {QStringLiteral("secretary_general"), c.secretaryGeneral, TextRules::kPersonLength, TextRules::Kind::Line},
        {QStringLiteral("contact_person"), c.contactPerson, TextRules::kPersonLength, TextRules::Kind::Line},
        {QStringLiteral("premises"), c.premises, TextRules::kLineLength, TextRules::Kind::Line},
        {QStringLiteral("supervising_unit"), c.supervisingUnit, TextRules::kLineLength, TextRules::Kind::Line},
        {QStringLiteral("notes"), c.notes, TextRules::kNotesLength, TextRules::Kind::Multiline},
    };
    for (const auto &[field, value, length, kind] : texts)
        problems.append(TextRules::check(field, value, length, kind));
    // Before 1949 a date is a typing mistake (1900-01-01 is what a spreadsheet shows for 1); the
    // ledger import reads no earlier date either, so every stored date comes back from its export.
    static const QDate kFirstDate(1949, 1, 1);
    if (c.founded && *c.founded < kFirstDate)
        problems.append(Problem::error(QStringLiteral("founded"), tr("The founding date %1 is before 1949: it is a typing mistake.")
                                                                      .arg(c.founded->toString(Qt::ISODate))));
    if (c.dissolved && *c.dissolved < kFirstDate)
        problems.append(Problem::error(QStringLiteral("dissolved"), tr("The dissolution date %1 is before 1949: it is a typing mistake.")
                                                                        .arg(c.dissolved->toString(Qt::ISODate))));
    if (c.founded && *c.founded > today)
        problems.append(Problem::error(QStringLiteral("founded"),
                                       tr("The founding date %1 is in the future.").arg(c.founded->toString(Qt::ISODate))));
    if (c.individualMembers < 0)
        problems.append(Problem::error(QStringLiteral("individual_members"),
                                       tr("The number of individual members cannot be negative (%1).").arg(c.individualMembers)));
    if (c.unitMembers < 0)
        problems.append(Problem::error(QStringLiteral("unit_members"),
                                       tr("The number of unit members cannot be negative (%1).").arg(c.unitMembers)));
    if (c.fullTimeStaff && *c.fullTimeStaff < 0)
        problems.append(Problem::error(QStringLiteral("full_time_staff"),
                                       tr("The number of full-time staff cannot be negative (%1).").arg(*c.fullTimeStaff)));
    if (c.activityFundsFen && *c.activityFundsFen < 0)
        problems.append(Problem::error(QStringLiteral("activity_funds"), tr("Activity funds cannot be negative.")));
    static const QRegularExpression phone(QStringLiteral("^[0-9+\\-() ]{5,20}$"));
    const std::pair<QString, QString> phones[] = {{QStringLiteral("president_phone"), c.presidentPhone},
                                                  {QStringLiteral("secretary_phone"), c.secretaryPhone},
                                                  {QStringLiteral("contact_phone"), c.contactPhone}};
    for (const auto &[field, value] : phones)
        if (!value.isEmpty() && !phone.match(value).hasMatch())
            problems.append(Problem::error(field, tr("The phone number %1 has characters a phone number cannot have.").arg(value)));
    if (c.status == ChamberStatus::Dissolved && !c.dissolved)
        problems.append(Problem::error(QStringLiteral("dissolved"), tr("A dissolved chamber needs the date it was dissolved.")));
    if (c.status != ChamberStatus::Dissolved && c.dissolved)
        problems.append(Problem::error(QStringLiteral("dissolved"), tr("Only a dissolved chamber has a dissolution date.")));
    // A contradiction to verify (one of the dates is wrong), not a record that cannot be kept.
    if (c.dissolved && c.founded && *c.dissolved < *c.founded)
        problems.append(Problem::warning(QStringLiteral("dissolved"),
                                       tr("The dissolution date %1 is before the founding date %2.")
                                           .arg(c.dissolved->toString(Qt::ISODate), c.founded->toString(Qt::ISODate))));
    if (c.dissolved && *c.dissolved > today)
        problems.append(Problem::error(QStringLiteral("dissolved"), tr("The dissolution date is in the future.")));
    return problems;
}

bool Chambers::existsOn(const Chamber &c, const QDate &date)
{
    if (c.founded && *c.founded > date)
        return false;
    if (c.dissolved && *c.dissolved <= date)
        return false;
    return true;
}

bool Chambers::activeOn(const Chamber &c, const QDate &date)
{
    if (!existsOn(c, date))
        return false;
    // Dormancy carries no date: a dormant chamber is not counted active at any date.
    return c.status != ChamberStatus::Dormant;
}

} // namespace chamber
