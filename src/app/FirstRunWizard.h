// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace chamber {

class DivisionPicker;
class Workspace;

// Creates or opens a database and, for a new one, picks its scope. Used on first run (no
// database yet), for File → New, and when an opened file has no scope. The workspace is opened
// when the wizard finishes; a refusal is shown on the page and the wizard stays open.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum class Mode {
        FirstRun,     // create or open
        NewDatabase,  // create: file, then scope
        ChooseScope,  // an existing file without a scope
    };
    enum PageId { StartPageId, ScopePageId };

    FirstRunWizard(Workspace &workspace, Mode mode, const QString &path = {}, QWidget *parent = nullptr);

    DivisionPicker *picker() const;
    Workspace &workspace() { return m_workspace; }

private:
    Workspace &m_workspace;
};

} // namespace chamber
