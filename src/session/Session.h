// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberService.h"
#include "ChangeHistory.h"
#include "DashboardService.h"
#include "ExchangeService.h"
#include "Database.h"
#include "DisclosureService.h"
#include "DivisionService.h"
#include "HistoryCorrections.h"
#include "HonourService.h"
#include "ImportLogService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "MemberService.h"
#include "PartyService.h"
#include "PointsService.h"
#include "ServerNotices.h"
#include "ServiceRequestService.h"
#include "Stats.h"
#include "VerificationService.h"

#include <QList>
#include <QObject>

#include <memory>

namespace chamber {

// The application layer between the shells and the services: one open database and every
// service over it, made once and handed to whoever shows or edits records (the pages, dialogs
// and lists of chamberdesk; chamberctl could use it alike — it holds no widget). Each committed
// write is announced by changed() with what it touched (the kind and id change_log records), so
// that open lists update the affected rows instead of reading whole pages again. On a server,
// other users' committed writes are announced the same way (ServerNotices), as far as this
// user may read them.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &db() { return *m_db; }

    ChamberService &chambers() { return m_chambers; }
    RegistrationService &registrations() { return m_registrations; }
    HistoryCorrections &corrections() { return m_corrections; }
    DivisionService &divisions() { return m_divisions; }
    PartyService &party() { return m_party; }
    DisclosureService &disclosures() { return m_disclosures; }
    HonourService &honours() { return m_honours; }
    MemberService &members() { return m_members; }
    ServiceRequestService &needs() { return m_needs; }
    MediationService &mediation() { return m_mediation; }
    MediationCaseService &cases() { return m_cases; }
    PointsService &points() { return m_points; }
    VerificationService &verification() { return m_verification; }
    ImportLogService &imports() { return m_imports; }
    ChangeHistory &history() { return m_history; }
    StatsService &stats() { return m_stats; }
    DashboardService &dashboard() { return m_dashboard; }
    // Report packages: the export a county sends upward, and who has reported (docs/exchange.md).
    ExchangeService &exchange() { return m_exchange; }
    // Whether other users' changes are heard (a server database that took the LISTEN).
    bool hearsOthers() const { return m_notices->listening(); }

    // The records of these kinds (change_log entities) among a write's changes: their ids, and
    // whether one was added (a list cannot know where a new record falls in its order).
    struct Touched
    {
        QList<qint64> ids;
        bool added = false;
    };
    static Touched touched(const QList<ChangeEvent> &changes, const QStringList &entities);
    static bool touches(const QList<ChangeEvent> &changes, const QStringList &entities);

signals:
    // After a transaction committed: every change_log entry it appended, in order — this
    // connection's, or on a server another user's (ServerNotices).
    void changed(const QList<chamber::ChangeEvent> &changes);

private:
    std::unique_ptr<Database> m_db;
    ChamberService m_chambers;
    RegistrationService m_registrations;
    HistoryCorrections m_corrections;
    DivisionService m_divisions;
    PartyService m_party;
    DisclosureService m_disclosures;
    HonourService m_honours;
    MemberService m_members;
    ServiceRequestService m_needs;
    MediationService m_mediation;
    MediationCaseService m_cases;
    PointsService m_points;
    VerificationService m_verification;
    ImportLogService m_imports;
    ChangeHistory m_history;
    StatsService m_stats;
    DashboardService m_dashboard;
    ExchangeService m_exchange;
    std::unique_ptr<ServerNotices> m_notices;  // before m_db is closed, gone
};

} // namespace chamber
