// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <mutex>

namespace chamber {

// The bundled national division codes (2023), read from the application's resources.
// Answers look-ups by code and by name; a name that fits several divisions is refused with
// the candidates listed, so nothing is ever picked by guess.
class DivisionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DivisionCatalog)
public:
    // The catalogue bundled into the core library (loaded once, shared).
    static const DivisionCatalog &bundled();
    // Reads the four CSV files (provinces, cities, counties, townships) from a folder.
    static Result<DivisionCatalog> load(const QString &folder);

    std::optional<Division> byCode(const QString &code) const;
    // Exact name match, optionally only at one level; also accepts a path such as "南宁市宾阳县"
    // or "广西壮族自治区/南宁市/宾阳县".
    QList<Division> byName(const QString &name, std::optional<DivisionLevel> level = std::nullopt) const;
    // A code or a name that must resolve to exactly one division.
    Result<Division> resolve(const QString &codeOrName, std::optional<DivisionLevel> level = std::nullopt) const;
    QList<Division> children(const QString &code) const;
    // Every division below code, at any depth, in code order.
    QList<Division> descendants(const QString &code) const;
    // Parents from the province down to the division itself.
    QList<Division> lineage(const QString &code) const;
    // "广西壮族自治区 南宁市 宾阳县"
    QString pathName(const QString &code) const;
    int size() const;
    QList<Division> all(DivisionLevel level) const;

private:
    // One set of divisions with its look-ups, sorted by code.
    struct Level
    {
        QList<Division> all;
        QHash<QString, qsizetype> byCode;
        QMultiHash<QString, qsizetype> byName;
        QMultiHash<QString, qsizetype> children;
        void index();
    };
    // The townships (41,000 of the 44,700 divisions) are read on first use, once, whichever thread
    // asks: most runs need only the provinces, cities and counties (opening a county file, a
    // scope's path), and reading all of them was a quarter of the app's start-up.
    struct Townships
    {
        std::once_flag once;
        QString path;
        Level level;
        Problems problems;
    };
    static Result<DivisionCatalog> open(const QString &folder, bool lazyTownships);
    const Level &townships() const;
    const Level &levelOf(const QString &code) const;

    Level m_upper;
    std::shared_ptr<Townships> m_townships;
};

} // namespace chamber
