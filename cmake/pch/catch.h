// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the Catch2 tests (cmake/BuildSpeed.cmake); see core.h.
#pragma once
#include "core.h"

#include <catch2/catch.hpp>
