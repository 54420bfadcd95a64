// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: registration correct|delete, mediation case correct|delete and import log, run as a
// clerk would; refusals leave the file byte for byte as it was.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>

using namespace chamber;
using chamber::test::CliRun;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out.append(QString::fromUtf8(w));
    return out;
}

// 宾阳县黎塘镇商会 (number 1, founded 2011-10-10): preparing 2015-03-01, registered 2016-09-01,
// deregistered 2023-03-01.
struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    explicit County(bool withChamber = true)
    {
        ok(args({"init", "--scope", "450126"}));
        if (!withChamber)
            return;
        ok(args({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10"}));
        ok(args({"registration", "set", "--chamber", "1", "--status", "preparing", "--date", "2015-03-01"}));
        ok(args({"registration", "set", "--chamber", "1", "--status", "registered", "--date", "2016-09-01", "--credit-code",
                 "51450126MJ3016613P"}));
        ok(args({"registration", "set", "--chamber", "1", "--status", "deregistered", "--date", "2023-03-01"}));
    }
    CliRun ok(const QStringList &words) const
    {
        const auto r = test::runCliDb(db, words);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    // Must be refused (exit 1) without changing the file; returns the messages.
    QString refused(const QStringList &words, const QString &lang = QStringLiteral("en")) const
    {
        const QByteArray before = test::readFile(db);
        const auto r = test::runCliDb(db, words, lang);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(test::readFile(db) == before);
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
        return r.err;
    }
    nlohmann::json history() const { return ok(args({"registration", "history", "--chamber", "1", "--format", "json"})).json(); }
    QString entry(int index) const { return QString::number(history()[index]["id"].get<qint64>()); }
};

} // namespace

TEST_CASE("registration correct and delete: refusals leave the file unchanged, corrections follow")
{
    County c;
    const QString preparing = c.entry(0), registered = c.entry(1), deregistered = c.entry(2);
    const QString reg = QStringLiteral("registration");

    // Deleting the registration under the later deregistration: refused, in Chinese for a Chinese clerk.
    const QString zh = c.refused({reg, QStringLiteral("delete"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"),
                                  registered, QStringLiteral("--reason"), QStringLiteral("录错了")},
                                 QStringLiteral("zh_CN"));
    CHECK(zh.contains(QStringLiteral("注销")));
    CHECK_FALSE(zh.contains(QStringLiteral("deregistered")));
    // A deregistration moved before the registration.
    c.refused({reg, QStringLiteral("correct"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"), deregistered,
               QStringLiteral("--date"), QStringLiteral("2016-01-01"), QStringLiteral("--reason"), QStringLiteral("日期有误")});
    // No reason.
    const QString noReason = c.refused({reg, QStringLiteral("correct"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"),
                                        registered, QStringLiteral("--date"), QStringLiteral("2016-10-01")});
    CHECK(noReason.contains(QStringLiteral("reason")));
    // Before the chamber was founded: a doubtful date (as in a ledger import), taken with a warning.
    const auto early = c.ok({reg, QStringLiteral("correct"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"), preparing,
                             QStringLiteral("--date"), QStringLiteral("2010-01-01"), QStringLiteral("--reason"), QStringLiteral("日期")});
    CHECK(QString(early.out + early.err).contains(QStringLiteral("before the chamber was founded")));
    CHECK(c.history()[0]["date"] == "2010-01-01");
    // A wrong check character in the credit code.
    c.refused({reg, QStringLiteral("correct"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"), registered,
               QStringLiteral("--credit-code"), QStringLiteral("51450126MJ3016613X"), QStringLiteral("--reason"), QStringLiteral("代码")});
    // An entry of another chamber, or none.
    c.ok(args({"chamber", "add", "--township", "宾州镇", "--name", "宾阳县宾州镇商会", "--founded", "2012-07-01"}));
    c.refused({reg, QStringLiteral("delete"), QStringLiteral("--chamber"), QStringLiteral("2"), QStringLiteral("--entry"), preparing,
               QStringLiteral("--reason"), QStringLiteral("误录")});
    c.refused({reg, QStringLiteral("delete"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"), QStringLiteral("99"),
               QStringLiteral("--reason"), QStringLiteral("误录")});

    // The certificate is dated 2016-10-01.
    const auto corrected = c.ok({reg, QStringLiteral("correct"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"),
                                 registered, QStringLiteral("--date"), QStringLiteral("2016-10-01"), QStringLiteral("--reason"),
                                 QStringLiteral("登记证书日期为2016-10-01")});
    CHECK(corrected.out.contains(QStringLiteral("2016-09-01")));
    CHECK(corrected.out.contains(QStringLiteral("2016-10-01")));
    auto h = c.history();
    REQUIRE(h.size() == 3);
    CHECK(h[1]["date"] == "2016-10-01");
    CHECK(h[1]["credit_code"] == "51450126MJ3016613P");

    // The deregistration was entered against the wrong chamber: delete it.
    c.ok({reg, QStringLiteral("delete"), QStringLiteral("--chamber"), QStringLiteral("1"), QStringLiteral("--entry"), deregistered,
          QStringLiteral("--reason"), QStringLiteral("注销的是另一商会")});
    h = c.history();
    REQUIRE(h.size() == 2);
    CHECK(h[1]["status"] == "registered");
    // The table shows the entry numbers the commands take.
    const auto table = c.ok(args({"registration", "history", "--chamber", "1"}));
    CHECK(table.out.contains(QStringLiteral("Entry")));
}

TEST_CASE("mediation case correct and delete: the lifecycle holds over the whole history")
{
    County c;
    c.ok(args({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "宾阳县黎塘镇永福农资店", "--respondent",
               "覃某", "--type", "debt"}));
    c.ok(args({"mediation", "case", "status", "1", "--to", "mediating", "--date", "2024-03-05"}));
    c.ok(args({"mediation", "case", "status", "1", "--to", "settled", "--date", "2024-03-20", "--agreed-amount", "8000"}));
    auto shown = c.ok(args({"mediation", "case", "show", "1", "--format", "json"})).json();
    REQUIRE(shown["history"].size() == 3);  // received, mediating, settled
    const QString mediating = QString::number(shown["history"][1]["id"].get<qint64>());
    const QString settled = QString::number(shown["history"][2]["id"].get<qint64>());
    const QString mc = QStringLiteral("mediation");
    const QString kase = QStringLiteral("case");

    // received → settled without mediating: the lifecycle forbids it.
    c.refused({mc, kase, QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--entry"), mediating, QStringLiteral("--reason"),
               QStringLiteral("误录")});
    // Settled before it was received.
    c.refused({mc, kase, QStringLiteral("correct"), QStringLiteral("1"), QStringLiteral("--entry"), settled, QStringLiteral("--date"),
               QStringLiteral("2024-03-01"), QStringLiteral("--reason"), QStringLiteral("日期")});
    // Back to received is no status change.
    c.refused({mc, kase, QStringLiteral("correct"), QStringLiteral("1"), QStringLiteral("--entry"), mediating, QStringLiteral("--to"),
               QStringLiteral("received"), QStringLiteral("--reason"), QStringLiteral("状态")});

    // It failed, on 2024-03-22: the case follows, the agreed amount goes.
    c.ok({mc, kase, QStringLiteral("correct"), QStringLiteral("1"), QStringLiteral("--entry"), settled, QStringLiteral("--to"),
          QStringLiteral("failed"), QStringLiteral("--date"), QStringLiteral("2024-03-22"), QStringLiteral("--reason"), QStringLiteral("实为调解不成")});
    shown = c.ok(args({"mediation", "case", "show", "1", "--format", "json"})).json();
    CHECK(shown["status"] == "failed");
    CHECK(shown["closed_on"] == "2024-03-22");
    CHECK(shown["agreed_amount_fen"].is_null());

    // Not closed after all: delete the closing change.
    c.ok({mc, kase, QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--entry"), settled, QStringLiteral("--reason"),
          QStringLiteral("尚未结案")});
    shown = c.ok(args({"mediation", "case", "show", "1", "--format", "json"})).json();
    CHECK(shown["status"] == "mediating");
    CHECK(shown["history"].size() == 2);
}

TEST_CASE("import log lists each import and the changes it made")
{
    County c(false);
    const auto empty = c.ok(args({"import", "log", "--format", "json"})).json();
    CHECK(empty.empty());
    const QString csv = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv");
    c.ok({QStringLiteral("import"), QStringLiteral("ledger"), csv});
    const auto log = c.ok(args({"import", "log", "--format", "json"})).json();
    REQUIRE(log.size() == 1);
    CHECK(log[0]["file_name"] == "binyang-ledger-2025.gb18030.csv");
    CHECK(log[0]["file_sha256"].get<std::string>().size() == 64);
    CHECK(log[0]["update_policy"] == "overwrite");
    CHECK(log[0]["created"] == 11);
    CHECK_FALSE(log[0]["actor"].get<std::string>().empty());
    const auto changes = c.ok(args({"import", "log", "--id", "1", "--format", "json"})).json();
    int chambersAdded = 0;
    for (const auto &change : changes["changes"])
        if (change["entity"] == "chamber" && change["action"] == "add")
            ++chambersAdded;
    CHECK(chambersAdded == 11);
    CHECK(changes["changes"].back()["entity"] == "import");
    c.refused(args({"import", "log", "--id", "7"}));
    const auto table = c.ok(args({"import", "log"}));
    CHECK(table.out.contains(QStringLiteral("binyang-ledger-2025.gb18030.csv")));
}
