// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace chamber {

class Workspace;

// 文件 → 导出报送数据… / 导入报送数据… (docs/exchange.md): a county writes its package; a city or the
// region takes packages in after seeing the plan per county and kind.
class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)
public:
    static void exportPackage(Workspace &workspace, QWidget *parent);
    static void importPackages(Workspace &workspace, QWidget *parent);
};

} // namespace chamber
