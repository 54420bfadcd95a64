// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardService.h"
#include "Page.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class QLabel;
class QScrollArea;
class QThread;
class QToolButton;

namespace chamber {

class AsOfPicker;
class Breadcrumb;
class GapTabs;
class GradeChart;
class MediationChart;
class PageHeader;
class ScoreDistributionChart;
class StatusDonutChart;
class TileGrid;
class UnitBarChart;

// 统计看板: how far coverage, registration, Party building, mediation and scoring have come, for
// the database's scope or any division below it, as of any date — figure tiles with the change on
// a year earlier, charts by unit (click a bar or a row to drill down, the breadcrumb leads back
// up), and the gap lists. Everything is read from DashboardService, i.e. from StatsService.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString key() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    // Shows a division of the database (empty: its scope) and/or another date.
    void drillTo(const QString &code);
    void setAsOf(const QDate &date);
    QString scopeCode() const;
    // Computes figures not seen before in a worker thread with its own connection to the file, so
    // that the window stays responsive while a region's figures are read (about 1.5 s at region
    // scale); loaded() fires when they are shown. Off by default: tests, --screenshot and the
    // benchmarks load synchronously; the app turns it on.
    void setBackgroundLoading(bool on) { m_background = on; }
    // True while figures are being computed in the background.
    bool isLoading() const { return !m_pending.isEmpty(); }
    QDate asOf() const;
    // What is shown, once loaded.
    const DashboardData *current() const { return m_data ? &*m_data : nullptr; }
    // The part of the page that exports draw: tiles, charts and tables, without the controls.
    QWidget *content() const { return m_content; }
    TileGrid *tiles() const { return m_tiles; }
    UnitBarChart *unitChart() const { return m_unitChart; }
    StatusDonutChart *statusChart() const { return m_statusChart; }
    MediationChart *mediationChart() const { return m_mediationChart; }
    ScoreDistributionChart *scoreChart() const { return m_scoreChart; }
    GradeChart *gradeChart() const { return m_gradeChart; }
    GapTabs *gapTabs() const { return m_gapTabs; }
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    QString exportTitle() const;

signals:
    // After each load, with the time it took (figures, then drawing), for timing and tests.
    void loaded(qint64 figuresMs, qint64 drawMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loadInBackground(const QString &key);
    void remember(const QString &key, const DashboardData &figures);
    // Shows figures just computed (or taken from the cache), and reports the time taken.
    void present(DashboardData figures, qint64 figuresMs);
    void display(const DashboardData &dashboard);
    void exportAs(int format);
    // County code → name for the gap lists' county column; an error when a name cannot be read.
    Result<QHash<QString, QString>> countyNames(const DashboardData &dashboard) const;
    void showError(const QString &message);  // hidden when empty

    PageHeader *m_header;
    Breadcrumb *m_breadcrumb;
    AsOfPicker *m_asOf;
    QToolButton *m_export;
    QScrollArea *m_scroll;
    QWidget *m_content;
    TileGrid *m_tiles;
    UnitBarChart *m_unitChart;
    StatusDonutChart *m_statusChart;
    QLabel *m_noUnits;
    QLabel *m_noChambers;   // in place of the status donut when the scope has no chamber on the date
    QLabel *m_noCases;      // in place of the monthly mediation chart when there is no case to draw
    QLabel *m_noScores;     // in place of the two points charts when no chamber is scored
    MediationChart *m_mediationChart;
    ScoreDistributionChart *m_scoreChart;
    GradeChart *m_gradeChart;
    GapTabs *m_gapTabs;
    QLabel *m_error;
    QString m_openError;  // why the opening date could not be chosen (a failed read); shown over the figures

    QString m_scopeCode;  // empty: the database's scope
    int m_generation = -1;
    QString m_defaultNote;  // why the page opened at a date other than today
    QDate m_defaultDate;
    bool m_stale = true;
    std::optional<DashboardData> m_data;
    // The figures already computed since the data last changed, by scope and date: going back up
    // the breadcrumb, or to a unit seen before, shows them at once.
    QHash<QString, DashboardData> m_cache;
    bool m_background = false;
    QString m_pending;       // the key of the figures being computed in the background
    int m_dataVersion = 0;   // bumped by reload(): a result computed before a change is not kept
    QList<QPointer<QThread>> m_workers;
};

} // namespace chamber
