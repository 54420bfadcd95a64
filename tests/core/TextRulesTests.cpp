// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: what a record's text may hold, checked in core so that the CLI, the app and the
// import refuse the same things; and the dates a ledger import can read back.
#include "Chamber.h"
#include "TestSupport.h"
#include "TextRules.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
const QDate kToday(2025, 6, 1);

Chamber sample()
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2011, 10, 10);
    return c;
}
} // namespace

TEST_CASE("issue 15: names of only invisible characters are refused")
{
    for (const QString &name : {QStringLiteral("\u200B"), QStringLiteral("\u200B\u200C\u200D"), QStringLiteral("\uFEFF\u2060"),
                                QStringLiteral("\u3164"), QStringLiteral("\u3000\u200B")}) {
        Chamber c = sample();
        c.name = name;
        INFO(name.toStdString());
        CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("name")));
    }
    // Visible text with a zero-width joiner inside is a name (emoji and some scripts use them).
    Chamber c = sample();
    c.name = QStringLiteral("黎塘镇\u200D商会");
    CHECK(Chambers::validate(c, kToday).isEmpty());
}

TEST_CASE("issue 15: bidi overrides and control characters are refused in every text field, line breaks kept in notes")
{
    const QString bad[] = {QStringLiteral("甲\u202E乙"), QStringLiteral("甲\u2066乙"), QStringLiteral("甲\x1B[31m乙"),
                           QStringLiteral("甲\x07乙"), QStringLiteral("甲\u0085乙")};
    for (const auto &value : bad) {
        INFO(value.toStdString());
        Chamber c = sample();
        c.name = value;
        CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("name")));
        c = sample();
        c.president = value;
        CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("president")));
        c = sample();
        c.notes = value;
        CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("notes")));
    }
    Chamber c = sample();
    c.notes = QStringLiteral("第一行\n第二行\t备注\r\n");
    CHECK(Chambers::validate(c, kToday).isEmpty());
    c.president = QStringLiteral("张\n三");
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("president")));
}

TEST_CASE("issue 15: field length limits per field")
{
    const struct
    {
        QString field;
        int limit;
        QString Chamber::*member;
    } fields[] = {
        {QStringLiteral("president"), 50, &Chamber::president},
        {QStringLiteral("secretary_general"), 50, &Chamber::secretaryGeneral},
        {QStringLiteral("contact_person"), 50, &Chamber::contactPerson},
        {QStringLiteral("premises"), 200, &Chamber::premises},
        {QStringLiteral("notes"), 2000, &Chamber::notes},
    };
    for (const auto &f : fields) {
        INFO(f.field.toStdString());
        Chamber c = sample();
        c.*f.member = QString(f.limit, QChar(u'字'));
        CHECK(Chambers::validate(c, kToday).isEmpty());
        c.*f.member += QChar(u'字');
        CHECK(hasProblem(Chambers::validate(c, kToday), f.field));
    }
    Chamber c = sample();
    c.name = QString(101, QChar(u'字'));
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("name")));
}

TEST_CASE("issue 15: chambers founded before 1949 are refused, so every stored date re-imports")
{
    Chamber c = sample();
    c.founded = QDate(1900, 1, 1);
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("founded")));
    c.founded = QDate(1949, 1, 1);
    CHECK(Chambers::validate(c, kToday).isEmpty());
    c.status = ChamberStatus::Dissolved;
    c.founded.reset();
    c.dissolved = QDate(1899, 12, 31);
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("dissolved")));
}

TEST_CASE("issue 15: terminal output escapes control characters and bidi controls")
{
    CHECK(TextRules::escapeControls(QStringLiteral("张\x1B[2J三")) == QStringLiteral("张\\x1B[2J三"));
    CHECK(TextRules::escapeControls(QStringLiteral("甲\u202E乙")) == QStringLiteral("甲\\u202E乙"));
    CHECK(TextRules::escapeControls(QStringLiteral("宾阳县黎塘镇商会")) == QStringLiteral("宾阳县黎塘镇商会"));
}
