// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Option readers shared by the chamberctl points commands (PointsCommands.cpp, PointsEntryCommands.cpp).

#include "Cli.h"
#include "Points.h"
#include "RecordOptions.h"  // chamberOption, idArgument, yesNoText, shared with the record commands

#include <optional>

namespace chamber::cli {

// --year Y, required, 2000–2100.
int yearOption(const QCommandLineParser &p, const QString &name = QStringLiteral("year"));
// Points such as 5, 2.5 or -3 (one decimal at most), in tenths; nullopt when the option is absent.
std::optional<qint64> pointsOption(const QCommandLineParser &p, const QString &name, const QString &field);
// A cap: points, or "none" to clear it. Outer nullopt: the option is absent.
std::optional<std::optional<qint64>> capOption(const QCommandLineParser &p, const QString &name, const QString &field);
// yes/no (是/否); nullopt when absent.
std::optional<bool> yesNoOption(const QCommandLineParser &p, const QString &name);

QList<Command> pointsEntryCommands();

} // namespace chamber::cli
