// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl import ledger / export ledger, run as a clerk would.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

const QString kCsv = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv");
const QString kXlsx = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.xlsx");

QString data(const QString &name)
{
    return QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/") + name;
}

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    County()
    {
        const auto init = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")});
        REQUIRE(init.exitCode == 0);
    }
    QByteArray bytes() const { return test::readFile(db); }
    QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
};

nlohmann::json importJson(County &county, const QStringList &args)
{
    const auto run = runCliDb(county.db, QStringList{QStringLiteral("import"), QStringLiteral("ledger")} + args
                                             + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.json();
}

} // namespace

TEST_CASE("import ledger --dry-run shows the plan and writes nothing")
{
    County county;
    const QByteArray before = county.bytes();
    const auto j = importJson(county, {kCsv, QStringLiteral("--dry-run")});
    CHECK(j["dry_run"] == true);
    CHECK(j["counts"]["create"] == 11);
    CHECK(j["counts"]["not_records"] == 2);
    CHECK(j["encoding"] == "GB18030");
    CHECK(j["header_row"] == 2);
    CHECK(j["year"] == 2025);
    CHECK_FALSE(j.contains("log_id"));
    CHECK(county.bytes() == before);
    CHECK_FALSE(QFile::exists(county.db + QStringLiteral("-wal")));

    const auto table = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), kXlsx, QStringLiteral("--dry-run")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(county.bytes() == before);
}

TEST_CASE("import ledger takes in the sample once - the second time nothing changes")
{
    County county;
    const auto first = importJson(county, {kXlsx});
    CHECK(first["counts"]["create"] == 11);
    CHECK(first["log_id"] == 1);
    const auto row3 = first["rows"][0];
    CHECK(row3["row"] == 3);
    CHECK(row3["action"] == "create");
    CHECK(row3["name"] == "宾阳县宾州镇商会");
    CHECK(row3["township_code"] == "450126100");
    const auto second = importJson(county, {kCsv});
    CHECK(second["counts"]["unchanged"] == 11);
    CHECK(second["counts"]["create"] == 0);
    const auto list = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(list.json().size() == 11);
    const auto again = importJson(county, {kCsv, QStringLiteral("--dry-run")});
    CHECK(again.contains("imported_before"));
}

