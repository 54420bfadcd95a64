// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCatalog.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace chamber {

namespace {

// Reads one of the bundled files: a header line, then plain comma-separated fields (the data has
// no quoting; a row with the wrong field count is an error, not skipped).
Result<QList<QStringList>> readRows(const QString &path, int fields)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::error(QStringLiteral("divisions"), DivisionCatalog::tr("Cannot read the division data %1.").arg(path));
    QList<QStringList> rows;
    bool header = true;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (header) {
            header = false;
            continue;
        }
        if (text.isEmpty())
            continue;
        QStringList row = text.split(QLatin1Char(','));
        if (row.size() != fields)
            return Problem::error(QStringLiteral("divisions"),
                                  DivisionCatalog::tr("Line %1 of %2 has %3 fields; expected %4.")
                                      .arg(line).arg(path).arg(row.size()).arg(fields));
        rows.append(row);
    }
    return rows;
}

} // namespace

const DivisionCatalog &DivisionCatalog::bundled()
{
    static const DivisionCatalog catalog = [] {
        auto loaded = load(QStringLiteral(":/divisions"));
        if (!loaded)
            qFatal("bundled division data is unreadable: %s", qPrintable(loaded.firstError()));
        return loaded.value();
    }();
    return catalog;
}

Result<DivisionCatalog> DivisionCatalog::load(const QString &folder)
{
    DivisionCatalog catalog;
    const QDir dir(folder);
    struct Source
    {
        const char *file;
        int fields;
        DivisionLevel level;
    };
    const Source sources[] = {
        {"provinces.csv", 2, DivisionLevel::Province},
        {"cities.csv", 3, DivisionLevel::City},
        {"counties.csv", 4, DivisionLevel::County},
        {"townships.csv", 5, DivisionLevel::Township},
    };
    for (const auto &source : sources) {
        auto rows = readRows(dir.filePath(QString::fromLatin1(source.file)), source.fields);
        if (!rows)
            return rows.problems();
        for (const auto &row : rows.value()) {
            Division d{row[0], row[1], source.level, source.fields > 2 ? row[2] : QString()};
            if (Divisions::levelForCode(d.code) != source.level)
                return Problem::error(QStringLiteral("divisions"),
                                      tr("Division code %1 does not fit its level.").arg(d.code));
            catalog.m_all.append(d);
        }
    }
    // Sorted through an index: moving the divisions themselves (four strings each) about in the
    // sort was half of loading the national catalogue, a cost every start of the app pays.
    QList<qsizetype> order(catalog.m_all.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return catalog.m_all[a].code < catalog.m_all[b].code; });
    QList<Division> sorted;
    sorted.reserve(order.size());
    for (qsizetype i : order)
        sorted.append(std::move(catalog.m_all[i]));
    catalog.m_all = std::move(sorted);
    catalog.m_byCode.reserve(catalog.m_all.size());
    catalog.m_byName.reserve(catalog.m_all.size());
    catalog.m_children.reserve(catalog.m_all.size());
    for (qsizetype i = 0; i < catalog.m_all.size(); ++i) {
        const auto &d = catalog.m_all[i];
        catalog.m_byCode.insert(d.code, i);
        catalog.m_byName.insert(d.name, i);
        if (!d.parentCode.isEmpty())
            catalog.m_children.insert(d.parentCode, i);
    }
    return catalog;
}

std::optional<Division> DivisionCatalog::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.cend())
        return std::nullopt;
    return m_all[*it];
}

QList<Division> DivisionCatalog::byName(const QString &rawName, std::optional<DivisionLevel> level) const
{
    QString name = rawName.trimmed();
    name.remove(QLatin1Char('/'));
    name.remove(QLatin1Char(' '));
    QList<Division> found;
    auto accept = [&](const Division &d) { return !level || d.level == *level; };
    for (auto it = m_byName.constFind(name); it != m_byName.cend() && it.key() == name; ++it)
        if (accept(m_all[*it]))
            found.append(m_all[*it]);
    if (found.isEmpty()) {
        // A path such as 南宁市宾阳县 or 北京市朝阳区: the division's own name at the end, and before
        // it the names of its parents in order, any of which may be left out (市辖区 usually is).
        for (const auto &d : m_all) {
            if (!accept(d) || d.name.size() >= name.size() || !name.endsWith(d.name))
                continue;
            const QString prefix = name.left(name.size() - d.name.size());
            qsizetype pos = 0;
            for (const auto &p : lineage(d.code))
                if (p.code != d.code && prefix.mid(pos).startsWith(p.name))
                    pos += p.name.size();
            if (pos == prefix.size())
                found.append(d);
        }
    }
    std::sort(found.begin(), found.end(), [](const Division &a, const Division &b) { return a.code < b.code; });
    return found;
}

Result<Division> DivisionCatalog::resolve(const QString &codeOrName, std::optional<DivisionLevel> level) const
{
    const QString text = codeOrName.trimmed();
    if (text.isEmpty())
        return Problem::error(QStringLiteral("scope"), tr("No division was given."));
    if (Divisions::levelForCode(text)) {
        if (auto d = byCode(text); d && (!level || d->level == *level))
            return *d;
        return Problem::error(QStringLiteral("scope"), tr("There is no division with the code %1.").arg(text));
    }
    const auto found = byName(text, level);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Problem::error(QStringLiteral("scope"), tr("There is no division named %1.").arg(text));
    QStringList candidates;
    for (const auto &d : found)
        candidates.append(QStringLiteral("%1 %2").arg(d.code, pathName(d.code)));
    return Problem::error(QStringLiteral("scope"),
                          tr("The name %1 fits %2 divisions; give one of these codes instead: %3")
                              .arg(text).arg(found.size()).arg(candidates.join(QStringLiteral("; "))));
}

QList<Division> DivisionCatalog::children(const QString &code) const
{
    QList<Division> out;
    for (auto it = m_children.constFind(code); it != m_children.cend() && it.key() == code; ++it)
        out.append(m_all[*it]);
    std::sort(out.begin(), out.end(), [](const Division &a, const Division &b) { return a.code < b.code; });
    return out;
}

QList<Division> DivisionCatalog::descendants(const QString &code) const
{
    QList<Division> out;
    // Codes nest by prefix, and m_all is sorted by code, so the descendants are one contiguous run.
    auto it = std::lower_bound(m_all.cbegin(), m_all.cend(), code,
                               [](const Division &d, const QString &c) { return d.code < c; });
    for (; it != m_all.cend() && it->code.startsWith(code); ++it)
        if (it->code != code)
            out.append(*it);
    return out;
}

QList<Division> DivisionCatalog::lineage(const QString &code) const
{
    QList<Division> out;
    std::optional<Division> d = byCode(code);
    while (d) {
        out.prepend(*d);
        d = d->parentCode.isEmpty() ? std::nullopt : byCode(d->parentCode);
    }
    return out;
}

QString DivisionCatalog::pathName(const QString &code) const
{
    QStringList names;
    for (const auto &d : lineage(code))
        names.append(d.name);
    return names.join(QLatin1Char(' '));
}

QList<Division> DivisionCatalog::all(DivisionLevel level) const
{
    QList<Division> out;
    for (const auto &d : m_all)
        if (d.level == level)
            out.append(d);
    return out;
}

} // namespace chamber
