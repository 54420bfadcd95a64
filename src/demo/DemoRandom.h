// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace chamber {

// A small deterministic generator (SplitMix64) with its own range mapping, so that a seed gives
// the same demo data on every machine and library version (std:: distributions do not promise that).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next();
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high);
    // True with the given probability in percent.
    bool chance(int percent);
    QDate dateBetween(const QDate &first, const QDate &last);
    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(between(0, items.size() - 1)); }

    QString personName();
    QString mobilePhone();
    QString companyName(const QString &place);

private:
    quint64 m_state;
};

} // namespace chamber
