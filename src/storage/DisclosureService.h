// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Party.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QList>

namespace chamber {

// Keeps the three disclosures (三公开) each chamber records per period: one record per period.
class DisclosureService
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureService)
public:
    explicit DisclosureService(Database &db) : m_db(db) {}

    Result<qint64> add(const Disclosure &disclosure);
    Status update(const Disclosure &disclosure, std::optional<qint64> expectedVersion = {});
    Status remove(qint64 id);
    Result<Disclosure> get(qint64 id) const;
    Result<QList<Disclosure>> of(qint64 chamberId) const;  // by period
    Result<QList<Listed<Disclosure>>> list(const RecordQuery &query = {}) const;
    Problems validate(const Disclosure &disclosure) const;

private:
    Database &m_db;
};

} // namespace chamber
