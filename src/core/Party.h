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

// 党组织形式: a branch of the chamber alone, or one formed jointly with neighbouring units.
enum class PartyForm { Standalone, Joint };

// 党组织 / 党支部 of a chamber: at most one per chamber.
struct PartyOrganization
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString name;                     // e.g. 中共宾阳县宾州镇商会支部委员会; may be empty
    PartyForm form = PartyForm::Standalone;
    QString jointWith;                // 联合组建: the units it is formed with
    int members = 0;                  // 党员数
    QString secretary;                // 书记
    QString secretaryPhone;
    std::optional<QDate> founded;     // unknown: counted at every date
    std::optional<int> starRating;    // 星级, 1–5
    std::optional<QDate> starRatedOn; // when the current rating was given; unknown: counted at every date
    QString notes;

    bool operator==(const PartyOrganization &) const = default;
};

// 党建工作指导员（联络员）: a person assigned to guide a chamber's Party work, in post from a date
// until another takes over. A chamber may have one without a Party organisation yet.
struct PartyInstructor
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString name;
    QString unit;                     // the instructor's own work unit
    QString phone;
    std::optional<QDate> from;
    std::optional<QDate> until;       // left the post; empty while in post
    QString notes;

    bool operator==(const PartyInstructor &) const = default;
};

// 三公开: what a chamber disclosed for one period — Party affairs, chamber affairs, finances.
struct Disclosure
{
    qint64 id = 0;
    qint64 chamberId = 0;
    QString period;                   // "2024", "2024-H1", "2024-Q3" or "2024-03"
    bool partyAffairs = false;
    bool chamberAffairs = false;
    bool finances = false;
    std::optional<QDate> disclosedOn;
    QString notes;

    bool complete() const { return partyAffairs && chamberAffairs && finances; }
    bool operator==(const Disclosure &) const = default;
};

// The rules of Party building records that need no database.
class Party
{
    Q_DECLARE_TR_FUNCTIONS(Party)
public:
    static QString formKey(PartyForm form);   // standalone, joint
    static QString formName(PartyForm form);  // translated (单独组建, 联合组建)
    static std::optional<PartyForm> formFromText(const QString &text);
    static QList<PartyForm> allForms();
    static const EnumTextSet &formTexts();

    // Form, members, star rating 1–5 and its date, dates not in the future and in order, phone.
    static Problems validate(const PartyOrganization &organization, const QDate &today = QDate::currentDate());
    static Problems validate(const PartyInstructor &instructor, const QDate &today = QDate::currentDate());
    static Problems validate(const Disclosure &disclosure, const QDate &today = QDate::currentDate());

    // The first and last day of a disclosure period, or nullopt when it is not written as one.
    static std::optional<std::pair<QDate, QDate>> periodDates(const QString &period);
    // Whether the organisation exists, is rated, or the instructor is in post on a date.
    static bool existsOn(const PartyOrganization &organization, const QDate &date);
    static bool starRatedOn(const PartyOrganization &organization, const QDate &date);
    static bool inPostOn(const PartyInstructor &instructor, const QDate &date);
};

} // namespace chamber
