// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "AppSettings.h"
#include "ReadError.h"
#include "BackupPanel.h"
#include "DivisionService.h"
#include "FileActions.h"
#include "PageHeader.h"
#include "Theme.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chamber {

namespace {
}

SettingsPage::SettingsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_language(new QComboBox(this)), m_languageNote(new QLabel(this)),
      m_otherUnits(new QCheckBox(tr("Count development zones, farms and similar units (codes 400–599) as townships in coverage"), this)),
      m_path(new QLabel(this)), m_scope(new QLabel(this)), m_version(new QLabel(this)), m_checkResult(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_backups(new BackupPanel(workspace, this))
{
    m_header->setSubtitle(tr("Settings of this computer and of the open database."));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_languageNote->setObjectName(QStringLiteral("pageSubtitle"));
    m_languageNote->setText(tr("A new language takes effect the next time ChamberDesk starts."));
    m_otherUnits->setToolTip(tr("By default coverage counts only townships, towns and subdistricts (乡、镇、街道)."));
    for (QLabel *l : {m_path, m_scope, m_version, m_checkResult}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }

    auto *languageGroup = new QGroupBox(tr("Interface"), this);
    auto *languageForm = new QFormLayout(languageGroup);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(tr("Language"), m_language);
    languageForm->addRow(QString(), m_languageNote);

    auto *coverageGroup = new QGroupBox(tr("Figures"), this);
    auto *coverageLayout = new QVBoxLayout(coverageGroup);
    coverageLayout->addWidget(m_otherUnits);

    auto *databaseGroup = new QGroupBox(tr("Database"), this);
    auto *databaseForm = new QFormLayout(databaseGroup);
    databaseForm->addRow(tr("File"), m_path);
    databaseForm->addRow(tr("Scope"), m_scope);
    databaseForm->addRow(tr("Schema version"), m_version);
    auto *backup = new QPushButton(Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Back up…"), this);
    auto *check = new QPushButton(Theme::icon(QStringLiteral("tools-check-spelling"), QStyle::SP_DialogApplyButton), tr("Check integrity"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backup);
    buttons->addWidget(check);
    buttons->addStretch(1);
    databaseForm->addRow(QString(), buttons);
    databaseForm->addRow(QString(), m_checkResult);

    // 常规 and 备份与恢复 side by side: the backups' list needs the height of the page.
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(languageGroup);
    generalLayout->addWidget(coverageGroup);
    generalLayout->addWidget(databaseGroup);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_backups, tr("Backup and restore"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        AppSettings::instance().setLanguage(m_language->currentData().toString());
    });
    connect(m_otherUnits, &QCheckBox::toggled, this, [this](bool include) {
        if (!this->workspace().isOpen())
            return;
        if (const Status s = this->workspace().session().divisions().setIncludeOtherUnits(include); !s) {
            QMessageBox::warning(this, title(), s.firstError());
            return;
        }
        this->workspace().notifyChanged(QStringLiteral("settings"));
    });
    connect(backup, &QPushButton::clicked, this, [this] { FileActions::backup(this, this->workspace()); });
    connect(check, &QPushButton::clicked, this, &SettingsPage::checkDatabase);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return Theme::icon(QStringLiteral("preferences-system"), QStyle::SP_FileDialogListView);
}

QString SettingsPage::savedLanguage()
{
    return AppSettings::instance().language();
}

void SettingsPage::showBackups()
{
    m_tabs->setCurrentWidget(m_backups);
}

void SettingsPage::reload()
{
    m_backups->reload();
    if (!workspace().isOpen())
        return;
    Database &db = workspace().db();
    {
        const QSignalBlocker blocker(m_otherUnits);
        m_otherUnits->setChecked(ReadError::take(this, workspace().session().divisions().includeOtherUnits()).value_or(false));
    }
    // The file and its write-ahead log together: recent writes sit in the -wal file until a checkpoint.
    const QFileInfo file(db.path());
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    const qint64 walSize = wal.exists() ? wal.size() : 0;
    m_path->setText(walSize > 0 ? tr("%1 (%2, of which %3 in the write-ahead log %4)")
                                      .arg(QDir::toNativeSeparators(db.path()), QLocale().formattedDataSize(file.size() + walSize),
                                           QLocale().formattedDataSize(walSize), wal.fileName())
                                : tr("%1 (%2)").arg(QDir::toNativeSeparators(db.path()), QLocale().formattedDataSize(file.size())));
    m_scope->setText(QStringLiteral("%1 (%2)").arg(workspace().scopePath(), workspace().scope().code));
    const auto version = db.schemaVersion();
    m_version->setText(version ? QString::number(*version) : version.firstError());
    m_checkResult->clear();
}

void SettingsPage::checkDatabase()
{
    const Problems problems = workspace().db().check();
    if (problems.isEmpty()) {
        m_checkResult->setText(tr("Integrity and foreign keys are in order."));
        return;
    }
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.message);
    m_checkResult->setText(tr("The check found problems:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

} // namespace chamber
