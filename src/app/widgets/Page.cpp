// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

namespace chamber {

Page::Page(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace) {}

} // namespace chamber
