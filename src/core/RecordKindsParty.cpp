// SPDX-License-Identifier: GPL-3.0-or-later
// Party building and honours, described once (RecordKind).
#include "RecordKinds.h"

#include "Honour.h"
#include "Party.h"

#include <QCoreApplication>

namespace chamber {

namespace {

// A star rating as its stars: ★★★.
QString starsText(const QVariant &stored)
{
    return QString(stored.toInt(), QChar(0x2605));
}

const FieldDescription kPartyOrganizationFields[] = {
    {.key = "form", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "form"), .column = "form", .type = FieldType::Enum,
     .option = "form", .valueName = "FORM",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "standalone (单独组建) or joint (联合组建)."), .jsonKey = "form",
     .list = {5, "form", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Form"), 2}, .enumTexts = &Party::formTexts},
    {.key = "name", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "name"), .column = "name", .type = FieldType::Text,
     .option = "name", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Name of the organisation, e.g. 中共…商会支部委员会."), .jsonKey = "name",
     .list = {14, "name", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party organisation"), 1}},
    {.key = "joint_with", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "formed jointly with"), .column = "joint_with",
     .type = FieldType::Text, .option = "joint-with", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "The units a joint organisation is formed with."),
     .jsonKey = "joint_with"},
    {.key = "party_members", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party members"), .column = "members",
     .type = FieldType::Count, .option = "members", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Number of Party members (党员数)."), .jsonKey = "members",
     .list = {4, "members", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party members"), 3}},
    {.key = "secretary", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party secretary"), .column = "secretary",
     .type = FieldType::Text, .option = "secretary", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party secretary (书记)."), .jsonKey = "secretary",
     .list = {5, "secretary", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Secretary"), 4}},
    {.key = "secretary_phone", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party secretary's phone"),
     .column = "secretary_phone", .type = FieldType::Phone, .option = "secretary-phone", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party secretary's phone."), .jsonKey = "secretary_phone"},
    {.key = "founded", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "founded date"), .column = "founded_on",
     .type = FieldType::Date, .option = "founded", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Founding date; empty for unknown."), .jsonKey = "founded",
     .list = {0, "founded", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Founded"), 6}},
    {.key = "star_rating", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "star rating"), .column = "star_rating",
     .type = FieldType::Count, .option = "stars", .valueName = "1-5",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Star rating (星级), 1 to 5; empty for none."), .jsonKey = "star_rating",
     .list = {4, "stars", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Stars"), 5, &starsText}},
    {.key = "star_rated_on", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "star rating date"), .column = "star_rated_on",
     .type = FieldType::Date, .option = "rated-on", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Date the star rating was given."), .jsonKey = "star_rated_on"},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("PartyOrganizationFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("PartyOrganizationFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kPartyOrganizationCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"form", QT_TRANSLATE_NOOP("CliList", "Form")},
    {"party_members", QT_TRANSLATE_NOOP("CliList", "Members")},
    {"secretary", QT_TRANSLATE_NOOP("CliList", "Secretary")},
    {"founded", QT_TRANSLATE_NOOP("CliList", "Founded")},
    {.key = "star_rating", .heading = QT_TRANSLATE_NOOP("CliList", "Star rating"),
     .countFormat = QT_TRANSLATE_N_NOOP("CliList", "%n star(s)"), .with = "star_rated_on"},
};

// chamberctl's `show` of the organisation (party show; its instructors and disclosures follow as tables).
const CliShowLine kPartyOrganizationShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"name", QT_TRANSLATE_NOOP("CliShow", "Name")},
    {.key = "form", .heading = QT_TRANSLATE_NOOP("CliShow", "Form"), .with = {"joint_with"}, .withFormat = QT_TRANSLATE_NOOP("CliShow", " (%1)")},
    {"party_members", QT_TRANSLATE_NOOP("CliShow", "Party members")},
    {.key = "secretary", .heading = QT_TRANSLATE_NOOP("CliShow", "Secretary"), .with = {"secretary_phone"}},
    {"founded", QT_TRANSLATE_NOOP("CliShow", "Founded")},
    {.key = "star_rating", .heading = QT_TRANSLATE_NOOP("CliShow", "Star rating"), .with = {"star_rated_on"}, .countFormat = QT_TRANSLATE_N_NOOP("CliShow", "%n star(s)")},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kPartyOrganizationKind{RecordKindId::PartyOrganization, "party_organization", "PartyOrganizationFields", QT_TRANSLATE_NOOP("PartyOrganizationFields", "Party organisation"), "party_organization", kPartyOrganizationFields, kPartyOrganizationCli, {}, kPartyOrganizationShow};

namespace {

const FieldDescription kPartyInstructorFields[] = {
    {.key = "name", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "name"), .column = "name", .type = FieldType::Text,
     .required = true, .option = "name", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "Instructor's name."), .jsonKey = "name", .list = {5, "name", QT_TRANSLATE_NOOP("PartyInstructorFields", "Instructor")}},
    {.key = "unit", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "work unit"), .column = "unit", .type = FieldType::Text,
     .option = "unit", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "Instructor's own work unit."),
     .jsonKey = "unit", .list = {10, "unit", QT_TRANSLATE_NOOP("PartyInstructorFields", "Work unit")}},
    {.key = "phone", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "phone"), .column = "phone", .type = FieldType::Phone,
     .option = "phone", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "Phone."), .jsonKey = "phone",
     .list = {7, "phone", QT_TRANSLATE_NOOP("PartyInstructorFields", "Phone")}},
    {.key = "from", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "from date"), .column = "from_on", .type = FieldType::Date,
     .option = "from", .valueName = "YYYY-MM-DD", .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "In post from this date."),
     .jsonKey = "from", .list = {6, "from", QT_TRANSLATE_NOOP("PartyInstructorFields", "In post from")}},
    {.key = "until", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "until date"), .column = "until_on", .type = FieldType::Date,
     .option = "until", .valueName = "YYYY-MM-DD", .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "Left the post on this date."),
     .jsonKey = "until", .list = {0, "until", QT_TRANSLATE_NOOP("PartyInstructorFields", "Until")}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("PartyInstructorFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("PartyInstructorFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kPartyInstructorCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"name", QT_TRANSLATE_NOOP("CliList", "Name")},
    {"unit", QT_TRANSLATE_NOOP("CliList", "Unit")},
    {"phone", QT_TRANSLATE_NOOP("CliList", "Phone")},
    {"from", QT_TRANSLATE_NOOP("CliList", "From")},
    {"until", QT_TRANSLATE_NOOP("CliList", "Until")},
};

} // namespace

