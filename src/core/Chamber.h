// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace chamber {

class EnumTextSet;

enum class ChamberStatus { Active, Dormant, Dissolved };

// 商会: a township's chamber of commerce. Member counts are plain counts here; when the member
// list is kept they follow from it.
struct Chamber
{
    qint64 id = 0;
    QString townshipCode;
    QString name;
    std::optional<QDate> founded;
    ChamberStatus status = ChamberStatus::Active;
    std::optional<QDate> dissolved;  // set when the status is dissolved
    QString president;               // 会长
    QString presidentPhone;
    QString secretaryGeneral;        // 秘书长
    QString secretaryPhone;
    QString contactPerson;
    QString contactPhone;
    QString premises;                // address of the office; empty when it has none
    std::optional<int> fullTimeStaff;
    std::optional<qint64> activityFundsFen;  // 活动资金, in fen
    int individualMembers = 0;       // 个人会员
    int unitMembers = 0;             // 单位（企业）会员
    std::optional<bool> independentLiability;  // 能够独立承担民事责任, as assessed by staff
    QString creditCode;              // 统一社会信用代码, once registered
    QString supervisingUnit;         // 业务主管单位: the body it registers under, usually the county federation
    QString notes;

    int totalMembers() const { return individualMembers + unitMembers; }
    bool operator==(const Chamber &) const = default;
};

class Chambers
{
    Q_DECLARE_TR_FUNCTIONS(Chambers)
public:
    static QString statusKey(ChamberStatus status);  // "active", "dormant", "dissolved"
    static QString statusName(ChamberStatus status); // translated
    // Accepts the key, or the Chinese or English name.
    static std::optional<ChamberStatus> statusFromText(const QString &text);
    static const EnumTextSet &statusTexts();
    // Field rules that need no database: name, dates, counts, funds, phones, dissolution.
    static Problems validate(const Chamber &chamber, const QDate &today = QDate::currentDate());
    // Whether the chamber counts as existing (founded, not dissolved) on a date.
    static bool existsOn(const Chamber &chamber, const QDate &date);
    // Whether it counts as active on a date (exists and not dormant).
    static bool activeOn(const Chamber &chamber, const QDate &date);
};

} // namespace chamber
