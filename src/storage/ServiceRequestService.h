// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "RecordQuery.h"
#include "ServiceRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chamber {

struct NeedQuery : RecordQuery
{
    std::optional<NeedStatus> status;
    std::optional<bool> resolved;  // false: open or in progress
    std::optional<NeedKind> kind;
};

// One status change of a need, with what comes with it: the partner it was referred to when
// work starts, the resolution when it is resolved, the reason when it is reopened.
struct NeedChange
{
    qint64 requestId = 0;
    NeedStatus status = NeedStatus::InProgress;
    QDate date;
    bool reopen = false;
    QString reason;
    QString partner;     // kept if empty
    QString resolution;  // kept if empty
};

// Keeps the member needs list (会员需求清单). The status moves only through changeStatus().
class ServiceRequestService
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRequestService)
public:
    explicit ServiceRequestService(Database &db) : m_db(db) {}

    // A listed member's name becomes the requester when none is given.
    Result<qint64> add(const ServiceRequest &request);
    Status update(const ServiceRequest &request, std::optional<qint64> expectedVersion = {});
    Status changeStatus(const NeedChange &change);
    Status remove(qint64 id);
    Result<ServiceRequest> get(qint64 id) const;
    Result<QList<Listed<ServiceRequest>>> list(const NeedQuery &query = {}) const;
    Result<int> count(const NeedQuery &query = {}) const;
    Result<QList<ServiceRequest>> all() const;
    Problems validate(const ServiceRequest &request) const;

private:
    Database &m_db;
};

} // namespace chamber
