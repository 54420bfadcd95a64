// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include <QCoreApplication>
#include <QHash>

namespace chamber {

namespace {
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
public:
    static QString label(const QString &key)
    {
        static const QHash<QString, const char *> labels = {
            {QStringLiteral("township"), QT_TR_NOOP("township")},
            {QStringLiteral("name"), QT_TR_NOOP("name")},
            {QStringLiteral("founded"), QT_TR_NOOP("founded date")},
            {QStringLiteral("status"), QT_TR_NOOP("status")},
            {QStringLiteral("dissolved"), QT_TR_NOOP("dissolution date")},
            {QStringLiteral("president"), QT_TR_NOOP("president")},
            {QStringLiteral("president_phone"), QT_TR_NOOP("president's phone")},
            {QStringLiteral("secretary_general"), QT_TR_NOOP("secretary-general")},
            {QStringLiteral("secretary_phone"), QT_TR_NOOP("secretary-general's phone")},
            {QStringLiteral("contact_person"), QT_TR_NOOP("contact person")},
            {QStringLiteral("contact_phone"), QT_TR_NOOP("contact phone")},
            {QStringLiteral("premises"), QT_TR_NOOP("premises")},
            {QStringLiteral("full_time_staff"), QT_TR_NOOP("full-time staff")},
            {QStringLiteral("activity_funds"), QT_TR_NOOP("activity funds")},
            {QStringLiteral("individual_members"), QT_TR_NOOP("individual members")},
            {QStringLiteral("unit_members"), QT_TR_NOOP("unit members")},
            {QStringLiteral("independent_liability"), QT_TR_NOOP("independent civil liability")},
            {QStringLiteral("credit_code"), QT_TR_NOOP("unified social credit code")},
            {QStringLiteral("notes"), QT_TR_NOOP("notes")},
            {QStringLiteral("date"), QT_TR_NOOP("date")},
            {QStringLiteral("chamber"), QT_TR_NOOP("chamber")},
            {QStringLiteral("scope"), QT_TR_NOOP("scope")},
            {QStringLiteral("database"), QT_TR_NOOP("database")},
            {QStringLiteral("backup"), QT_TR_NOOP("backup")},
            {QStringLiteral("divisions"), QT_TR_NOOP("division data")},
            {QStringLiteral("division"), QT_TR_NOOP("division")},
            {QStringLiteral("seed"), QT_TR_NOOP("seed")},
            {QStringLiteral("as_of"), QT_TR_NOOP("as-of date")},
            {QStringLiteral("integrity"), QT_TR_NOOP("integrity")},
            {QStringLiteral("foreign_keys"), QT_TR_NOOP("foreign keys")},
            {QStringLiteral("schema"), QT_TR_NOOP("schema")},
            {QStringLiteral("id"), QT_TR_NOOP("number")},
            // Party building, honours, mediation, needs and members (issue 3).
            {QStringLiteral("party_members"), QT_TR_NOOP("Party members")},
            {QStringLiteral("joint_with"), QT_TR_NOOP("formed jointly with")},
            {QStringLiteral("secretary"), QT_TR_NOOP("Party secretary")},
            {QStringLiteral("secretary_phone"), QT_TR_NOOP("Party secretary's phone")},
            {QStringLiteral("star_rating"), QT_TR_NOOP("star rating")},
            {QStringLiteral("star_rated_on"), QT_TR_NOOP("star rating date")},
            {QStringLiteral("phone"), QT_TR_NOOP("phone")},
            {QStringLiteral("from"), QT_TR_NOOP("from date")},
            {QStringLiteral("until"), QT_TR_NOOP("until date")},
            {QStringLiteral("period"), QT_TR_NOOP("period")},
            {QStringLiteral("party_affairs"), QT_TR_NOOP("Party affairs disclosed")},
            {QStringLiteral("chamber_affairs"), QT_TR_NOOP("chamber affairs disclosed")},
            {QStringLiteral("finances"), QT_TR_NOOP("finances disclosed")},
            {QStringLiteral("disclosed_on"), QT_TR_NOOP("disclosure date")},
            {QStringLiteral("kind"), QT_TR_NOOP("kind")},
            {QStringLiteral("year"), QT_TR_NOOP("year")},
            {QStringLiteral("issuing_body"), QT_TR_NOOP("issuing body")},
            {QStringLiteral("document_number"), QT_TR_NOOP("document number")},
            {QStringLiteral("awarded_on"), QT_TR_NOOP("decision date")},
            {QStringLiteral("mediators"), QT_TR_NOOP("mediators")},
            {QStringLiteral("cases"), QT_TR_NOOP("cases")},
            {QStringLiteral("settled"), QT_TR_NOOP("settled cases")},
            {QStringLiteral("case_number"), QT_TR_NOOP("case number")},
            {QStringLiteral("received_on"), QT_TR_NOOP("received date")},
            {QStringLiteral("source"), QT_TR_NOOP("case source")},
            {QStringLiteral("applicant"), QT_TR_NOOP("applicant")},
            {QStringLiteral("respondent"), QT_TR_NOOP("respondent")},
            {QStringLiteral("dispute_type"), QT_TR_NOOP("dispute type")},
            {QStringLiteral("summary"), QT_TR_NOOP("summary")},
            {QStringLiteral("amount_disputed"), QT_TR_NOOP("amount in dispute")},
            {QStringLiteral("agreed_amount"), QT_TR_NOOP("agreed amount")},
            {QStringLiteral("closed_on"), QT_TR_NOOP("closed date")},
            {QStringLiteral("agreement_number"), QT_TR_NOOP("agreement number")},
            {QStringLiteral("judicial_confirmation"), QT_TR_NOOP("judicial confirmation")},
            {QStringLiteral("performance"), QT_TR_NOOP("performance of the agreement")},
            {QStringLiteral("performance_proof"), QT_TR_NOOP("proof of performance")},
            {QStringLiteral("follow_up_on"), QT_TR_NOOP("follow-up visit date")},
            {QStringLiteral("follow_up_satisfaction"), QT_TR_NOOP("satisfaction at follow-up")},
            {QStringLiteral("follow_up_note"), QT_TR_NOOP("follow-up note")},
            {QStringLiteral("reason"), QT_TR_NOOP("reason")},
            {QStringLiteral("requester"), QT_TR_NOOP("requester")},
            {QStringLiteral("description"), QT_TR_NOOP("description")},
            {QStringLiteral("partner"), QT_TR_NOOP("partner referred to")},
            {QStringLiteral("raised_on"), QT_TR_NOOP("raised date")},
            {QStringLiteral("started_on"), QT_TR_NOOP("start date")},
            {QStringLiteral("resolved_on"), QT_TR_NOOP("resolution date")},
            {QStringLiteral("resolution"), QT_TR_NOOP("resolution")},
            {QStringLiteral("member"), QT_TR_NOOP("member")},
            {QStringLiteral("representative"), QT_TR_NOOP("representative")},
            {QStringLiteral("industry"), QT_TR_NOOP("industry")},
            {QStringLiteral("role"), QT_TR_NOOP("role")},
            {QStringLiteral("joined_on"), QT_TR_NOOP("joining date")},
            {QStringLiteral("left_on"), QT_TR_NOOP("leaving date")},
            {QStringLiteral("member_list"), QT_TR_NOOP("member list")},
            // Micro-points (issue 4).
            {QStringLiteral("category"), QT_TR_NOOP("points category")},
            {QStringLiteral("points"), QT_TR_NOOP("points")},
            {QStringLiteral("year_cap"), QT_TR_NOOP("cap per year")},
            {QStringLiteral("item_cap"), QT_TR_NOOP("cap per item")},
            {QStringLiteral("cap"), QT_TR_NOOP("category cap")},
            {QStringLiteral("group"), QT_TR_NOOP("group counted once")},
            {QStringLiteral("position"), QT_TR_NOOP("position")},
            {QStringLiteral("quantity"), QT_TR_NOOP("quantity")},
            {QStringLiteral("manual_reason"), QT_TR_NOOP("reason for the points")},
            {QStringLiteral("evidence"), QT_TR_NOOP("evidence")},
            {QStringLiteral("rejection_reason"), QT_TR_NOOP("reason for rejection")},
            {QStringLiteral("thresholds"), QT_TR_NOOP("grade thresholds")},
            {QStringLiteral("rule"), QT_TR_NOOP("points rule")},
            {QStringLiteral("entry"), QT_TR_NOOP("points entry")},
            {QStringLiteral("veto"), QT_TR_NOOP("veto")},
            {QStringLiteral("issue_date"), QT_TR_NOOP("date of issue")},
            {QStringLiteral("county"), QT_TR_NOOP("county")},
            {QStringLiteral("snapshot"), QT_TR_NOOP("published report")},
            {QStringLiteral("out"), QT_TR_NOOP("output file")},
            // Ledger import (issue 7).
            {QStringLiteral("total_members"), QT_TR_NOOP("members in all")},
            {QStringLiteral("registration"), QT_TR_NOOP("registration status")},
            {QStringLiteral("registration_date"), QT_TR_NOOP("registration date")},
            {QStringLiteral("party_organization"), QT_TR_NOOP("Party organisation")},
            {QStringLiteral("party_form"), QT_TR_NOOP("form of the Party organisation")},
            {QStringLiteral("party_instructor"), QT_TR_NOOP("Party instructor")},
            {QStringLiteral("mediation_committee"), QT_TR_NOOP("mediation committee")},
            {QStringLiteral("mediation_cases"), QT_TR_NOOP("mediation cases in the year")},
            {QStringLiteral("honours"), QT_TR_NOOP("honours")},
            {QStringLiteral("city"), QT_TR_NOOP("city")},
            {QStringLiteral("mediation_settled"), QT_TR_NOOP("mediation cases settled in the year")},
            {QStringLiteral("file"), QT_TR_NOOP("file")},
            {QStringLiteral("encoding"), QT_TR_NOOP("text encoding")},
            {QStringLiteral("sheet"), QT_TR_NOOP("sheet")},
            {QStringLiteral("header"), QT_TR_NOOP("header row")},
            {QStringLiteral("mapping"), QT_TR_NOOP("column mapping")},
        };
        const auto it = labels.constFind(key);
        return it == labels.cend() ? key : tr(*it);
    }
};
} // namespace

QString fieldLabel(const QString &key)
{
    return FieldLabels::label(key);
}

} // namespace chamber