TEST_CASE("files that are not ledgers are refused with a clear Chinese message, the database unchanged")
{
    County county;
    const QByteArray before = county.bytes();
    struct Case
    {
        QString path;
        QString says;
    };
    const Case cases[] = {
        {county.file(QStringLiteral("照片.xlsx"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1", 20)), QStringLiteral("图片")},
        {county.file(QStringLiteral("nothing.csv"), {}), QStringLiteral("是空的")},
        {data(QStringLiteral("ledger-big5.csv")), QStringLiteral("编码")},
        {data(QStringLiteral("no-header.csv")), QStringLiteral("表头")},
        {county.file(QStringLiteral("坏.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(64, '\x07')), QStringLiteral("工作簿")},
    };
    for (const auto &c : cases) {
        INFO(c.path.toStdString());
        const auto run = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), c.path}, QStringLiteral("zh_CN"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
        CHECK(county.bytes() == before);
    }
}

TEST_CASE("import ledger holds back a bad credit code as an item to verify, listed and resolved by verify")
{
    County county;
    // messy-ledger.csv row 8: 陈平镇 registered with 51450126MJ3016613Q, whose check character should be P.
    const auto j = importJson(county, {data(QStringLiteral("messy-ledger.csv"))});
    CHECK(j["counts"]["create"] == 4);
    CHECK(j["counts"]["refuse"] == 0);
    CHECK(j["counts"]["held_back"] == 1);
    bool heldBack = false;
    for (const auto &p : j["rows"][3]["problems"])
        heldBack = heldBack
                   || (p["column"] == "K" && p.value("verify", std::string()) == "held_back"
                       && p.value("expected", std::string()).find("51450126MJ3016613P") != std::string::npos);
    CHECK(heldBack);

    auto list = [&]() {
        const auto run = runCliDb(county.db, {QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(run.exitCode == 0);
        return run.json();
    };
    auto items = list();
    REQUIRE(items.size() == 1);
    CHECK(items[0]["chamber"] == "宾阳县陈平镇商会");
    CHECK(items[0]["field"] == "credit_code");
    CHECK(items[0]["value"] == "51450126MJ3016613Q");
    CHECK(items[0]["row"] == 8);
    CHECK(items[0]["source_file"] == "messy-ledger.csv");
    CHECK(items[0]["can_use_value"] == false);
    const auto stats = runCliDb(county.db, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    CHECK(stats["verification"]["open"] == 1);

    // The same ledger again adds no second item.
    importJson(county, {data(QStringLiteral("messy-ledger.csv"))});
    CHECK(list().size() == 1);

    const QString id = QString::number(items[0]["id"].get<int>());
    CHECK(runCliDb(county.db, {QStringLiteral("verify"), QStringLiteral("resolve"), id}).exitCode == 2);
    CHECK(runCliDb(county.db, {QStringLiteral("verify"), QStringLiteral("resolve"), id, QStringLiteral("--dismiss")}).exitCode != 0);
    CHECK(runCliDb(county.db, {QStringLiteral("verify"), QStringLiteral("resolve"), id, QStringLiteral("--dismiss"), QStringLiteral("--reason"),
                               QStringLiteral("登记证上的代码以民政局为准，另行核对")})
              .exitCode == 0);
    CHECK(list().empty());
    const auto all = runCliDb(county.db, {QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                                          QStringLiteral("json")})
                         .json();
    REQUIRE(all.size() == 1);
    CHECK(all[0]["resolution"] == "dismissed");
}

TEST_CASE("import ledger --rejects writes the rows without a usable chamber, under the ledger's title, with why")
{
    County county;
    const QString ledger = county.file(QStringLiteral("台账.csv"), QStringLiteral("宾阳县商会台账（2025年）\n序号,乡镇,商会名称,年度调解案件数\n"
                                                                                   "1,宾州镇,宾阳县宾州镇商会,5\n2,甘堂镇,宾阳县甘棠镇商会,7\n")
                                                                        .toUtf8());
    const QString rejects = county.dir.filePath(QStringLiteral("refused.csv"));
    const auto j = importJson(county, {ledger, QStringLiteral("--rejects"), rejects});
    CHECK(j["counts"]["create"] == 1);
    CHECK(j["counts"]["refuse"] == 1);
    const QString written = QString::fromUtf8(test::readFile(rejects).mid(3));
    const QStringList lines = written.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("宾阳县商会台账（2025年）")));
    CHECK(lines[1].endsWith(QStringLiteral("问题")));
    CHECK(lines[2].startsWith(QStringLiteral("2,甘堂镇,宾阳县甘棠镇商会,7,")));
    // Corrected, the row comes back with its count of 2025.
    county.file(QStringLiteral("refused.csv"), test::readFile(rejects).replace(QStringLiteral("2,甘堂镇").toUtf8(), QStringLiteral("2,甘棠镇").toUtf8()));
    const auto again = importJson(county, {rejects});
    CHECK(again["counts"]["create"] == 1);
    CHECK(again["year"] == 2025);
    CHECK(again["rows"][0]["changes"].dump().find("2025") != std::string::npos);
}

TEST_CASE("a saved mapping is edited and used again")
{
    County county;
    const QString mapping = county.dir.filePath(QStringLiteral("mapping.json"));
    importJson(county, {data(QStringLiteral("messy-ledger.csv")), QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), mapping});
    QByteArray json = test::readFile(mapping);
    REQUIRE(json.contains("\"片区\""));
    // The clerk decides 片区 is where the chamber has its office.
    json.replace("\"field\": null,\n            \"header\": \"片区\"", "\"field\": \"premises\",\n            \"header\": \"片区\"");
    REQUIRE(json.contains("\"premises\""));
    county.file(QStringLiteral("mapping.json"), json);
    const auto j = importJson(county, {data(QStringLiteral("messy-ledger.csv")), QStringLiteral("--mapping"), mapping});
    CHECK(j["counts"]["create"] == 4);
    const auto show = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("show"), QStringLiteral("宾阳县宾州镇商会"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(show.json()["premises"] == "城区");
}

TEST_CASE("export ledger writes CSV and XLSX that import ledger reads back")
{
    County county;
    importJson(county, {kCsv});
    for (const auto &name : {QStringLiteral("台账.xlsx"), QStringLiteral("台账.csv")}) {
        const QString out = county.dir.filePath(name);
        const auto exported = runCliDb(county.db, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), out});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(importJson(county, {out, QStringLiteral("--dry-run")})["counts"]["unchanged"] == 11);
        County fresh;
        CHECK(importJson(fresh, {out})["counts"]["create"] == 11);
    }
    const auto bad = runCliDb(county.db, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), county.dir.filePath(QStringLiteral("x.txt"))});
    CHECK(bad.exitCode == 1);
}

namespace {

// Each of the sample's 11 chambers as `chamber show --format json` prints it, one after another.
QString showAll(County &county)
{
    QString out;
    const auto list = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const auto chambers = list.json();
    REQUIRE(chambers.size() == 11);
    for (const auto &c : chambers) {
        const auto show = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("show"), QString::fromStdString(c["name"].get<std::string>()),
                                               QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(show.exitCode == 0);
        out += show.out;
    }
    return out;
}

} // namespace

TEST_CASE("the sample as .xls, .ods and .et (LibreOffice-made) imports byte for byte as the CSV does")
{
    County fromCsv;
    importJson(fromCsv, {kCsv});
    const QString expected = showAll(fromCsv);
    REQUIRE(expected.size() > 1000);
    County scratch;
    const QString et = scratch.file(QStringLiteral("台账.et"), test::readFile(data(QStringLiteral("binyang-ledger-2025.xls"))));
    for (const auto &path : {data(QStringLiteral("binyang-ledger-2025.xls")), data(QStringLiteral("binyang-ledger-2025.ods")), et, kXlsx}) {
        INFO(path.toStdString());
        County county;
        const auto j = importJson(county, {path});
        CHECK(j["counts"]["create"] == 11);
        CHECK(showAll(county) == expected);
    }
}

TEST_CASE("a merged two-row header and merged townships give the same plan in .xlsx, .xls and .ods")
{
    County county;
    std::optional<nlohmann::json> first;
    for (const auto &name : {QStringLiteral("merged-ledger.xlsx"), QStringLiteral("merged-ledger.xls"), QStringLiteral("merged-ledger.ods")}) {
        INFO(name.toStdString());
        auto j = importJson(county, {data(name), QStringLiteral("--dry-run")});
        // Hand-read from merged-ledger.fods: the third sheet, header rows 2–3, three chambers,
        // the second in 宾州镇 by the merged township cell; 会员数 over 总数 | 其中企业会员.
        CHECK(j["sheet"] == "台账");
        CHECK(j["header_row"] == 2);
        CHECK(j["counts"]["create"] == 3);
        CHECK(j["counts"]["not_records"] == 2);  // the title and the totals
        REQUIRE(j["rows"].size() == 3);
        CHECK(j["rows"][1]["row"] == 5);
        CHECK(j["rows"][1]["name"] == "宾阳县宾州镇城东商会");
        CHECK(j["rows"][1]["township_code"] == "450126100");
        CHECK(j["columns"][6]["field"] == "unit_members");
        for (const auto *key : {"file", "sha256"})
            j.erase(key);
        if (!first)
            first = j;
        else
            CHECK(j == *first);
    }
    // The hidden sheet is passed over, but can be asked for by number (its one chamber names no
    // township, so it is refused: the plan still shows the sheet read).
    const auto hiddenRun = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), data(QStringLiteral("merged-ledger.xls")), QStringLiteral("--sheet"),
                                                QStringLiteral("2"), QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    const auto hidden = hiddenRun.json();
    CHECK(hidden["sheet"] == "旧台账");
    REQUIRE(hidden["rows"].size() == 1);
    CHECK(hidden["rows"][0]["name"] == "宾阳县旧城商会");
    // Imported, the fields are those of the file (dates counted from 1904 in the .xls).
    importJson(county, {data(QStringLiteral("merged-ledger.xls"))});
    const auto show = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("show"), QStringLiteral("宾阳县宾州镇城东商会"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    const auto c = show.json();
    CHECK(c["founded"] == "2015-03-08");
    CHECK(c["unit_members"] == 12);
    CHECK(c["individual_members"] == 18);
}

TEST_CASE("password-protected, damaged and not-workbook files are refused saying which, the database unchanged")
{
    County county;
    const QByteArray before = county.bytes();
    const QByteArray xls = test::readFile(data(QStringLiteral("merged-ledger.xls")));
    const QByteArray ods = test::readFile(data(QStringLiteral("merged-ledger.ods")));
    struct Case
    {
        QString path;
        QString says;
    };
    const Case cases[] = {
        {data(QStringLiteral("encrypted-ledger.xls")), QStringLiteral("密码")},
        {data(QStringLiteral("encrypted-ledger.ods")), QStringLiteral("密码")},
        {county.file(QStringLiteral("半截.xls"), xls.left(xls.size() / 2)), QStringLiteral("损坏")},
        {county.file(QStringLiteral("半截.ods"), ods.left(ods.size() / 2)), QStringLiteral("损坏")},
        {county.file(QStringLiteral("假.xls"), QByteArray("序号\t商会名称")), QStringLiteral("不是")},
        {county.file(QStringLiteral("假.ods"), QByteArray("not a spreadsheet")), QStringLiteral("不是")},
    };
    for (const auto &c : cases) {
        INFO(c.path.toStdString());
        const auto run = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), c.path}, QStringLiteral("zh_CN"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
        CHECK(county.bytes() == before);
    }
}

TEST_CASE("export ledger --format ods writes an ODS whatever the name - import reads it back")
{
    County county;
    importJson(county, {kCsv});
    // What the ODS gives back is compared with what the XLSX export gives back (a month-only
    // date read from the CSV becomes a full date in any export: the history's note differs).
    const QString xlsx = county.dir.filePath(QStringLiteral("台账.xlsx"));
    REQUIRE(runCliDb(county.db, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), xlsx}).exitCode == 0);
    County fromXlsx;
    importJson(fromXlsx, {xlsx});
    const QString expected = showAll(fromXlsx);
    const QString out = county.dir.filePath(QStringLiteral("台账.ods"));
    const QString named = county.dir.filePath(QStringLiteral("台账-导出"));
    for (const auto &args : {QStringList{QStringLiteral("--out"), out}, QStringList{QStringLiteral("--out"), named, QStringLiteral("--format"), QStringLiteral("ods")}}) {
        const auto exported = runCliDb(county.db, QStringList{QStringLiteral("export"), QStringLiteral("ledger")} + args);
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
    }
    for (const auto &path : {out, named}) {
        const QByteArray bytes = test::readFile(path);
        CHECK(bytes.mid(30, 8) == "mimetype");
        CHECK(importJson(county, {path, QStringLiteral("--dry-run")})["counts"]["unchanged"] == 11);
        County fresh;
        CHECK(importJson(fresh, {path})["counts"]["create"] == 11);
        CHECK(showAll(fresh) == expected);
    }
    const auto bad = runCliDb(county.db, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("import ledger options are checked before anything is read")
{
    County county;
    auto run = [&](const QStringList &args) {
        return runCliDb(county.db, QStringList{QStringLiteral("import"), QStringLiteral("ledger"), kXlsx} + args).exitCode;
    };
    CHECK(run({QStringLiteral("--update"), QStringLiteral("merge")}) == 2);
    CHECK(run({QStringLiteral("--encoding"), QStringLiteral("big5")}) == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("xml")}) == 2);
    CHECK(run({QStringLiteral("--sheet"), QStringLiteral("3")}) == 1);
    CHECK(runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger")}).exitCode == 2);
    CHECK(run({QStringLiteral("--update"), QStringLiteral("fill-empty"), QStringLiteral("--dry-run")}) == 0);
}
