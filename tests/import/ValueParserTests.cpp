// SPDX-License-Identifier: GPL-3.0-or-later
// Cell values as offices write them; expected values worked out by hand.
#include "TestSupport.h"
#include "ValueParser.h"

using namespace chamber;

namespace {
Cell text(const char16_t *t)
{
    return Cell::fromText(QString::fromUtf16(t));
}
std::optional<QDate> dateOf(const Cell &c)
{
    const auto parsed = ValueParser::date(c);
    return parsed.value ? std::optional<QDate>(parsed.value->date) : std::nullopt;
}
} // namespace

TEST_CASE("dates written the ways ledgers write them")
{
    using P = LedgerDate::Precision;
    struct Case
    {
        const char16_t *text;
        QDate date;
        P precision;
    };
    const Case cases[] = {
        {u"2019-05-12", QDate(2019, 5, 12), P::Day},      {u"2019/5/12", QDate(2019, 5, 12), P::Day},
        {u"2019.5.12", QDate(2019, 5, 12), P::Day},       {u"2019年5月12日", QDate(2019, 5, 12), P::Day},
        {u"2019年5月12号", QDate(2019, 5, 12), P::Day},   {u" 2019 年 5 月 12 日 ", QDate(2019, 5, 12), P::Day},
        {u"２０１９年５月１２日", QDate(2019, 5, 12), P::Day}, {u"20190512", QDate(2019, 5, 12), P::Day},
        {u"2019/5/12 0:00", QDate(2019, 5, 12), P::Day},  {u"2012年5月", QDate(2012, 5, 1), P::Month},
        {u"2012年5月份", QDate(2012, 5, 1), P::Month},    {u"2012.07", QDate(2012, 7, 1), P::Month},
        {u"2012.7", QDate(2012, 7, 1), P::Month},         {u"2012-07", QDate(2012, 7, 1), P::Month},
        {u"2012/7", QDate(2012, 7, 1), P::Month},         {u"2012.10", QDate(2012, 10, 1), P::Month},
        {u"2012年", QDate(2012, 1, 1), P::Year},          {u"2012", QDate(2012, 1, 1), P::Year},
    };
    for (const auto &c : cases) {
        INFO(QString::fromUtf16(c.text).toStdString());
        const auto parsed = ValueParser::date(text(c.text));
        REQUIRE(parsed.value);
        CHECK(parsed.value->date == c.date);
        CHECK(parsed.value->precision == c.precision);
        // A month or year alone is said so: the 1st is an assumption.
        CHECK(parsed.warning.isEmpty() == (c.precision == P::Day));
    }
    // Text "2012.1" is January as typed, with a word about October.
    const auto january = ValueParser::date(text(u"2012.1"));
    CHECK(january.value->date == QDate(2012, 1, 1));
    CHECK(january.warning.contains(QStringLiteral("2012.10")));
}

TEST_CASE("dates from spreadsheet cells: date cells, serials, and numbers made of 2012.07")
{
    CHECK(dateOf(Cell::fromDate(40202, QDate(2010, 1, 24))) == QDate(2010, 1, 24));
    CHECK(dateOf(Cell::fromNumber(2012.07)) == QDate(2012, 7, 1));
    CHECK(dateOf(Cell::fromNumber(2012.12)) == QDate(2012, 12, 1));
    CHECK(dateOf(Cell::fromNumber(2019.08)) == QDate(2019, 8, 1));
    CHECK(dateOf(Cell::fromNumber(2012.5)) == QDate(2012, 5, 1));  // typed 2012.5
    // 2012.10 typed into a cell is stored as 2012.1: read as October, and said so.
    const auto october = ValueParser::date(Cell::fromNumber(2012.1));
    CHECK(october.value->date == QDate(2012, 10, 1));
    CHECK_FALSE(october.warning.isEmpty());
    CHECK(dateOf(Cell::fromNumber(2012)) == QDate(2012, 1, 1));
    // A serial in a General cell, or written into a CSV.
    CHECK(dateOf(Cell::fromNumber(40202)) == QDate(2010, 1, 24));
    CHECK(dateOf(text(u"40202")) == QDate(2010, 1, 24));
    CHECK_FALSE(ValueParser::date(Cell::fromNumber(40202)).warning.isEmpty());
    CHECK(ValueParser::date(Cell::fromNumber(2012.13)).failed());
    CHECK(ValueParser::date(Cell::fromNumber(7)).failed());
}

TEST_CASE("wrong dates are refused with what was expected")
{
    for (const auto *t : {u"2019-02-30", u"2019年13月", u"去年", u"12/5/2019", u"1890-01-01", u"2019.5.12.1"}) {
        INFO(QString::fromUtf16(t).toStdString());
        const auto parsed = ValueParser::date(text(t));
        CHECK(parsed.failed());
        CHECK_FALSE(parsed.value);
        CHECK(parsed.expected.contains(QStringLiteral("2019-05-12")));
    }
    CHECK_FALSE(ValueParser::date(text(u"")).value);
    CHECK_FALSE(ValueParser::date(text(u"—")).failed());  // a dash: nothing given
}

