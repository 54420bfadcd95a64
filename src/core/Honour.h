// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace chamber {

class EnumTextSet;

// 荣誉认定 the seed article counts: 广西“四好”商会, 全国“四好”商会, 全区诚信建设先行商会, 星级党组织.
enum class HonourKind { RegionalFourGood, NationalFourGood, IntegrityPioneer, StarPartyOrganization };

// One honour a chamber was given in a year; a chamber can hold several, of several kinds.
struct Honour
{
    qint64 id = 0;
    qint64 chamberId = 0;
    HonourKind kind = HonourKind::RegionalFourGood;
    int year = 0;
    QString issuingBody;             // e.g. 广西壮族自治区工商业联合会
    QString documentNumber;          // 文号 of the decision, e.g. 桂工商联〔2023〕12号
    std::optional<QDate> awardedOn;  // the decision's date, when known; in the year
    QString notes;

    bool operator==(const Honour &) const = default;
};

class Honours
{
    Q_DECLARE_TR_FUNCTIONS(Honours)
public:
    // regional_four_good, national_four_good, integrity_pioneer, star_party_organization
    static QString kindKey(HonourKind kind);
    static QString kindName(HonourKind kind);  // translated (广西“四好”商会 …)
    // The key, English or Chinese name, or how ledgers write it (广西四好商会, 全国“四好”商会 …).
    static std::optional<HonourKind> kindFromText(const QString &text);
    static QList<HonourKind> allKinds();
    static const EnumTextSet &kindTexts();
    // The body that usually gives the honour, offered when none is entered (empty if it varies).
    static QString usualIssuingBody(HonourKind kind);

    // A year given and not after today's year, the decision date in that year and not in the future.
    static Problems validate(const Honour &honour, const QDate &today = QDate::currentDate());
    // Whether the honour is on record as of a date: from its decision date when known, else
    // from the start of its year (ledgers give only the year).
    static bool heldOn(const Honour &honour, const QDate &date)
    {
        return honour.awardedOn ? *honour.awardedOn <= date : honour.year <= date.year();
    }
};

} // namespace chamber
