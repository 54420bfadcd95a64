// SPDX-License-Identifier: GPL-3.0-or-later
// Mediation, described once (RecordKind).
#include "RecordKinds.h"

#include "Mediation.h"

#include <QCoreApplication>

namespace chamber {

namespace {

const FieldDescription kMediationCommitteeFields[] = {
    {.key = "name", .label = QT_TRANSLATE_NOOP("MediationCommitteeFields", "name"), .column = "name", .type = FieldType::Text,
     .option = "name", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MediationCommitteeFields", "Name, e.g. …商会人民调解委员会."),
     .jsonKey = "name", .list = {16, "name", QT_TRANSLATE_NOOP("MediationCommitteeFields", "Committee")}},
    {.key = "founded", .label = QT_TRANSLATE_NOOP("MediationCommitteeFields", "founded date"), .column = "founded_on",
     .type = FieldType::Date, .option = "founded", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCommitteeFields", "Founding date; empty for unknown."), .jsonKey = "founded",
     .list = {6, "founded", QT_TRANSLATE_NOOP("MediationCommitteeFields", "Founded")}},
    {.key = "mediators", .label = QT_TRANSLATE_NOOP("MediationCommitteeFields", "mediators"), .column = "mediators",
     .type = FieldType::Count, .option = "mediators", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCommitteeFields", "Number of mediators."), .jsonKey = "mediators",
     .list = {0, "mediators", QT_TRANSLATE_NOOP("MediationCommitteeFields", "Mediators")}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("MediationCommitteeFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MediationCommitteeFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kMediationCommitteeCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"name", QT_TRANSLATE_NOOP("CliList", "Name")},
    {"founded", QT_TRANSLATE_NOOP("CliList", "Founded")},
    {"mediators", QT_TRANSLATE_NOOP("CliList", "Mediators"), true},
};

// chamberctl's `show` of the committee (mediation committee show; its tallies follow as a table).
const CliShowLine kMediationCommitteeShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"name", QT_TRANSLATE_NOOP("CliShow", "Name")},
    {"founded", QT_TRANSLATE_NOOP("CliShow", "Founded")},
    {.key = "mediators", .heading = QT_TRANSLATE_NOOP("CliShow", "Mediators"), .zeroBlank = true},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kMediationCommitteeKind{RecordKindId::MediationCommittee, "mediation_committee", "MediationCommitteeFields", QT_TRANSLATE_NOOP("MediationCommitteeFields", "mediation committee"), "mediation_committee", kMediationCommitteeFields, kMediationCommitteeCli, {}, kMediationCommitteeShow};

namespace {

const FieldDescription kMediationTallyFields[] = {
    {.key = "year", .label = QT_TRANSLATE_NOOP("MediationTallyFields", "year"), .column = "year", .type = FieldType::Count,
     .required = true, .option = "year", .valueName = "YYYY", .optionHelp = QT_TRANSLATE_NOOP("MediationTallyFields", "The year counted."),
     .jsonKey = "year", .list = {4, nullptr}},
    {.key = "cases", .label = QT_TRANSLATE_NOOP("MediationTallyFields", "cases"), .column = "cases", .type = FieldType::Count,
     .required = true, .option = "cases", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("MediationTallyFields", "Cases mediated in the year (年度调解案件数)."), .jsonKey = "cases",
     .list = {4, nullptr}},
    {.key = "settled", .label = QT_TRANSLATE_NOOP("MediationTallyFields", "settled cases"), .column = "settled", .type = FieldType::Count,
     .option = "settled", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("MediationTallyFields", "Of those, settled; empty for unknown."), .jsonKey = "settled",
     .list = {4, nullptr}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("MediationTallyFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MediationTallyFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kMediationTallyCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"year", QT_TRANSLATE_NOOP("CliList", "Year")},
    {"cases", QT_TRANSLATE_NOOP("CliList", "Cases")},
    {"settled", QT_TRANSLATE_NOOP("CliList", "Settled")},
};

} // namespace

const RecordKind kMediationTallyKind{RecordKindId::MediationTally, "mediation_tally", "MediationTallyFields", QT_TRANSLATE_NOOP("MediationTallyFields", "yearly case tally"), "mediation_tally", kMediationTallyFields, kMediationTallyCli,
                                   // Listed by chamber only (`mediation tally list --chamber`), never with a chamber's name.
                                   {.listed = {}}};

namespace {

const FieldDescription kMediationCaseFields[] = {
    {.key = "case_number", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "case number"), .column = "case_number",
     .type = FieldType::Text, .option = "number", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Case number; given as YYYY-NNN when left out."), .jsonKey = "number",
     .list = {4, "number", QT_TRANSLATE_NOOP("MediationCaseFields", "Number")}},
    {.key = "received_on", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "received date"), .column = "received_on",
     .type = FieldType::Date, .required = true, .option = "received", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Date the case was received."), .jsonKey = "received_on",
     .list = {5, "received", QT_TRANSLATE_NOOP("MediationCaseFields", "Received")}},
    {.key = "source", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "case source"), .column = "source", .type = FieldType::Enum,
     .option = "source", .valueName = "SOURCE",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "application, initiative, police_referral, court_entrustment or government_assignment."),
     .jsonKey = "source", .enumTexts = &Mediation::sourceTexts},
    {.key = "applicant", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "applicant"), .column = "applicant", .type = FieldType::Text,
     .required = true, .option = "applicant", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Applicant (申请人)."), .jsonKey = "applicant", .list = {6, "applicant", QT_TRANSLATE_NOOP("MediationCaseFields", "Applicant")}},
    {.key = "respondent", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "respondent"), .column = "respondent", .type = FieldType::Text,
     .required = true, .option = "respondent", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Respondent (被申请人)."), .jsonKey = "respondent", .list = {6, "respondent", QT_TRANSLATE_NOOP("MediationCaseFields", "Respondent")}},
    {.key = "dispute_type", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "dispute type"), .column = "dispute_type",
     .type = FieldType::Enum, .option = "type", .valueName = "TYPE",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "contract, debt, labour, product_quality, intellectual_property, partnership or other."),
     .jsonKey = "dispute_type", .list = {4, "dispute", QT_TRANSLATE_NOOP("MediationCaseFields", "Dispute")}, .enumTexts = &Mediation::disputeTypeTexts},
    {.key = "summary", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "summary"), .column = "summary", .type = FieldType::Text,
     .option = "summary", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "What the dispute is about."),
     .jsonKey = "summary", .storage = TextStorage::AsTyped},
    {.key = "amount_disputed", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "amount in dispute"), .column = "amount_disputed_fen",
     .type = FieldType::Money, .option = "amount", .valueName = "YUAN",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Amount in dispute, in yuan."), .jsonKey = "amount_disputed_fen",
     .list = {5, "amount", QT_TRANSLATE_NOOP("MediationCaseFields", "Amount (yuan)")}},
    {.key = "mediators", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "mediators"), .column = "mediators", .type = FieldType::Names,
     .option = "mediators", .valueName = "NAMES",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Mediators, separated by 、 or commas."), .jsonKey = "mediators"},
    {.key = "follow_up_on", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "follow-up visit date"), .column = "follow_up_on",
     .type = FieldType::Date, .option = "follow-up", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Date of the follow-up visit (回访)."), .jsonKey = "follow_up_on"},
    {.key = "follow_up_satisfaction", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "satisfaction at follow-up"),
     .column = "follow_up_satisfaction", .type = FieldType::Enum, .option = "satisfaction", .valueName = "LEVEL",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "satisfied, fairly_satisfied or dissatisfied."),
     .jsonKey = "follow_up_satisfaction", .enumTexts = &Mediation::satisfactionTexts},
    {.key = "follow_up_note", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "follow-up note"), .column = "follow_up_note",
     .type = FieldType::Text, .option = "follow-up-note", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "What the follow-up found."), .jsonKey = "follow_up_note", .storage = TextStorage::AsTyped},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
    {.key = "agreed_amount", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "agreed amount"), .column = "agreed_amount_fen",
     .type = FieldType::Money, .option = "agreed-amount", .valueName = "YUAN",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Amount agreed, in yuan."), .jsonKey = "agreed_amount_fen"},
    {.key = "agreement_number", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "agreement number"), .column = "agreement_number",
     .type = FieldType::Text, .option = "agreement", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Number of the mediation agreement (调解协议书)."), .jsonKey = "agreement_number"},
    {.key = "judicial_confirmation", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "judicial confirmation"),
     .column = "judicial_confirmation", .type = FieldType::YesNo, .option = "judicial-confirmation", .valueName = "yes|no|unknown",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Agreement judicially confirmed (司法确认)."),
     .jsonKey = "judicial_confirmation"},
    {.key = "performance", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "performance of the agreement"), .column = "performance",
     .type = FieldType::Enum, .option = "performance", .valueName = "STATE",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "performed, partly_performed or not_performed."), .jsonKey = "performance",
     .enumTexts = &Mediation::performanceTexts},
    {.key = "performance_proof", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "proof of performance"), .column = "performance_proof",
     .type = FieldType::Text, .option = "proof", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "What proves performance (履行凭证)."), .jsonKey = "performance_proof"},
    {.key = "status", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "status"), .column = "status", .type = FieldType::Enum,
     .option = "status", .valueName = "STATUS",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "For a case entered from its file: received, mediating, settled, failed or referred."),
     .jsonKey = "status", .list = {4, "status", QT_TRANSLATE_NOOP("MediationCaseFields", "Status")}, .enumTexts = &Mediation::statusTexts},
    {.key = "closed_on", .label = QT_TRANSLATE_NOOP("MediationCaseFields", "closed date"), .column = "closed_on", .type = FieldType::Date,
     .option = "closed", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("MediationCaseFields", "Closed date (with settled, failed or referred)."), .jsonKey = "closed_on",
     .list = {0, "closed", QT_TRANSLATE_NOOP("MediationCaseFields", "Closed")}},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kMediationCaseCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"case_number", QT_TRANSLATE_NOOP("CliList", "Case")},
    {"received_on", QT_TRANSLATE_NOOP("CliList", "Received")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"applicant", QT_TRANSLATE_NOOP("CliList", "Applicant")},
    {"respondent", QT_TRANSLATE_NOOP("CliList", "Respondent")},
    {"dispute_type", QT_TRANSLATE_NOOP("CliList", "Dispute")},
    {"amount_disputed", QT_TRANSLATE_NOOP("CliList", "Amount (yuan)")},
    {"status", QT_TRANSLATE_NOOP("CliList", "Status")},
    {"closed_on", QT_TRANSLATE_NOOP("CliList", "Closed")},
};

