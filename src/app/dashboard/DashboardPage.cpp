// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "StatsReporting.h"

#include "AsOfPicker.h"
#include "Breadcrumb.h"
#include "DashboardExport.h"
#include "Database.h"
#include "Dates.h"
#include "DivisionService.h"
#include "GapTabs.h"
#include "GradeChart.h"
#include "ListExport.h"
#include "MediationChart.h"
#include "PageHeader.h"
#include "ScoreDistributionChart.h"
#include "StatusDonutChart.h"
#include "Theme.h"
#include "TileGrid.h"
#include "UnitBarChart.h"
#include "Workspace.h"

#include <QApplication>
#include <algorithm>
#include <QThread>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace chamber {

namespace {
// The tiles' look, kept with the page that uses it.
const char *kStyle = "QFrame#tile { background: white; border: 1px solid #dde3ea; border-radius: 6px; }"
                     "QLabel#tileTitle { color: #3b4a5a; font-weight: bold; }"
                     "QLabel#tileValue { font-size: 14pt; font-weight: bold; color: #1f6fb2; }"
                     "QLabel#tileBase { color: #5b6b7c; font-size: 9pt; }"
                     "QLabel#tileSince { color: #5b6b7c; font-size: 8pt; }"
                     "QLabel#tileChange { font-size: 8.5pt; }"
                     "QWidget#tileParts { color: #1d2b3a; font-size: 9pt; }"
                     "QLabel#noUnits, QLabel#chartEmpty { color: #5b6b7c; background: white; border: 1px solid #dde3ea; "
                     "padding: 12px; }";

// A short sentence in place of a chart that would only draw zeros.
QLabel *emptyChartLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("chartEmpty"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

// Timed log lines for measuring at region scale: CHAMBERDESK_TIMING=1 chamberdesk …
bool timingWanted()
{
    static const bool wanted = qEnvironmentVariableIsSet("CHAMBERDESK_TIMING");
    return wanted;
}
} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_breadcrumb(new Breadcrumb(this)), m_asOf(new AsOfPicker(this)),
      m_export(new QToolButton(this)), m_scroll(new QScrollArea(this)), m_content(new QWidget), m_tiles(new TileGrid(m_content)),
      m_unitChart(new UnitBarChart(m_content)), m_statusChart(new StatusDonutChart(m_content)), m_noUnits(new QLabel(m_content)),
      m_noChambers(emptyChartLabel(m_content)), m_noCases(emptyChartLabel(m_content)), m_noScores(emptyChartLabel(m_content)),
      m_mediationChart(new MediationChart(m_content)), m_scoreChart(new ScoreDistributionChart(m_content)),
      m_gradeChart(new GradeChart(m_content)), m_gapTabs(new GapTabs(m_content)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setStyleSheet(QString::fromLatin1(kStyle));
    m_noUnits->setObjectName(QStringLiteral("noUnits"));
    m_noUnits->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setProperty("problem", QStringLiteral("error"));
    m_error->hide();

    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setIcon(Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Dashboard as PNG…"), this, [this] { exportAs(int(DashboardExport::Format::Png)); });
    menu->addAction(tr("Dashboard as PDF…"), this, [this] { exportAs(int(DashboardExport::Format::Pdf)); });
    menu->addSeparator();
    menu->addAction(tr("Figures as CSV…"), this, [this] { exportAs(int(DashboardExport::Format::Csv)); });
    menu->addAction(tr("Figures as JSON…"), this, [this] { exportAs(int(DashboardExport::Format::Json)); });
    m_export->setMenu(menu);
    m_header->addWidget(m_asOf);
    m_header->addWidget(m_export);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(8);
    charts->addWidget(m_unitChart, 1);
    charts->addWidget(m_noUnits, 1);
    // The donut keeps its own height, at the top of the row, however tall the bars grow.
    charts->addWidget(m_statusChart, 1, Qt::AlignTop);  // half the row: room for its legend's figures
    charts->addWidget(m_noChambers, 1);
    auto *moreCharts = new QHBoxLayout;
    moreCharts->setSpacing(8);
    moreCharts->addWidget(m_mediationChart, 1);
    moreCharts->addWidget(m_noCases, 1);
    moreCharts->addWidget(m_scoreChart, 1);
    moreCharts->addWidget(m_gradeChart, 1);
    moreCharts->addWidget(m_noScores, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_tiles);
    contentLayout->addLayout(charts);
    contentLayout->addLayout(moreCharts);
    contentLayout->addWidget(m_gapTabs);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);

    connect(m_breadcrumb, &Breadcrumb::divisionClicked, this, &DashboardPage::drillTo);
    connect(m_unitChart, &UnitBarChart::unitClicked, this, &DashboardPage::drillTo);
    connect(m_gapTabs, &GapTabs::divisionClicked, this, &DashboardPage::drillTo);
    connect(m_asOf, &AsOfPicker::dateChanged, this, [this] { load(); });
}

DashboardPage::~DashboardPage()
{
    // A worker still reading has its own connection; let it finish before the page goes.
    for (const QPointer<QThread> &worker : std::as_const(m_workers))
        if (worker)
            worker->wait();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return Theme::icon(QStringLiteral("x-office-presentation"), QStyle::SP_ComputerIcon);
}

void DashboardPage::reload()
{
    if (workspace().generation() != m_generation) {
        // Another file: start again from its scope.
        m_generation = workspace().generation();
        m_scopeCode.clear();
        // A new file opens at its sensible date: right after New Year, the end of the last year
        // that has scores, not a year whose average is still blank.
        // A file whose points cannot be read opens at today, and says why it could not choose.
        const auto start = workspace().session().dashboard().defaultAsOf(QDate::currentDate());
        m_openError = start ? QString() : start.firstError();
        const DefaultAsOf chosen = start ? *start : DefaultAsOf{QDate::currentDate(), {}};
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setDate(chosen.date);
        m_defaultNote = chosen.reason;
        m_defaultDate = chosen.date;
    }
    // The figures of a region take a moment; compute them only when the page is looked at.
    m_stale = true;
    m_cache.clear();
    ++m_dataVersion;
    m_pending.clear();
    if (isVisible())
        load();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        load();
}

void DashboardPage::drillTo(const QString &code)
{
    if (code.isEmpty() && m_scopeCode.isEmpty())
        return;
    m_scopeCode = code == workspace().scope().code ? QString() : code;
    // A unit's page starts at its top, not where the page above was scrolled to.
    m_scroll->verticalScrollBar()->setValue(0);
    load();
}

void DashboardPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);  // loads through dateChanged
}

