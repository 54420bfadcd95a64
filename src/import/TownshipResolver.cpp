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

// A county or city name without its 县/区/市 (宾阳县 → 宾阳), if two characters remain.
QString shortName(const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral("(各族自治县|自治县|县|区|市|自治州|地区|盟|旗)$"));
    const QString bare = QString(name).remove(suffix);
    return bare.size() >= 2 ? bare : name;
}

QString provinceShortName(const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral("((壮族|回族|维吾尔)?自治区|省|市)$"));
    return QString(name).remove(suffix);
}

QString clean(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return ValueParser::fold(text).remove(space);
}
} // namespace

TownshipResolver::TownshipResolver(Database &db)
{
    DivisionService divisions(db);
    const auto townships = divisions.townships();
    const auto scope = divisions.scope();
    if (!townships || !scope) {
        m_readProblems = townships.problems() + scope.problems();
        return;
    }
    for (const auto &t : *townships) {
        const int i = int(m_townships.size());
        m_townships.append(t.division);
        m_byCode.insert(t.division.code, i);
        m_byName.insert(t.division.name, i);
        m_byBareName.insert(QString(t.division.name).remove(kindSuffix()), i);
    }
    for (const auto &t : m_townships) {
        const QString county = t.parentCode;
        if (m_countyNames.contains(county))
            continue;
        const auto readCounty = divisions.byCode(county);
        if (!readCounty) {
            m_readProblems = readCounty.problems();
            return;
        }
        const std::optional<Division> &c = *readCounty;
        if (!c)
            continue;
        m_countyNames.insert(county, c->name);
        m_countyCity.insert(county, c->parentCode);
        if (!m_cityNames.contains(c->parentCode)) {
            const auto readCity = divisions.byCode(c->parentCode);
            const auto readProvince = readCity && *readCity ? divisions.byCode((*readCity)->parentCode) : Result<std::optional<Division>>(std::nullopt);
            if (!readCity || !readProvince) {
                m_readProblems = readCity.problems() + readProvince.problems();
                return;
            }
            if (const auto &city = *readCity) {
                m_cityNames.insert(city->code, city->name);
                if (const auto &province = *readProvince; province && !m_provinceNames.contains(province->name))
                    m_provinceNames << province->name << provinceShortName(province->name);
            }
        }
    }
    if (*scope)
        m_scopeName = (*scope)->name;
}

QString TownshipResolver::cityOf(const Division &township) const
{
    return m_countyCity.value(township.parentCode);
}

QSet<QString> TownshipResolver::countiesNamed(const QString &text) const
{
    Hints taken;
    QString name = clean(text);
    // 南宁市宾阳县: the city before the county narrows it too.
    for (auto it = m_cityNames.cbegin(); it != m_cityNames.cend(); ++it)
        if (name.startsWith(*it) && name.size() > it->size()) {
            name = name.mid(it->size());
            taken.cities.insert(it.key());
            break;
        }
    QSet<QString> out;
    for (auto it = m_countyNames.cbegin(); it != m_countyNames.cend(); ++it)
        if ((*it == name || shortName(*it) == name) && (taken.cities.isEmpty() || taken.cities.contains(m_countyCity.value(it.key()))))
            out.insert(it.key());
    return out;
}

QSet<QString> TownshipResolver::citiesNamed(const QString &text) const
{
    const QString name = clean(text);
    QSet<QString> out;
    for (auto it = m_cityNames.cbegin(); it != m_cityNames.cend(); ++it)
        if (*it == name || shortName(*it) == name)
            out.insert(it.key());
    return out;
}

QString TownshipResolver::stripPrefixes(const QString &text, Hints &taken) const
{
    QString rest = text;
    auto takeFront = [&rest](const QString &name) {
        if (name.size() < 2 || !rest.startsWith(name) || rest.size() <= name.size())
            return false;
        rest = rest.mid(name.size());
        return true;
    };
    for (const auto &province : m_provinceNames)
        if (takeFront(province))
            break;
    for (auto it = m_cityNames.cbegin(); it != m_cityNames.cend(); ++it)
        if (takeFront(*it)) {
            taken.cities.insert(it.key());
            break;
        }
    for (auto it = m_countyNames.cbegin(); it != m_countyNames.cend(); ++it)
        if ((taken.cities.isEmpty() || taken.cities.contains(m_countyCity.value(it.key()))) && rest.startsWith(*it)
            && rest.size() > it->size())
            taken.counties.insert(it.key());
    if (!taken.counties.isEmpty())
        rest = rest.mid(m_countyNames.value(*taken.counties.cbegin()).size());
    return rest;
}

QList<Division> TownshipResolver::at(QList<int> indexes) const
{
    std::sort(indexes.begin(), indexes.end());  // code order, as the townships were loaded
    QList<Division> list;
    for (int i : indexes)
        list.append(m_townships.at(i));
    return list;
}

