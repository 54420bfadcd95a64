// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace chamber {

// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 A-H J-N P-R T-U W-Y.
// Errors (the code is refused): wrong length, a character outside the alphabet, a wrong
// organisation-code check (GB 11714) or a wrong final check character — the message names the
// character expected. Warnings: a prefix other than 51 (social organisation registered by civil
// affairs), a registering-authority division that is unknown or not the chamber's own.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)
public:
    // Value 0–30 of a character in the GB 32100 alphabet, or -1.
    static int charValue(QChar c);
    static QChar charForValue(int value);
    // The expected 18th character for the first 17, or nullopt if those contain invalid characters.
    static std::optional<QChar> expectedCheckCharacter(const QString &first17);
    // The expected 9th character of an organisation code (GB 11714) for its first 8.
    static std::optional<QChar> expectedOrganisationCheck(const QString &first8);
    // Normalises user input: trims, removes inner spaces, upper-cases.
    static QString normalise(const QString &text);

    // All checks. countyCode is the chamber's county (6 digits), or empty to skip that warning.
    static Problems validate(const QString &code, const QString &countyCode = {});
    static bool isValid(const QString &code) { return !hasErrors(validate(code)); }
};

} // namespace chamber
