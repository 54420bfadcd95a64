// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Scorecard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace chamber {

// One publication or reopening of a year, as kept in the append-only history.
struct PointsPublication
{
    enum class Action { Publish, Reopen };

    qint64 id = 0;
    int year = 0;
    Action action = Action::Publish;
    QString at;                    // UTC timestamp
    QString actor;
    QString reason;                // why it was reopened
    std::optional<QDate> issueDate;  // the date of issue printed on the report (publish)
    QByteArray snapshot;           // the report as published (publish)
    QString sha256;                // of the snapshot, hex
};

// What an entry list asks for.
struct PointsEntryQuery
{
    std::optional<int> year;
    std::optional<qint64> chamberId;
    std::optional<qint64> ruleId;
    std::optional<qint64> categoryId;
    std::optional<EntryStatus> status;
    QString divisionPrefix;  // township code prefix of the chamber
    // township, chamber, date, category, rule, quantity, points, status or entered_by; empty or
    // unknown: by date.
    QString sortKey;
    bool descending = false;
    int limit = -1;
    int offset = 0;

    static PointsEntryQuery ofYear(int year, std::optional<EntryStatus> status = std::nullopt)
    {
        PointsEntryQuery q;
        q.year = year;
        q.status = status;
        return q;
    }
};

// An entry as listed, with the names lists show beside it.
struct PointsEntryRow
{
    PointsEntry entry;
    QString chamberName;
    QString townshipName;
    QString ruleDescription;
    qint64 categoryId = 0;
    QString categoryName;
};

// Keeps micro-points: categories, each year's rule set and options, entries and their approval,
// vetoes, and the publication that freezes a year. Every write validates (core rules, then the
// database), runs in one transaction, is logged, and is refused while its year is published.
class PointsService
{
    Q_DECLARE_TR_FUNCTIONS(PointsService)
public:
    // origin: whose points (docs/exchange.md): '' this database's own, else a county whose report
    // package was taken in; reads see that owner's categories, years, caps, rules and publications.
    explicit PointsService(Database &db, QString origin = {}) : m_db(db), m_origin(std::move(origin)) {}

    // Categories ------------------------------------------------------------------------------
    Result<QList<PointsCategory>> categories(bool includeRetired = true) const;
    Result<PointsCategory> category(qint64 id) const;
    // By number or name (exact).
    Result<PointsCategory> findCategory(const QString &idOrName) const;
    Result<qint64> addCategory(const PointsCategory &category);  // position 0: after the last
    // Renames or reorders; retiring goes through retireCategory.
    Status updateCategory(const PointsCategory &category);
    Status retireCategory(qint64 id, bool retired = true);

    // Years and their options ------------------------------------------------------------------
    Result<QList<PointsYear>> years() const;
    Result<PointsYear> year(int year) const;
    // Starts a year: empty with the default options, or as a copy of another year's options,
    // category caps and rules (retired rules and the rules of retired categories are left behind).
    Status startYear(int year, std::optional<int> copyFrom = std::nullopt);
    // Changes thresholds and the registered-a-year option.
    Status updateYear(const PointsYear &year);
    Result<QHash<qint64, qint64>> categoryCaps(int year) const;
    // Sets (or with nullopt removes) a category's cap for the year.
    Status setCategoryCap(int year, qint64 categoryId, std::optional<qint64> capTenths);

    // Rules -------------------------------------------------------------------------------------
    Result<QList<PointsRule>> rules(int year, bool includeRetired = true) const;
    Result<PointsRule> rule(qint64 id) const;
    Result<qint64> addRule(const PointsRule &rule);  // position 0: after the category's last
    // The year cannot change. Entries whose points follow the rule are recalculated with it.
    // expectedVersion: the row_version the editor loaded (sql::rowVersion); a rule saved by someone
    // else since is refused, naming who and when.
    Status updateRule(const PointsRule &rule, std::optional<qint64> expectedVersion = {});
    Status retireRule(qint64 id, bool retired = true);

    // Entries -----------------------------------------------------------------------------------
    // Adds a draft. Points 0 without a manual reason means "from the rule"; entered by defaults to
    // the current user. Warns when the chamber already has an entry of the rule on that date.
    Result<qint64> addEntry(const PointsEntry &entry);
    // Changes a draft, or a rejected entry (which goes back to draft).
    // expectedVersion: as updateRule's.
    Status updateEntry(const PointsEntry &entry, std::optional<qint64> expectedVersion = {});
    Status removeEntry(qint64 id);  // drafts and rejected entries only
    Status submitEntry(qint64 id);  // draft → submitted; evidence when the rule requires it
    Status approveEntry(qint64 id); // submitted → approved
    // submitted (or approved, to correct it before publication) → rejected, with a reason.
    Status rejectEntry(qint64 id, const QString &reason);
    Result<PointsEntry> entry(qint64 id) const;
    Result<QList<PointsEntryRow>> entryRows(const PointsEntryQuery &query = {}) const;
    Result<int> entryCount(const PointsEntryQuery &query = {}) const;
    // The validation addEntry/updateEntry run, without writing.
    Problems validateEntry(const PointsEntry &entry) const;

    // Vetoes ------------------------------------------------------------------------------------
    Result<qint64> addVeto(const Veto &veto);
    Status removeVeto(qint64 id);
    Result<QList<Veto>> vetoes(int year, std::optional<qint64> chamberId = std::nullopt) const;

    // Scorecards --------------------------------------------------------------------------------
    // What the year's scorecards are computed from: the chambers that existed on any day of the
    // year under the division prefix (empty: the whole database), with their registration at the
    // year's end, the rules, caps, entries and vetoes.
    Result<ScorecardInput> scorecardInput(int year, const QString &divisionPrefix = {}) const;
    Result<QList<Scorecard>> scorecards(int year, const QString &divisionPrefix = {}) const;

    // Publication -------------------------------------------------------------------------------
    // Freezes the year and keeps the report as published (snapshot, with its SHA-256). Refused
    // while entries wait for approval; drafts left behind are named in a warning.
    Status publish(int year, const QDate &issueDate, const QByteArray &snapshot);
    // Opens a published year for corrections; the reason is kept in the history and the log.
    Status reopen(int year, const QString &reason);
    Result<QList<PointsPublication>> publications(int year) const;
    // The publication in force for a published year (nullopt when the year is open).
    Result<std::optional<PointsPublication>> currentPublication(int year) const;
    // Refuses (field "year") when the year is published or not started: the check every write makes.
    Status ensureOpen(int year) const;

private:
    // The row of this file's own points year (its key is (origin, year) since version 7), for the
    // write path, which addresses rows by rowid.
    Result<qint64> ownYearRow(int year) const;
    Problems validateEntry(const PointsEntry &entry, const PointsRule &rule) const;

    Database &m_db;
    QString m_origin;
};

} // namespace chamber
