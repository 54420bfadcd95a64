// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProgress.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace chamber {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    hide();
}

ImportPlan::Progress ImportProgress::callback()
{
    m_cancelled = false;
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
    return [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        // Every few rows: enough for the bar and the button, cheap on a 5,000-row ledger.
        if (done % 20 == 0 || done == total)
            QCoreApplication::processEvents();
        return !m_cancelled;
    };
}

void ImportProgress::finish()
{
    m_cancel->setEnabled(false);
    hide();
}

} // namespace chamber
