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

TEST_CASE("every list column is bound, has a zh_CN heading and a sane width", "[kinds]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/chamber_core_zh_CN.qm")));
    int columns = 0;
    for (const auto *kind : recordKinds()) {
        const QStringList bound = boundKeys(kind->id);
        for (const FieldDescription *f : kind->listColumns()) {
            INFO(kind->key << "." << f->key);
            ++columns;
            CHECK(bound.contains(QString::fromLatin1(f->key)));  // the list shows it through its binding
            CHECK(!zh.translate(kind->context, f->list.heading).isEmpty());
            CHECK(f->list.width >= 0);
            CHECK(f->list.width <= 30);
        }
    }
    // The chamber editor's six lists and the region-wide lists of Party organisations and
    // mediation committees, counted below: 5 + 6 + 7 + 5 + 5 + 8 + 6 + 3
    CHECK(columns == 45);
}

TEST_CASE("every kind's chamberctl table is described: fields it binds or the row's own values, headed in zh_CN", "[kinds]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/chamber_core_zh_CN.qm")));
    int columns = 0;
    for (const auto *kind : recordKinds()) {
        INFO(kind->key);
        CHECK(!kind->cliList.empty());
        CHECK(qstrcmp(kind->cliList.front().key, "id") == 0);  // the number first, to edit or remove by
        const QStringList bound = boundKeys(kind->id);
        QSet<QString> seen;
        for (const CliColumn &c : kind->cliList) {
            const QString key = QString::fromLatin1(c.key);
            INFO(c.key);
            ++columns;
            CHECK(!seen.contains(key));
            seen.insert(key);
            CHECK((bound.contains(key) || cliRowKeys().contains(key)));
            CHECK(!zh.translate("CliList", c.heading).isEmpty());
            if (c.zeroBlank)
                CHECK(kind->field(key)->type == FieldType::Count);
            if (c.countFormat) {
                CHECK(kind->field(key)->type == FieldType::Count);
                CHECK(!zh.translate("CliList", c.countFormat, nullptr, 2).isEmpty());
            }
            if (c.with)
                CHECK(bound.contains(QString::fromLatin1(c.with)));
        }
    }
    // chamber 8, Party organisation 7, instructor 7, disclosure 7, honour 6, committee 5,
    // tally 4, case 10, need 8, member 8: chamberctl's tables as they were written by hand.
    CHECK(columns == 70);
}

TEST_CASE("every kind's chamberctl show is described: bound fields or the show's own values, each named once, headed in zh_CN", "[kinds]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/chamber_core_zh_CN.qm")));
    int lines = 0;
    QStringList shown;
    for (const auto *kind : recordKinds()) {
        INFO(kind->key);
        const QStringList bound = boundKeys(kind->id);
        QSet<QString> named;
        auto name = [&](const char *key) {
            INFO(key);
            const QString k = QString::fromLatin1(key);
            CHECK(!named.contains(k));  // one line for a field
            named.insert(k);
            CHECK((bound.contains(k) || cliShowKeys().contains(k)));
        };
        for (const CliShowLine &line : kind->cliShow) {
            ++lines;
            name(line.key);
            for (const char *with : line.with)
                if (with)
                    name(with);
            CHECK(!zh.translate("CliShow", line.heading).isEmpty());
            if (line.withFormat) {
                CHECK(line.with[0]);
                CHECK(!zh.translate("CliShow", line.withFormat).isEmpty());
            }
            if (line.countFormat) {
                CHECK(kind->field(QString::fromLatin1(line.key))->type == FieldType::Count);
                CHECK(!zh.translate("CliShow", line.countFormat, nullptr, 2).isEmpty());
            }
            if (line.zeroBlank)
                CHECK(kind->field(QString::fromLatin1(line.key))->type == FieldType::Count);
        }
        // A field no line names follows them under its label (tests/cli/KindShowTests.cpp).
        if (!kind->cliShow.empty())
            shown.append(QString::fromLatin1(kind->key));
    }
    // The kinds with a record of their own to show; instructors, disclosures and tallies are shown
    // as the tables of their chamber's Party organisation and committee (cliList).
    CHECK(shown.join(QLatin1Char(',')) == QStringLiteral("chamber,party_organization,honour,mediation_committee,mediation_case,need,member"));
    // chamber 17, Party organisation 8, honour 8, committee 5, case 18, need 12, member 12: the
    // lines of chamberctl's show as they were written by hand, and the chamber's liability.
    CHECK(lines == 80);
}

