// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "AsOfPicker.h"
#include "Breadcrumb.h"
#include "Database.h"
#include "DashboardExport.h"
#include "DivisionService.h"
#include "GapTabs.h"
#include "GradeChart.h"
#include "MediationChart.h"
#include "PageHeader.h"
#include "ScoreDistributionChart.h"
#include "StatusDonutChart.h"
#include "Theme.h"
#include "TileGrid.h"
#include "UnitBarChart.h"
#include "Workspace.h"

#include <QApplication>
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
#include <QSettings>
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
                     "QLabel#noUnits { color: #5b6b7c; background: white; border: 1px solid #dde3ea; padding: 12px; }";

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
      m_mediationChart(new MediationChart(m_content)), m_scoreChart(new ScoreDistributionChart(m_content)),
      m_gradeChart(new GradeChart(m_content)), m_gapTabs(new GapTabs(m_content)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setStyleSheet(QString::fromLatin1(kStyle));
    m_noUnits->setObjectName(QStringLiteral("noUnits"));
    m_noUnits->setWordWrap(true);
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
    auto *moreCharts = new QHBoxLayout;
    moreCharts->setSpacing(8);
    moreCharts->addWidget(m_mediationChart, 1);
    moreCharts->addWidget(m_scoreChart, 1);
    moreCharts->addWidget(m_gradeChart, 1);
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
        auto result = DashboardService(workspace().db()).load(m_scopeCode, m_asOf->date());
        if (!result) {
            m_error->setText(result.firstError());
            m_error->show();
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
            m_error->setText((*result)->firstError());
            m_error->show();
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
    m_error->hide();
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
    m_header->setSubtitle(tr("%1 · as of %2 · changes against %3")
                              .arg(dashboard.stats.scope.name, locale.toString(dashboard.stats.asOf, QLocale::LongFormat),
                                   locale.toString(dashboard.yearEarlier.asOf, QLocale::LongFormat)));
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
    m_statusChart->setStats(dashboard.stats.total);
    // Areas whose records this database has no figures for leave their chart out.
    const bool mediation = dashboard.stats.total.counts.contains(QStringLiteral("mediation.cases"));
    m_mediationChart->setVisible(mediation);
    if (mediation)
        m_mediationChart->setMonths(dashboard.mediationByMonth);
    m_scoreChart->setVisible(!dashboard.scoreBands.isEmpty());
    if (!dashboard.scoreBands.isEmpty())
        m_scoreChart->setBands(dashboard.scoreBands, dashboard.stats.asOf.year());
    m_gradeChart->setVisible(m_gradeChart->setStats(dashboard.stats.total));
    m_gapTabs->setData(dashboard, countyNames(dashboard));
}

QHash<QString, QString> DashboardPage::countyNames(const DashboardData &dashboard) const
{
    QHash<QString, QString> names;
    DivisionService divisions(workspace().db());
    auto add = [&](const QString &code) {
        const QString county = code.left(6);
        if (!names.contains(county))
            if (const auto d = divisions.byCode(county))
                names.insert(county, d->name);
    };
    for (const auto &t : dashboard.gaps.townshipsWithoutChamber)
        add(t.division.code);
    for (const auto &r : dashboard.gaps.readyToRegister)
        add(r.chamber.townshipCode);
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
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suffix = DashboardExport::suffix(format);
    const QString suggested = QStringLiteral("%1/dashboard-%2-%3.%4")
                                  .arg(folder, m_data->stats.scope.code, m_data->stats.asOf.toString(QStringLiteral("yyyyMMdd")), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), suggested, DashboardExport::filter(format));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    const Status written = DashboardExport::write(m_content, exportTitle(), *m_data, format, path);
    if (!written)
        QMessageBox::warning(this, tr("Export the dashboard"), written.firstError());
    else
        QMessageBox::information(this, tr("Export the dashboard"), tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace chamber
