// SPDX-License-Identifier: GPL-3.0-or-later
// File → 打开数据库… (issue 13): 服务器 builds the address from its fields; the recent list holds
// files and servers, most recent first, and a server entry fills the form to open it again; the
// password is asked only when PGPASSWORD and ~/.pgpass have none, and never reaches the settings
// file; a refusal is shown in the dialog, which stays open. The entry labelled postgresql opens a
// real server database through the dialog, with a wrong password first.
#include "AppFixture.h"
#include "AppSettings.h"
#include "Database.h"
#include "FileActions.h"
#include "OpenDatabaseDialog.h"
#include "ServerFixture.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace chamber;

namespace {

template<typename T>
T *part(QWidget &dialog, const char *name)
{
    auto *w = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s in the open dialog", name);
    return w;
}

void clickOpen(OpenDatabaseDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
}

// No password from the environment or a password file while it lives, as on a desk without them.
struct NoStoredPassword
{
    QByteArray password = qgetenv("PGPASSWORD");
    QByteArray file = qgetenv("PGPASSFILE");
    NoStoredPassword()
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }
    ~NoStoredPassword()
    {
        password.isNull() ? qunsetenv("PGPASSWORD") : qputenv("PGPASSWORD", password);
        file.isNull() ? qunsetenv("PGPASSFILE") : qputenv("PGPASSFILE", file);
    }
};

