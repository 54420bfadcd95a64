// SPDX-License-Identifier: GPL-3.0-or-later
#include "Points.h"

#include "EnumText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace chamber {

namespace {
// An entry's status, stored, shown and typed through the one enum-text mechanism (EnumText.h).
const EnumText<EntryStatus> kStatuses[] = {
    {EntryStatus::Draft, "draft", QT_TRANSLATE_NOOP("Points", "draft"), ""},
    {EntryStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Points", "submitted"), ""},
    {EntryStatus::Approved, "approved", QT_TRANSLATE_NOOP("Points", "approved"), ""},
    {EntryStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Points", "rejected"), ""},
};
const EnumTexts<EntryStatus> kStatusTexts("Points", kStatuses);
} // namespace

std::optional<qint64> Points::parseTenths(const QString &input)
{
    QString text = input.trimmed();
    if (text.endsWith(QStringLiteral("分")))
        text.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,9})(?:\\.(\\d+))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString decimals = match.captured(3);
    // Tenths are the unit: "2.50" is fine, "2.55" cannot be kept exactly and is refused.
    for (int i = 1; i < decimals.size(); ++i)
        if (decimals.at(i) != QLatin1Char('0'))
            return std::nullopt;
    qint64 tenths = match.captured(2).toLongLong() * 10 + (decimals.isEmpty() ? 0 : decimals.at(0).digitValue());
    if (match.captured(1) == QStringLiteral("-"))
        tenths = -tenths;
    return tenths;
}

QString Points::formatTenths(qint64 tenths)
{
    const qint64 magnitude = std::llabs(tenths);
    return QStringLiteral("%1%2.%3").arg(tenths < 0 ? QStringLiteral("-") : QString()).arg(magnitude / 10).arg(magnitude % 10);
}

std::optional<qint64> Points::averageHundredths(qint64 sumTenths, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    // sum/10 / count in hundredths = sum*10 / count, rounded half away from zero with integers.
    const qint64 scaled = std::llabs(sumTenths) * 10;
    const qint64 rounded = (2 * scaled + count) / (2 * count);
    return sumTenths < 0 ? -rounded : rounded;
}

QString Points::formatHundredths(qint64 hundredths)
{
    const qint64 magnitude = std::llabs(hundredths);
    return QStringLiteral("%1%2.%3")
        .arg(hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Points::statusKey(EntryStatus status)
{
    return kStatusTexts.key(status);
}

QList<EntryStatus> Points::movesTo(EntryStatus to)
{
    switch (to) {
    case EntryStatus::Submitted:
        return {EntryStatus::Draft};
    case EntryStatus::Approved:
        return {EntryStatus::Submitted};
    case EntryStatus::Rejected:
        return {EntryStatus::Submitted, EntryStatus::Approved};
    case EntryStatus::Draft:
        break;
    }
    return {};
}

QString Points::statusName(EntryStatus status)
{
    return kStatusTexts.name(status);
}

std::optional<EntryStatus> Points::statusFromText(const QString &text)
{
    return kStatusTexts.fromText(text);
}

QString Points::gradeKey(Grade grade)
{
    switch (grade) {
    case Grade::Excellent: return QStringLiteral("excellent");
    case Grade::Good: return QStringLiteral("good");
    case Grade::Pass: return QStringLiteral("pass");
    case Grade::Fail: return QStringLiteral("fail");
    case Grade::Vetoed: return QStringLiteral("vetoed");
    }
    return {};
}

QString Points::gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Excellent: return tr("excellent");
    case Grade::Good: return tr("good");
    case Grade::Pass: return tr("pass");
    case Grade::Fail: return tr("fail");
    case Grade::Vetoed: return tr("vetoed");
    }
    return {};
}

std::optional<Grade> Points::gradeFromKey(const QString &key)
{
    for (auto g : allGrades())
        if (key == gradeKey(g))
            return g;
    return std::nullopt;
}

