// SPDX-License-Identifier: GPL-3.0-or-later
// Members and their needs, described once (RecordKind).
#include "RecordKinds.h"

#include "Member.h"
#include "ServiceRequest.h"

#include <QCoreApplication>

namespace chamber {

namespace {

const FieldDescription kServiceRequestFields[] = {
    {.key = "member", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "member"), .column = "member_id", .type = FieldType::Count,
     .option = "member", .valueName = "ID",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "The member, by number on the chamber's member list."),
     .jsonKey = "member_id"},
    {.key = "requester", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "requester"), .column = "requester", .type = FieldType::Text,
     .option = "requester", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "Who raised it, when not on the member list."), .jsonKey = "requester",
     .list = {10, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Member"), 2}},
    {.key = "kind", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "kind"), .column = "kind", .type = FieldType::Enum,
     .required = true, .option = "kind", .valueName = "KIND",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "water, power, sewage, funding, legal or other."), .jsonKey = "kind",
     .list = {5, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Need"), 3}, .enumTexts = &ServiceRequests::kindTexts},
    {.key = "description", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "description"), .column = "description",
     .type = FieldType::Text, .required = true, .option = "description", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "What is needed."), .jsonKey = "description", .list = {14, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Description"), 4}},
    {.key = "raised_on", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "raised date"), .column = "raised_on", .type = FieldType::Date,
     .required = true, .option = "raised", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "Date the need was raised."), .jsonKey = "raised_on",
     .list = {6, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Raised on"), 1}},
    {.key = "partner", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "partner referred to"), .column = "partner",
     .type = FieldType::Text, .option = "partner", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "Who it was referred to: legal service centre, bank, village committee …"),
     .jsonKey = "partner", .list = {7, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Referred to"), 5}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "notes"), .column = "notes", .type = FieldType::Text,
     .option = "notes", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("ServiceRequestFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
    {.key = "status", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "status"), .column = "status", .type = FieldType::Enum,
     .jsonKey = "status", .list = {0, nullptr, QT_TRANSLATE_NOOP("ServiceRequestFields", "Status"), 6}, .enumTexts = &ServiceRequests::statusTexts},
    {.key = "started_on", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "start date"), .column = "started_on",
     .type = FieldType::Date, .jsonKey = "started_on"},
    {.key = "resolved_on", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "resolution date"), .column = "resolved_on",
     .type = FieldType::Date, .jsonKey = "resolved_on", .list = {10, nullptr}},
    {.key = "resolution", .label = QT_TRANSLATE_NOOP("ServiceRequestFields", "resolution"), .column = "resolution",
     .type = FieldType::Text, .jsonKey = "resolution"},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kServiceRequestCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"raised_on", QT_TRANSLATE_NOOP("CliList", "Raised")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"requester", QT_TRANSLATE_NOOP("CliList", "Requester")},
    {"kind", QT_TRANSLATE_NOOP("CliList", "Need")},
    {"partner", QT_TRANSLATE_NOOP("CliList", "Partner")},
    {"status", QT_TRANSLATE_NOOP("CliList", "Status")},
    {"resolved_on", QT_TRANSLATE_NOOP("CliList", "Resolved")},
};

// chamberctl's `show` of one record.
const CliShowLine kServiceRequestShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"chamber_id", QT_TRANSLATE_NOOP("CliShow", "Chamber")},
    {.key = "requester", .heading = QT_TRANSLATE_NOOP("CliShow", "Requester"), .with = {"member"}, .withFormat = QT_TRANSLATE_NOOP("CliShow", " (member %1)")},
    {"kind", QT_TRANSLATE_NOOP("CliShow", "Need")},
    {"description", QT_TRANSLATE_NOOP("CliShow", "Description")},
    {"partner", QT_TRANSLATE_NOOP("CliShow", "Partner")},
    {"raised_on", QT_TRANSLATE_NOOP("CliShow", "Raised")},
    {"status", QT_TRANSLATE_NOOP("CliShow", "Status")},
    {"started_on", QT_TRANSLATE_NOOP("CliShow", "Started")},
    {"resolved_on", QT_TRANSLATE_NOOP("CliShow", "Resolved")},
    {"resolution", QT_TRANSLATE_NOOP("CliShow", "Resolution")},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kServiceRequestKind{RecordKindId::ServiceRequest, "need", "ServiceRequestFields", QT_TRANSLATE_NOOP("ServiceRequestFields", "need"), "service_request", kServiceRequestFields, kServiceRequestCli, {}, kServiceRequestShow};

