// SPDX-License-Identifier: GPL-3.0-or-later
// The record-kind descriptions (issue 11): every kind, every field, labelled once and scoped by kind.
#include "EnumText.h"
#include "Fields.h"
#include "Party.h"
#include "RecordBindings.h"
#include "RecordKind.h"
#include "YesNo.h"

#include <QSet>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace chamber;

namespace {
std::string str(const QString &s)
{
    return s.toStdString();
}
} // namespace

TEST_CASE("every record kind is described, each once", "[kinds]")
{
    QSet<RecordKindId> ids;
    QSet<QString> keys;
    for (const auto *kind : recordKinds()) {
        CHECK(!ids.contains(kind->id));
        ids.insert(kind->id);
        keys.insert(QString::fromLatin1(kind->key));
        CHECK(&recordKind(kind->id) == kind);
        CHECK(!kind->fields.empty());
    }
    // Party organisation, instructor, disclosure, honour, mediation committee, tally, case, need,
    // member and the chamber itself.
    CHECK(ids.size() == 10);
    CHECK(keys.size() == 10);
}

TEST_CASE("within a kind, keys, labels, columns, options and JSON keys are unique", "[kinds]")
{
    for (const auto *kind : recordKinds()) {
        QSet<QString> keys, labels, columns, options, jsonKeys;
        for (const auto &f : kind->fields) {
            INFO(kind->key << "." << f.key);
            const QString key = QString::fromLatin1(f.key);
            CHECK(!keys.contains(key));
            keys.insert(key);
            CHECK(!labels.contains(kind->label(f)));
            labels.insert(kind->label(f));
            if (f.column) {
                CHECK(!columns.contains(QString::fromLatin1(f.column)));
                columns.insert(QString::fromLatin1(f.column));
            }
            if (f.option) {
                CHECK(!options.contains(QString::fromLatin1(f.option)));
                options.insert(QString::fromLatin1(f.option));
                CHECK(f.valueName);
                CHECK(f.optionHelp);
                CHECK(kind->fieldByOption(QString::fromLatin1(f.option)) == &f);
            }
            if (f.jsonKey) {
                CHECK(!jsonKeys.contains(QString::fromLatin1(f.jsonKey)));
                jsonKeys.insert(QString::fromLatin1(f.jsonKey));
            }
            CHECK((f.type == FieldType::Enum) == (f.enumTexts != nullptr));
            if (f.enumTexts)
                CHECK(!f.enumTexts().keys().isEmpty());
        }
    }
}

TEST_CASE("every label, kind name and option help has its zh_CN translation", "[kinds]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/chamber_core_zh_CN.qm")));
    for (const auto *kind : recordKinds()) {
        INFO(kind->key);
        CHECK(!zh.translate(kind->context, kind->name).isEmpty());
        for (const auto &f : kind->fields) {
            INFO(f.key);
            CHECK(!zh.translate(kind->context, f.label).isEmpty());
            if (f.optionHelp)
                CHECK(!zh.translate(kind->context, f.optionHelp).isEmpty());
        }
    }
}

TEST_CASE("the same key in two kinds keeps each kind's label (secretary_phone)", "[kinds]")
{
    // Fields.cpp once defined secretary_phone twice; the Party secretary's label won, so a wrong
    // chamber phone was reported as the Party secretary's.
    CHECK(fieldLabel(RecordKindId::Chamber, QStringLiteral("secretary_phone")) == QStringLiteral("secretary-general's phone"));
    CHECK(fieldLabel(RecordKindId::PartyOrganization, QStringLiteral("secretary_phone")) == QStringLiteral("Party secretary's phone"));
    // Without a kind (the ledger import, verification items, chamber commands): the chamber's.
    CHECK(fieldLabel(QStringLiteral("secretary_phone")) == QStringLiteral("secretary-general's phone"));

    // Every chamber field, named without a kind, gets the chamber's label.
    const RecordKind &chamber = recordKind(RecordKindId::Chamber);
    for (const auto &f : chamber.fields) {
        INFO(f.key);
        CHECK(fieldLabel(QString::fromLatin1(f.key)) == chamber.label(f));
    }

    // A Party organisation's problems carry their kind, so the CLI and app label them by it.
    PartyOrganization o;
    o.chamberId = 1;
    o.members = 5;
    o.secretaryPhone = QStringLiteral("x!");
    const auto problems = Party::validate(o, QDate(2026, 1, 1));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().kind == RecordKindId::PartyOrganization);
    CHECK(fieldLabel(problems.first()) == QStringLiteral("Party secretary's phone"));
}

TEST_CASE("no generic field key is defined twice, nor shadows a record field", "[kinds]")
{
    const QStringList keys = genericFieldKeys();
    QSet<QString> seen;
    for (const auto &k : keys) {
        INFO(str(k));
        CHECK(!seen.contains(k));
        seen.insert(k);
        // A generic key would hide the field of every kind that has it.
        for (const auto *kind : recordKinds())
            CHECK(kind->field(k) == nullptr);
    }
}

TEST_CASE("every described field that is written or shown is bound to its struct, and nothing else", "[kinds]")
{
    for (const auto *kind : recordKinds()) {
        const QStringList bound = boundKeys(kind->id);
        for (const auto &f : kind->fields) {
            INFO(kind->key << "." << f.key);
            if (f.option || f.jsonKey)
                CHECK(bound.contains(QString::fromLatin1(f.key)));
        }
        for (const auto &key : bound) {
            INFO(kind->key << "." << str(key));
            CHECK(kind->field(key) != nullptr);
        }
    }
}

TEST_CASE("one yes/no reading", "[yesno]")
{
    using A = YesNo::Answer;
    for (const char *yes : {"yes", "Y", "y", "true", "1", "是", "有", "能", "√", "✓", "已建立", "已登记", "ＹＥＳ", " yes "})
        CHECK(YesNo::read(QString::fromUtf8(yes)) == A::Yes);
    for (const char *no : {"no", "N", "n", "false", "0", "否", "无", "没有", "不能", "×", "x", "-", "未建立", "尚未登记"})
        CHECK(YesNo::read(QString::fromUtf8(no)) == A::No);
    for (const char *unknown : {"", "  ", "unknown", "未知", "不详", "?"})
        CHECK(YesNo::read(QString::fromUtf8(unknown)) == A::Unknown);
    for (const char *invalid : {"perhaps", "maybe", "2", "yess"})
        CHECK(YesNo::read(QString::fromUtf8(invalid)) == A::Invalid);
}
