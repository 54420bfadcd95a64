// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"

#include "ImportProgress.h"
#include "ImportSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace chamber {

ImportResultPage::ImportResultPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_progress(new ImportProgress(this)), m_result(new QLabel(this))
{
    setTitle(tr("Import"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setFinalPage(true);
}

void ImportResultPage::initializePage()
{
    m_result->setText(tr("Writing…"));
    const auto outcome = m_session.commit(m_progress->callback());
    m_progress->finish();
    if (!outcome) {
        QStringList lines;
        for (const auto &p : outcome.problems())
            lines.append(p.row > 0 ? tr("Row %1: %2").arg(p.row).arg(p.message) : p.message);
        m_result->setProperty("problem", QStringLiteral("error"));
        m_result->setText(tr("Nothing was written.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return;
    }
    const ImportCounts &c = outcome->counts;
    m_result->setProperty("problem", QVariant());
    m_result->setText(tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped; %5 refused rows were not imported. "
                         "The import is in the log as number %6.")
                          .arg(c.created).arg(c.updated).arg(c.unchanged).arg(c.skipped).arg(c.refused).arg(outcome->logId));
    emit imported();
}

} // namespace chamber
