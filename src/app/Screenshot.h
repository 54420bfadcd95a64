// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace chamber {

struct AppOptions;

// --screenshot: opens the database, shows the chosen page at the chosen size, lets the data
// load, renders the window to a PNG and exits (0 written, 1 refused) — for docs and for review.
class Screenshot
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
public:
    static int run(const AppOptions &options);
};

} // namespace chamber
