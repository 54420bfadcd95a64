// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCombo.h"

#include "DivisionService.h"
#include "ReadError.h"
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
        for (const auto &t : ReadError::take(this, divisions.townships(scope.code)).value_or(QList<TownshipInfo>{}))
            addItem(t.division.name, t.division.code);
        return;
    }
    addItem(tr("All of %1").arg(scope.name), QString());
    for (const auto &d : ReadError::take(this, divisions.children(scope.code)).value_or(QList<Division>{})) {
        addItem(d.name, d.code);
        if (d.level == DivisionLevel::City)
            for (const auto &county : ReadError::take(this, divisions.children(d.code)).value_or(QList<Division>{}))
                addItem(QStringLiteral("    ") + county.name, county.code);
    }
}

void DivisionCombo::setPrefix(const QString &prefix)
{
    setCurrentIndex(std::max(0, findData(prefix)));
}

} // namespace chamber
