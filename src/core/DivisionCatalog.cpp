// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCatalog.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace chamber {

namespace {

// Reads one of the bundled files into out (appending): a header line, then plain comma-separated
// fields (the data has no quoting; a row with the wrong field count is an error, not skipped),
// each code checked against its level. Split as bytes, one QString made per field kept: the
// townships' 41,000 rows are read whenever a township is first looked up.
Status readLevel(const QString &path, int fields, DivisionLevel level, QList<Division> &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::error(QStringLiteral("divisions"), DivisionCatalog::tr("Cannot read the division data %1.").arg(path));
    const QByteArray data = file.readAll();
    const QByteArrayView all(data);
    int line = 0;
    qsizetype start = 0;
    QByteArrayView row[5];
    while (start < all.size()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        const QByteArrayView text = all.sliced(start, end - start).trimmed();
        start = end + 1;
        if (++line == 1 || text.isEmpty())
            continue;  // the header
        int count = 0;
        qsizetype from = 0;
        while (true) {
            const qsizetype comma = text.indexOf(',', from);
            if (count < 5)
                row[count] = text.sliced(from, (comma < 0 ? text.size() : comma) - from);
            ++count;
            if (comma < 0)
                break;
            from = comma + 1;
        }
        if (count != fields)
            return Problem::error(QStringLiteral("divisions"), DivisionCatalog::tr("Line %1 of %2 has %3 fields; expected %4.")
                                                                   .arg(line).arg(path).arg(count).arg(fields));
        Division d{QString::fromLatin1(row[0]), QString::fromUtf8(row[1]), level, fields > 2 ? QString::fromLatin1(row[2]) : QString()};
        if (Divisions::levelForCode(d.code) != level)
            return Problem::error(QStringLiteral("divisions"), DivisionCatalog::tr("Division code %1 does not fit its level.").arg(d.code));
        out.append(std::move(d));
    }
    return success();
}

bool byCodeOrder(const Division &a, const Division &b)
{
    return a.code < b.code;
}

} // namespace

void DivisionCatalog::Level::index()
{
    // Sorted through an index: moving the divisions themselves (four strings each) about in the
    // sort was half of loading the national catalogue. The bundled files are in code order
    // already, which the check finds in one pass.
    const auto less = [&](qsizetype a, qsizetype b) { return all[a].code < all[b].code; };
    if (!std::is_sorted(all.cbegin(), all.cend(), byCodeOrder)) {
        QList<qsizetype> order(all.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), less);
        QList<Division> sorted;
        sorted.reserve(order.size());
        for (qsizetype i : order)
            sorted.append(std::move(all[i]));
        all = std::move(sorted);
    }
    byCode.reserve(all.size());
    byName.reserve(all.size());
    children.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto &d = all[i];
        byCode.insert(d.code, i);
        byName.insert(d.name, i);
        if (!d.parentCode.isEmpty())
            children.insert(d.parentCode, i);
    }
}

const DivisionCatalog &DivisionCatalog::bundled()
{
    static const DivisionCatalog catalog = [] {
        auto loaded = open(QStringLiteral(":/divisions"), true);
        if (!loaded)
            qFatal("bundled division data is unreadable: %s", qPrintable(loaded.firstError()));
        return loaded.value();
    }();
    return catalog;
}

Result<DivisionCatalog> DivisionCatalog::load(const QString &folder)
{
    return open(folder, false);
}

Result<DivisionCatalog> DivisionCatalog::open(const QString &folder, bool lazyTownships)
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
    };
    for (const auto &source : sources)
        if (auto s = readLevel(dir.filePath(QString::fromLatin1(source.file)), source.fields, source.level, catalog.m_upper.all); !s)
            return s.problems();
    catalog.m_upper.index();
    catalog.m_townships = std::make_shared<Townships>();
    catalog.m_townships->path = dir.filePath(QStringLiteral("townships.csv"));
    if (!lazyTownships) {
        catalog.townships();
        if (!catalog.m_townships->problems.isEmpty())
            return catalog.m_townships->problems;
    }
    return catalog;
}