QList<Grade> Points::allGrades()
{
    return {Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail, Grade::Vetoed};
}

Grade Points::gradeFor(qint64 totalTenths, const GradeThresholds &t)
{
    if (totalTenths >= t.excellentTenths)
        return Grade::Excellent;
    if (totalTenths >= t.goodTenths)
        return Grade::Good;
    if (totalTenths >= t.passTenths)
        return Grade::Pass;
    return Grade::Fail;
}

qint64 Points::withinItemCap(const PointsRule &rule, qint64 tenths)
{
    if (!rule.itemCapTenths)
        return tenths;
    const qint64 cap = *rule.itemCapTenths;
    return std::clamp(tenths, -cap, cap);
}

qint64 Points::pointsFromRule(const PointsRule &rule, int quantity)
{
    return withinItemCap(rule, rule.pointsTenths * qint64(quantity));
}

Problems Points::validateCategory(const PointsCategory &category)
{
    Problems problems;
    const QString name = category.name.trimmed();
    if (name.isEmpty())
        problems.append(Problem::error(QStringLiteral("category"), tr("The category's name is missing.")));
    else if (name.size() > 40)
        problems.append(Problem::error(QStringLiteral("category"), tr("The category's name is longer than 40 characters.")));
    return problems;
}

Problems Points::validateThresholds(const GradeThresholds &t)
{
    Problems problems;
    if (t.passTenths < 0)
        problems.append(Problem::error(QStringLiteral("thresholds"), tr("The pass mark cannot be negative.")));
    if (t.goodTenths < t.passTenths || t.excellentTenths < t.goodTenths)
        problems.append(Problem::error(QStringLiteral("thresholds"),
                                       tr("The grade thresholds must rise: pass %1 ≤ good %2 ≤ excellent %3.")
                                           .arg(formatTenths(t.passTenths), formatTenths(t.goodTenths), formatTenths(t.excellentTenths))));
    return problems;
}

Problems Points::validateRule(const PointsRule &rule)
{
    Problems problems;
    if (rule.year < 2000 || rule.year > 2100)
        problems.append(Problem::error(QStringLiteral("year"), tr("The year %1 is outside 2000–2100.").arg(rule.year)));
    if (rule.categoryId <= 0)
        problems.append(Problem::error(QStringLiteral("category"), tr("The rule's category is missing.")));
    const QString description = rule.description.trimmed();
    if (description.isEmpty())
        problems.append(Problem::error(QStringLiteral("description"), tr("The rule's description is missing.")));
    else if (description.size() > 200)
        problems.append(Problem::error(QStringLiteral("description"), tr("The rule's description is longer than 200 characters.")));
    if (rule.pointsTenths == 0)
        problems.append(Problem::error(QStringLiteral("points"), tr("A rule gives or deducts some points; 0 is not a rule.")));
    if (rule.yearCapTenths && *rule.yearCapTenths <= 0)
        problems.append(Problem::error(QStringLiteral("year_cap"), tr("The cap per year must be more than 0 (for a deduction: the most that can be lost).")));
    if (rule.itemCapTenths && *rule.itemCapTenths <= 0)
        problems.append(Problem::error(QStringLiteral("item_cap"), tr("The cap per item must be more than 0.")));
    const qint64 magnitude = std::llabs(rule.pointsTenths);
    if (rule.itemCapTenths && *rule.itemCapTenths > 0 && *rule.itemCapTenths < magnitude)
        problems.append(Problem::error(QStringLiteral("item_cap"), tr("The cap per item (%1) is less than one occurrence (%2).")
                                                                      .arg(formatTenths(*rule.itemCapTenths), formatTenths(magnitude))));
    if (rule.yearCapTenths && rule.itemCapTenths && *rule.itemCapTenths > *rule.yearCapTenths)
        problems.append(Problem::error(QStringLiteral("item_cap"), tr("The cap per item (%1) is more than the cap per year (%2).")
                                                                      .arg(formatTenths(*rule.itemCapTenths), formatTenths(*rule.yearCapTenths))));
    if (!rule.exclusiveGroup.trimmed().isEmpty() && rule.isDeduction())
        problems.append(Problem::error(QStringLiteral("group"),
                                       tr("A deduction cannot be in a group counted once; only rules that give points can.")));
    return problems;
}

