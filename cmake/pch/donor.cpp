// SPDX-License-Identifier: GPL-3.0-or-later
// Compiles a precompiled header for the targets that reuse it (cmake/BuildSpeed.cmake).
