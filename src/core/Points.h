// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace chamber {

// Micro-points (微积分) are kept as whole TENTHS of a point in qint64 — never floating point — so
// that rules such as "0.5 points per item" are exact and no sum drifts. Every member or parameter
// named ...Tenths holds tenths: 50 means 5.0 points, -25 means a deduction of 2.5 points.

// 积分类别: one scoring category (服务会员 …). The office can add, rename, reorder and retire them.
struct PointsCategory
{
    qint64 id = 0;
    QString name;
    int position = 0;      // order of the columns in the report
    bool retired = false;  // retired: no new rules, not copied into a new year; past years keep it

    bool operator==(const PointsCategory &) const = default;
};

// Total points at or above which each grade is given; below passTenths: 不合格.
struct GradeThresholds
{
    qint64 excellentTenths = 900;  // 优秀
    qint64 goodTenths = 750;       // 良好
    qint64 passTenths = 600;       // 合格

    bool operator==(const GradeThresholds &) const = default;
};

// 等次. Vetoed (否决) replaces whatever the points would give.
enum class Grade { Excellent, Good, Pass, Fail, Vetoed };

// The options of one year's rule set and whether the year is published (frozen).
struct PointsYear
{
    int year = 0;
    bool published = false;
    GradeThresholds thresholds;
    // "Eligibility only after a year registered": when set, award eligibility also needs the
    // chamber to be registered with civil affairs on 31 December of the year, registered since
    // 31 December of the year before or earlier (a full year at the year's end).
    bool awardRequiresRegisteredYear = false;
    std::optional<int> copiedFrom;  // the year whose set this one started as a copy of

    bool operator==(const PointsYear &) const = default;
};

// One line of a year's rule set: how points are earned (or lost) in a category.
struct PointsRule
{
    qint64 id = 0;
    int year = 0;
    qint64 categoryId = 0;
    QString description;
    qint64 pointsTenths = 0;                // per occurrence; negative for a deduction (扣分)
    std::optional<qint64> yearCapTenths;    // most a chamber can get (or lose) from this rule in the year
    std::optional<qint64> itemCapTenths;    // most one entry can count (此项最高计), whatever its quantity
    bool evidenceRequired = false;          // an entry cannot be submitted without an evidence note
    // Rules sharing a non-empty group in a category count once: only the highest of them
    // (不重复计分, e.g. one honour at national, provincial and city level counts at the highest).
    QString exclusiveGroup;
    int position = 0;                       // order within the category
    bool retired = false;                   // no new entries; entries already made still count

    bool isDeduction() const { return pointsTenths < 0; }
    bool operator==(const PointsRule &) const = default;
};

enum class EntryStatus { Draft, Submitted, Approved, Rejected };

// 积分申报: one occurrence (or several, by quantity) of a rule for a chamber.
struct PointsEntry
{
    qint64 id = 0;
    qint64 chamberId = 0;
    qint64 ruleId = 0;
    QDate date;                 // when it happened; its year is the scoring year
    int quantity = 1;
    qint64 pointsTenths = 0;    // from the rule (points × quantity, within the item cap) unless changed by hand
    QString manualReason;       // required when the points differ from the rule's
    QString evidence;           // evidence note (佐证材料)
    QString enteredBy;
    EntryStatus status = EntryStatus::Draft;
    QString rejectionReason;    // required when rejected
    QString decidedBy;          // who approved or rejected it
    QString decidedAt;          // UTC timestamp of that decision

    int year() const { return date.year(); }
    bool operator==(const PointsEntry &) const = default;
};

// 一票否决: an item that takes a chamber out of the year's awards whatever its points.
struct Veto
{
    qint64 id = 0;
    qint64 chamberId = 0;
    int year = 0;
    QDate date;
    QString reason;
    QString recordedBy;

    bool operator==(const Veto &) const = default;
};

// The rules of micro-points that need no database: units, names, validation, a rule's points.
class Points
{
    Q_DECLARE_TR_FUNCTIONS(Points)
public:
    static constexpr int kMaxQuantity = 10000;

    // The approval workflow: drafts and rejected entries can be changed or removed; a draft is
    // submitted, a submitted entry approved, a submitted or approved one rejected.
    static bool isEditable(EntryStatus status) { return status == EntryStatus::Draft || status == EntryStatus::Rejected; }
    static QList<EntryStatus> movesTo(EntryStatus to);
    static bool canMove(EntryStatus from, EntryStatus to) { return movesTo(to).contains(from); }

    // "5", "0.5", "-2", "+3.0", "2分": at most one decimal place; nullopt otherwise.
    static std::optional<qint64> parseTenths(const QString &text);
    // Always one decimal place, so that columns line up: 50 → "5.0", -25 → "-2.5".
    static QString formatTenths(qint64 tenths);
    static double toDouble(qint64 tenths) { return double(tenths) / 10.0; }
    // The average of a sum of tenths over count, in hundredths rounded half away from zero.
    static std::optional<qint64> averageHundredths(qint64 sumTenths, qint64 count);
    static QString formatHundredths(qint64 hundredths);  // 4567 → "45.67"

    static QString statusKey(EntryStatus status);   // draft, submitted, approved, rejected
    static QString statusName(EntryStatus status);  // translated
    static std::optional<EntryStatus> statusFromText(const QString &text);
    static QString gradeKey(Grade grade);           // excellent, good, pass, fail, vetoed
    static QString gradeName(Grade grade);          // translated (优秀 …)
    static std::optional<Grade> gradeFromKey(const QString &key);
    static QList<Grade> allGrades();
    static Grade gradeFor(qint64 totalTenths, const GradeThresholds &thresholds);

    // points × quantity, kept within the rule's item cap (for a deduction: no more than the cap lost).
    static qint64 pointsFromRule(const PointsRule &rule, int quantity);
    static qint64 withinItemCap(const PointsRule &rule, qint64 tenths);

    static Problems validateCategory(const PointsCategory &category);
    static Problems validateThresholds(const GradeThresholds &thresholds);
    static Problems validateRule(const PointsRule &rule);
    // Field rules of an entry against its rule: the date in the rule's year and not in the
    // future, a quantity, manual points with a reason, of the rule's sign and within its item cap.
    static Problems validateEntry(const PointsEntry &entry, const PointsRule &rule, const QDate &today = QDate::currentDate());
    // What submitting needs beyond validateEntry: evidence when the rule requires it.
    static Problems validateSubmission(const PointsEntry &entry, const PointsRule &rule);
    static Problems validateVeto(const Veto &veto, const QDate &today = QDate::currentDate());
};

} // namespace chamber