QString DashboardPage::scopeCode() const
{
    return m_data ? m_data->stats.scope.code : m_scopeCode;
}

QDate DashboardPage::asOf() const
{
    return m_asOf->date();
}

void DashboardPage::load()
{
    if (!workspace().isOpen())
        return;
    m_stale = false;
    QElapsedTimer timer;
    timer.start();
    const QString key = m_scopeCode + QLatin1Char('|') + m_asOf->date().toString(Qt::ISODate);
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        m_pending.clear();
        m_data = *cached;
    } else if (m_background && !workspace().path().isEmpty()) {
        loadInBackground(key);
        return;
    } else {
        auto result = workspace().session().dashboard().load(m_scopeCode, m_asOf->date());
        if (!result) {
            showError(result.firstError());
            return;
        }
        m_data = std::move(result.value());
        remember(key, *m_data);
    }
    present(*m_data, timer.elapsed());
}

void DashboardPage::remember(const QString &key, const DashboardData &figures)
{
    if (m_cache.size() >= 32)  // a long session of clicking around: start again rather than grow
        m_cache.clear();
    m_cache.insert(key, figures);
}

void DashboardPage::loadInBackground(const QString &key)
{
    if (m_pending == key)
        return;  // already on its way
    m_pending = key;
    m_header->setSubtitle(tr("Computing the figures…"));
    const QString path = workspace().path();
    const QString scope = m_scopeCode;
    const QDate date = m_asOf->date();
    const int version = m_dataVersion;
    auto result = std::make_shared<std::optional<Result<DashboardData>>>();
    auto elapsed = std::make_shared<qint64>(0);
    QThread *worker = QThread::create([path, scope, date, result, elapsed] {
        QElapsedTimer timer;
        timer.start();
        // Its own connection, opened and closed in this thread; WAL lets it read beside the window's.
        auto db = Database::open(path);
        if (!db)
            result->emplace(db.problems());
        else
            result->emplace(DashboardService(**db).load(scope, date));
        *elapsed = timer.elapsed();
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, key, version, result, elapsed] {
        m_workers.removeAll(worker);
        worker->deleteLater();
        // A later request, or a change to the data, makes this result stale.
        if (key != m_pending || version != m_dataVersion || !result->has_value())
            return;
        m_pending.clear();
        if (!**result) {
            m_header->setSubtitle(QString());  // no longer computing
            showError((*result)->firstError());
            return;
        }
        remember(key, (*result)->value());
        present((*result)->value(), *elapsed);
    });
    worker->start();
}