Problems Points::validateEntry(const PointsEntry &entry, const PointsRule &rule, const QDate &today)
{
    Problems problems;
    if (entry.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The entry's chamber is missing.")));
    if (!entry.date.isValid()) {
        problems.append(Problem::error(QStringLiteral("date"), tr("The entry's date is missing.")));
    } else {
        if (entry.date.year() != rule.year)
            problems.append(Problem::error(QStringLiteral("date"), tr("The date %1 is not in %2, the year of the rule.")
                                                                       .arg(entry.date.toString(Qt::ISODate)).arg(rule.year)));
        if (entry.date > today)
            problems.append(Problem::error(QStringLiteral("date"), tr("The date %1 is in the future.").arg(entry.date.toString(Qt::ISODate))));
    }
    if (entry.quantity < 1 || entry.quantity > kMaxQuantity)
        problems.append(Problem::error(QStringLiteral("quantity"), tr("The quantity must be between 1 and %1, not %2.")
                                                                       .arg(kMaxQuantity).arg(entry.quantity)));
    const qint64 fromRule = pointsFromRule(rule, std::clamp(entry.quantity, 1, kMaxQuantity));
    if (entry.pointsTenths != fromRule) {
        if (entry.manualReason.trimmed().isEmpty())
            problems.append(Problem::error(QStringLiteral("manual_reason"),
                                           tr("The points %1 differ from the rule's %2; a change by hand needs a reason.")
                                               .arg(formatTenths(entry.pointsTenths), formatTenths(fromRule))));
        if ((rule.pointsTenths > 0 && entry.pointsTenths < 0) || (rule.pointsTenths < 0 && entry.pointsTenths > 0))
            problems.append(Problem::error(QStringLiteral("points"), rule.isDeduction()
                                                                          ? tr("The rule is a deduction; its entries cannot give points.")
                                                                          : tr("The rule gives points; its entries cannot deduct them.")));
        if (rule.itemCapTenths && std::llabs(entry.pointsTenths) > *rule.itemCapTenths)
            problems.append(Problem::error(QStringLiteral("points"), tr("The points %1 are beyond the rule's cap per item (%2).")
                                                                         .arg(formatTenths(entry.pointsTenths), formatTenths(*rule.itemCapTenths))));
    }
    if (entry.status == EntryStatus::Rejected && entry.rejectionReason.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("rejection_reason"), tr("A rejection needs a reason.")));
    return problems;
}

Problems Points::validateSubmission(const PointsEntry &entry, const PointsRule &rule)
{
    Problems problems;
    if (rule.evidenceRequired && entry.evidence.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("evidence"), tr("The rule \"%1\" requires evidence; add an evidence note before submitting.")
                                                                       .arg(rule.description)));
    return problems;
}

Problems Points::validateVeto(const Veto &veto, const QDate &today)
{
    Problems problems;
    if (veto.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The veto's chamber is missing.")));
    if (veto.reason.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("reason"), tr("A veto needs a reason.")));
    if (!veto.date.isValid())
        problems.append(Problem::error(QStringLiteral("date"), tr("The veto's date is missing.")));
    else if (veto.date > today)
        problems.append(Problem::error(QStringLiteral("date"), tr("The date %1 is in the future.").arg(veto.date.toString(Qt::ISODate))));
    else if (veto.date.year() < veto.year)
        problems.append(Problem::error(QStringLiteral("date"), tr("The veto's date %1 is before the year %2 it applies to.")
                                                                   .arg(veto.date.toString(Qt::ISODate)).arg(veto.year)));
    return problems;
}

} // namespace chamber
