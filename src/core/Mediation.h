// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chamber {

class EnumTextSet;

enum class DisputeType { Contract, Debt, Labour, ProductQuality, IntellectualProperty, Partnership, Other };
// 案件来源, as the paper case file (人民调解卷宗) records it.
enum class CaseSource { Application, Initiative, PoliceReferral, CourtEntrustment, GovernmentAssignment };
// 受理 → 调解中 → 调解成功 | 调解不成 | 转诉讼/仲裁
enum class CaseStatus { Received, Mediating, Settled, Failed, Referred };
enum class Performance { Performed, PartlyPerformed, NotPerformed };  // 协议履行情况
enum class Satisfaction { Satisfied, FairlySatisfied, Dissatisfied };  // 回访满意度

// 调解组织: a chamber's mediation committee or room; at most one per chamber.
struct MediationCommittee
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString name;                  // e.g. 宾阳县宾州镇商会人民调解委员会
    std::optional<QDate> founded;  // unknown: counted at every date
    int mediators = 0;             // 调解员 in post; 0 when not known
    QString notes;

    bool operator==(const MediationCommittee &) const = default;
};

// 调解案件: one dispute taken in for mediation, with everything its case file holds. Its status
// moves by dated changes (CaseStatusChange); status and closedOn here mirror the latest change.
struct MediationCase
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString number;                         // 案号, unique in the chamber; given when left empty
    QDate receivedOn;                       // 受理日期
    CaseSource source = CaseSource::Application;
    QString applicant;                      // 申请人
    QString respondent;                     // 被申请人
    DisputeType disputeType = DisputeType::Other;
    QString summary;                        // 纠纷简要情况
    std::optional<qint64> amountDisputedFen;
    QStringList mediators;                  // names of the mediators who handled it
    CaseStatus status = CaseStatus::Received;
    std::optional<QDate> closedOn;          // date of the closing change (settled, failed, referred)
    std::optional<qint64> agreedAmountFen;  // settled: the amount agreed
    QString agreementNumber;                // settled: 调解协议书 number
    std::optional<bool> judicialConfirmation;  // settled: 司法确认 applied for and given
    std::optional<Performance> performance;    // settled: how the agreement was performed
    QString performanceProof;               // 履行凭证: what proves it (transfer slip, receipt …)
    std::optional<QDate> followUpOn;        // 回访 date, once visited
    std::optional<Satisfaction> followUpSatisfaction;
    QString followUpNote;
    QString notes;

    bool operator==(const MediationCase &) const = default;
};

// For chambers whose ledger gives only 年度调解案件数: the year's count of cases (and of those
// settled, when known), kept beside the case list; stats take the larger of tally and list.
struct MediationTally
{
    qint64 id = 0;
    qint64 chamberId = 0;
    int year = 0;
    int cases = 0;
    std::optional<int> settled;
    QString notes;

    bool operator==(const MediationTally &) const = default;
};

// The names and field rules of mediation records (the lifecycle is in CaseLifecycle).
class Mediation
{
    Q_DECLARE_TR_FUNCTIONS(Mediation)
public:
    static QString disputeTypeKey(DisputeType type);
    static QString disputeTypeName(DisputeType type);
    static std::optional<DisputeType> disputeTypeFromText(const QString &text);
    static QList<DisputeType> allDisputeTypes();
    static const EnumTextSet &disputeTypeTexts();
    static QString sourceKey(CaseSource source);
    static QString sourceName(CaseSource source);
    static std::optional<CaseSource> sourceFromText(const QString &text);
    static QList<CaseSource> allSources();
    static const EnumTextSet &sourceTexts();
    static QString statusKey(CaseStatus status);  // received, mediating, settled, failed, referred
    static QString statusName(CaseStatus status);
    static std::optional<CaseStatus> statusFromText(const QString &text);
    static QList<CaseStatus> allStatuses();
    static const EnumTextSet &statusTexts();
    static QString performanceKey(Performance performance);
    static QString performanceName(Performance performance);
    static std::optional<Performance> performanceFromText(const QString &text);
    static const EnumTextSet &performanceTexts();
    static QString satisfactionKey(Satisfaction satisfaction);
    static QString satisfactionName(Satisfaction satisfaction);
    static std::optional<Satisfaction> satisfactionFromText(const QString &text);
    static const EnumTextSet &satisfactionTexts();
    // Settled, failed and referred end a mediation.
    static bool isClosed(CaseStatus status);

    static Problems validate(const MediationCommittee &committee, const QDate &today = QDate::currentDate());
    static Problems validate(const MediationTally &tally, const QDate &today = QDate::currentDate());
    // The case's own fields: parties, dates, amounts not negative, a closed date exactly when
    // closed and not before receipt, settlement details only on a settled case, the follow-up
    // visit only on a closed case and not before it closed.
    static Problems validate(const MediationCase &mediationCase, const QDate &today = QDate::currentDate());
};

} // namespace chamber
