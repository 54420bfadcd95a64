// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl history, history undo and import undo, run as a clerk would: an import taken back
// leaves the records exactly as they were before it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

const QString kCsv = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv");

// Every record of every table, row by row, except the log itself (the change log and the import
// log only grow) and the bookkeeping a write moves on (updated_at, row_version).
QStringList dump(const QString &path)
{
    QStringList out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                           "AND name NOT IN ('change_log', 'import_log') ORDER BY name")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT rowid AS rowid_, * FROM %1 ORDER BY rowid").arg(table)));
            while (q.next()) {
                const QSqlRecord r = q.record();
                QStringList cells{table};
                for (int i = 0; i < r.count(); ++i) {
                    if (r.fieldName(i) == QStringLiteral("updated_at") || r.fieldName(i) == QStringLiteral("row_version"))
                        continue;
                    cells.append(r.fieldName(i) + QLatin1Char('=') + (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString()));
                }
                out.append(cells.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    County()
    {
        REQUIRE(runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")}).exitCode == 0);
    }
    test::CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en")) const { return runCliDb(db, args, lang); }
    void import(const QStringList &extra = {}) const
    {
        const auto r = run(QStringList{QStringLiteral("import"), QStringLiteral("ledger"), kCsv} + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    nlohmann::json show(const QString &name) const
    {
        const auto r = run({QStringLiteral("chamber"), QStringLiteral("show"), name, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
};

const QString kBinzhou = QStringLiteral("宾阳县宾州镇商会");

} // namespace

TEST_CASE("import undo takes a fresh import back to the records exactly as they were")
{
    County county;
    REQUIRE(county.run({QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("古辣镇"),
                        QStringLiteral("--name"), QStringLiteral("宾阳县古辣镇商会"), QStringLiteral("--president"), QStringLiteral("覃明")})
                .exitCode
            == 0);
    const QStringList before = dump(county.db);
    county.import();
    REQUIRE(dump(county.db) != before);
    const auto undone = county.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(dump(county.db) == before);
    // Once only.
    const auto again = county.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already undone")));
    CHECK(dump(county.db) == before);
}

TEST_CASE("import undo of an overwrite puts back the values it replaced, and is refused while a record changed since")
{
    County county;
    county.import();
    // A clerk corrects the president; a second import of the same ledger overwrites it again.
    REQUIRE(county.run({QStringLiteral("chamber"), QStringLiteral("edit"), kBinzhou, QStringLiteral("--president"), QStringLiteral("张三")}).exitCode == 0);
    const QStringList edited = dump(county.db);
    // The first import cannot be undone: one of its chambers was changed since.
    const auto refused = county.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("changed since")));
    CHECK(dump(county.db) == edited);

    county.import({QStringLiteral("--update"), QStringLiteral("overwrite")});
    CHECK(county.show(kBinzhou)["president"] == "韦春梅");
    // The import's change is in the history with the value it replaced.
    const auto history = county.run({QStringLiteral("history"), QStringLiteral("--import"), QStringLiteral("2"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    REQUIRE(history.exitCode == 0);
    bool found = false;
    for (const auto &line : history.json())
        if (line["entity"] == "chamber" && line["before"].is_object() && line["before"].value("president", "") == "张三") {
            CHECK(line["after"]["president"] == "韦春梅");
            found = true;
        }
    CHECK(found);

    const auto undone = county.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("2")});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(county.show(kBinzhou)["president"] == "张三");
    CHECK(dump(county.db) == edited);
}

TEST_CASE("history lists a change with its values before and after, and history undo reverts it once")
{
    County county;
    county.import();
    REQUIRE(county.run({QStringLiteral("chamber"), QStringLiteral("edit"), kBinzhou, QStringLiteral("--president"), QStringLiteral("张三")}).exitCode == 0);
    const qint64 id = county.show(kBinzhou)["id"].get<qint64>();
    const auto history = county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("chamber"), QStringLiteral("--id"),
                                     QString::number(id), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(history.exitCode == 0);
    const auto lines = history.json();
    REQUIRE(lines.size() == 2);  // imported, then edited (newest first)
    CHECK(lines[0]["action"] == "update");
    CHECK(lines[0]["before"] == nlohmann::json{{"president", "韦春梅"}});
    CHECK(lines[0]["after"] == nlohmann::json{{"president", "张三"}});
    CHECK(lines[1]["action"] == "add");
    CHECK(lines[1]["after"]["president"] == "韦春梅");  // as created
    CHECK(lines[1]["uid"].get<std::string>().size() == 36);

    const QString change = QString::number(lines[0]["id"].get<qint64>());
    const auto undone = county.run({QStringLiteral("history"), QStringLiteral("undo"), change}, QStringLiteral("zh_CN"));
    REQUIRE(undone.exitCode == 0);
    CHECK(county.show(kBinzhou)["president"] == "韦春梅");
    const QStringList after = dump(county.db);
    const auto twice = county.run({QStringLiteral("history"), QStringLiteral("undo"), change}, QStringLiteral("zh_CN"));
    CHECK(twice.exitCode == 1);
    CHECK_FALSE(twice.err.isEmpty());
    CHECK(dump(county.db) == after);
    // The table view names the field and both values.
    const auto table = county.run({QStringLiteral("history"), QStringLiteral("--chamber"), QString::number(id), QStringLiteral("--limit"),
                                   QStringLiteral("2")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("张三")));
    CHECK(table.out.contains(QStringLiteral("韦春梅")));
}

TEST_CASE("history shows values as clerks read them: yuan, names instead of stored keys, statuses in Chinese")
{
    County county;
    county.import();
    const QString chamber = QString::number(county.show(kBinzhou)["id"].get<qint64>());
    REQUIRE(county.run({QStringLiteral("mediation"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--chamber"), chamber,
                        QStringLiteral("--received"), QStringLiteral("2024-03-04"), QStringLiteral("--applicant"), QStringLiteral("宾阳县宏达建材有限公司"),
                        QStringLiteral("--respondent"), QStringLiteral("韦某某"), QStringLiteral("--type"), QStringLiteral("债务纠纷"),
                        QStringLiteral("--source"), QStringLiteral("法院委托"), QStringLiteral("--amount"), QStringLiteral("8.65万")})
                .exitCode == 0);
    REQUIRE(county.run({QStringLiteral("mediation"), QStringLiteral("case"), QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("--to"),
                        QStringLiteral("mediating"), QStringLiteral("--date"), QStringLiteral("2024-03-06")})
                .exitCode == 0);
    const auto r = county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("mediation_case"), QStringLiteral("--id"),
                               QStringLiteral("1")},
                              QStringLiteral("zh_CN"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // 8.65万 is 8,650,000 fen: shown in yuan; the stored keys (debt, court_entrustment, received,
    // mediating) by their names, the status change named as the status it moved to.
    CHECK(r.out.contains(QStringLiteral("86500 元")));
    CHECK(r.out.contains(QStringLiteral("债务纠纷")));
    CHECK(r.out.contains(QStringLiteral("法院委托")));
    CHECK(r.out.contains(QStringLiteral("调解中")));
    CHECK(r.out.contains(QStringLiteral("受理")));
    for (const char *raw : {"8650000", "debt", "court_entrustment", "mediating", "received"})
        CHECK_FALSE(r.out.contains(QString::fromLatin1(raw)));
    // The JSON keeps what is stored, for scripts.
    const auto json = county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("mediation_case"), QStringLiteral("--id"),
                                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json()[0]["action"] == "mediating");
}

TEST_CASE("issue 16: one record of the chambers an import added together is undone with --record, never all of them by mistake")
{
    County county;
    county.import();
    const qint64 id = county.show(kBinzhou)["id"].get<qint64>();
    const auto history = county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("chamber"), QStringLiteral("--id"),
                                     QString::number(id), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(history.exitCode == 0);
    const auto lines = history.json();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["action"] == "add");
    CHECK(lines[0]["entity_id"] == id);
    CHECK(lines[0]["after"]["name"] == kBinzhou.toStdString());
    const QString change = QString::number(lines[0]["id"].get<qint64>());
    // The table says how to undo one of the rows that share a number, and only when rows do.
    const QString hint = QStringLiteral("--record NUMBER");
    CHECK(county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("chamber")}).out.contains(hint));
    CHECK_FALSE(county.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("chamber"), QStringLiteral("--id"), QString::number(id)})
                    .out.contains(hint));
    const QStringList before = dump(county.db);
    // The import's chambers share the change's number: without a record the undo is refused, in Chinese.
    const auto whole = county.run({QStringLiteral("history"), QStringLiteral("undo"), change}, QStringLiteral("zh_CN"));
    CHECK(whole.exitCode == 1);
    CHECK(whole.err.contains(QStringLiteral("--record")));
    CHECK(whole.err.contains(QStringLiteral("请指明撤销哪一条")));
    CHECK(dump(county.db) == before);
    const auto wrong = county.run({QStringLiteral("history"), QStringLiteral("undo"), change, QStringLiteral("--record"), QStringLiteral("abc")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("--record expects a whole number")));
    CHECK(dump(county.db) == before);
    // Binzhou's chamber has records of its own from the ledger: the undo of the chamber is refused
    // while they are there, and nothing is written.
    const auto refused = county.run({QStringLiteral("history"), QStringLiteral("undo"), change, QStringLiteral("--record"), QString::number(id)});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("belong to it")));
    CHECK(dump(county.db) == before);
    // Its own records first, each by its change and number, then the chamber alone.
    const auto own = county.run({QStringLiteral("history"), QStringLiteral("--chamber"), QString::number(id), QStringLiteral("--limit"),
                                 QStringLiteral("-1"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(own.exitCode == 0);
    int children = 0;
    for (const auto &line : own.json()) {
        if (line["entity"] == "chamber")
            continue;
        REQUIRE(line["action"] == "add");
        const auto undone = county.run({QStringLiteral("history"), QStringLiteral("undo"), QString::number(line["id"].get<qint64>()),
                                        QStringLiteral("--record"), QString::number(line["entity_id"].get<qint64>())});
        INFO(undone.err.toStdString());
        REQUIRE(undone.exitCode == 0);
        ++children;
    }
    REQUIRE(children > 0);
    const auto one = county.run({QStringLiteral("history"), QStringLiteral("undo"), change, QStringLiteral("--record"), QString::number(id)});
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    CHECK(county.run({QStringLiteral("chamber"), QStringLiteral("show"), kBinzhou}).exitCode == 1);
    // Exactly the chamber and its own records went: every other chamber of the import stays.
    const QStringList after = dump(county.db);
    CHECK(after.size() == before.size() - 1 - children);
    for (const QString &row : after)
        CHECK(before.contains(row));
}
