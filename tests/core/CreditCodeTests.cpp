// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditCode.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

TEST_CASE("credit code character values follow GB 32100's alphabet")
{
    CHECK(CreditCode::charValue(QLatin1Char('0')) == 0);
    CHECK(CreditCode::charValue(QLatin1Char('9')) == 9);
    CHECK(CreditCode::charValue(QLatin1Char('A')) == 10);
    CHECK(CreditCode::charValue(QLatin1Char('H')) == 17);
    CHECK(CreditCode::charValue(QLatin1Char('J')) == 18);  // I skipped
    CHECK(CreditCode::charValue(QLatin1Char('P')) == 23);  // O skipped
    CHECK(CreditCode::charValue(QLatin1Char('T')) == 26);  // S skipped
    CHECK(CreditCode::charValue(QLatin1Char('W')) == 28);  // V skipped
    CHECK(CreditCode::charValue(QLatin1Char('Y')) == 30);
    for (const char c : {'I', 'O', 'S', 'V', 'Z', 'a', '-'})
        CHECK(CreditCode::charValue(QLatin1Char(c)) == -1);
}

TEST_CASE("real credit codes of well-known firms are valid")
{
    // Published codes: Huawei Technologies, Tencent (Shenzhen), Alibaba (China).
    for (const char *code : {"914403001922038216", "9144030071526726XG", "91330100716105852F"}) {
        const Problems problems = CreditCode::validate(QString::fromLatin1(code));
        INFO(code << " " << test::describe(problems));
        CHECK_FALSE(hasErrors(problems));
        // Not social organisations: the 51 prefix warning is expected.
        CHECK(hasProblem(problems, QStringLiteral("credit_code"), Problem::Severity::Warning));
    }
}

TEST_CASE("the check character is worked out by hand")
{
    // 51450126MJ3016613P: values 5 1 4 5 0 1 2 6 21 18 3 0 1 6 6 1 3 times the weights
    // 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 sum to 1682; 1682 mod 31 = 8; 31 − 8 = 23 → P.
    CHECK(CreditCode::expectedCheckCharacter(QStringLiteral("51450126MJ3016613")) == QLatin1Char('P'));
    // Organisation code MJ301661: 22·3 + 19·7 + 3·9 + 0·10 + 1·5 + 6·8 + 6·4 + 1·2 = 305; 305 mod 11 = 8; 11 − 8 = 3.
    CHECK(CreditCode::expectedOrganisationCheck(QStringLiteral("MJ301661")) == QLatin1Char('3'));
    // Tencent's organisation code 71526726: sum 199, 199 mod 11 = 1, 11 − 1 = 10 → X.
    CHECK(CreditCode::expectedOrganisationCheck(QStringLiteral("71526726")) == QLatin1Char('X'));
    // A sum divisible by 11 gives 11 → 0: 00000000.
    CHECK(CreditCode::expectedOrganisationCheck(QStringLiteral("00000000")) == QLatin1Char('0'));
    // 51450126MJ749118X: sum 2666 = 86·31, so the check value is (31 − 0) mod 31 = 0.
    CHECK(CreditCode::expectedCheckCharacter(QStringLiteral("51450126MJ749118X")) == QLatin1Char('0'));
}

TEST_CASE("a valid social-organisation code of the chamber's county has no problems")
{
    CHECK(CreditCode::validate(QStringLiteral("51450126MJ3016613P"), QStringLiteral("450126")).isEmpty());
    // Lower case and spaces are normalised.
    CHECK(CreditCode::validate(QStringLiteral(" 51450126mj3016613p "), QStringLiteral("450126")).isEmpty());
}

TEST_CASE("a wrong check character is refused naming the expected one")
{
    const Problems problems = CreditCode::validate(QStringLiteral("51450126MJ3016613Q"));
    REQUIRE(hasErrors(problems));
    const QString message = errorsOnly(problems).first().message;
    CHECK(message.contains(QStringLiteral("expected P")));
}

TEST_CASE("length, alphabet and organisation-code errors")
{
    CHECK(hasErrors(CreditCode::validate(QStringLiteral("51450126MJ301661"))));
    CHECK(hasErrors(CreditCode::validate(QStringLiteral("51450126MJ3016613PP"))));
    const Problems bad = CreditCode::validate(QStringLiteral("51450126MJ30166I3P"));
    REQUIRE(hasErrors(bad));
    CHECK(errorsOnly(bad).first().message.contains(QStringLiteral("Character 16")));
    // Organisation check 4 instead of 3; final character recomputed so only the organisation check fails.
    const QString first17 = QStringLiteral("51450126MJ3016614");
    const QString code = first17 + *CreditCode::expectedCheckCharacter(first17);
    const Problems org = CreditCode::validate(code, QStringLiteral("450126"));
    REQUIRE(errorsOnly(org).size() == 1);
    CHECK(errorsOnly(org).first().message.contains(QStringLiteral("should be 3")));
}

TEST_CASE("prefix and registering division give warnings, not errors")
{
    // Same body under another county (Shanglin 450125) and a made-up division 999999.
    auto withCheck = [](const QString &first17) -> QString { return first17 + *CreditCode::expectedCheckCharacter(first17); };
    const Problems other = CreditCode::validate(withCheck(QStringLiteral("51450125MJ3016613")), QStringLiteral("450126"));
    CHECK_FALSE(hasErrors(other));
    CHECK(warningsOnly(other).size() == 1);
    const Problems unknown = CreditCode::validate(withCheck(QStringLiteral("51999999MJ3016613")), QStringLiteral("450126"));
    CHECK_FALSE(hasErrors(unknown));
    CHECK(warningsOnly(unknown).size() == 1);
    // Registered by the city bureau (450100) fits a county of that city.
    CHECK(CreditCode::validate(withCheck(QStringLiteral("51450100MJ3016613")), QStringLiteral("450126")).isEmpty());
    const Problems prefix = CreditCode::validate(withCheck(QStringLiteral("52450126MJ3016613")), QStringLiteral("450126"));
    CHECK_FALSE(hasErrors(prefix));
    CHECK(warningsOnly(prefix).size() == 1);
}
