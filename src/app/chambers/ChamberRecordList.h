// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KindColumns.h"
#include "RecordListPanel.h"
#include "RecordTableModel.h"
#include "Result.h"

#include <QMessageBox>
#include <QPushButton>

namespace chamber {

// One chamber's few records of a kind (its instructors, honours, members …) in a list with
// Add, Edit and Delete, as the chamber editor's tabs show them. The columns come from the kind's
// description (kindColumns); the tab gives how to read the chamber's records, how to edit one in
// its dialog and how to delete one.
template<typename T>
class ChamberRecordList
{
public:
    using Read = std::function<Result<QList<T>>()>;  // a read that fails shows its error in the list
    using Edit = std::function<bool(const T &record)>;  // true when saved
    using Remove = std::function<Status(const T &record)>;

    ChamberRecordList(QWidget *parent, const QString &columnsKey, const KindColumns<T> &columns)
        : m_model(modelWith(columns, parent)), m_panel(new RecordListPanel(m_model, columnsKey, columns.widths, parent))
    {
        m_panel->setSearchVisible(false);
        m_add = m_panel->addButton(QIcon(), QObject::tr("Add…"));
        m_edit = m_panel->addButton(QIcon(), QObject::tr("Edit…"));
        m_remove = m_panel->addButton(QIcon(), QObject::tr("Delete"));
        m_add->setObjectName(QStringLiteral("addButton"));
        m_edit->setObjectName(QStringLiteral("editButton"));
        m_remove->setObjectName(QStringLiteral("deleteButton"));
        m_connections = {
            QObject::connect(m_panel, &RecordListPanel::selectionChanged, m_panel, [this] { updateButtons(); }),
            QObject::connect(m_panel, &RecordListPanel::activated, m_panel, [this](qint64) { editSelected(); }),
            QObject::connect(m_edit, &QPushButton::clicked, m_panel, [this] { editSelected(); }),
            QObject::connect(m_remove, &QPushButton::clicked, m_panel, [this] { removeSelected(); }),
            QObject::connect(m_add, &QPushButton::clicked, m_panel, [this] {
                if (m_create && m_create())
                    reload();
            }),
        };
        updateButtons();
    }
    // The widgets may outlive this helper by a moment while their parent is destroyed.
    ~ChamberRecordList()
    {
        for (const auto &c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_model->setSource({}, {}, {});
    }
    ChamberRecordList(const ChamberRecordList &) = delete;
    ChamberRecordList &operator=(const ChamberRecordList &) = delete;

    // How to read, make, edit and remove; idOf names the record. remove may be empty.
    void setActions(Read read, std::function<bool()> create, Edit edit, Remove remove, std::function<qint64(const T &)> idOf,
                    std::function<QString(const T &)> describe)
    {
        m_read = std::move(read);
        m_create = std::move(create);
        m_editRecord = std::move(edit);
        m_removeRecord = std::move(remove);
        m_describe = std::move(describe);
        m_model->setSource(
            [this]() -> Result<int> {
                if (hasErrors(m_readProblems))
                    return m_readProblems;
                return int(m_rows.size());
            },
            [this](int offset, int limit) { return m_rows.mid(offset, limit); }, std::move(idOf));
        m_remove->setVisible(bool(m_removeRecord));
    }
    void reload()
    {
        auto read = m_read ? m_read() : Result<QList<T>>(QList<T>{});
        m_readProblems = read.problems();
        m_rows = read ? std::move(read.value()) : QList<T>{};
        m_model->refresh();
        updateButtons();
    }
    RecordListPanel *panel() const { return m_panel; }
    RecordTableModel<T> *model() const { return m_model; }
    void setEnabled(bool enabled) { m_panel->setEnabled(enabled); }

private:
    // The model has its columns before the panel sizes them (sections that do not exist yet keep
    // no width).
    static RecordTableModel<T> *modelWith(const KindColumns<T> &columns, QWidget *parent)
    {
        auto *model = new RecordTableModel<T>(parent);
        model->setColumns(columns.titles, columns.cells);
        return model;
    }
    const T *selected() const
    {
        const int row = m_model->rowOfId(m_panel->selectedId());
        return row >= 0 && m_panel->selectedId() ? &m_model->at(row) : nullptr;
    }
    void updateButtons()
    {
        m_edit->setEnabled(selected() != nullptr);
        m_remove->setEnabled(selected() != nullptr);
    }
    void editSelected()
    {
        if (const T *record = selected(); record && m_editRecord(*record))
            reload();
    }
    void removeSelected()
    {
        const T *record = selected();
        if (!record || !m_removeRecord)
            return;
        const T copy = *record;
        QMessageBox box(QMessageBox::Warning, QObject::tr("Delete"), QObject::tr("Delete %1?").arg(m_describe(copy)),
                        QMessageBox::Yes | QMessageBox::Cancel, m_panel);
        box.button(QMessageBox::Yes)->setText(QObject::tr("Delete"));
        box.button(QMessageBox::Cancel)->setText(QObject::tr("Cancel"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        if (const Status removed = m_removeRecord(copy); !removed)
            QMessageBox::warning(m_panel, QObject::tr("Delete"), removed.firstError());
        reload();
    }

    RecordTableModel<T> *m_model;
    RecordListPanel *m_panel;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QList<T> m_rows;
    Problems m_readProblems;  // of the last read: an error shows in the list instead of rows
    Read m_read;
    std::function<bool()> m_create;
    Edit m_editRecord;
    Remove m_removeRecord;
    std::function<QString(const T &)> m_describe;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace chamber