TEST_CASE("the lists of a kind stand in the order the chamber editor and the pages show them", "[kinds]")
{
    auto keys = [](RecordKindId id) {
        QStringList out;
        for (const FieldDescription *f : recordKind(id).listColumns())
            out.append(QString::fromLatin1(f->key));
        return out.join(QLatin1Char(','));
    };
    CHECK(keys(RecordKindId::Honour) == QStringLiteral("year,kind,issuing_body,document_number,awarded_on"));
    CHECK(keys(RecordKindId::ServiceRequest) == QStringLiteral("raised_on,requester,kind,description,partner,status"));
    CHECK(keys(RecordKindId::Member) == QStringLiteral("name,kind,role,representative,phone,joined_on,left_on"));
    CHECK(keys(RecordKindId::PartyInstructor) == QStringLiteral("name,unit,phone,from,until"));
    CHECK(keys(RecordKindId::Disclosure) == QStringLiteral("period,party_affairs,chamber_affairs,finances,disclosed_on"));
    CHECK(keys(RecordKindId::MediationCase)
          == QStringLiteral("case_number,received_on,applicant,respondent,dispute_type,amount_disputed,status,closed_on"));
    // One per chamber: listed only on the Party building and mediation pages, as they were.
    CHECK(keys(RecordKindId::PartyOrganization) == QStringLiteral("name,form,party_members,secretary,star_rating,founded"));
    CHECK(keys(RecordKindId::MediationCommittee) == QStringLiteral("name,founded,mediators"));
}

TEST_CASE("a field's value reads by its type in a list", "[kinds]")
{
    const RecordKind &cases = recordKind(RecordKindId::MediationCase);
    CHECK(fieldText(*cases.field(QStringLiteral("received_on")), QDate(2024, 3, 5)) == QStringLiteral("2024-03-05"));
    CHECK(fieldText(*cases.field(QStringLiteral("amount_disputed")), qint64(1234567)) == QStringLiteral("12345.67"));  // fen → 元
    CHECK(fieldText(*cases.field(QStringLiteral("amount_disputed")), QVariant()).isEmpty());  // not known: blank, not 0.00
    CHECK(fieldText(*cases.field(QStringLiteral("dispute_type")), QStringLiteral("debt")) == QStringLiteral("debt"));  // the enumeration's name
    CHECK(fieldText(*cases.field(QStringLiteral("mediators")), QStringList{QStringLiteral("韦国强"), QStringLiteral("黄丽")}) == QStringLiteral("韦国强、黄丽"));
    CHECK(fieldText(*cases.field(QStringLiteral("judicial_confirmation")), true) == QStringLiteral("yes"));
    CHECK(fieldText(*cases.field(QStringLiteral("judicial_confirmation")), false) == QStringLiteral("no"));
    CHECK(fieldText(*cases.field(QStringLiteral("judicial_confirmation")), QVariant()).isEmpty());
    CHECK(fieldText(*recordKind(RecordKindId::Honour).field(QStringLiteral("year")), 2019) == QStringLiteral("2019"));  // no grouping
    const FieldDescription &stars = *recordKind(RecordKindId::PartyOrganization).field(QStringLiteral("star_rating"));
    CHECK(fieldText(stars, 3) == QStringLiteral("★★★"));  // a star rating as its stars, as the Party page showed it
    CHECK(fieldText(stars, QVariant()).isEmpty());
    CHECK(isFigure(*cases.field(QStringLiteral("amount_disputed"))));
    CHECK(isFigure(*recordKind(RecordKindId::PartyOrganization).field(QStringLiteral("party_members"))));
    CHECK_FALSE(isFigure(*recordKind(RecordKindId::Honour).field(QStringLiteral("year"))));
    CHECK_FALSE(isFigure(*recordKind(RecordKindId::PartyOrganization).field(QStringLiteral("star_rating"))));
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
