// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the user guide's pictures of dialogs that no --page screenshot reaches (correcting a
// registration change and a case's status change, the open dialog), in Chinese, on the widget tests' hand-made
// county (and the categories tab on the demo county). Not a test: scripts/screenshots.sh runs it with the folder to write into.
#include "AppFixture.h"
#include "AppInfo.h"
#include "AppSettings.h"
#include "CaseDialog.h"
#include "CaseHistoryEditor.h"
#include "ChamberEditor.h"
#include "ChamberService.h"
#include "ChangeHistoryDialog.h"
#include "ChangeHistoryTab.h"
#include "HistoryEntryDialog.h"
#include "MediationCaseService.h"
#include "OpenDatabaseDialog.h"
#include "PointsPage.h"
#include "PointsRulesPanel.h"
#include "RegistrationHistoryEditor.h"
#include "RegistrationHistoryModel.h"
#include "RegistrationTab.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

using namespace chamber;

namespace {
bool save(QWidget *widget, const QString &path)
{
    widget->show();
    // As the app's --screenshot does: let the views lay out and fetch their rows first.
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = widget->grab().save(path, "PNG");
    if (!ok)
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: DocImages FOLDER [DEMO_COUNTY_DATABASE]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    AppInfo::installTranslations(app, QLocale(QLocale::Chinese, QLocale::China));
    test::isolateSettings();
    qputenv("CHAMBERDESK_USER", "韦小燕");  // the clerk who keyed the fixture in, as a real office's log names one
    test::AppFixture f;
    Database &db = f.workspace.db();
    bool ok = true;

    // Deleting the registration under a later deregistration: refused, the reason shown.
    {
        const qint64 g = ChamberService(db).find(QStringLiteral("宾阳县宾州镇个体私营企业商会"))->id;
        RegistrationTab tab(f.workspace.session());
        tab.setChamberId(g);
        auto *view = tab.findChild<QTableView *>(QStringLiteral("historyView"));
        view->selectRow(0);
        HistoryEntryDialog *dialog = tab.findChild<RegistrationHistoryEditor *>()->deleteSelected();
        test::type(dialog->reasonEdit(), QStringLiteral("误录"));
        ok = save(dialog, out.filePath(QStringLiteral("registration-correct.png"))) && ok;
    }
    // A settled case found to have failed: the correction typed in.
    {
        MediationCaseService cases(db);
        MediationCase d;
        d.chamberId = f.binzhou;
        d.receivedOn = QDate(2024, 3, 4);
        d.applicant = QStringLiteral("宾阳县宾州镇永福农资店");
        d.respondent = QStringLiteral("覃某");
        d.disputeType = DisputeType::Debt;
        d.amountDisputedFen = 1250000;
        const qint64 id = cases.add(d).value();
        cases.changeStatus({0, id, CaseStatus::Mediating, QDate(2024, 3, 5), false, {}});
        cases.changeStatus({0, id, CaseStatus::Settled, QDate(2024, 3, 20), false, {}});
        CaseDialog dialog(f.workspace, *cases.get(id));
        auto *editor = dialog.findChild<CaseHistoryEditor *>();
        editor->selectEntry(cases.history(id)->last().id);
        HistoryEntryDialog *entry = editor->correctSelected();
        entry->statusCombo()->setCurrentIndex(entry->statusCombo()->findData(int(CaseStatus::Failed)));
        entry->dateEdit()->setDate(QDate(2024, 3, 22));
        test::type(entry->reasonEdit(), QStringLiteral("双方未达成协议，实为调解不成"));
        dialog.show();
        ok = save(entry, out.filePath(QStringLiteral("case-correct.png"))) && ok;
    }
    // The chamber editor's 修改记录: two clerks' edits, each field before → after.
    {
        ChamberService chambers(db);
        Chamber c = *chambers.get(f.binzhou);
        qputenv("CHAMBERDESK_USER", "李文");
        c.president = QStringLiteral("韦春梅");
        c.presidentPhone = QStringLiteral("18153246119");
        chambers.update(c);
        qputenv("CHAMBERDESK_USER", "黄丽");
        c.premises = QStringLiteral("宾州镇南街 18 号");
        c.contactPerson = QStringLiteral("莫建华");
        chambers.update(c);
        qputenv("CHAMBERDESK_USER", "韦小燕");
        ChamberEditor editor(f.workspace, f.binzhou);
        editor.tabs()->setCurrentWidget(editor.historyTab());
        editor.historyTab()->table()->selectRow(0);
        editor.resize(1020, 660);
        ok = save(&editor, out.filePath(QStringLiteral("chamber-history.png"))) && ok;
        // The basics tab, bound to the chamber's description (township completion, status, liability).
        editor.tabs()->setCurrentIndex(0);
        ok = save(&editor, out.filePath(QStringLiteral("chamber-editor.png"))) && ok;
        // 编辑 → 修改记录 (Ctrl+H): the same edits among every change in the file, narrowed to one user.
        ChangeHistoryDialog all(f.workspace);
        test::type(all.userEdit(), QStringLiteral("李文"));
        all.apply();
        all.history()->table()->selectRow(0);
        all.resize(1100, 600);
        ok = save(&all, out.filePath(QStringLiteral("change-history.png"))) && ok;
    }
    // 文件 → 打开数据库…: a city's server chosen from the recent ones, no password stored on this desk.
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        AppSettings::instance().addRecentDatabase(QStringLiteral("/home/clerk/宾阳县商会.sqlite"));
        AppSettings::instance().addRecentDatabase(QStringLiteral("postgresql://binyang@db.nanning.example:5432/chamber?sslmode=require"));
        OpenDatabaseDialog dialog(f.workspace);
        dialog.choose(AppSettings::instance().recentDatabases().first());
        dialog.findChild<QListWidget *>(QStringLiteral("recentList"))->setCurrentRow(0);
        ok = save(&dialog, out.filePath(QStringLiteral("open-database.png"))) && ok;
    }
    // The categories-and-grades tab of last year, published in the demo data: read-only, saying why.
    if (argc > 2) {
        Workspace demo;
        if (!demo.open(QString::fromLocal8Bit(argv[2])))
            return 1;
        PointsPage page(demo);
        page.reload();
        page.selectYear(QDate::currentDate().year() - 1);
        page.tabs()->setCurrentWidget(page.rulesPanel());
        page.resize(1366, 700);
        ok = save(&page, out.filePath(QStringLiteral("points-categories.png"))) && ok;
    }
    return ok ? 0 : 1;
}
