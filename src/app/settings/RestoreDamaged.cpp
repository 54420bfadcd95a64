// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDamaged.h"

#include "BackupTable.h"
#include "Backups.h"
#include "Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

QString RestoreDamaged::restore(Workspace &workspace, const QString &path, const QString &backup, QString *setAside)
{
    auto aside = Backups(path).replaceDamaged(backup);
    if (!aside)
        return aside.firstError();
    if (setAside)
        *setAside = *aside;
    if (const Status opened = workspace.open(path); !opened)
        return opened.firstError();
    return {};
}

bool RestoreDamaged::offer(QWidget *parent, Workspace &workspace, const QString &path, const QString &problem)
{
    const auto entries = Backups(path).list();
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"), problem, QMessageBox::NoButton, parent);
    if (entries.isEmpty()) {
        box.setInformativeText(tr("There is no backup of this file in %1. Open another database, or ask for help to rescue "
                                  "what can still be read.")
                                   .arg(QDir::toNativeSeparators(Backups(path).folder())));
        box.addButton(QMessageBox::Close)->setText(tr("Close"));
        box.exec();
        return false;
    }
    box.setInformativeText(tr("The newest backup is of %1. Restoring sets the damaged file aside in the backup folder (it is "
                              "kept) and puts the backup you pick in its place.")
                               .arg(BackupTable::madeText(entries.first().made)));
    QPushButton *choose = box.addButton(tr("Restore from a backup…"), QMessageBox::AcceptRole);
    QPushButton *close = box.addButton(QMessageBox::Close);
    close->setText(tr("Close"));
    box.setDefaultButton(close);
    box.exec();
    if (box.clickedButton() != choose)
        return false;

    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Restore from a backup"));
    auto *table = new BackupTable(&dialog);
    table->setEntries(entries);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *restoreButton = buttons->addButton(tr("Restore the selected backup"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setProperty("problem", QStringLiteral("error"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Pick the backup to put in place of %1:").arg(QDir::toNativeSeparators(path)), &dialog));
    layout->addWidget(table, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(table, &QTableWidget::itemSelectionChanged, &dialog,
                     [&] { restoreButton->setEnabled(table->selectedEntry().has_value()); });
    QString aside;
    QObject::connect(restoreButton, &QPushButton::clicked, &dialog, [&] {
        const auto picked = table->selectedEntry();
        if (!picked)
            return;
        if (const QString failed = restore(workspace, path, picked->path, &aside); !failed.isEmpty()) {
            error->setText(failed);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QMessageBox::information(parent, tr("Restore from a backup"),
                             tr("The backup is in place and open. The damaged file was kept as %1.").arg(QDir::toNativeSeparators(aside)));
    return true;
}

} // namespace chamber