void DashboardPage::present(DashboardData figures, qint64 figuresMs)
{
    QElapsedTimer timer;
    timer.start();
    showError(m_openError);
    m_data = std::move(figures);
    display(*m_data);
    // Lay out and paint now, so that the time measured is the time until the user sees it.
    m_content->adjustSize();
    if (isVisible())
        m_content->repaint();
    const qint64 drawMs = timer.elapsed();
    if (timingWanted())
        qInfo("dashboard %s as of %s: figures %lld ms, drawing %lld ms", qPrintable(m_data->stats.scope.code),
              qPrintable(m_data->stats.asOf.toString(Qt::ISODate)), figuresMs, drawMs);
    emit loaded(figuresMs, drawMs);
}

void DashboardPage::display(const DashboardData &dashboard)
{
    const QLocale locale;
    QString subtitle = tr("%1 · as of %2 · changes against %3")
                           .arg(dashboard.stats.scope.name, dates::toText(dashboard.stats.asOf), dates::toText(dashboard.yearEarlier.asOf));
    // Built from counties' report packages: say how many counties the figures cover (docs/exchange.md).
    if (const auto reporting = StatsReporting::load(workspace().db(), dashboard.stats.scope); !reporting)
        subtitle += QStringLiteral(" · ") + reporting.firstError();
    else if (*reporting && !(*reporting)->note().isEmpty())
        subtitle += QStringLiteral(" · ") + (*reporting)->note();
    if (!m_defaultNote.isEmpty() && dashboard.stats.asOf == m_defaultDate)
        subtitle += QStringLiteral(" · ") + m_defaultNote;
    m_header->setSubtitle(subtitle);
    m_breadcrumb->setPath(dashboard.path);
    m_tiles->setTiles(dashboard.tiles, dashboard.yearEarlier.asOf);
    const bool hasUnits = !dashboard.stats.units.isEmpty();
    m_unitChart->setVisible(hasUnits);
    m_noUnits->setVisible(!hasUnits);
    if (hasUnits)
        m_unitChart->setUnits(dashboard.stats.units, dashboard.stats.unitLevel);
    else
        m_noUnits->setText(tr("%1 is a township: there are no units below it. Its chambers are listed on the Chambers page; "
                              "use the breadcrumb above to go back up.").arg(dashboard.stats.scope.name));
    // A chart with nothing to draw gives way to a sentence saying so (and why).
    const UnitStats &total = dashboard.stats.total;
    const bool anyChamber = total.chambers > 0;
    m_statusChart->setVisible(anyChamber);
    m_noChambers->setVisible(!anyChamber);
    if (anyChamber)
        m_statusChart->setStats(total);
    else
        m_noChambers->setText(tr("No chamber existed in %1 on %2, so there is no registration status to chart.")
                                  .arg(dashboard.stats.scope.name, dates::toText(dashboard.stats.asOf)));
    // Areas whose records this database has no figures for leave their chart out.
    const bool mediation = total.counts.contains(QStringLiteral("mediation.cases"));
    const bool anyMonth = std::any_of(dashboard.mediationByMonth.cbegin(), dashboard.mediationByMonth.cend(),
                                      [](const MonthCases &m) { return m.received > 0 || m.closed > 0; });
    m_mediationChart->setVisible(mediation && anyMonth);
    m_noCases->setVisible(mediation && !anyMonth);
    if (mediation && anyMonth)
        m_mediationChart->setMonths(dashboard.mediationByMonth);
    else if (mediation)
        m_noCases->setText(tr("Mediation cases per month: no case in the case list was received or closed in the twelve months "
                              "to %1. Yearly tallies taken in from ledgers have no months; they are counted in the Mediation "
                              "cases tile.")
                               .arg(dates::toText(dashboard.stats.asOf)));
    const qint64 scored = total.counts.value(QStringLiteral("points.scored"));
    const bool anyScore = scored > 0 && !dashboard.scoreBands.isEmpty();
    m_scoreChart->setVisible(anyScore);
    if (anyScore)
        m_scoreChart->setBands(dashboard.scoreBands, dashboard.stats.asOf.year());
    m_gradeChart->setVisible(anyScore && m_gradeChart->setStats(total));
    m_noScores->setVisible(!anyScore && total.counts.contains(QStringLiteral("points.year")));
    m_noScores->setText(tr("Micro-points %1: no chamber of %2 has a scorecard for the year yet (a year is scored once it is "
                           "started on the Points page), so there is no distribution or grade to chart.")
                            .arg(total.counts.value(QStringLiteral("points.year")))
                            .arg(dashboard.stats.scope.name));
    const auto names = countyNames(dashboard);
    if (!names)
        showError(names.firstError());
    m_gapTabs->setData(dashboard, names ? *names : QHash<QString, QString>());
}

void DashboardPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

Result<QHash<QString, QString>> DashboardPage::countyNames(const DashboardData &dashboard) const
{
    QHash<QString, QString> names;
    DivisionService &divisions = workspace().session().divisions();
    Problems failed;
    auto add = [&](const QString &code) {
        const QString county = code.left(6);
        if (!failed.isEmpty() || names.contains(county))
            return;
        if (const auto d = divisions.byCode(county); !d)
            failed = d.problems();  // said over the page, not a gap list with its county column blank
        else if (*d)
            names.insert(county, (*d)->name);
    };
    for (const auto &t : dashboard.gaps.townshipsWithoutChamber)
        add(t.division.code);
    for (const auto &r : dashboard.gaps.readyToRegister)
        add(r.chamber.townshipCode);
    if (!failed.isEmpty())
        return failed;
    return names;
}

QString DashboardPage::exportTitle() const
{
    if (!m_data)
        return title();
    return tr("%1 dashboard as of %2").arg(m_data->stats.scope.name, m_data->stats.asOf.toString(Qt::ISODate));
}

void DashboardPage::exportAs(int formatValue)
{
    if (!m_data)
        return;
    const auto format = DashboardExport::Format(formatValue);
    const QString suffix = DashboardExport::suffix(format);
    const QString suggested = ListExport::suggestedPath(tr("dashboard-%1").arg(m_data->stats.scope.name), suffix, m_data->stats.asOf);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), suggested, DashboardExport::filter(format));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    ListExport::rememberFolder(path);
    const Status written = DashboardExport::write(m_content, exportTitle(), *m_data, format, path);
    if (!written)
        QMessageBox::warning(this, tr("Export the dashboard"), written.firstError());
    else
        QMessageBox::information(this, tr("Export the dashboard"), tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace chamber
