// SPDX-License-Identifier: GPL-3.0-or-later
// The import log: appended in the caller's transaction, read newest first, kept across migrations.
#include "ImportLogService.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace chamber;

namespace {
ImportLogEntry entry(const QString &file, char hashDigit, int created)
{
    ImportLogEntry e;
    e.fileName = file;
    e.fileSha256 = QString(64, QLatin1Char(hashDigit));
    e.sheet = QStringLiteral("台账");
    e.updatePolicy = QStringLiteral("fill_empty");
    e.records = created + 1;
    e.created = created;
    e.refused = 1;
    return e;
}
} // namespace

TEST_CASE("import log entries are kept with who, when, the file's hash and the counts")
{
    test::TempDatabase temp;
    ImportLogService log(*temp.db);
    auto first = log.record(entry(QStringLiteral("2024台账.csv"), 'a', 9));
    REQUIRE(first.ok());
    ImportLogEntry later = entry(QStringLiteral("2025台账.xlsx"), 'b', 3);
    later.at = QDateTime::currentDateTimeUtc().addSecs(60);
    later.actor = QStringLiteral("录入员");
    REQUIRE(log.record(later).ok());

    const auto all = log.list();
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].fileName == QStringLiteral("2025台账.xlsx"));  // newest first
    CHECK((*all)[0].actor == QStringLiteral("录入员"));
    CHECK((*all)[1].actor == Database::actor());  // filled in when not given
    CHECK((*all)[1].id == first.value());
    CHECK((*all)[1].records == 10);
    CHECK((*all)[1].created == 9);
    CHECK((*all)[1].refused == 1);
    CHECK((*all)[1].updatePolicy == QStringLiteral("fill_empty"));
    CHECK(log.list(1)->size() == 1);
    CHECK(log.lastWithHash(QString(64, QLatin1Char('a'))).value()->fileName == QStringLiteral("2024台账.csv"));
    CHECK_FALSE(log.lastWithHash(QString(64, QLatin1Char('c')))->has_value());

    // A malformed entry is refused and nothing is written.
    ImportLogEntry bad = entry(QStringLiteral("x.csv"), 'a', 1);
    bad.fileSha256 = QStringLiteral("not a hash");
    CHECK_FALSE(log.record(bad).ok());
    bad = entry(QStringLiteral("x.csv"), 'a', 1);
    bad.updatePolicy = QStringLiteral("merge");
    CHECK_FALSE(log.record(bad).ok());
    CHECK(log.list()->size() == 2);
}

TEST_CASE("an import log entry written inside a rolled-back transaction is gone with it")
{
    test::TempDatabase temp;
    {
        Transaction outer(*temp.db);
        REQUIRE(ImportLogService(*temp.db).record(entry(QStringLiteral("a.csv"), 'a', 1)).ok());
    }
    CHECK(ImportLogService(*temp.db).list()->isEmpty());
}

TEST_CASE("the import log of a version 4 file survives migration to the latest version", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QFile f(QStringLiteral(CHAMBER_FIXTURE_DIR "/schema-v4.sql"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (QString statement : QString::fromUtf8(f.readAll()).split(QStringLiteral(";\n"))) {
            QStringList lines;
            for (const auto &line : statement.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    lines.append(line);
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (!statement.isEmpty())
                REQUIRE(q.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    const auto log = ImportLogService(*opened.value()).list();
    REQUIRE(log->size() == 1);
    CHECK((*log)[0].fileName == QStringLiteral("宾阳县商会台账-两会.csv"));
    CHECK((*log)[0].actor == QStringLiteral("录入员"));
    CHECK((*log)[0].at == QDateTime(QDate(2026, 11, 25), QTime(17, 40), Qt::UTC));
    CHECK((*log)[0].created == 2);
}
