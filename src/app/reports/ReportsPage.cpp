// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "StatsReporting.h"
#include "ReadError.h"

#include "Dates.h"
#include "ListExport.h"
#include "OptionalDateEdit.h"
#include "PageHeader.h"
#include "PointsService.h"
#include "ReportLanguage.h"
#include "ScoringFile.h"
#include "ScoringReport.h"
#include "Stats.h"
#include "StatsWriters.h"
#include "Theme.h"
#include "Workspace.h"

#include <QComboBox>
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
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace chamber {

ReportsPage::ReportsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_asOf(new QDateEdit(QDate::currentDate(), this)),
      m_scoringYear(new QComboBox(this)), m_scoringCounty(new QComboBox(this)), m_scoringLanguage(new QComboBox(this)),
      m_scoringState(new QLabel(this)),
      m_result(new QLabel(this))
{
    m_header->setSubtitle(tr("Files for the federation's records and for sending upward."));
    OptionalDateEdit::setUpRequired(m_asOf);
    m_asOf->setMaximumDate(QDate::currentDate());
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statsGroup = new QGroupBox(tr("Coverage figures"), this);
    auto *statsForm = new QFormLayout(statsGroup);
    statsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
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
    auto *scoringForm = new QFormLayout(scoringGroup);
    scoringForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *scoringNote = new QLabel(tr("Every chamber of the county with its category subtotals, total, rank and grade, the totals and "
                                      "averages at the foot and the rules used. A published year gives its published report again, "
                                      "unchanged; an unpublished year is marked as a draft dated today. The PDF is A4 landscape with "
                                      "a signature line, for printing and sending upward."),
                                   scoringGroup);
    scoringNote->setWordWrap(true);
    scoringForm->addRow(scoringNote);
    m_scoringYear->setObjectName(QStringLiteral("scoringYear"));
    m_scoringYear->setMinimumContentsLength(8);
    m_scoringCounty->setObjectName(QStringLiteral("scoringCounty"));
    m_scoringCounty->setMinimumContentsLength(12);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_scoringYear);
    yearRow->addWidget(m_scoringState, 1);
    scoringForm->addRow(tr("Year"), yearRow);
    scoringForm->addRow(tr("County"), m_scoringCounty);
    // The report is a document in its own language, Chinese unless chosen otherwise, whatever the
    // language of this window; a published year keeps the language it was published in.
    m_scoringLanguage->setObjectName(QStringLiteral("scoringLanguage"));
    m_scoringLanguage->addItem(tr("Chinese"), reportLanguage::code(ReportLanguage::Chinese));
    m_scoringLanguage->addItem(tr("English"), reportLanguage::code(ReportLanguage::English));
    scoringForm->addRow(tr("Language"), m_scoringLanguage);
    m_draftLanguage = reportLanguage::code(ReportLanguage::Chinese);
    connect(m_scoringLanguage, &QComboBox::activated, this, [this] { m_draftLanguage = m_scoringLanguage->currentData().toString(); });
    auto *scoringButtons = new QHBoxLayout;
    const struct
    {
        const char *format;
        QString label;
        const char *icon;
    } formats[] = {
        {"pdf", tr("PDF for printing…"), "x-office-document"},
        {"xlsx", tr("XLSX…"), "x-office-spreadsheet"},
        {"csv", tr("CSV…"), "text-csv"},
        {"json", tr("JSON…"), "document-save"},
    };
    for (const auto &f : formats) {
        auto *button = new QPushButton(Theme::icon(QString::fromLatin1(f.icon), QStyle::SP_DialogSaveButton), f.label, scoringGroup);
        button->setObjectName(QStringLiteral("scoring_") + QString::fromLatin1(f.format));
        const QString format = QString::fromLatin1(f.format);
        connect(button, &QPushButton::clicked, this, [this, format] { exportScoring(format); });
        scoringButtons->addWidget(button);
        m_scoringButtons << button;
    }
    scoringButtons->addStretch(1);
    scoringForm->addRow(QString(), scoringButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(statsGroup);
    layout->addWidget(scoringGroup);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_scoringYear, &QComboBox::currentIndexChanged, this, &ReportsPage::showScoringState);

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

    const int keepYear = m_scoringYear->currentData().toInt();
    const QString keepCounty = m_scoringCounty->currentData().toString();
    {
        const QSignalBlocker blocker(m_scoringYear);
        m_scoringYear->clear();
        QList<PointsYear> years = ReadError::take(this, workspace().session().points().years()).value_or(QList<PointsYear>{});
        std::sort(years.begin(), years.end(), [](const PointsYear &a, const PointsYear &b) { return a.year > b.year; });
        for (const PointsYear &y : years)
            m_scoringYear->addItem(tr("%1").arg(y.year), y.year);
        // The latest year whose report can be final comes first: the last published one, else the newest.
        int chosen = m_scoringYear->findData(keepYear);
        if (chosen < 0)
            for (int i = 0; i < years.size() && chosen < 0; ++i)
                if (years[i].published)
                    chosen = i;
        m_scoringYear->setCurrentIndex(chosen < 0 ? 0 : chosen);
    }
    m_scoringCounty->clear();
    for (const Division &county : ReadError::take(this, ScoringReports(workspace().db()).counties()).value_or(QList<Division>{}))
        m_scoringCounty->addItem(QStringLiteral("%1 %2").arg(county.code, county.name), county.code);
    const int county = m_scoringCounty->findData(keepCounty);
    if (county >= 0)
        m_scoringCounty->setCurrentIndex(county);
    m_scoringCounty->setEnabled(m_scoringCounty->count() > 1);
    showScoringState();
}

