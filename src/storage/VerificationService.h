// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace chamber {

// A value that needs a clerk's check (待核实): held back by an import because it was invalid
// (the chamber came in without it), or taken in as found although it contradicts another value
// (registered before founded). Kept with where it came from until it is resolved.
struct VerificationItem
{
    enum class Kind { HeldBack, Doubtful };
    enum class Resolution { UsedValue, Dismissed, Edited };

    qint64 id = 0;
    qint64 chamberId = 0;
    QString field;       // the field key (Problem::field, fieldLabel)
    QString value;       // as found in the source
    QString reason;      // why it is held back or doubtful, as the import said it
    Kind kind = Kind::HeldBack;
    QString sourceFile;
    QString sheet;
    int sourceRow = 0;   // 0 when not from a sheet row
    QDateTime createdAt;  // UTC
    QString createdBy;
    std::optional<QDateTime> resolvedAt;
    QString resolvedBy;
    std::optional<Resolution> resolution;
    QString resolutionNote;

    bool open() const { return !resolution.has_value(); }
    bool operator==(const VerificationItem &) const = default;

    static QString kindKey(Kind kind);                // held_back, doubtful
    static QString resolutionKey(Resolution r);       // used_value, dismissed, edited
    static QString resolutionName(Resolution r);      // translated
};

struct VerificationQuery
{
    std::optional<qint64> chamberId;
    bool openOnly = true;
};

// Keeps the verification items: added by an import inside its transaction (an open item with the
// same chamber, field and value is not added twice), listed, and resolved — by using the value,
// by dismissing it with a reason, or by the field being edited. Every write goes to change_log.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)
public:
    explicit VerificationService(Database &db) : m_db(db) {}

    // Adds the item unless the same one is open; returns its id, or 0 when it was already open.
    Result<qint64> add(const VerificationItem &item);
    Result<VerificationItem> get(qint64 id) const;
    Result<QList<VerificationItem>> list(const VerificationQuery &query = {}) const;
    Result<int> openCount() const;
    // Open items per chamber (chambers without any are left out).
    Result<QHash<qint64, int>> openCountsByChamber() const;
    // Resolves one open item; a dismissal needs a reason.
    Status resolve(qint64 id, VerificationItem::Resolution resolution, const QString &note = {});
    // The fields of a chamber were edited: their open items are resolved as edited. Inside the
    // caller's transaction (ChamberService::update calls it). With `matches`, only the items whose
    // value it accepts (an honour written settles the items naming its kind, not every honour).
    Status resolveEdited(qint64 chamberId, const QStringList &fields, const std::function<bool(const QString &value)> &matches = {});
    // The item fields a record of a chamber settles when it is added, changed or removed by hand:
    // the Party organisation (party_organization, party_form, party_members), the instructor, the
    // mediation committee, the yearly case tally (mediation_cases, mediation_settled), honours.
    enum class Record { PartyOrganization, PartyInstructor, MediationCommittee, MediationTally, Honour };
    static const QStringList &recordFields(Record record);
    // A write of one of a chamber's records and, in the same transaction, the resolution of that
    // chamber's open items on the record's fields. An import writes records before it adds the
    // row's items, so a value it holds back again is never settled by its own write.
    template<typename T, typename Write>
    static Result<T> settling(Database &db, qint64 chamberId, Record record, Write write,
                              const std::function<bool(const QString &value)> &matches = {})
    {
        Transaction tx(db);
        if (!tx.active())
            return Problem::error(QStringLiteral("database"), tx.error());
        Result<T> written = write();
        if (!written)
            return written;
        if (auto s = VerificationService(db).resolveEdited(chamberId, recordFields(record), matches); !s)
            return s.problems();
        if (auto s = tx.commit(); !s)
            return s.problems();
        return written;
    }
    // The field keys whose values differ between two versions of a chamber (total_members when
    // either count does).
    static QStringList editedFields(const Chamber &before, const Chamber &after);
    // The keys of a registration change's items: recording a change settles them.
    static const QStringList &registrationFields();

private:
    Database &m_db;
};

} // namespace chamber
