// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl's text `show` from a kind's description (KindShow, issue 11), on a kind made up here
// so that every way a line reads is met, and a field that no line names.
#include "KindShow.h"

#include <QCoreApplication>
#include <QString>

#include <catch2/catch.hpp>

using namespace chamber;

namespace {

const FieldDescription kFields[] = {
    {.key = "name", .label = "name", .type = FieldType::Text},
    {.key = "phone", .label = "phone", .type = FieldType::Phone},
    {.key = "form", .label = "form", .type = FieldType::Text},
    {.key = "partner", .label = "partner", .type = FieldType::Text},
    {.key = "helpers", .label = "helpers", .type = FieldType::Count},
    {.key = "paid", .label = "amount paid", .type = FieldType::Money},
    {.key = "decided", .label = "decision date", .type = FieldType::Date},
    {.key = "confirmed", .label = "judicially confirmed", .type = FieldType::YesNo},
    {.key = "later", .label = "field added later", .type = FieldType::Text},
};

const CliShowLine kShow[] = {
    {"id", "Number"},
    {.key = "name", .heading = "Name", .with = {"phone"}},
    {.key = "form", .heading = "Form", .with = {"partner"}, .withFormat = " (%1)"},
    {.key = "helpers", .heading = "Helpers", .zeroBlank = true},
    {"paid", "Paid (yuan)"},
    {"decided", "Decided"},
    {"confirmed", "Confirmed"},
    {"registration", "Registration"},
};

const RecordKind kKind{RecordKindId::None, "made_up", "MadeUp", "made-up", "made_up", kFields, {}, {}, kShow};

QString show(const QHash<QString, QVariant> &stored, QHash<QString, QString> given = {})
{
    given.insert(QStringLiteral("id"), QStringLiteral("7"));
    QString text;
    QTextStream out(&text);
    cli::KindShow::print(out, kKind, stored, given);
    return text;
}

} // namespace

TEST_CASE("show: each line by its field's type, joined fields after it, and a field no line names last", "[show]")
{
    const QString text = show({{QStringLiteral("name"), QStringLiteral("韦国强")},
                               {QStringLiteral("phone"), QStringLiteral("0771-5551234")},
                               {QStringLiteral("form"), QStringLiteral("joint")},
                               {QStringLiteral("partner"), QStringLiteral("个协")},
                               {QStringLiteral("helpers"), 3},
                               {QStringLiteral("paid"), qint64(1234550)},
                               {QStringLiteral("decided"), QDate(2024, 3, 5)},
                               {QStringLiteral("confirmed"), true},
                               {QStringLiteral("later"), QStringLiteral("新字段")}},
                              {{QStringLiteral("registration"), QStringLiteral("registered")}});
    CHECK(text == QStringLiteral("Number: 7\n"
                                 "Name: 韦国强 0771-5551234\n"
                                 "Form: joint (个协)\n"
                                 "Helpers: 3\n"
                                 "Paid (yuan): 12345.50\n"
                                 "Decided: 2024-03-05\n"
                                 "Confirmed: yes\n"
                                 "Registration: registered\n"
                                 "Field added later: 新字段\n"));
}

TEST_CASE("show: what is not known reads as —, a joined field leaves no trace, control characters are escaped", "[show]")
{
    const QString text = show({{QStringLiteral("name"), QString()},
                               {QStringLiteral("phone"), QStringLiteral("0771-5551234")},
                               {QStringLiteral("form"), QStringLiteral("standalone")},
                               {QStringLiteral("partner"), QString()},
                               {QStringLiteral("helpers"), 0},
                               {QStringLiteral("paid"), QVariant()},
                               {QStringLiteral("decided"), QVariant()},
                               {QStringLiteral("confirmed"), QVariant()},
                               {QStringLiteral("later"), QStringLiteral("a\x1b[2Jb")}});
    CHECK(text == QStringLiteral("Number: 7\n"
                                 "Name: 0771-5551234\n"
                                 "Form: standalone\n"
                                 "Helpers: —\n"
                                 "Paid (yuan): —\n"
                                 "Decided: —\n"
                                 "Confirmed: —\n"
                                 "Registration: —\n"
                                 "Field added later: a\\x1B[2Jb\n"));
}

TEST_CASE("show: a value the command gives for a field's key is its whole line", "[show]")
{
    const QString text = show({{QStringLiteral("name"), QStringLiteral("韦国强")}, {QStringLiteral("phone"), QStringLiteral("0771")}},
                              {{QStringLiteral("name"), QStringLiteral("韦国强 (会长)")}});
    CHECK(text.startsWith(QStringLiteral("Number: 7\nName: 韦国强 (会长)\nForm: —\n")));
}
