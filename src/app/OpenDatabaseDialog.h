// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAddress.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;

namespace Ui {
class OpenDatabaseForm;
}

namespace chamber {

class Workspace;

// File → 打开数据库…: a file on this computer (picked as before) or a database on a PostgreSQL
// server (host, port, database, user, secure connection), with the recent ones of both kinds,
// most recent first. A server is opened here, so that its refusal — down, a wrong password,
// another program's or a newer database — is shown in the dialog, which stays open. The password
// is asked only when neither PGPASSWORD nor ~/.pgpass has one; it goes to that connection and
// nowhere else (the recent list keeps the address without it). A file is for the caller to open
// (FileActions::openPath: the scope wizard, a damaged file's restore).
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenDatabaseDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~OpenDatabaseDialog() override;

    // Fills the form with a database: a file path or a server address (a recent one).
    void choose(const QString &pathOrAddress);
    // Shows why the chosen database was not opened.
    void showRefusal(const QString &message);
    QString message() const;

    bool serverChosen() const;
    // The file chosen (after accept(): for the caller to open).
    QString filePath() const;
    // The server address the fields make, without the password; or what is wrong with them.
    Result<ServerAddress> serverAddress() const;
    // Whether the form asks for a password (none in PGPASSWORD or ~/.pgpass for this address).
    bool asksPassword() const;

public slots:
    void accept() override;

private:
    void browse();
    void chooseRecent();
    void updateKind();
    void updatePassword();
    void fillRecent();
    bool openServer();

    Workspace &m_workspace;
    std::unique_ptr<Ui::OpenDatabaseForm> m_ui;
    QDialogButtonBox *m_buttons;
    bool m_passwordRefused = false;  // the server refused the password it was given: ask for one
};

} // namespace chamber
