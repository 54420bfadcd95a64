// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCombo.h"

#include "DivisionService.h"
#include "Workspace.h"

namespace chamber {

DivisionCombo::DivisionCombo(QWidget *parent) : QComboBox(parent)
{
    setMinimumContentsLength(16);  // in Latin characters: "全部乡镇（街道）" and 8-character township names in full
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

void DivisionCombo::setWorkspace(Workspace &workspace)
{
    const QSignalBlocker blocker(this);
    clear();
    const Division &scope = workspace.scope();
    DivisionService &divisions = workspace.session().divisions();
    if (scope.level == DivisionLevel::County) {
        addItem(tr("All townships"), QString());
        for (const auto &t : divisions.townships(scope.code))
            addItem(t.division.name, t.division.code);
        return;
    }
    addItem(tr("All of %1").arg(scope.name), QString());
    for (const auto &d : divisions.children(scope.code)) {
        addItem(d.name, d.code);
        if (d.level == DivisionLevel::City)
            for (const auto &county : divisions.children(d.code))
                addItem(QStringLiteral("    ") + county.name, county.code);
    }
}

void DivisionCombo::setPrefix(const QString &prefix)
{
    setCurrentIndex(std::max(0, findData(prefix)));
}

} // namespace chamber