const RecordKind kPartyInstructorKind{RecordKindId::PartyInstructor, "party_instructor", "PartyInstructorFields", QT_TRANSLATE_NOOP("PartyInstructorFields", "Party instructor"), "party_instructor", kPartyInstructorFields, kPartyInstructorCli};

namespace {

const FieldDescription kDisclosureFields[] = {
    {.key = "period", .label = QT_TRANSLATE_NOOP("DisclosureFields", "period"), .column = "period", .type = FieldType::Text,
     .required = true, .option = "period", .valueName = "PERIOD",
     .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "2024, 2024-H1, 2024-Q3 or 2024-03."), .jsonKey = "period",
     .list = {6, "period", QT_TRANSLATE_NOOP("DisclosureFields", "Period")}, .storage = TextStorage::Capitals},
    {.key = "party_affairs", .label = QT_TRANSLATE_NOOP("DisclosureFields", "Party affairs disclosed"), .column = "party_affairs",
     .type = FieldType::YesNo, .option = "party-affairs", .valueName = "yes|no",
     .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "Party affairs disclosed."), .jsonKey = "party_affairs", .list = {5, "party_affairs", QT_TRANSLATE_NOOP("DisclosureFields", "Party affairs")}},
    {.key = "chamber_affairs", .label = QT_TRANSLATE_NOOP("DisclosureFields", "chamber affairs disclosed"), .column = "chamber_affairs",
     .type = FieldType::YesNo, .option = "chamber-affairs", .valueName = "yes|no",
     .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "Chamber affairs disclosed."), .jsonKey = "chamber_affairs",
     .list = {5, "chamber_affairs", QT_TRANSLATE_NOOP("DisclosureFields", "Chamber affairs")}},
    {.key = "finances", .label = QT_TRANSLATE_NOOP("DisclosureFields", "finances disclosed"), .column = "finances",
     .type = FieldType::YesNo, .option = "finances", .valueName = "yes|no",
     .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "Finances disclosed."), .jsonKey = "finances", .list = {5, "finances", QT_TRANSLATE_NOOP("DisclosureFields", "Finances")}},
    {.key = "disclosed_on", .label = QT_TRANSLATE_NOOP("DisclosureFields", "disclosure date"), .column = "disclosed_on",
     .type = FieldType::Date, .option = "date", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "Date it was made public."), .jsonKey = "disclosed_on",
     .list = {0, "disclosed", QT_TRANSLATE_NOOP("DisclosureFields", "Disclosed on")}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("DisclosureFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("DisclosureFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kDisclosureCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"period", QT_TRANSLATE_NOOP("CliList", "Period")},
    {"party_affairs", QT_TRANSLATE_NOOP("CliList", "Party affairs")},
    {"chamber_affairs", QT_TRANSLATE_NOOP("CliList", "Chamber affairs")},
    {"finances", QT_TRANSLATE_NOOP("CliList", "Finances")},
    {"disclosed_on", QT_TRANSLATE_NOOP("CliList", "Date")},
};

} // namespace