QByteArray settingsFile()
{
    QSettings().sync();
    QFile f(QSettings().fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class OpenDatabaseDialogTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }
    void init() { AppSettings::instance().reset(AppSettings::Key::RecentDatabases); }

    void choosingServerBuildsTheAddress()
    {
        Workspace workspace;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        QVERIFY(!dialog.serverChosen());
        QVERIFY(part<QWidget>(dialog, "filePathEdit")->isVisible());
        part<QRadioButton>(dialog, "serverRadio")->click();
        QVERIFY(dialog.serverChosen());
        QVERIFY(part<QWidget>(dialog, "hostEdit")->isVisible());
        QCOMPARE(part<QSpinBox>(dialog, "portSpin")->value(), 5432);
        part<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("db.nanning.example"));
        part<QLineEdit>(dialog, "databaseEdit")->setText(QStringLiteral("chamber"));
        part<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("binyang_clerk"));
        QCOMPARE(dialog.serverAddress()->display(), QStringLiteral("postgresql://binyang_clerk@db.nanning.example:5432/chamber"));
        part<QSpinBox>(dialog, "portSpin")->setValue(6543);
        auto *ssl = part<QComboBox>(dialog, "sslCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QCOMPARE(dialog.serverAddress()->display(),
                 QStringLiteral("postgresql://binyang_clerk@db.nanning.example:6543/chamber?sslmode=verify-full"));
        // A field left empty is said, not sent.
        part<QLineEdit>(dialog, "databaseEdit")->clear();
        QVERIFY(!dialog.serverAddress());
        clickOpen(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().contains(QStringLiteral("name of the database")));
    }

    void theRecentListHoldsFilesAndServers()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("county.sqlite"));
        QFile(file).open(QIODevice::WriteOnly);
        AppSettings::instance().addRecentDatabase(file);
        // A password in an address is dropped before it is remembered.
        AppSettings::instance().addRecentDatabase(QStringLiteral("postgresql://binyang_clerk:s3cret-Pw@db.nanning.example:6543/chamber?sslmode=require"));
        QCOMPARE(AppSettings::instance().recentDatabases(),
                 (QStringList{QStringLiteral("postgresql://binyang_clerk@db.nanning.example:6543/chamber?sslmode=require"), file}));
        QVERIFY(settingsFile().contains("db.nanning.example"));  // the file read is the one written
        QVERIFY(!settingsFile().contains("s3cret-Pw"));

        Workspace workspace;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        auto *recent = part<QListWidget>(dialog, "recentList");
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->text().contains(QStringLiteral("db.nanning.example")));
        QVERIFY(recent->item(1)->text().contains(QStringLiteral("county.sqlite")));
        // The server entry fills the server's fields …
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
        QVERIFY(dialog.serverChosen());
        QCOMPARE(part<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("db.nanning.example"));
        QCOMPARE(part<QSpinBox>(dialog, "portSpin")->value(), 6543);
        QCOMPARE(part<QLineEdit>(dialog, "databaseEdit")->text(), QStringLiteral("chamber"));
        QCOMPARE(part<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("binyang_clerk"));
        QCOMPARE(part<QComboBox>(dialog, "sslCombo")->currentData().toString(), QStringLiteral("require"));
        QCOMPARE(dialog.serverAddress()->display(), AppSettings::instance().recentDatabases().first());
        // … and the file entry the file's.
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(1)).center());
        QVERIFY(!dialog.serverChosen());
        QCOMPARE(dialog.filePath(), file);
        // The arrow keys go through them too.
        recent->setFocus();
        QTest::keyClick(recent, Qt::Key_Up);
        QVERIFY(dialog.serverChosen());

        // The File menu's 最近打开 lists the same, a server always offered, a file only while it is there.
        QFile::remove(file);
        QWidget window;
        FileActions actions(workspace, &window);
        const QList<QAction *> items = actions.recentMenu()->actions();
        QVERIFY(items.size() >= 2);
        QVERIFY(items.at(0)->text().contains(QStringLiteral("postgresql://binyang_clerk@db.nanning.example:6543/chamber")));
        QVERIFY(items.at(0)->isEnabled());
        QVERIFY(items.at(1)->text().contains(QStringLiteral("county.sqlite")));
        QVERIFY(!items.at(1)->isEnabled());
    }

    void thePasswordIsAskedOnlyWhenNoneIsStored()
    {
        Workspace workspace;
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile f(pgpass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# host:port:database:user:password\ndb.nanning.example:5432:chamber:binyang_clerk:from-file\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        NoStoredPassword none;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        dialog.choose(QStringLiteral("postgresql://binyang_clerk@db.nanning.example:5432/chamber"));
        auto *password = part<QLineEdit>(dialog, "passwordEdit");
        QVERIFY(dialog.asksPassword());
        QVERIFY(password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // A password file with a line for this address (mode 0600, as libpq wants it): not asked.
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        dialog.choose(QStringLiteral("postgresql://binyang_clerk@db.nanning.example:5432/chamber"));
        QVERIFY(!dialog.asksPassword());
        QVERIFY(!password->isVisible());
        dialog.choose(QStringLiteral("postgresql://qingxiu_clerk@db.nanning.example:5432/chamber"));  // another user: no line
        QVERIFY(dialog.asksPassword());
        // A file others may read is one libpq ignores.
        QFile(pgpass).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        dialog.choose(QStringLiteral("postgresql://binyang_clerk@db.nanning.example:5432/chamber"));
        QVERIFY(dialog.asksPassword());
        // PGPASSWORD: not asked.
        qputenv("PGPASSWORD", "from-environment");
        dialog.choose(QStringLiteral("postgresql://binyang_clerk@db.nanning.example:5432/chamber"));
        QVERIFY(!dialog.asksPassword());
    }

    void aRefusalKeepsTheDialogOpenAndNoPasswordIsStored()
    {
        NoStoredPassword none;
        Workspace workspace;
        QWidget window;
        FileActions actions(workspace, &window);
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        // Nothing listens on port 1: the server is "down".
        dialog.choose(QStringLiteral("postgresql://binyang_clerk@127.0.0.1:1/chamber"));
        part<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("s3cret-Pw"));
        clickOpen(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.message().contains(QStringLiteral("Cannot reach the database server at postgresql://binyang_clerk@127.0.0.1:1/chamber")),
                 qPrintable(dialog.message()));
        QVERIFY(part<QLabel>(dialog, "messageLabel")->isVisible());
        QVERIFY(!dialog.message().contains(QStringLiteral("s3cret-Pw")));
        QVERIFY(part<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());  // not kept after the attempt
        QVERIFY(!workspace.isOpen());
        QVERIFY(!settingsFile().contains("s3cret-Pw"));
        // A file that is not there: said in the dialog too.
        part<QRadioButton>(dialog, "fileRadio")->click();
        part<QLineEdit>(dialog, "filePathEdit")->setText(QStringLiteral("/nonexistent/county.sqlite"));
        clickOpen(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().contains(QStringLiteral("does not exist")));
    }

    void anotherProgramsOrANewerDatabaseIsRefusedInTheDialog()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        test::ServerDatabase newer;
        test::ServerDatabase other;
        {
            auto opened = Database::open(newer.address);
            QVERIFY(opened);
            QVERIFY(opened.value()->executeScript(QStringLiteral("UPDATE chamber_schema SET version = 99")));
            auto foreign = Database::open(other.address);
            QVERIFY(foreign);
            // Its tables, and a chamber_schema that is not ChamberDesk's.
            QVERIFY(foreign.value()->executeScript(QStringLiteral("UPDATE chamber_schema SET application = 'Invoices'")));
        }
        Workspace workspace;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        for (const auto &[address, expected] : {std::pair{newer.address, QStringLiteral("newer ChamberDesk (schema version 99")},
                                                std::pair{other.address, QStringLiteral("belongs to another program")}}) {
            dialog.choose(QStringLiteral("postgresql://localhost/") + address.section(QLatin1Char('/'), -1));
            clickOpen(dialog);
            QVERIFY(dialog.isVisible());
            QVERIFY2(dialog.message().contains(expected), qPrintable(dialog.message()));
            QVERIFY(!workspace.isOpen());
        }
    }

    void aServerOpensThroughTheDialog()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        test::ServerDatabase server;
        const QString address = server.login(QStringLiteral("dialog_clerk"), QStringLiteral("clerk"), QStringLiteral("450126"), QStringLiteral("Right-0ne"));
        const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
        const QString shown = QString(address).replace(QStringLiteral("@localhost/"), QStringLiteral("@localhost:%1/").arg(port));
        NoStoredPassword none;
        {
            Workspace workspace;
            QWidget window;
            FileActions actions(workspace, &window);
            OpenDatabaseDialog dialog(workspace);
            dialog.show();
            dialog.choose(shown);
            QVERIFY(dialog.asksPassword());
            part<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("Wrong-0ne"));
            clickOpen(dialog);
            QVERIFY(dialog.isVisible());
            QVERIFY2(dialog.message().contains(QStringLiteral("refused the user name or password")), qPrintable(dialog.message()));
            QVERIFY(!workspace.isOpen());
            part<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("Right-0ne"));
            clickOpen(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(workspace.isOpen());
            QCOMPARE(workspace.path(), shown);
            QCOMPARE(workspace.session().chambers().all()->size(), 1);  // a clerk of 宾阳县: its one chamber
            QCOMPARE(AppSettings::instance().recentDatabases().first(), shown);
            const QByteArray settings = settingsFile();
            QVERIFY(settings.contains(shown.toUtf8().mid(int(qstrlen("postgresql://")))));
            QVERIFY(!settings.contains("Right-0ne"));
            QVERIFY(!settings.contains("Wrong-0ne"));
        }
        // Another day: the recent entry opens it again (the password asked again, never kept).
        Workspace workspace;
        OpenDatabaseDialog dialog(workspace);
        dialog.show();
        auto *recent = part<QListWidget>(dialog, "recentList");
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
        QVERIFY(dialog.serverChosen());
        QVERIFY(part<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        part<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("Right-0ne"));
        clickOpen(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(workspace.path(), shown);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (test::onServer()) {
        if (const QString why = test::serverUnavailable(); !why.isEmpty()) {
            std::fprintf(stderr, "Skipped: no PostgreSQL server to test on (%s).\n", qPrintable(why));
            return test::kSkipped;
        }
    }
    OpenDatabaseDialogTests tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "OpenDatabaseDialogTests.moc"
