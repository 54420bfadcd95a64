// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeActions.h"

#include "DivisionService.h"
#include "ExchangeService.h"
#include "Workspace.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace chamber {

namespace {

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void ExchangeActions::exportPackage(Workspace &workspace, QWidget *parent)
{
    if (!workspace.isOpen())
        return;
    const auto readScope = workspace.session().divisions().scope();
    if (!readScope) {
        QMessageBox::warning(parent, tr("Export report data"), problemsText(readScope.problems()));
        return;
    }
    const std::optional<Division> &scope = *readScope;
    const QDate asOf = QDate::currentDate();
    const QString suggested = QDir::home().filePath(tr("%1-report-%2.zip").arg(scope ? scope->name : QString(), asOf.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export report data"), suggested, tr("Report packages (*.zip)"));
    if (path.isEmpty())
        return;
    auto bytes = workspace.session().exchange().exportPackage(asOf, path);
    if (!bytes) {
        QMessageBox::warning(parent, tr("Export report data"), problemsText(bytes.problems()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        QMessageBox::warning(parent, tr("Export report data"), tr("Cannot write %1.").arg(path));
        return;
    }
    QString text = tr("The report package (data as of %1) was written to %2. Send it to the office above.").arg(asOf.toString(Qt::ISODate), path);
    if (!bytes.problems().isEmpty())
        text += QStringLiteral("\n\n") + problemsText(bytes.problems());
    QMessageBox::information(parent, tr("Export report data"), text);
}

void ExchangeActions::importPackages(Workspace &workspace, QWidget *parent)
{
    if (!workspace.isOpen())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(parent, tr("Import report data"), QDir::homePath(), tr("Report packages (*.zip)"));
    if (paths.isEmpty())
        return;
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(parent, tr("Import report data"), tr("Cannot read %1.").arg(path));
            return;
        }
        files.append({QFileInfo(path).fileName(), f.readAll()});
    }
    ExchangeService &service = workspace.session().exchange();
    const auto plan = service.plan(files);
    if (!plan) {
        QMessageBox::warning(parent, tr("Import report data"), problemsText(plan.problems()));
        return;
    }
    QStringList lines;
    for (const auto &o : plan->origins) {
        if (!o.take)
            continue;
        int created = 0, changed = 0, removed = 0;
        for (const auto &k : o.kinds) {
            created += k.created;
            changed += k.changed;
            removed += k.removed;
        }
        lines.append(tr("%1: package #%2, data as of %3 — %4 records new, %5 changed, %6 removed since the last package.")
                         .arg(o.section.name)
                         .arg(o.section.sequence)
                         .arg(o.section.asOf.toString(Qt::ISODate))
                         .arg(created)
                         .arg(changed)
                         .arg(removed));
    }
    for (const auto &p : plan.problems())
        lines.append(p.message);
    if (QMessageBox::question(parent, tr("Import report data"),
                              tr("Each county's records will be replaced by its package:\n\n%1\n\nTake them in?").arg(lines.join(QLatin1Char('\n'))))
        != QMessageBox::Yes)
        return;
    const auto applied = service.apply(*plan);
    if (!applied) {
        QMessageBox::warning(parent, tr("Import report data"), problemsText(applied.problems()));
        return;
    }
    workspace.notifyChanged(QStringLiteral("exchange"));
    // Said once it is done, with the way back: the copy made before (设置 → 备份与恢复).
    QMessageBox::information(parent, tr("Import report data"),
                             tr("The packages were taken in.\n\nThe database as it was before is kept as %1; Settings → Backup and restore puts it back.")
                                 .arg(QFileInfo(*applied).fileName()));
}

} // namespace chamber
