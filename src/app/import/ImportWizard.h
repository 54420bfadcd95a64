// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include <memory>

namespace chamber {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
class ImportSession;
class Workspace;

// Takes an office's ledger into the open database: the file (CSV or XLSX, its encoding and
// sheet), the column mapping (editable, saved and loaded as JSON), the preview (create / update /
// unchanged / refused, with the update policy and the refused rows to save), and the result —
// planning and writing with a progress bar and Cancel. Everything goes through the import
// library; the workspace is told when records changed. Opened by the main window's File menu.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, ResultPageId };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return *m_session; }
    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportResultPage *resultPage() const { return m_result; }

signals:
    // The result page's "open the list to verify": the window shows the chambers to verify.
    void openToVerify();

private:
    Workspace &m_workspace;
    std::unique_ptr<ImportSession> m_session;
    ImportFilePage *m_file;
    ImportMappingPage *m_mapping;
    ImportPreviewPage *m_preview;
    ImportResultPage *m_result;
};

} // namespace chamber