bool ReportsPage::selectScoringYear(int year)
{
    const int index = m_scoringYear->findData(year);
    if (index < 0)
        return false;
    m_scoringYear->setCurrentIndex(index);
    return true;
}

bool ReportsPage::selectScoringLanguage(const QString &code)
{
    const int index = m_scoringLanguage->findData(code);
    if (index < 0)
        return false;
    m_scoringLanguage->setCurrentIndex(index);
    if (m_scoringLanguage->isEnabled())
        m_draftLanguage = code;
    return true;
}

void ReportsPage::showScoringState()
{
    const int year = m_scoringYear->currentData().toInt();
    const bool any = year > 0 && m_scoringCounty->count() > 0;
    for (QPushButton *button : std::as_const(m_scoringButtons))
        button->setEnabled(any);
    if (year <= 0) {
        m_scoringState->setText(tr("No micro-points year yet: start one on the micro-points page."));
        return;
    }
    const auto y = workspace().session().points().year(year);
    const bool published = y && y->published;
    m_scoringState->setText(published ? tr("Published: the report is the published one, in the language it was published in.")
                                      : tr("Not published: the report is a draft dated today."));
    // A published year shows the language it was published in; a draft the one chosen for drafts.
    m_scoringLanguage->setEnabled(!published);
    const auto language = published ? ReadError::take(this, ScoringReports(workspace().db()).publishedLanguage(year)).value_or(std::nullopt)
                                    : std::nullopt;
    m_scoringLanguage->setCurrentIndex(std::max(0, m_scoringLanguage->findData(language ? reportLanguage::code(*language) : m_draftLanguage)));
}

void ReportsPage::exportScoring(const QString &format)
{
    const int year = m_scoringYear->currentData().toInt();
    const QString suggested = ListExport::suggestedPath(tr("scoring-report-%1-%2").arg(m_scoringCounty->currentText()).arg(year), format, QDate());
    QString filter;
    if (format == QStringLiteral("pdf"))
        filter = tr("PDF (*.pdf)");
    else if (format == QStringLiteral("xlsx"))
        filter = tr("Excel workbook (*.xlsx)");
    else if (format == QStringLiteral("csv"))
        filter = tr("CSV for Excel and WPS (*.csv)");
    else
        filter = tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the scoring report"), suggested, filter);
    if (path.isEmpty())
        return;
    ListExport::rememberFolder(path);
    const Status written = writeScoringReport(format, path);
    if (!written) {
        m_result->setText(written.firstError());
        return;
    }
    reportWritten(path);
}

Status ReportsPage::writeScoringReport(const QString &format, const QString &path)
{
    const int year = m_scoringYear->currentData().toInt();
    if (year <= 0)
        return Problem::error(QStringLiteral("year"), tr("There is no micro-points year to report on."));
    const ReportLanguage language = reportLanguage::fromCode(m_scoringLanguage->currentData().toString()).value_or(ReportLanguage::Chinese);
    const auto report = ScoringReports(workspace().db()).report(year, m_scoringCounty->currentData().toString(), std::nullopt, language);
    if (!report)
        return report.problems();
    return ScoringFile::write(*report, format, path);
}

void ReportsPage::exportStats(bool json)
{
    const auto stats = workspace().session().stats().compute({}, std::nullopt, m_asOf->date());
    if (!stats) {
        m_result->setText(stats.firstError());
        return;
    }
    const QString suffix = json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString suggested = ListExport::suggestedPath(tr("coverage-figures-%1").arg(workspace().scope().name), suffix, m_asOf->date());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the coverage figures"), suggested,
                                                      json ? tr("JSON (*.json)") : tr("CSV for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    ListExport::rememberFolder(path);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && json) {
        nlohmann::json figures = statsToJson(*stats);
        const auto reporting = StatsReporting::load(workspace().db(), stats->scope);  // docs/exchange.md
        if (!reporting) {
            m_result->setText(reporting.firstError());
            return;
        }
        if (*reporting)
            figures["reporting"] = (*reporting)->toJson();
        ok = file.write(QByteArray::fromStdString(figures.dump(2) + "\n")) >= 0;
    } else if (ok)
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
