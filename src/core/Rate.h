// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace chamber {

// A share with the base it was taken over. Every percentage the app shows carries both, because
// published figures are often taken over an undisclosed base (domain.md).
struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    bool defined() const { return denominator > 0; }
    // The exact value as a double, for exports that carry the fraction alongside; nullopt for 0/0.
    std::optional<double> value() const;
    // Hundredths of a percent rounded half-up with integer arithmetic: 1123/1251 → 8977 (89.77%).
    std::optional<qint64> basisPoints() const;
    // "89.77%", or "—" when the base is zero.
    QString percentText() const;
    // "1123/1251 = 89.77%"
    QString fullText() const;
    bool operator==(const Rate &) const = default;
};

} // namespace chamber
