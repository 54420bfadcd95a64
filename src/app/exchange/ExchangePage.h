// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeStore.h"
#include "Page.h"
#include "RecordTableModel.h"

class QLabel;

namespace chamber {

class PageHeader;
class RecordListPanel;

// 报送情况: every county under the scope with its last report package (sequence, made at, data as
// of, records), «本库录入» for one whose records this database keeps itself, or «未报送» in red.
// What `chamberctl exchange status` shows (docs/exchange.md).
class ExchangePage : public Page
{
    Q_OBJECT
public:
    explicit ExchangePage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("reporting"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    RecordTableModel<ExchangeCountyStatus> *model() const { return m_model; }

private:
    PageHeader *m_header;
    RecordTableModel<ExchangeCountyStatus> *m_model;
    RecordListPanel *m_panel;
    QLabel *m_error;
    QList<ExchangeCountyStatus> m_rows;
};

} // namespace chamber
