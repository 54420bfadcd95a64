// SPDX-License-Identifier: GPL-3.0-or-later
#include "TownshipResolver.h"

#include "DivisionService.h"

#include <QRegularExpression>

#include <algorithm>

namespace chamber {

namespace {
const QRegularExpression &kindSuffix()
{
    static const QRegularExpression suffix(QStringLiteral("(镇|乡|街道|街道办事处|办事处|民族乡)$"));
    return suffix;
}
} // namespace

TownshipResolver::TownshipResolver(Database &db)
{
    DivisionService divisions(db);
    for (const auto &t : divisions.townships()) {
        const int i = int(m_townships.size());
        m_townships.append(t.division);
        m_byCode.insert(t.division.code, i);
        m_byName.insert(t.division.name, i);
        m_byBareName.insert(QString(t.division.name).remove(kindSuffix()), i);
    }
    for (const auto &t : m_townships) {
        const QString county = t.parentCode;
        if (!m_countyNames.contains(county))
            if (const auto d = divisions.byCode(county))
                m_countyNames.insert(county, d->name);
    }
    if (const auto scope = divisions.scope())
        m_scopeName = scope->name;
}

QList<Division> TownshipResolver::narrow(const QList<Division> &candidates, const QString &chamberName) const
{
    if (candidates.size() < 2)
        return candidates;
    QList<Division> out;
    for (const auto &d : candidates)
        if (chamberName.contains(m_countyNames.value(d.parentCode, QStringLiteral("\x01"))))
            out.append(d);
    return out.isEmpty() ? candidates : out;
}

QString TownshipResolver::describe(const QList<Division> &candidates) const
{
    QStringList items;
    for (const auto &d : candidates)
        items.append(QStringLiteral("%1 %2%3").arg(d.code, m_countyNames.value(d.parentCode), d.name));
    return items.join(QStringLiteral("; "));
}

Parsed<QString> TownshipResolver::resolve(const QString &township, const QString &chamberName) const
{
    Parsed<QString> out;
    static const QRegularExpression space(QStringLiteral("\\s"));
    const QString text = ValueParser::fold(township).remove(space);
    const QString expected = tr("a township of %1 by name or 9-digit code").arg(m_scopeName);
    auto pick = [&](QList<Division> found, const QString &how) {
        found = narrow(found, chamberName);
        if (found.size() == 1) {
            out.value = found.first().code;
            if (!how.isEmpty())
                out.warning = how.arg(found.first().name, found.first().code);
        } else if (found.size() > 1) {
            out.error = tr("\"%1\" fits %2 townships: %3. Write the township's 9-digit code instead.")
                            .arg(text.isEmpty() ? chamberName : text)
                            .arg(found.size())
                            .arg(describe(found));
            out.expected = expected;
        }
        return found.size() == 1;
    };
    if (text.isEmpty()) {
        // The township named in the chamber's name; the longest name wins (新圩镇 over 圩镇).
        QList<Division> found;
        qsizetype longest = 0;
        for (const auto &d : m_townships) {
            if (!chamberName.contains(d.name) || d.name.size() < longest)
                continue;
            if (d.name.size() > longest)
                found.clear();
            longest = d.name.size();
            found.append(d);
        }
        if (!pick(found, tr("The township is blank: taken from the chamber's name as %1 (%2).")) && out.error.isEmpty()) {
            out.error = tr("The township is missing, and the chamber's name names none of %1.").arg(m_scopeName);
            out.expected = expected;
        }
        return out;
    }
    auto at = [this](QList<int> indexes) {
        std::sort(indexes.begin(), indexes.end());  // code order, as the townships were loaded
        QList<Division> list;
        for (int i : indexes)
            list.append(m_townships.at(i));
        return list;
    };
    QList<Division> exact = at(m_byName.values(text));
    if (const auto it = m_byCode.constFind(text); it != m_byCode.cend())
        exact.append(m_townships.at(*it));
    QList<Division> loose;
    if (exact.isEmpty()) {
        // 宾州 (without 镇), 城东街道办事处 (the office's name), 宾阳县宾州镇 (the county first).
        const QString bare = QString(text).remove(kindSuffix());
        loose = at(m_byBareName.values(bare));
        if (loose.isEmpty())
            for (const auto &d : m_townships)
                if (text.endsWith(d.name))
                    loose.append(d);
    }
    if (!exact.isEmpty()) {
        pick(exact, {});
    } else if (!loose.isEmpty()) {
        pick(loose, tr("\"%1\" is read as the township %2 (%3).").arg(text, QStringLiteral("%1"), QStringLiteral("%2")));
    } else {
        out.error = tr("There is no township \"%1\" in %2.").arg(text, m_scopeName);
        out.expected = expected;
    }
    return out;
}

} // namespace chamber
