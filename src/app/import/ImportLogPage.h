// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportLogService.h"
#include "Page.h"
#include "RecordTableModel.h"

class QDialog;
class QLabel;
class QPushButton;

namespace chamber {

class PageHeader;
class RecordListPanel;

// 导入记录: every ledger import — when, who, which file (name and SHA-256), which sheet, how
// updates were treated and what it did to how many rows — and, for an import, the changes it
// made as the change log keeps them. What `chamberctl import log` shows.
class ImportLogPage : public Page
{
    Q_OBJECT
public:
    explicit ImportLogPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("imports"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    RecordTableModel<ImportLogEntry> *model() const { return m_model; }
    RecordListPanel *panel() const { return m_panel; }
    QLabel *errorLabel() const { return m_error; }
    // Opens (not blocking) the list of an import's changes; nullptr, with a message, when the
    // log cannot tell them.
    QDialog *showChanges(qint64 importId);
    // Undoes a whole import after asking (ask false: without asking, for tests); false, with the
    // reason shown, when it is refused.
    bool undoImport(qint64 importId, bool ask = true);

private:
    PageHeader *m_header;
    RecordTableModel<ImportLogEntry> *m_model;
    RecordListPanel *m_panel;
    QPushButton *m_changes;
    QPushButton *m_undo = nullptr;
    QLabel *m_error;
    QList<ImportLogEntry> m_rows;
};

} // namespace chamber