TEST_CASE("counts with units, and what is not a count")
{
    CHECK(ValueParser::count(text(u"45个")).value == 45);
    CHECK(ValueParser::count(text(u"43人")).value == 43);
    CHECK(ValueParser::count(text(u" 12 家 ")).value == 12);
    CHECK(ValueParser::count(text(u"４５")).value == 45);
    CHECK(ValueParser::count(text(u"30.0")).value == 30);
    CHECK(ValueParser::count(text(u"无")).value == 0);
    CHECK(ValueParser::count(Cell::fromNumber(16)).value == 16);
    CHECK_FALSE(ValueParser::count(text(u"")).value);
    CHECK_FALSE(ValueParser::count(text(u"-")).value);
    for (const auto *t : {u"四十五", u"45.5", u"-3", u"约四十", u"45个人左右"}) {
        INFO(QString::fromUtf16(t).toStdString());
        CHECK(ValueParser::count(text(t)).failed());
    }
    CHECK(ValueParser::count(Cell::fromNumber(4.5)).failed());
}

TEST_CASE("yes and no: 是/否, 有/无, √/×, 已…/未…, booleans")
{
    for (const auto *t : {u"是", u"有", u"√", u"✓", u"Y", u"yes", u"已建立", u"已设立", u"已登记", u"1"}) {
        INFO(QString::fromUtf16(t).toStdString());
        CHECK(ValueParser::yesNo(text(t)).value == true);
    }
    for (const auto *t : {u"否", u"无", u"×", u"N", u"no", u"未建立", u"尚未设立", u"0"}) {
        INFO(QString::fromUtf16(t).toStdString());
        CHECK(ValueParser::yesNo(text(t)).value == false);
    }
    CHECK(ValueParser::yesNo(Cell::fromBoolean(true)).value == true);
    CHECK(ValueParser::yesNo(Cell::fromNumber(0)).value == false);
    CHECK_FALSE(ValueParser::yesNo(text(u"")).value);
    const auto unclear = ValueParser::yesNo(text(u"待定"));
    CHECK(unclear.failed());
    CHECK(unclear.expected.contains(QStringLiteral("是")));
}

TEST_CASE("phone numbers, including those a spreadsheet turned into numbers")
{
    CHECK(ValueParser::phone(Cell::fromNumber(18153246119.0)).value == QStringLiteral("18153246119"));
    const auto scientific = ValueParser::phone(text(u"1.8153246119E10"));
    CHECK(scientific.value == QStringLiteral("18153246119"));
    CHECK_FALSE(scientific.warning.isEmpty());
    CHECK(ValueParser::phone(text(u"1.8153246119e+10")).value == QStringLiteral("18153246119"));
    CHECK(ValueParser::phone(text(u"18153246119.0")).value == QStringLiteral("18153246119"));
    CHECK(ValueParser::phone(text(u"0771-8220000")).value == QStringLiteral("0771-8220000"));
    CHECK(ValueParser::phone(text(u"１８１５３２４６１１９")).value == QStringLiteral("18153246119"));
    CHECK(ValueParser::phone(text(u"韦春梅18153246119")).failed());
    CHECK_FALSE(ValueParser::phone(text(u"/")).value);
}

TEST_CASE("money, credit codes and lists")
{
    CHECK(ValueParser::money(text(u"30000"), false).value == 3000000);
    CHECK(ValueParser::money(text(u"3.5万"), false).value == 3500000);  // 35,000 yuan
    CHECK(ValueParser::money(text(u"3.5"), true).value == 3500000);  // header in 万元
    CHECK(ValueParser::money(Cell::fromNumber(30000.5), false).value == 3000050);
    CHECK(ValueParser::money(text(u"三万"), false).failed());
    CHECK(ValueParser::creditCode(text(u" 51450126mj3016613p ")).value == QStringLiteral("51450126MJ3016613P"));
    CHECK(ValueParser::creditCode(text(u"'51450126MJ3016613P")).value == QStringLiteral("51450126MJ3016613P"));
    CHECK(ValueParser::creditCode(Cell::fromNumber(914501261234567890.0)).failed());
    CHECK(ValueParser::list(text(u"全国“四好”商会；广西“四好”商会")).value
          == QStringList{QStringLiteral("全国“四好”商会"), QStringLiteral("广西“四好”商会")});
    CHECK(ValueParser::list(text(u"甲、乙;丙,丁\n戊")).value->size() == 5);
    // The apostrophe a CSV writer puts before a leading sign is not part of the value.
    CHECK(ValueParser::text(text(u"'+86 771 8220000")).value == QStringLiteral("+86 771 8220000"));
    CHECK(ValueParser::text(text(u"'quoted")).value == QStringLiteral("'quoted"));
}
