// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace chamber {

// The prepared statements of one connection by SQL text (hashed: the texts are long), for
// Database::prepared() (QSqlQuery) and Database::statement() (Statement). Past a bound the
// statements nobody is running are dropped, so reads whose text varies (a list's filters and
// page) cannot grow it for as long as the app runs. A statement that failed to prepare is not
// cached: it is kept until the next call, for the caller to report its error.
template<typename T>
class StatementCache
{
public:
    // make(sql) makes the statement, prepared(statement) says whether it prepared.
    template<typename Make, typename Prepared>
    T &get(const QString &sql, Make make, Prepared prepared)
    {
        T *cached = m_index.value(sql);
        if (!cached) {
            if (m_index.size() >= kMaxStatements) {
                for (auto it = m_index.begin(); it != m_index.end();)
                    it = (*it)->isActive() ? std::next(it) : m_index.erase(it);
                std::erase_if(m_statements, [](const std::unique_ptr<T> &s) { return !s->isActive(); });
            }
            std::unique_ptr<T> made = make(sql);
            if (!prepared(*made)) {
                m_failed = std::move(made);
                return *m_failed;
            }
            cached = made.get();
            m_index.insert(sql, cached);
            m_statements.push_back(std::move(made));
        }
        cached->finish();
        return *cached;
    }
    // Before the connection closes: every statement finalized.
    void clear()
    {
        m_index.clear();
        m_statements.clear();
        m_failed.reset();
    }

private:
    static constexpr qsizetype kMaxStatements = 200;
    QHash<QString, T *> m_index;
    std::vector<std::unique_ptr<T>> m_statements;
    std::unique_ptr<T> m_failed;
};

} // namespace chamber
