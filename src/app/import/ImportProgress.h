// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace chamber {

// A progress bar with a Cancel button for the long steps of an import (planning, writing). The
// steps run in the interface's thread — the database connection belongs to it — so the callback
// lets events through to keep the window drawn and the button pressable.
class ImportProgress : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgress(QWidget *parent = nullptr);
    // A callback for ImportPlan::build and Importer::commit; it returns false once cancelled.
    ImportPlan::Progress callback();
    void finish();
    bool cancelled() const { return m_cancelled; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_cancelled = false;
};

} // namespace chamber