const DivisionCatalog::Level &DivisionCatalog::townships() const
{
    std::call_once(m_townships->once, [t = m_townships.get()] {
        if (auto s = readLevel(t->path, 5, DivisionLevel::Township, t->level.all); !s) {
            t->problems = s.problems();
            t->level = {};
            return;
        }
        t->level.index();
    });
    // Only the bundled catalogue reads lazily; load() has reported a broken file already.
    if (!m_townships->problems.isEmpty())
        qFatal("bundled division data is unreadable: %s", qPrintable(m_townships->problems.first().message));
    return m_townships->level;
}

const DivisionCatalog::Level &DivisionCatalog::levelOf(const QString &code) const
{
    return code.size() == 9 ? townships() : m_upper;
}

std::optional<Division> DivisionCatalog::byCode(const QString &code) const
{
    const Level &level = levelOf(code);
    const auto it = level.byCode.constFind(code);
    if (it == level.byCode.cend())
        return std::nullopt;
    return level.all[*it];
}

QList<Division> DivisionCatalog::byName(const QString &rawName, std::optional<DivisionLevel> level) const
{
    QString name = rawName.trimmed();
    name.remove(QLatin1Char('/'));
    name.remove(QLatin1Char(' '));
    QList<Division> found;
    auto accept = [&](const Division &d) { return !level || d.level == *level; };
    QList<const Level *> levels;
    if (!level || *level != DivisionLevel::Township)
        levels.append(&m_upper);
    if (!level || *level == DivisionLevel::Township)
        levels.append(&townships());
    for (const Level *l : levels)
        for (auto it = l->byName.constFind(name); it != l->byName.cend() && it.key() == name; ++it)
            if (accept(l->all[*it]))
                found.append(l->all[*it]);
    if (found.isEmpty()) {
        // A path such as 南宁市宾阳县 or 北京市朝阳区: the division's own name at the end, and before
        // it the names of its parents in order, any of which may be left out (市辖区 usually is).
        for (const Level *l : levels)
            for (const auto &d : l->all) {
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
    std::sort(found.begin(), found.end(), byCodeOrder);
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
    // A county's children are townships; everything else's are in the upper levels.
    const Level &level = code.size() == 6 ? townships() : m_upper;
    QList<Division> out;
    for (auto it = level.children.constFind(code); it != level.children.cend() && it.key() == code; ++it)
        out.append(level.all[*it]);
    std::sort(out.begin(), out.end(), byCodeOrder);
    return out;
}

QList<Division> DivisionCatalog::descendants(const QString &code) const
{
    // Codes nest by prefix, and each level's list is sorted by code, so the descendants are one
    // contiguous run in each; the two runs are merged back into code order.
    auto run = [&](const Level &level) {
        QList<Division> out;
        auto it = std::lower_bound(level.all.cbegin(), level.all.cend(), code,
                                   [](const Division &d, const QString &c) { return d.code < c; });
        for (; it != level.all.cend() && it->code.startsWith(code); ++it)
            if (it->code != code)
                out.append(*it);
        return out;
    };
    const QList<Division> upper = run(m_upper);
    if (code.size() >= 9)
        return upper;
    const QList<Division> lower = run(townships());
    QList<Division> out;
    out.reserve(upper.size() + lower.size());
    std::merge(upper.cbegin(), upper.cend(), lower.cbegin(), lower.cend(), std::back_inserter(out), byCodeOrder);
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
    if (level == DivisionLevel::Township)
        return townships().all;
    QList<Division> out;
    for (const auto &d : m_upper.all)
        if (d.level == level)
            out.append(d);
    return out;
}

int DivisionCatalog::size() const
{
    return int(m_upper.all.size() + townships().all.size());
}

} // namespace chamber