const RecordKind kDisclosureKind{RecordKindId::Disclosure, "disclosure", "DisclosureFields", QT_TRANSLATE_NOOP("DisclosureFields", "disclosure"), "party_disclosure", kDisclosureFields, kDisclosureCli};

namespace {

const FieldDescription kHonourFields[] = {
    {.key = "kind", .label = QT_TRANSLATE_NOOP("HonourFields", "kind"), .column = "kind", .type = FieldType::Enum, .required = true,
     .option = "kind", .valueName = "KIND",
     .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "regional_four_good, national_four_good, integrity_pioneer or star_party_organization (or the Chinese name)."),
     .jsonKey = "kind", .list = {9, nullptr, QT_TRANSLATE_NOOP("HonourFields", "Honour"), 2}, .enumTexts = &Honours::kindTexts},
    {.key = "year", .label = QT_TRANSLATE_NOOP("HonourFields", "year"), .column = "year", .type = FieldType::Count, .required = true,
     .option = "year", .valueName = "YYYY", .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "Year of the honour."), .jsonKey = "year",
     .list = {3, nullptr, QT_TRANSLATE_NOOP("HonourFields", "Year"), 1}},
    {.key = "issuing_body", .label = QT_TRANSLATE_NOOP("HonourFields", "issuing body"), .column = "issuing_body", .type = FieldType::Text,
     .option = "issuer", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "Issuing body; the usual one for the kind when left out."), .jsonKey = "issuing_body",
     .list = {12, nullptr, QT_TRANSLATE_NOOP("HonourFields", "Issued by"), 3}},
    {.key = "document_number", .label = QT_TRANSLATE_NOOP("HonourFields", "document number"), .column = "document_number",
     .type = FieldType::Text, .option = "document", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "Number of the decision (文号)."), .jsonKey = "document_number",
     .list = {10, nullptr, QT_TRANSLATE_NOOP("HonourFields", "Document number"), 4}},
    {.key = "awarded_on", .label = QT_TRANSLATE_NOOP("HonourFields", "decision date"), .column = "awarded_on", .type = FieldType::Date,
     .option = "date", .valueName = "YYYY-MM-DD", .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "Date of the decision."),
     .jsonKey = "awarded_on", .list = {0, nullptr, QT_TRANSLATE_NOOP("HonourFields", "Decided on"), 5}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("HonourFields", "notes"), .column = "notes", .type = FieldType::Text, .option = "notes",
     .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("HonourFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kHonourCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"year", QT_TRANSLATE_NOOP("CliList", "Year")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"kind", QT_TRANSLATE_NOOP("CliList", "Honour")},
    {"issuing_body", QT_TRANSLATE_NOOP("CliList", "Issuing body")},
    {"document_number", QT_TRANSLATE_NOOP("CliList", "Document")},
};

// chamberctl's `show` of one record.
const CliShowLine kHonourShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"chamber_id", QT_TRANSLATE_NOOP("CliShow", "Chamber")},
    {"kind", QT_TRANSLATE_NOOP("CliShow", "Honour")},
    {"year", QT_TRANSLATE_NOOP("CliShow", "Year")},
    {"issuing_body", QT_TRANSLATE_NOOP("CliShow", "Issuing body")},
    {"document_number", QT_TRANSLATE_NOOP("CliShow", "Document")},
    {"awarded_on", QT_TRANSLATE_NOOP("CliShow", "Date")},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kHonourKind{RecordKindId::Honour, "honour", "HonourFields", QT_TRANSLATE_NOOP("HonourFields", "honour"), "honour", kHonourFields, kHonourCli, {}, kHonourShow};

} // namespace chamber