namespace {

const FieldDescription kMemberFields[] = {
    {.key = "name", .label = QT_TRANSLATE_NOOP("MemberFields", "name"), .column = "name", .type = FieldType::Text, .required = true,
     .option = "name", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Name of the firm or person."),
     .jsonKey = "name", .list = {12, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Name"), 1}},
    {.key = "kind", .label = QT_TRANSLATE_NOOP("MemberFields", "kind"), .column = "kind", .type = FieldType::Enum, .option = "kind",
     .valueName = "KIND", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "enterprise (企业会员) or individual (个人会员)."), .jsonKey = "kind",
     .list = {4, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Kind"), 2}, .enumTexts = &Members::kindTexts},
    {.key = "credit_code", .label = QT_TRANSLATE_NOOP("MemberFields", "unified social credit code"), .column = "credit_code",
     .type = FieldType::Code, .option = "credit-code", .valueName = "CODE",
     .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "A firm's unified social credit code."), .jsonKey = "credit_code", .storage = TextStorage::CreditCode},
    {.key = "representative", .label = QT_TRANSLATE_NOOP("MemberFields", "representative"), .column = "representative",
     .type = FieldType::Text, .option = "representative", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Who represents the firm (法定代表人)."), .jsonKey = "representative",
     .list = {5, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Representative"), 4}},
    {.key = "phone", .label = QT_TRANSLATE_NOOP("MemberFields", "phone"), .column = "phone", .type = FieldType::Phone, .option = "phone",
     .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Phone."), .jsonKey = "phone", .list = {7, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Phone"), 5}},
    {.key = "industry", .label = QT_TRANSLATE_NOOP("MemberFields", "industry"), .column = "industry", .type = FieldType::Text,
     .option = "industry", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Industry."), .jsonKey = "industry",
     .list = {8, nullptr}},
    {.key = "role", .label = QT_TRANSLATE_NOOP("MemberFields", "role"), .column = "role", .type = FieldType::Enum, .option = "role",
     .valueName = "ROLE",
     .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "president, executive_vice_president, vice_president, secretary_general, executive_director, director, supervisor or member (or 会长, 副会长, 理事, 会员 …)."),
     .jsonKey = "role", .list = {5, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Role"), 3}, .enumTexts = &Members::roleTexts},
    {.key = "joined_on", .label = QT_TRANSLATE_NOOP("MemberFields", "joining date"), .column = "joined_on", .type = FieldType::Date,
     .option = "joined", .valueName = "YYYY-MM-DD", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Date the member joined."),
     .jsonKey = "joined_on", .list = {6, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Joined"), 6}},
    {.key = "left_on", .label = QT_TRANSLATE_NOOP("MemberFields", "leaving date"), .column = "left_on", .type = FieldType::Date,
     .option = "left", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Date the member left; empty while a member."), .jsonKey = "left_on",
     .list = {0, nullptr, QT_TRANSLATE_NOOP("MemberFields", "Left"), 7}},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("MemberFields", "notes"), .column = "notes", .type = FieldType::Text, .option = "notes",
     .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("MemberFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kMemberCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"chamber", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"name", QT_TRANSLATE_NOOP("CliList", "Name")},
    {"kind", QT_TRANSLATE_NOOP("CliList", "Kind")},
    {"role", QT_TRANSLATE_NOOP("CliList", "Role")},
    {"credit_code", QT_TRANSLATE_NOOP("CliList", "Credit code")},
    {"joined_on", QT_TRANSLATE_NOOP("CliList", "Joined")},
    {"left_on", QT_TRANSLATE_NOOP("CliList", "Left")},
};

// chamberctl's `show` of one record.
const CliShowLine kMemberShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"chamber_id", QT_TRANSLATE_NOOP("CliShow", "Chamber")},
    {"name", QT_TRANSLATE_NOOP("CliShow", "Name")},
    {"kind", QT_TRANSLATE_NOOP("CliShow", "Kind")},
    {"role", QT_TRANSLATE_NOOP("CliShow", "Role")},
    {"credit_code", QT_TRANSLATE_NOOP("CliShow", "Credit code")},
    {"representative", QT_TRANSLATE_NOOP("CliShow", "Representative")},
    {"phone", QT_TRANSLATE_NOOP("CliShow", "Phone")},
    {"industry", QT_TRANSLATE_NOOP("CliShow", "Industry")},
    {"joined_on", QT_TRANSLATE_NOOP("CliShow", "Joined")},
    {"left_on", QT_TRANSLATE_NOOP("CliShow", "Left")},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

} // namespace

const RecordKind kMemberKind{RecordKindId::Member, "member", "MemberFields", QT_TRANSLATE_NOOP("MemberFields", "member"), "member", kMemberFields, kMemberCli, {}, kMemberShow};

} // namespace chamber
