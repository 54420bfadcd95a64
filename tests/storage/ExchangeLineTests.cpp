// SPDX-License-Identifier: GPL-3.0-or-later
// The record-line parser of report packages (ExchangeLine.h): what the export writes comes back
// value for value — escapes, non-ASCII text, surrogate pairs, numbers, true/false/null — and what
// is not one flat JSON object is told apart (broken syntax, a nested value, trailing text).
#include "ExchangeLine.h"

#include "TestSupport.h"

#include <string>
#include <vector>

using namespace chamber;

namespace {

struct Member
{
    std::string key;
    FlatValue::Type type;
    std::string text;
    qint64 integer;
    double real;
};

struct Collect final : FlatObjectHandler
{
    std::vector<Member> members;
    std::string last;
    bool key(std::string_view k) override
    {
        last = std::string(k);
        return true;
    }
    bool value(const FlatValue &v) override
    {
        members.push_back({last, v.type, std::string(v.text), v.integer, v.real});
        return true;
    }
};

FlatError parse(const std::string &line, Collect &c)
{
    std::deque<std::string> decoded;
    return parseFlatObject(line, c, decoded);
}

} // namespace

TEST_CASE("a record line gives back every value as written")
{
    Collect c;
    REQUIRE(parse(R"( {"name":"宾州镇商会","note":"a\"b\\c\/d\n\t","emoji":"\ud83d\ude00","cn":"\u5546\u4f1a","n":-42,"zero":0,)"
                  R"("big":9223372036854775807,"r":1.5e2,"yes":true,"no":false,"none":null,"empty":""} )",
                  c)
            == FlatError::None);
    REQUIRE(c.members.size() == 12);
    CHECK(c.members[0].key == "name");
    CHECK(c.members[0].type == FlatValue::Type::Text);
    CHECK(c.members[0].text == "宾州镇商会");
    CHECK(c.members[1].text == "a\"b\\c/d\n\t");
    CHECK(c.members[2].text == "\xF0\x9F\x98\x80");  // U+1F600 from its surrogate pair
    CHECK(c.members[3].text == "商会");
    CHECK(c.members[4].type == FlatValue::Type::Integer);
    CHECK(c.members[4].integer == -42);
    CHECK(c.members[5].integer == 0);
    CHECK(c.members[6].integer == 9223372036854775807LL);
    CHECK(c.members[7].type == FlatValue::Type::Real);
    CHECK(c.members[7].real == 150.0);
    CHECK(c.members[7].text == "1.5e2");
    CHECK(c.members[8].type == FlatValue::Type::Bool);
    CHECK(c.members[8].integer == 1);
    CHECK(c.members[9].integer == 0);
    CHECK(c.members[10].type == FlatValue::Type::Null);
    CHECK(c.members[11].type == FlatValue::Type::Text);
    CHECK(c.members[11].text.empty());
}

TEST_CASE("an empty object is a line without fields")
{
    Collect c;
    CHECK(parse("{}", c) == FlatError::None);
    CHECK(c.members.empty());
}

TEST_CASE("what is not one flat JSON object is refused")
{
    for (const std::string line : {"", "[]", "\"text\"", "{", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":tru}",
                                   "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"tab\there\"}", "{\"a\":1} x", "{a:1}", "{\"a\":-}"}) {
        Collect c;
        INFO(line);
        CHECK(parse(line, c) == FlatError::Syntax);
    }
    Collect nested;
    CHECK(parse(R"({"a":1,"b":{"c":2}})", nested) == FlatError::Nested);
    Collect list;
    CHECK(parse(R"({"a":[1]})", list) == FlatError::Nested);
}

TEST_CASE("a string ends at its quote, an escape or a control character wherever it falls in the text")
{
    // The parser looks for them eight bytes at a time: each at every offset of a word, after plain
    // ASCII and after Chinese text (bytes of 0x80 and more, which must not be taken for any of them).
    for (const std::string &filler : {std::string("a"), std::string("商")}) {
        for (size_t n = 0; n <= 24; ++n) {
            std::string text;
            while (text.size() < n)
                text += filler;
            INFO(filler << " × " << n);
            Collect plain;
            REQUIRE(parse("{\"k\":\"" + text + "\",\"m\":\"" + text + "x\"}", plain) == FlatError::None);
            REQUIRE(plain.members.size() == 2);
            CHECK(plain.members[0].text == text);
            CHECK(plain.members[1].text == text + "x");
            Collect escaped;
            REQUIRE(parse("{\"k\":\"" + text + "\\\"" + text + "\\\\\"}", escaped) == FlatError::None);
            REQUIRE(escaped.members.size() == 1);
            CHECK(escaped.members[0].text == text + "\"" + text + "\\");
            Collect control;  // a raw control character: not JSON
            CHECK(parse("{\"k\":\"" + text + "\x1f" + text + "\"}", control) == FlatError::Syntax);
            Collect unclosed;
            CHECK(parse("{\"k\":\"" + text, unclosed) == FlatError::Syntax);
        }
    }
}
