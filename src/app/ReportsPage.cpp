// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "EmptyState.h"
#include "PageHeader.h"
#include "Stats.h"
#include "StatsWriters.h"
#include "Theme.h"
#include "Workspace.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace chamber {

ReportsPage::ReportsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_asOf(new QDateEdit(QDate::currentDate(), this)),
      m_result(new QLabel(this))
{
    m_header->setSubtitle(tr("Files for the federation's records and for sending upward."));
    m_asOf->setCalendarPopup(true);
    m_asOf->setMaximumDate(QDate::currentDate());
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statsGroup = new QGroupBox(tr("Coverage figures"), this);
    auto *statsForm = new QFormLayout(statsGroup);
    auto *statsNote = new QLabel(tr("Chamber coverage and registration for the scope and each unit below it, each rate with its "
                                    "numerator and denominator. JSON follows the documented stats contract; CSV opens in Excel and WPS."),
                                 statsGroup);
    statsNote->setWordWrap(true);
    statsForm->addRow(statsNote);
    statsForm->addRow(tr("As of"), m_asOf);
    auto *json = new QPushButton(Theme::icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("Save as JSON…"), statsGroup);
    auto *csv = new QPushButton(Theme::icon(QStringLiteral("x-office-spreadsheet"), QStyle::SP_DialogSaveButton), tr("Save as CSV…"), statsGroup);
    auto *statsButtons = new QHBoxLayout;
    statsButtons->addWidget(json);
    statsButtons->addWidget(csv);
    statsButtons->addStretch(1);
    statsForm->addRow(QString(), statsButtons);

    auto *scoringGroup = new QGroupBox(tr("Annual micro-points scoring report"), this);
    auto *scoringLayout = new QVBoxLayout(scoringGroup);
    scoringLayout->addWidget(new EmptyState(tr("The annual scoring report is not yet available in this version."), scoringGroup));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(statsGroup);
    layout->addWidget(scoringGroup, 1);
    layout->addWidget(m_result);

    connect(json, &QPushButton::clicked, this, [this] { exportStats(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportStats(false); });
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return Theme::icon(QStringLiteral("x-office-document"), QStyle::SP_FileDialogDetailedView);
}

void ReportsPage::reload()
{
    m_asOf->setMaximumDate(QDate::currentDate());
}

void ReportsPage::exportStats(bool json)
{
    const auto stats = StatsService(workspace().db()).compute({}, std::nullopt, m_asOf->date());
    if (!stats) {
        m_result->setText(stats.firstError());
        return;
    }
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suffix = json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString suggested = QStringLiteral("%1/stats-%2-%3.%4").arg(folder, workspace().scope().code, m_asOf->date().toString(Qt::ISODate), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the coverage figures"), suggested,
                                                      json ? tr("JSON (*.json)") : tr("CSV for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && json)
        ok = file.write(QByteArray::fromStdString(statsToJson(*stats).dump(2) + "\n")) >= 0;
    else if (ok)
        ok = writeStatsCsv(*stats, file);
    if (!ok || !file.commit()) {
        m_result->setText(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    reportWritten(path);
}

void ReportsPage::reportWritten(const QString &path)
{
    m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace chamber
