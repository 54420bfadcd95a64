// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportSession.h"
#include "Workspace.h"

namespace chamber {

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_session(std::make_unique<ImportSession>(workspace.db())),
      m_file(new ImportFilePage(*m_session, this)), m_mapping(new ImportMappingPage(*m_session, this)),
      m_preview(new ImportPreviewPage(*m_session, this)), m_result(new ImportResultPage(*m_session, this))
{
    setWindowTitle(tr("Import a ledger"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_file);
    setPage(MappingPageId, m_mapping);
    setPage(PreviewPageId, m_preview);
    setPage(ResultPageId, m_result);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(1000, 680);
    connect(m_result, &ImportResultPage::imported, this, [this] { m_workspace.notifyChanged(QStringLiteral("import")); });
    connect(m_result, &ImportResultPage::openToVerify, this, [this] {
        emit openToVerify();
        accept();
    });
}

ImportWizard::~ImportWizard() = default;

} // namespace chamber
