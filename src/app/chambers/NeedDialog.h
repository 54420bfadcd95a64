// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "ServiceRequest.h"

#include <memory>

namespace Ui {
class NeedForm;
}

namespace chamber {

class StatusChangeBox;

// Edits one member need (会员需求清单): who raised it, what for, the partner it went to, and —
// once saved — moves it open → in progress → resolved (or reopens it with a reason). Its form is
// bound to the need's description; the status moves only by the steps of its box.
class NeedDialog : public BoundRecordDialog<ServiceRequest>
{
    Q_OBJECT
public:
    NeedDialog(Workspace &workspace, const ServiceRequest &record, QWidget *parent = nullptr);
    ~NeedDialog() override;
    StatusChangeBox *statusBox() const { return m_status; }

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    void showStatus();

    std::unique_ptr<Ui::NeedForm> m_ui;
    StatusChangeBox *m_status = nullptr;
};

} // namespace chamber
