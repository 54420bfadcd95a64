// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerExportAction.h"

#include "AppSettings.h"
#include "LedgerExporter.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace chamber {

Status LedgerExportAction::write(Workspace &workspace, const QString &path)
{
    return LedgerExporter::write(workspace.db(), path);
}

void LedgerExportAction::run(Workspace &workspace, QWidget *parent)
{
    if (!workspace.isOpen())
        return;
    const QString folder = AppSettings::instance().exportFolder();
    const QString suggested = QStringLiteral("%1/%2-%3.xlsx").arg(folder, workspace.scope().code, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export a ledger"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    AppSettings::instance().rememberExport(path);
    const Status written = write(workspace, path);
    if (written)
        QMessageBox::information(parent, tr("Export a ledger"),
                                 tr("The chambers were written to %1; the ledger import reads it back.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(parent, tr("Export a ledger"), written.firstError());
}

} // namespace chamber
