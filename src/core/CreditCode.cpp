// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditCode.h"

#include "DivisionCatalog.h"

namespace chamber {

namespace {
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
const QString kField = QStringLiteral("credit_code");

// GB 11714 values: digits 0–9, letters A–Z 10–35.
int organisationCharValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}
} // namespace

int CreditCode::charValue(QChar c)
{
    return int(kAlphabet.indexOf(c));
}

QChar CreditCode::charForValue(int value)
{
    return value >= 0 && value < kAlphabet.size() ? kAlphabet.at(value) : QChar();
}

std::optional<QChar> CreditCode::expectedCheckCharacter(const QString &first17)
{
    if (first17.size() < 17)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = charValue(first17.at(i));
        if (v < 0)
            return std::nullopt;
        sum += v * kWeights[i];
    }
    return charForValue((31 - sum % 31) % 31);
}

std::optional<QChar> CreditCode::expectedOrganisationCheck(const QString &first8)
{
    if (first8.size() < 8)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = organisationCharValue(first8.at(i));
        if (v < 0)
            return std::nullopt;
        sum += v * kOrgWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(u'0' + check);
}

QString CreditCode::normalise(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c.toUpper());
    return out;
}

Problems CreditCode::validate(const QString &input, const QString &countyCode)
{
    const QString code = normalise(input);
    Problems problems;
    if (code.size() != 18) {
        problems.append(Problem::error(kField, tr("A unified social credit code has 18 characters; %1 has %2.")
                                                   .arg(code).arg(code.size())));
        return problems;
    }
    for (int i = 0; i < 18; ++i) {
        if (charValue(code.at(i)) < 0) {
            problems.append(Problem::error(
                kField, tr("Character %1 (%2) of the credit code is not allowed: only digits and the letters "
                           "A–H, J–N, P–R, T, U, W–Y are used.")
                            .arg(i + 1)
                            .arg(code.at(i))));
            return problems;
        }
    }
    const auto orgCheck = expectedOrganisationCheck(code.mid(8, 8));
    if (orgCheck && *orgCheck != code.at(16)) {
        problems.append(Problem::error(
            kField, tr("The organisation code %1 in the credit code fails its own check: character 17 should be %2, not %3.")
                        .arg(code.mid(8, 9))
                        .arg(*orgCheck)
                        .arg(code.at(16))));
    }
    const auto check = expectedCheckCharacter(code.left(17));
    if (check && *check != code.at(17)) {
        problems.append(Problem::error(kField, tr("The check character of credit code %1 is wrong: expected %2, found %3.")
                                                   .arg(code)
                                                   .arg(*check)
                                                   .arg(code.at(17))));
    }
    if (!code.startsWith(QStringLiteral("51"))) {
        problems.append(Problem::warning(
            kField, tr("Credit code %1 does not start with 51, the prefix of social organisations registered by civil affairs.")
                        .arg(code)));
    }
    const QString authority = code.mid(2, 6);
    const auto &catalog = DivisionCatalog::bundled();
    // The authority code names a county, or a city or province written with trailing zeros.
    auto known = [&](const QString &c) -> bool {
        if (catalog.byCode(c))
            return true;
        if (c.endsWith(QStringLiteral("00")) && catalog.byCode(c.left(4)))
            return true;
        return c.endsWith(QStringLiteral("0000")) && catalog.byCode(c.left(2)).has_value();
    };
    if (!known(authority)) {
        problems.append(Problem::warning(
            kField, tr("Characters 3–8 of credit code %1 (%2) are not a known division code.").arg(code, authority)));
    } else if (!countyCode.isEmpty()) {
        const bool fits = authority == countyCode || authority == countyCode.left(4) + QStringLiteral("00")
                          || authority == countyCode.left(2) + QStringLiteral("0000");
        if (!fits)
            problems.append(Problem::warning(
                kField, tr("Credit code %1 was issued in division %2, not in the chamber's county %3.")
                            .arg(code, authority, countyCode)));
    }
    return problems;
}

} // namespace chamber