// chamberctl's `show` of a case (its dated history follows).
const CliShowLine kMediationCaseShow[] = {
    {.key = "case_number", .heading = QT_TRANSLATE_NOOP("CliShow", "Number"), .with = {"id"}, .withFormat = QT_TRANSLATE_NOOP("CliShow", " (%1)")},
    {"chamber_id", QT_TRANSLATE_NOOP("CliShow", "Chamber")},
    {"received_on", QT_TRANSLATE_NOOP("CliShow", "Received")},
    {"source", QT_TRANSLATE_NOOP("CliShow", "Source")},
    {"applicant", QT_TRANSLATE_NOOP("CliShow", "Applicant")},
    {"respondent", QT_TRANSLATE_NOOP("CliShow", "Respondent")},
    {"dispute_type", QT_TRANSLATE_NOOP("CliShow", "Dispute")},
    {"summary", QT_TRANSLATE_NOOP("CliShow", "Summary")},
    {"amount_disputed", QT_TRANSLATE_NOOP("CliShow", "Amount in dispute (yuan)")},
    {"mediators", QT_TRANSLATE_NOOP("CliShow", "Mediators")},
    {"status", QT_TRANSLATE_NOOP("CliShow", "Status")},
    {"closed_on", QT_TRANSLATE_NOOP("CliShow", "Closed")},
    {"agreed_amount", QT_TRANSLATE_NOOP("CliShow", "Agreed amount (yuan)")},
    {"agreement_number", QT_TRANSLATE_NOOP("CliShow", "Agreement")},
    {"judicial_confirmation", QT_TRANSLATE_NOOP("CliShow", "Judicial confirmation")},
    {.key = "performance", .heading = QT_TRANSLATE_NOOP("CliShow", "Performance"), .with = {"performance_proof"}},
    {.key = "follow_up_on", .heading = QT_TRANSLATE_NOOP("CliShow", "Follow-up visit"), .with = {"follow_up_satisfaction", "follow_up_note"}},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kMediationCaseKind{RecordKindId::MediationCase, "mediation_case", "MediationCaseFields", QT_TRANSLATE_NOOP("MediationCaseFields", "mediation case"), "mediation_case", kMediationCaseFields, kMediationCaseCli, {}, kMediationCaseShow};

} // namespace chamber