QList<Division> TownshipResolver::narrow(const QList<Division> &candidates, const Hints &hints, const QString &chamberName) const
{
    QList<Division> out = candidates;
    // Each narrowing applies only while it leaves some: a column that names no candidate is no help.
    auto keep = [&out](auto fits) {
        if (out.size() < 2)
            return;
        QList<Division> kept;
        for (const auto &d : out)
            if (fits(d))
                kept.append(d);
        if (!kept.isEmpty())
            out = kept;
    };
    keep([&](const Division &d) { return hints.counties.contains(d.parentCode); });
    keep([&](const Division &d) { return hints.cities.contains(cityOf(d)); });
    keep([&](const Division &d) { return chamberName.contains(m_countyNames.value(d.parentCode, QStringLiteral("\x01"))); });
    keep([&](const Division &d) { return chamberName.contains(m_cityNames.value(cityOf(d), QStringLiteral("\x01"))); });
    return out;
}

QString TownshipResolver::describe(const QList<Division> &candidates) const
{
    QStringList items;
    for (const auto &d : candidates)
        items.append(QStringLiteral("%1 %2%3%4").arg(d.code, m_cityNames.value(cityOf(d)), m_countyNames.value(d.parentCode), d.name));
    return items.join(QStringLiteral("; "));
}

Parsed<QString> TownshipResolver::resolve(const QString &township, const QString &chamberName, const QString &city,
                                           const QString &county) const
{
    Parsed<QString> out;
    const QString text = clean(township);
    const QString expected = tr("a township of %1 by name or 9-digit code").arg(m_scopeName);
    Hints hints;
    QStringList unknown;
    if (!clean(county).isEmpty()) {
        hints.counties = countiesNamed(county);
        if (hints.counties.isEmpty())
            unknown.append(tr("the county \"%1\"").arg(clean(county)));
    }
    if (!clean(city).isEmpty()) {
        hints.cities = citiesNamed(city);
        if (hints.cities.isEmpty())
            unknown.append(tr("the city \"%1\"").arg(clean(city)));
    }
    auto pick = [&](QList<Division> found, const QString &how) {
        found = narrow(found, hints, chamberName);
        if (found.size() == 1) {
            const Division &d = found.first();
            out.value = d.code;
            QStringList notes;
            if (!how.isEmpty())
                notes.append(how.arg(d.name, d.code));
            if (!hints.counties.isEmpty() && !hints.counties.contains(d.parentCode))
                notes.append(tr("It lies in %1, not in the county the row names (%2).").arg(m_countyNames.value(d.parentCode), clean(county)));
            else if (!hints.cities.isEmpty() && !hints.cities.contains(cityOf(d)))
                notes.append(tr("It lies in %1, not in the city the row names (%2).").arg(m_cityNames.value(cityOf(d)), clean(city)));
            if (!unknown.isEmpty())
                notes.append(tr("%1 is not in %2 and was not used.").arg(unknown.join(tr(" and ")), m_scopeName));
            out.warning = notes.join(QLatin1Char(' '));
        } else if (found.size() > 1) {
            out.error = tr("\"%1\" fits %2 townships: %3. Give the county (县（市、区）column) or write the township's 9-digit code.")
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
    if (const auto it = m_byCode.constFind(text); it != m_byCode.cend()) {
        pick({m_townships.at(*it)}, {});
        return out;
    }
    if (const QList<Division> exact = at(m_byName.values(text)); !exact.isEmpty()) {
        pick(exact, {});
        return out;
    }
    // The city and county written before the name must be the township's own.
    Hints prefix;
    const QString rest = stripPrefixes(text, prefix);
    auto within = [&](const QList<Division> &found) {
        QList<Division> kept;
        for (const auto &d : found)
            if ((prefix.counties.isEmpty() || prefix.counties.contains(d.parentCode))
                && (prefix.cities.isEmpty() || prefix.cities.contains(cityOf(d))))
                kept.append(d);
        return kept;
    };
    const QString readAs = tr("\"%1\" is read as the township %2 (%3).").arg(text, QStringLiteral("%1"), QStringLiteral("%2"));
    if (rest != text)
        if (const QList<Division> exact = within(at(m_byName.values(rest))); !exact.isEmpty()) {
            pick(exact, {});
            return out;
        }
    // 宾州 (without 镇), 城东街道办事处 (the office's name).
    const QString bare = QString(rest).remove(kindSuffix());
    if (const QList<Division> loose = within(at(m_byBareName.values(bare))); !loose.isEmpty()) {
        pick(loose, readAs);
        return out;
    }
    // A township name the text ends with, the longest (小平阳镇 over 平阳镇).
    QList<Division> tail;
    qsizetype longest = 0;
    for (const auto &d : within(m_townships)) {
        if (!rest.endsWith(d.name) || d.name.size() < longest)
            continue;
        if (d.name.size() > longest)
            tail.clear();
        longest = d.name.size();
        tail.append(d);
    }
    if (!tail.isEmpty()) {
        pick(tail, readAs);
        return out;
    }
    out.error = tr("There is no township \"%1\" in %2.").arg(text, m_scopeName);
    out.expected = expected;
    return out;
}

} // namespace chamber
