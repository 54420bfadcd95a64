// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"
#include "Registration.h"

#include <QColor>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace chamber {

// The dashboard's one palette and chart style: the same colour always means the same thing
// (coverage blue, registration green, each registration status and grade its own colour) on
// every chart and tile, and every chart uses the app's CJK font at readable sizes.
class DashboardPalette
{
public:
    static QColor coverage();
    static QColor registration();
    static QColor cases();
    static QColor settled();
    static QColor status(RegistrationStatus status);
    static QColor grade(Grade grade);
    static QColor rise();   // a change for the better
    static QColor fall();   // a change for the worse
    static QColor muted();  // captions, axes, gridlines' text
    // Background, margins, fonts, legend and animation off (redraws after drill-down are instant).
    static void style(QChart *chart);
};

} // namespace chamber
