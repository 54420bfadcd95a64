// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Honour.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chamber {

struct HonourQuery : RecordQuery
{
    std::optional<HonourKind> kind;
    std::optional<int> year;
};

// Keeps the honours chambers were given: one per chamber, kind and year.
class HonourService
{
    Q_DECLARE_TR_FUNCTIONS(HonourService)
public:
    explicit HonourService(Database &db) : m_db(db) {}

    Result<qint64> add(const Honour &honour);
    Status update(const Honour &honour, std::optional<qint64> expectedVersion = {});
    Status remove(qint64 id);
    Result<Honour> get(qint64 id) const;
    Result<QList<Honour>> of(qint64 chamberId) const;  // by year
    Result<QList<Listed<Honour>>> list(const HonourQuery &query = {}) const;
    Result<int> count(const HonourQuery &query = {}) const;
    Result<QList<Honour>> all() const;
    Problems validate(const Honour &honour) const;

private:
    Database &m_db;
};

} // namespace chamber
