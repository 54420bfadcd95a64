// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace chamber {

// Keeps records received in a county's report package read-only (docs/exchange.md). The guard
// triggers of schema version 7 call chamber_received_write(origin, name, as_of) before any write
// to a received row; this registers that function on a connection. It refuses the write with the
// county's name and as-of date ("由宾阳县报送，数据截至 2025-12-31 …") unless an ExchangeWriter is
// alive on the calling thread: the exchange import, the only writer of received rows.
class ExchangeGuard
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeGuard)
public:
    // False when the connection is not SQLite's (nothing is registered then).
    static bool install(QSqlDatabase &db);
    // The message a write to a received row is refused with.
    static QString refusal(const QString &originName, const QString &asOf);
};

// While one lives on a thread, the guard lets that thread's writes to received rows through.
class ExchangeWriter
{
public:
    ExchangeWriter();
    ~ExchangeWriter();
    ExchangeWriter(const ExchangeWriter &) = delete;
    ExchangeWriter &operator=(const ExchangeWriter &) = delete;
};

} // namespace chamber
