// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the widget tests (cmake/BuildSpeed.cmake); see core.h.
#pragma once
#include "gui.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
