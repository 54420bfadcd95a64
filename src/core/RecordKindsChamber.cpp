// SPDX-License-Identifier: GPL-3.0-or-later
// The chamber itself, described once (RecordKind).
#include "RecordKinds.h"

#include "Chamber.h"
#include "CreditCode.h"

#include <QCoreApplication>

namespace chamber {

namespace {

const FieldDescription kChamberFields[] = {
    {.key = "township", .label = QT_TRANSLATE_NOOP("ChamberFields", "township"), .column = "township_code", .type = FieldType::Code,
     .required = true, .option = "township", .valueName = "NAME|CODE",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Township, by name or 9-digit code."), .jsonKey = "township_code",
     .list = {10, "c.township_code, c.name"}},
    {.key = "name", .label = QT_TRANSLATE_NOOP("ChamberFields", "name"), .column = "name", .type = FieldType::Text, .required = true,
     .option = "name", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Name of the chamber."), .jsonKey = "name",
     .list = {24, "c.name"}},
    {.key = "founded", .label = QT_TRANSLATE_NOOP("ChamberFields", "founded date"), .column = "founded_on", .type = FieldType::Date,
     .option = "founded", .valueName = "YYYY-MM-DD", .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Founding date."),
     .jsonKey = "founded", .list = {10, "c.founded_on IS NULL, c.founded_on"}},
    {.key = "status", .label = QT_TRANSLATE_NOOP("ChamberFields", "status"), .column = "status", .type = FieldType::Enum,
     .option = "status", .valueName = "STATUS", .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "active, dormant or dissolved."),
     .jsonKey = "status", .list = {6, "CASE c.status WHEN 'active' THEN 0 WHEN 'dormant' THEN 1 ELSE 2 END"},
     .enumTexts = &Chambers::statusTexts},
    {.key = "dissolved", .label = QT_TRANSLATE_NOOP("ChamberFields", "dissolution date"), .column = "dissolved_on",
     .type = FieldType::Date, .option = "dissolved", .valueName = "YYYY-MM-DD",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Date of dissolution (with status dissolved)."), .jsonKey = "dissolved",
     .onlyWhen = {"status", "dissolved"}},
    {.key = "president", .label = QT_TRANSLATE_NOOP("ChamberFields", "president"), .column = "president", .type = FieldType::Text,
     .option = "president", .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "President (会长)."),
     .jsonKey = "president", .list = {8, "c.president = '', c.president"}},
    {.key = "president_phone", .label = QT_TRANSLATE_NOOP("ChamberFields", "president's phone"), .column = "president_phone",
     .type = FieldType::Phone, .option = "president-phone", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "President's phone."), .jsonKey = "president_phone"},
    {.key = "secretary_general", .label = QT_TRANSLATE_NOOP("ChamberFields", "secretary-general"), .column = "secretary_general",
     .type = FieldType::Text, .option = "secretary-general", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Secretary-general (秘书长)."), .jsonKey = "secretary_general"},
    {.key = "secretary_phone", .label = QT_TRANSLATE_NOOP("ChamberFields", "secretary-general's phone"), .column = "secretary_phone",
     .type = FieldType::Phone, .option = "secretary-phone", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Secretary-general's phone."), .jsonKey = "secretary_phone"},
    {.key = "contact_person", .label = QT_TRANSLATE_NOOP("ChamberFields", "contact person"), .column = "contact_person",
     .type = FieldType::Text, .option = "contact-person", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Contact person."), .jsonKey = "contact_person"},
    {.key = "contact_phone", .label = QT_TRANSLATE_NOOP("ChamberFields", "contact phone"), .column = "contact_phone",
     .type = FieldType::Phone, .option = "contact-phone", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Contact phone."), .jsonKey = "contact_phone"},
    {.key = "premises", .label = QT_TRANSLATE_NOOP("ChamberFields", "premises"), .column = "premises", .type = FieldType::Text,
     .option = "premises", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Address of the fixed premises; empty for none."), .jsonKey = "premises"},
    {.key = "full_time_staff", .label = QT_TRANSLATE_NOOP("ChamberFields", "full-time staff"), .column = "full_time_staff",
     .type = FieldType::Count, .option = "full-time-staff", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Number of full-time staff."), .jsonKey = "full_time_staff"},
    {.key = "activity_funds", .label = QT_TRANSLATE_NOOP("ChamberFields", "activity funds"), .column = "activity_funds_fen",
     .type = FieldType::Money, .option = "activity-funds", .valueName = "YUAN",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Activity funds in yuan, e.g. 30000 or 3.5万."), .jsonKey = "activity_funds_fen"},
    {.key = "individual_members", .label = QT_TRANSLATE_NOOP("ChamberFields", "individual members"), .column = "individual_members",
     .type = FieldType::Count, .option = "individual-members", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Number of individual members."), .jsonKey = "individual_members", .computedOnRead = true},
    {.key = "unit_members", .label = QT_TRANSLATE_NOOP("ChamberFields", "unit members"), .column = "unit_members",
     .type = FieldType::Count, .option = "unit-members", .valueName = "N",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Number of unit (enterprise) members."), .jsonKey = "unit_members", .computedOnRead = true},
    {.key = "independent_liability", .label = QT_TRANSLATE_NOOP("ChamberFields", "independent civil liability"),
     .column = "independent_liability", .type = FieldType::YesNo, .option = "independent-liability", .valueName = "yes|no|unknown",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Able to bear civil liability on its own: yes, no or unknown."),
     .jsonKey = "independent_liability"},
    {.key = "credit_code", .label = QT_TRANSLATE_NOOP("ChamberFields", "unified social credit code"), .column = "credit_code",
     .type = FieldType::Code, .option = "credit-code", .valueName = "CODE",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Unified social credit code."), .jsonKey = "credit_code",
     .normalise = &CreditCode::normalise, .storage = TextStorage::CreditCode},
    {.key = "notes", .label = QT_TRANSLATE_NOOP("ChamberFields", "notes"), .column = "notes", .type = FieldType::Text, .option = "notes",
     .valueName = "TEXT", .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Notes."), .jsonKey = "notes", .storage = TextStorage::AsTyped},
    {.key = "supervising_unit", .label = QT_TRANSLATE_NOOP("ChamberFields", "supervising unit"), .column = "supervising_unit",
     .type = FieldType::Text, .option = "supervising-unit", .valueName = "TEXT",
     .optionHelp = QT_TRANSLATE_NOOP("ChamberFields", "Supervising unit (业务主管单位), usually the county federation of industry and commerce."),
     .jsonKey = "supervising_unit"},
};

// chamberctl's table of the kind (`list`; `show` leaves out the chamber).
const CliColumn kChamberCli[] = {
    {"id", QT_TRANSLATE_NOOP("CliList", "No.")},
    {"township_name", QT_TRANSLATE_NOOP("CliList", "Township")},
    {"name", QT_TRANSLATE_NOOP("CliList", "Chamber")},
    {"founded", QT_TRANSLATE_NOOP("CliList", "Founded")},
    {"status", QT_TRANSLATE_NOOP("CliList", "Status")},
    {"members", QT_TRANSLATE_NOOP("CliList", "Members")},
    {"registration", QT_TRANSLATE_NOOP("CliList", "Registration")},
    {"president", QT_TRANSLATE_NOOP("CliList", "President")},
};

// chamberctl's `show` of a chamber (its registration history and conditions follow); the
// township (name and code), members (with the total) and registration status are given by the command.
const CliShowLine kChamberShow[] = {
    {"id", QT_TRANSLATE_NOOP("CliShow", "Number")},
    {"name", QT_TRANSLATE_NOOP("CliShow", "Name")},
    {"township", QT_TRANSLATE_NOOP("CliShow", "Township")},
    {"founded", QT_TRANSLATE_NOOP("CliShow", "Founded")},
    {.key = "status", .heading = QT_TRANSLATE_NOOP("CliShow", "Status"), .with = {"dissolved"}},
    {.key = "president", .heading = QT_TRANSLATE_NOOP("CliShow", "President"), .with = {"president_phone"}},
    {.key = "secretary_general", .heading = QT_TRANSLATE_NOOP("CliShow", "Secretary-general"), .with = {"secretary_phone"}},
    {.key = "contact_person", .heading = QT_TRANSLATE_NOOP("CliShow", "Contact"), .with = {"contact_phone"}},
    {.key = "individual_members", .heading = QT_TRANSLATE_NOOP("CliShow", "Members"), .with = {"unit_members"}},
    {"premises", QT_TRANSLATE_NOOP("CliShow", "Premises")},
    {"full_time_staff", QT_TRANSLATE_NOOP("CliShow", "Full-time staff")},
    {"activity_funds", QT_TRANSLATE_NOOP("CliShow", "Activity funds (yuan)")},
    {"independent_liability", QT_TRANSLATE_NOOP("CliShow", "Independent civil liability")},
    {"credit_code", QT_TRANSLATE_NOOP("CliShow", "Credit code")},
    {"supervising_unit", QT_TRANSLATE_NOOP("CliShow", "Supervising unit")},
    {"registration", QT_TRANSLATE_NOOP("CliShow", "Registration")},
    {"notes", QT_TRANSLATE_NOOP("CliShow", "Notes")},
};

// What `chamber list --format json` gives beside each chamber's fields.
const char *const kChamberListed[] = {"township", "registration", "ready_to_register"};

} // namespace

const RecordKind kChamberKind{RecordKindId::Chamber, "chamber", "ChamberFields", QT_TRANSLATE_NOOP("ChamberFields", "chamber"), "chamber", kChamberFields, kChamberCli,
                              // No chamber's number: it is no chamber's record. Its list gives the
                              // township's name, the registration status and readiness instead.
                              {.id = "id", .chamberId = nullptr, .listed = kChamberListed}, kChamberShow};

} // namespace chamber
