// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"
#include "Money.h"
#include "Rate.h"
#include "TestSupport.h"

using namespace chamber;

TEST_CASE("rates round half-up to two decimals with the base kept")
{
    // Seed figures: 1123/1251 = 0.897681… → 89.77; 445/937 = 0.474919… → 47.49; 433/937 = 0.462113… → 46.21.
    CHECK(Rate{1123, 1251}.percentText() == QStringLiteral("89.77%"));
    CHECK(Rate{445, 937}.percentText() == QStringLiteral("47.49%"));
    CHECK(Rate{433, 937}.percentText() == QStringLiteral("46.21%"));
    // Exactly half: 1/8 = 12.5% → 12.50; 1/16 = 6.25%; 1/32 = 3.125% → 3.13 (half-up, not to even).
    CHECK(Rate{1, 32}.percentText() == QStringLiteral("3.13%"));
    CHECK(Rate{1, 16}.percentText() == QStringLiteral("6.25%"));
    // 1/3 = 33.333… → 33.33; 2/3 = 66.666… → 66.67.
    CHECK(Rate{1, 3}.percentText() == QStringLiteral("33.33%"));
    CHECK(Rate{2, 3}.percentText() == QStringLiteral("66.67%"));
    CHECK(Rate{0, 0}.percentText() == QStringLiteral("—"));
    CHECK_FALSE(Rate{0, 0}.value().has_value());
    CHECK(Rate{16, 16}.fullText() == QStringLiteral("16/16 = 100.00%"));
}

TEST_CASE("money is parsed to fen without floating point")
{
    CHECK(money::parseYuan(QStringLiteral("30000")) == 3000000);
    CHECK(money::parseYuan(QStringLiteral("30,000.50")) == 3000050);
    CHECK(money::parseYuan(QStringLiteral("0.01")) == 1);
    CHECK(money::parseYuan(QStringLiteral("3万")) == 3000000);
    CHECK(money::parseYuan(QStringLiteral("3.5万元")) == 3500000);
    CHECK(money::parseYuan(QStringLiteral("0.000001万")) == 1);
    CHECK(money::parseYuan(QStringLiteral("-12.3")) == -1230);
    CHECK_FALSE(money::parseYuan(QStringLiteral("0.001")).has_value());
    CHECK_FALSE(money::parseYuan(QStringLiteral("abc")).has_value());
    CHECK_FALSE(money::parseYuan(QString()).has_value());
    CHECK(money::formatYuan(3000050) == QStringLiteral("30000.50"));
    CHECK(money::formatYuan(3000000) == QStringLiteral("30000"));
    CHECK(money::formatYuan(-5) == QStringLiteral("-0.05"));
}

TEST_CASE("dates are ISO calendar dates only")
{
    CHECK(dates::parseIso(QStringLiteral("2016-09-01")) == QDate(2016, 9, 1));
    CHECK_FALSE(dates::parseIso(QStringLiteral("2016-02-30")).has_value());
    CHECK_FALSE(dates::parseIso(QStringLiteral("2016/09/01")).has_value());
    CHECK_FALSE(dates::parseIso(QStringLiteral("2016-9-1")).has_value());
}

TEST_CASE("dates are shown as yyyy-MM-dd and typed in any of the usual separators, never guessed")
{
    CHECK(dates::toText(QDate(2010, 1, 24)) == QStringLiteral("2010-01-24"));
    CHECK(dates::toText(std::optional<QDate>{}).isEmpty());
    CHECK(dates::toText(QDate()).isEmpty());
    CHECK(dates::parseTyped(QStringLiteral("2011-10-10")) == QDate(2011, 10, 10));
    CHECK(dates::parseTyped(QStringLiteral("2011/10/10")) == QDate(2011, 10, 10));
    CHECK(dates::parseTyped(QStringLiteral(" 2011.1.5 ")) == QDate(2011, 1, 5));
    CHECK(dates::parseTyped(QStringLiteral("20111010")) == QDate(2011, 10, 10));
    CHECK(dates::parseTyped(QString::fromUtf8("2011年10月10日")) == QDate(2011, 10, 10));
    CHECK_FALSE(dates::parseTyped(QStringLiteral("2011-02-30")).has_value());
    CHECK_FALSE(dates::parseTyped(QStringLiteral("10/10/2011")).has_value());
    CHECK_FALSE(dates::parseTyped(QStringLiteral("2011-10")).has_value());
    CHECK(dates::isTypedPrefix(QStringLiteral("2011-1")));
    CHECK(dates::isTypedPrefix(QStringLiteral("2011/10/")));
    CHECK(dates::isTypedPrefix(QString()));
    CHECK_FALSE(dates::isTypedPrefix(QStringLiteral("2011-10-10-1")));
    CHECK_FALSE(dates::isTypedPrefix(QStringLiteral("abc")));
}
