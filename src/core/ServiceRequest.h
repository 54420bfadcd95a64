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

// What a member needs (会员需求清单): the kinds offices list.
enum class NeedKind { Water, Power, Sewage, Funding, Legal, Other };
// open → in progress → resolved; a need met on the spot may go straight to resolved.
enum class NeedStatus { Open, InProgress, Resolved };

// One need a member raised, the partner it was referred to and how far it has got. The status
// follows from the dates: started (in progress), resolved.
struct ServiceRequest
{
    qint64 id = 0;
    qint64 chamberId = 0;
    std::optional<qint64> memberId;  // when the chamber's member list holds the member
    QString requester;               // the member as named in the request
    NeedKind kind = NeedKind::Other;
    QString description;
    QString partner;                 // who it was referred to: legal service centre, bank …
    QDate raisedOn;
    NeedStatus status = NeedStatus::Open;
    std::optional<QDate> startedOn;
    std::optional<QDate> resolvedOn;
    QString resolution;              // how it was resolved
    QString notes;

    bool operator==(const ServiceRequest &) const = default;
};

class ServiceRequests
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRequests)
public:
    static QString kindKey(NeedKind kind);  // water, power, sewage, funding, legal, other
    static QString kindName(NeedKind kind);
    static std::optional<NeedKind> kindFromText(const QString &text);
    static QList<NeedKind> allKinds();
    static const EnumTextSet &kindTexts();
    static QString statusKey(NeedStatus status);  // open, in_progress, resolved
    static QString statusName(NeedStatus status);
    static std::optional<NeedStatus> statusFromText(const QString &text);
    static QList<NeedStatus> allStatuses();
    static const EnumTextSet &statusTexts();
    // The partners 微服务 practice refers needs to, offered as choices (any other may be typed).
    static QStringList usualPartners();

    // Who asked and what for, dates not in the future and in order, and the status matching them.
    static Problems validate(const ServiceRequest &request, const QDate &today = QDate::currentDate());
    // A status change on a date: forward (open → in progress → resolved, or open → resolved), or
    // back from resolved only by reopening with a reason.
    static Problems validateChange(const ServiceRequest &request, NeedStatus next, const QDate &date, bool reopen,
                                   const QString &reason, const QDate &today = QDate::currentDate());
    static ServiceRequest applied(const ServiceRequest &request, NeedStatus next, const QDate &date, bool reopen);
    // The status on a date, nullopt before the need was raised.
    static std::optional<NeedStatus> statusOn(const ServiceRequest &request, const QDate &date);
};

} // namespace chamber
