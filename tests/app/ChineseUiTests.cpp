// SPDX-License-Identifier: GPL-3.0-or-later
// No English in the Chinese UI: every page of the window, the chamber editor and Qt's own file
// dialog (not the desktop's) are walked in zh_CN, and each text a user sees — labels, buttons,
// tabs, group titles, combo items, placeholders, column headers, menus, tooltips — is checked for
// ASCII words outside a short allow-list (file formats, key names, units).
#include "AppFixture.h"
#include "AppInfo.h"
#include "ChamberEditor.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace chamber;

namespace {

// ASCII words a Chinese office reads as they are.
const QStringList kAllowed = {
    QStringLiteral("PDF"),  QStringLiteral("CSV"),   QStringLiteral("JSON"), QStringLiteral("XLSX"), QStringLiteral("xlsx"),
    QStringLiteral("csv"),  QStringLiteral("json"),  QStringLiteral("pdf"),  QStringLiteral("PNG"),  QStringLiteral("png"),
    QStringLiteral("Excel"), QStringLiteral("WPS"),  QStringLiteral("Qt"),   QStringLiteral("ChamberDesk"),
    QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"),  QStringLiteral("Enter"), QStringLiteral("Tab"),
    QStringLiteral("Delete"), QStringLiteral("Esc"), QStringLiteral("KiB"),  QStringLiteral("MiB"),  QStringLiteral("GiB"),
    QStringLiteral("KB"),   QStringLiteral("MB"),    QStringLiteral("GB"),   QStringLiteral("sqlite"), QStringLiteral("db"),
    QStringLiteral("GPL"),  QStringLiteral("pp"),
    QStringLiteral("yyyy"), QStringLiteral("mm"),    QStringLiteral("dd"),   QStringLiteral("ods"),  QStringLiteral("xls"),
    QStringLiteral("et"),   QStringLiteral("English"),  // the language list names each language in itself
    QStringLiteral("SHA"),  // SHA-256, the name of the file fingerprint on the import log
    QStringLiteral("PGPASSWORD"),  // the variable that holds a server password, named as the user sets it
};

// The English words in a text: HTML tags, file paths, credit codes and placeholders left out.
QStringList englishWords(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&[a-z]+;"));
    static const QRegularExpression paths(QStringLiteral("\\S*[/\\\\]\\S*"));
    static const QRegularExpression codes(QStringLiteral("\\b[0-9A-Z]{18}\\b"));
    static const QRegularExpression files(QStringLiteral("\\S*[A-Za-z0-9]\\.[A-Za-z]\\S*"));  // app.sqlite-wal
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(tags).remove(entities).remove(paths).remove(codes).remove(files);
    text.remove(QLatin1Char('&'));  // mnemonics
    QStringList out;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (!kAllowed.contains(word))
            out.append(word);
    }
    return out;
}

// Every text shown by the visible widgets under root, with where it was found.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    auto add = [&out](const QWidget *w, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append(QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(w->metaObject()->className()), QString(w->objectName() + what), text));
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        add(w, QStringLiteral(" tooltip"), w->toolTip());
        add(w, QStringLiteral(" title"), w->isWindow() ? w->windowTitle() : QString());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(w, {}, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(w, {}, b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(w, {}, g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral(" placeholder"), e->placeholderText());
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(w, QStringLiteral(" item"), c->itemText(i));
            add(w, QStringLiteral(" placeholder"), c->placeholderText());
        }
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i) {
                add(w, QStringLiteral(" tab"), t->tabText(i));
                add(w, QStringLiteral(" tab tooltip"), t->tabToolTip(i));
            }
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                if (!h->isSectionHidden(i))
                    add(w, QStringLiteral(" header"), h->model()->headerData(i, h->orientation()).toString());
        for (const QAction *a : w->actions())
            add(w, QStringLiteral(" action"), a->text());
    }
    return out;
}

QStringList findEnglish(const QStringList &texts)
{
    QStringList found;
    for (const QString &t : texts) {
        const QString shown = t.section(QStringLiteral(": "), 1);
        if (const QStringList words = englishWords(shown); !words.isEmpty())
            found.append(t + QStringLiteral("   ← ") + words.join(QLatin1Char(' ')));
    }
    return found;
}

} // namespace

class ChineseUiTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        AppInfo::installTranslations(*QCoreApplication::instance(), chinese);
    }

    void theCheckCatchesEnglish()
    {
        // The test's own check: it must see English where there is English.
        QCOMPARE(englishWords(QStringLiteral("文件夹 Folder")), QStringList{QStringLiteral("Folder")});
        QVERIFY(englishWords(QStringLiteral("导出为 PDF、CSV（Ctrl+E） /tmp/app.sqlite 51450126MJ3016613P")).isEmpty());
    }

    void everyPageOfTheWindowIsInChinese()
    {
        test::AppFixture f;
        MainWindow window(f.workspace);
        window.resize(1350, 720);
        window.show();
        QStringList found;
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            QApplication::processEvents();
            found += findEnglish(visibleTexts(window.currentPage()));
        }
        for (QAction *menu : window.menuBar()->actions()) {
            found += findEnglish({QStringLiteral("menu: ") + menu->text()});
            if (menu->menu())
                for (const QAction *a : menu->menu()->actions())
                    found += findEnglish({QStringLiteral("menu item: ") + a->text()});
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theChamberEditorIsInChinese()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        QStringList found;
        auto *tabs = editor.findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            found += findEnglish(visibleTexts(&editor));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theOpenDatabaseDialogIsInChinese()
    {
        Workspace workspace;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        QStringList found = findEnglish(visibleTexts(&dialog));
        // The server's fields, the password asked, and a refusal — all in Chinese.
        const QByteArray password = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        dialog.choose(QStringLiteral("postgresql://binyang@127.0.0.1:1/chamber"));
        dialog.accept();  // nothing listens on port 1
        if (!password.isNull())
            qputenv("PGPASSWORD", password);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(QStringLiteral("无法连接数据库服务器")), qPrintable(dialog.message()));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisible());
        found += findEnglish(visibleTexts(&dialog));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void qtsFileDialogIsInChinese()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QFileDialog dialog(nullptr, QFileDialog::tr("Save As"), dir.path(), QStringLiteral("Excel (*.xlsx)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        auto *model = dialog.findChild<QFileSystemModel *>();
        QVERIFY(model);
        // The folder's type column, once the model has read the folder.
        QTRY_VERIFY(model->index(QDir(dir.path()).filePath(QStringLiteral("sub"))).isValid());
        const QModelIndex sub = model->index(QDir(dir.path()).filePath(QStringLiteral("sub")));
        QTRY_VERIFY(!model->type(sub).isEmpty());
        QStringList texts = visibleTexts(&dialog);
        texts.append(QStringLiteral("type column: ") + model->type(sub));
        for (int c = 0; c < model->columnCount(); ++c)
            texts.append(QStringLiteral("model header: ") + model->headerData(c, Qt::Horizontal).toString());
        const QStringList found = findEnglish(texts);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("体积")));
    }
};

QTEST_MAIN(ChineseUiTests)
#include "ChineseUiTests.moc"
