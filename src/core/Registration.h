// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace chamber {

// 注册登记 status of a chamber with the civil affairs bureau.
enum class RegistrationStatus { NotRegistered, Preparing, Applied, Registered, Deregistered };

// One dated change of registration status; the history is the list of these in date order.
struct RegistrationEvent
{
    qint64 id = 0;
    qint64 chamberId = 0;
    RegistrationStatus status = RegistrationStatus::NotRegistered;
    QDate date;
    QString creditCode;  // given with "registered"
    QString note;

    bool operator==(const RegistrationEvent &) const = default;
};

class Registrations
{
    Q_DECLARE_TR_FUNCTIONS(Registrations)
public:
    static QString statusKey(RegistrationStatus status);  // not_registered, preparing, applied, registered, deregistered
    static QString statusName(RegistrationStatus status); // translated (未登记 …)
    static std::optional<RegistrationStatus> statusFromText(const QString &text);
    static QList<RegistrationStatus> allStatuses();

    // The status on a date, from a history sorted by date (no event yet: not registered).
    static RegistrationStatus statusOn(const QList<RegistrationEvent> &history, const QDate &date);
    static RegistrationStatus currentStatus(const QList<RegistrationEvent> &history);
    // The date the chamber was (last) registered, if it is registered on the date.
    static std::optional<QDate> registeredSince(const QList<RegistrationEvent> &history, const QDate &date);

    // Whether the next event may follow the history: dates in order and not before founding,
    // a status change (not a repeat), "registered" with a valid credit code, "deregistered"
    // only from registered. countyCode feeds the credit code's division warning.
    static Problems validateNext(const Chamber &chamber, const QList<RegistrationEvent> &history,
                                 const RegistrationEvent &next, const QString &countyCode,
                                 const QDate &today = QDate::currentDate());
    // Whether a whole history could stand, as it would after a correction: the entries in date
    // order (equal dates by id), each checked by validateNext against the ones before it. Errors
    // name the entry (its place, date and status); warnings are kept only for the entry at index
    // focus (the one corrected), so that old entries do not repeat theirs.
    static Problems validateHistory(const Chamber &chamber, const QList<RegistrationEvent> &history, const QString &countyCode,
                                    int focus = -1, const QDate &today = QDate::currentDate());
    // The history in date order, equal dates in the order they were recorded (by id).
    static QList<RegistrationEvent> sorted(QList<RegistrationEvent> history);
};

} // namespace chamber
