// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenDatabaseDialog.h"

#include "AppSettings.h"
#include "Workspace.h"
#include "ui_OpenDatabaseForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

namespace {

// libpq's sslmode values, in the order of the choice (the first: the address says none).
const QStringList kSslModes{QString(), QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::OpenDatabaseForm>()),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open database"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Open)->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenDatabaseDialog::reject);

    const QStringList sslNames{tr("As the server offers (default)"), tr("Never encrypted"), tr("Encrypted if the server can"),
                               tr("Always encrypted"), tr("Encrypted, server certificate checked"),
                               tr("Encrypted, certificate and server name checked")};
    for (int i = 0; i < kSslModes.size(); ++i)
        m_ui->sslCombo->addItem(sslNames.at(i), kSslModes.at(i));
    m_ui->hostEdit->setPlaceholderText(tr("db.example.gov.cn or 192.168.1.10"));
    m_ui->hostEdit->setText(QStringLiteral("localhost"));
    m_ui->userEdit->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));
    m_ui->filePathEdit->setText(m_workspace.isOpen() && !m_workspace.db().isServer() ? m_workspace.path() : QString());

    connect(m_ui->fileRadio, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateKind);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    // A click or the arrow keys fill the form with a recent database (not the list's first focus,
    // which would overwrite a database the dialog was opened with); a double click opens it. Enter
    // opens what the form shows through the default button.
    connect(m_ui->recentList, &QListWidget::itemClicked, this, &OpenDatabaseDialog::chooseRecent);
    connect(m_ui->recentList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current, QListWidgetItem *previous) {
        if (current && previous)
            chooseRecent();
    });
    connect(m_ui->recentList, &QListWidget::itemDoubleClicked, this, [this] {
        chooseRecent();
        accept();
    });
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updatePassword);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &OpenDatabaseDialog::updatePassword);
    fillRecent();
    m_ui->messageLabel->hide();
    updateKind();
    resize(580, 480);
}

OpenDatabaseDialog::~OpenDatabaseDialog() = default;

void OpenDatabaseDialog::fillRecent()
{
    m_ui->recentList->clear();
    for (const QString &entry : AppSettings::instance().recentDatabases()) {
        const bool server = ServerAddress::isServer(entry);
        const QString shown = server ? tr("Server  %1").arg(entry) : tr("File  %1").arg(QDir::toNativeSeparators(entry));
        auto *item = new QListWidgetItem(shown, m_ui->recentList);
        item->setData(Qt::UserRole, entry);
        item->setToolTip(entry);
    }
    const bool any = m_ui->recentList->count() > 0;
    m_ui->recentLabel->setVisible(any);
    m_ui->recentList->setVisible(any);
}

void OpenDatabaseDialog::chooseRecent()
{
    if (QListWidgetItem *item = m_ui->recentList->currentItem())
        choose(item->data(Qt::UserRole).toString());
}

void OpenDatabaseDialog::choose(const QString &pathOrAddress)
{
    m_ui->messageLabel->hide();
    m_passwordRefused = false;
    m_ui->passwordEdit->clear();
    if (!ServerAddress::isServer(pathOrAddress)) {
        m_ui->fileRadio->setChecked(true);
        m_ui->filePathEdit->setText(QDir::toNativeSeparators(pathOrAddress));
        updateKind();
        return;
    }
    m_ui->serverRadio->setChecked(true);
    const auto address = ServerAddress::parse(pathOrAddress);
    if (!address) {
        showRefusal(address.firstError());
        return;
    }
    m_ui->hostEdit->setText(address->host);
    m_ui->portSpin->setValue(address->port > 0 ? address->port : 5432);
    m_ui->databaseEdit->setText(address->database);
    m_ui->userEdit->setText(address->user);
    QString ssl;
    for (const auto &[key, value] : address->options)
        if (key == QStringLiteral("sslmode"))
            ssl = value;
    m_ui->sslCombo->setCurrentIndex(std::max(0, m_ui->sslCombo->findData(ssl)));
    updateKind();
}

void OpenDatabaseDialog::showRefusal(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

QString OpenDatabaseDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool OpenDatabaseDialog::serverChosen() const
{
    return m_ui->serverRadio->isChecked();
}

QString OpenDatabaseDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_ui->filePathEdit->text().trimmed());
}

Result<ServerAddress> OpenDatabaseDialog::serverAddress() const
{
    ServerAddress address;
    address.host = m_ui->hostEdit->text().trimmed();
    address.port = m_ui->portSpin->value();
    address.database = m_ui->databaseEdit->text().trimmed();
    address.user = m_ui->userEdit->text().trimmed();
    if (address.host.isEmpty())
        return Problem::error(QStringLiteral("host"), tr("Enter the server's name or address."));
    if (address.database.isEmpty())
        return Problem::error(QStringLiteral("database"), tr("Enter the name of the database on the server."));
    if (const QString ssl = m_ui->sslCombo->currentData().toString(); !ssl.isEmpty())
        address.options.append({QStringLiteral("sslmode"), ssl});
    // Read back as --db reads it: one set of rules for what an address may hold.
    return ServerAddress::parse(address.display());
}

bool OpenDatabaseDialog::asksPassword() const
{
    if (m_passwordRefused)
        return true;
    const auto address = serverAddress();
    return !address || !address->passwordSupplied();
}

void OpenDatabaseDialog::updateKind()
{
    m_ui->kindPages->setCurrentWidget(serverChosen() ? m_ui->serverPage : m_ui->filePage);
    updatePassword();
}

void OpenDatabaseDialog::updatePassword()
{
    const bool ask = asksPassword();
    m_ui->passwordEdit->setVisible(ask);
    m_ui->passwordEditLabel->setVisible(ask);
    m_ui->passwordNote->setText(ask ? tr("Used for this connection only; never saved.")
                                    : tr("The password comes from PGPASSWORD or ~/.pgpass."));
}

void OpenDatabaseDialog::browse()
{
    const QString current = filePath();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start,
                                                      tr("ChamberDesk database (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        choose(path);
}

void OpenDatabaseDialog::accept()
{
    if (!serverChosen()) {
        const QString path = filePath();
        if (path.isEmpty()) {
            showRefusal(tr("Choose a database file."));
            return;
        }
        if (!QFileInfo(path).isFile()) {
            showRefusal(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        QDialog::accept();
        return;
    }
    if (openServer())
        QDialog::accept();
}

bool OpenDatabaseDialog::openServer()
{
    auto address = serverAddress();
    if (!address) {
        showRefusal(address.firstError());
        return false;
    }
    if (asksPassword())
        address.value().password = m_ui->passwordEdit->text();
    m_buttons->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_workspace.open(address->withPassword());
    QApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    m_ui->passwordEdit->clear();  // held no longer than the connection needs it
    if (opened.ok()) {
        showRefusal({});
        return true;
    }
    showRefusal(opened.firstError());
    // Refused for its password: ask for one (a typed one goes before PGPASSWORD and ~/.pgpass).
    address.value().password.clear();
    if (opened.firstError() == describeServerFailure(*address, QStringLiteral("password authentication failed"))) {
        m_passwordRefused = true;
        updatePassword();
        m_ui->passwordEdit->setFocus();
    }
    return false;
}

} // namespace chamber
