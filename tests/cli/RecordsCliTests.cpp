// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the Party, honour, mediation, need and member commands, run as a clerk would.
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

// A county database with 宾阳县黎塘镇商会 (number 1, founded 2011-10-10).
struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    County()
    {
        ok({"init", "--scope", "450126"});
        ok({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10", "--individual-members", "40",
            "--unit-members", "11"});
    }
    CliRun run(std::initializer_list<const char *> words, const QString &lang = QStringLiteral("en")) const
    {
        return test::runCliDb(db, args(words), lang);
    }
    CliRun ok(std::initializer_list<const char *> words) const
    {
        const auto r = run(words);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    nlohmann::json json(std::initializer_list<const char *> words) const { return ok(words).json(); }
    // Must be refused (exit 1) without changing the file; returns the messages.
    QString refused(std::initializer_list<const char *> words) const
    {
        const QByteArray before = test::readFile(db);
        const auto r = run(words);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(test::readFile(db) == before);
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
        return r.err;
    }
};

} // namespace

TEST_CASE("party set, show, list and remove - instructors - disclosures")
{
    County c;
    c.ok({"party", "set", "--chamber", "宾阳县黎塘镇商会", "--form", "单独组建", "--members", "11", "--secretary", "覃春梅", "--founded",
          "2017-06-01"});
    c.ok({"party", "set", "--chamber", "1", "--stars", "3", "--rated-on", "2023-07-01"});  // changes only what is given
    auto shown = c.json({"party", "show", "--chamber", "1", "--format", "json"});
    CHECK(shown["organization"]["form"] == "standalone");
    CHECK(shown["organization"]["members"] == 11);
    CHECK(shown["organization"]["star_rating"] == 3);
    CHECK(shown["organization"]["secretary"] == "覃春梅");

    c.ok({"party", "instructor", "add", "--chamber", "1", "--name", "莫建华", "--unit", "黎塘镇党委", "--from", "2019-03-01"});
    c.ok({"party", "instructor", "edit", "1", "--until", "2024-01-01"});
    c.ok({"party", "instructor", "add", "--chamber", "1", "--name", "黄立新", "--from", "2024-01-01"});
    const auto instructors = c.json({"party", "instructor", "list", "--chamber", "1", "--format", "json"});
    REQUIRE(instructors.size() == 2);
    CHECK(instructors[0]["until"] == "2024-01-01");
    c.ok({"party", "instructor", "remove", "2"});

    c.ok({"party", "disclosure", "add", "--chamber", "1", "--period", "2024-H2", "--party-affairs", "yes", "--chamber-affairs", "是",
          "--finances", "yes", "--date", "2025-01-08"});
    c.ok({"party", "disclosure", "edit", "1", "--finances", "no"});
    const auto disclosures = c.json({"party", "disclosure", "list", "--format", "json"});
    REQUIRE(disclosures.size() == 1);
    CHECK(disclosures[0]["finances"] == false);
    CHECK(disclosures[0]["chamber"] == "宾阳县黎塘镇商会");
    CHECK(c.ok({"party", "show", "--chamber", "1"}).out.contains(QStringLiteral("莫建华")));

    const auto list = c.ok({"party", "list"});
    CHECK(list.out.contains(QStringLiteral("宾阳县黎塘镇商会")));
    c.ok({"party", "remove", "--chamber", "1"});
    CHECK(c.json({"party", "show", "--chamber", "1", "--format", "json"})["organization"].is_null());
    c.ok({"party", "disclosure", "remove", "1"});
}

TEST_CASE("honour add, edit, show, list and remove")
{
    County c;
    const auto added = c.ok({"honour", "add", "--chamber", "1", "--kind", "广西“四好”商会", "--year", "2022"});
    CHECK(added.out.contains(QStringLiteral("2022")));
    auto h = c.json({"honour", "show", "1", "--format", "json"});
    CHECK(h["kind"] == "regional_four_good");
    CHECK(h["issuing_body"] == "广西壮族自治区工商业联合会");  // the usual issuer
    c.ok({"honour", "add", "--chamber", "1", "--kind", "national_four_good", "--year", "2023", "--document", "全联发〔2023〕8号"});
    c.ok({"honour", "edit", "2", "--date", "2023-11-20"});
    CHECK(c.json({"honour", "show", "2", "--format", "json"})["awarded_on"] == "2023-11-20");
    CHECK(c.json({"honour", "list", "--kind", "national_four_good", "--format", "json"}).size() == 1);
    CHECK(c.json({"honour", "list", "--year", "2022", "--format", "json"}).size() == 1);
    c.ok({"honour", "remove", "1"});
    CHECK(c.json({"honour", "list", "--format", "json"}).size() == 1);
}

TEST_CASE("mediation committee and yearly tallies")
{
    County c;
    c.ok({"mediation", "committee", "set", "--chamber", "1", "--name", "宾阳县黎塘镇商会人民调解委员会", "--founded", "2019-05-01", "--mediators", "5"});
    c.ok({"mediation", "committee", "set", "--chamber", "1", "--mediators", "7"});
    CHECK(c.json({"mediation", "committee", "show", "--chamber", "1", "--format", "json"})["committee"]["mediators"] == 7);
    CHECK(c.json({"mediation", "committee", "list", "--format", "json"}).size() == 1);
    c.ok({"mediation", "tally", "set", "--chamber", "1", "--year", "2025", "--cases", "13"});
    c.ok({"mediation", "tally", "set", "--chamber", "1", "--year", "2025", "--cases", "13", "--settled", "10"});
    const auto tallies = c.json({"mediation", "tally", "list", "--chamber", "1", "--format", "json"});
    REQUIRE(tallies.size() == 1);
    CHECK(tallies[0]["settled"] == 10);
    c.ok({"mediation", "tally", "remove", "1"});
    c.ok({"mediation", "committee", "remove", "--chamber", "1"});
    CHECK(c.json({"mediation", "committee", "list", "--format", "json"}).empty());
}

TEST_CASE("a mediation case through its lifecycle, with a reopening")
{
    County c;
    c.ok({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "宾阳县宏达建材有限公司", "--respondent",
          "韦某某", "--type", "债务纠纷", "--source", "法院委托", "--amount", "8.65万", "--mediators", "农春梅、甘家兴"});
    auto k = c.json({"mediation", "case", "show", "1", "--format", "json"});
    CHECK(k["number"] == "2024-001");
    CHECK(k["amount_disputed_fen"] == 8650000);
    CHECK(k["dispute_type"] == "debt");
    CHECK(k["source"] == "court_entrustment");
    CHECK(k["mediators"].size() == 2);
    c.ok({"mediation", "case", "status", "1", "--to", "mediating", "--date", "2024-03-06"});
    c.ok({"mediation", "case", "status", "1", "--to", "调解成功", "--date", "2024-03-20", "--agreed-amount", "60000", "--agreement",
          "黎商调协〔2024〕1号", "--judicial-confirmation", "yes"});
    c.ok({"mediation", "case", "edit", "1", "--follow-up", "2024-04-15", "--satisfaction", "满意", "--performance", "performed", "--proof",
          "银行转账回单"});
    k = c.json({"mediation", "case", "show", "1", "--format", "json"});
    CHECK(k["status"] == "settled");
    CHECK(k["closed_on"] == "2024-03-20");
    CHECK(k["agreed_amount_fen"] == 6000000);
    CHECK(k["judicial_confirmation"] == true);
    CHECK(k["follow_up_satisfaction"] == "satisfied");
    CHECK(k["history"].size() == 3);  // received, mediating, settled

    CHECK(c.refused({"mediation", "case", "reopen", "1", "--date", "2024-05-01"}).contains(QStringLiteral("reason")));
    c.ok({"mediation", "case", "reopen", "1", "--date", "2024-05-01", "--reason", "被申请人未按协议履行"});
    c.ok({"mediation", "case", "status", "1", "--to", "referred", "--date", "2024-06-01"});
    k = c.json({"mediation", "case", "show", "1", "--format", "json"});
    CHECK(k["status"] == "referred");
    CHECK(k["agreed_amount_fen"].is_null());  // the reopening cleared the agreement
    REQUIRE(k["history"].size() == 5);
    CHECK(k["history"][3]["reopen"] == true);
    CHECK(c.ok({"mediation", "case", "show", "1"}).out.contains(QStringLiteral("被申请人未按协议履行")));

    // entered from a paper file, already failed
    c.ok({"mediation", "case", "add", "--chamber", "1", "--received", "2023-05-05", "--applicant", "甲", "--respondent", "乙", "--status",
          "failed", "--closed", "2023-06-01", "--number", "黎商调〔2023〕2号"});
    CHECK(c.json({"mediation", "case", "list", "--closed", "--format", "json"}).size() == 2);
    CHECK(c.json({"mediation", "case", "list", "--status", "failed", "--format", "json"})[0]["number"] == "黎商调〔2023〕2号");
    CHECK(c.json({"mediation", "case", "list", "--from", "2024-01-01", "--format", "json"}).size() == 1);
    CHECK(c.json({"mediation", "case", "list", "--limit", "1", "--offset", "1", "--format", "json"})[0]["number"] == "黎商调〔2023〕2号");
    CHECK(c.ok({"mediation", "case", "list"}).out.contains(QStringLiteral("of 2")));
    CHECK(c.refused({"mediation", "case", "remove", "2"}).contains(QStringLiteral("--yes")));
    c.ok({"mediation", "case", "remove", "2", "--yes"});
    CHECK(c.json({"mediation", "case", "list", "--format", "json"}).size() == 1);
}

TEST_CASE("needs: add, move on, reopen, list and remove")
{
    County c;
    c.ok({"member", "add", "--chamber", "1", "--name", "宾阳县宏达建材有限公司", "--kind", "企业会员", "--credit-code", "91450126MA5KD0L41E"});
    c.ok({"need", "add", "--chamber", "1", "--member", "1", "--kind", "资金短缺", "--description", "流动资金缺口约 50 万元", "--raised", "2025-02-10"});
    CHECK(c.json({"need", "show", "1", "--format", "json"})["requester"] == "宾阳县宏达建材有限公司");  // from the member list
    c.ok({"need", "status", "1", "--to", "in_progress", "--date", "2025-02-12", "--partner", "宾阳县农村信用合作联社"});
    c.ok({"need", "status", "1", "--to", "resolved", "--date", "2025-03-20", "--resolution", "获批创业担保贷款 30 万元"});
    auto n = c.json({"need", "show", "1", "--format", "json"});
    CHECK(n["status"] == "resolved");
    CHECK(n["partner"] == "宾阳县农村信用合作联社");
    CHECK(c.refused({"need", "status", "1", "--to", "in_progress", "--date", "2025-04-01"}).contains(QStringLiteral("reopening")));
    c.ok({"need", "reopen", "1", "--to", "in_progress", "--date", "2025-04-01", "--reason", "贷款未到位"});
    c.ok({"need", "add", "--chamber", "1", "--requester", "韦春梅", "--kind", "water", "--description", "店铺停水", "--raised", "2025-05-01"});
    c.ok({"need", "edit", "2", "--partner", "供水公司"});
    CHECK(c.json({"need", "list", "--open", "--format", "json"}).size() == 2);
    CHECK(c.json({"need", "list", "--kind", "water", "--format", "json"}).size() == 1);
    c.ok({"need", "remove", "2"});
    CHECK(c.json({"need", "list", "--format", "json"}).size() == 1);
}

TEST_CASE("members: the list, and counts that follow it once kept")
{
    County c;
    c.ok({"member", "add", "--chamber", "1", "--name", "宾阳县宏达建材有限公司", "--kind", "enterprise", "--role", "会长", "--joined", "2015-01-01"});
    c.ok({"member", "add", "--chamber", "1", "--name", "韦春梅", "--kind", "个人会员", "--role", "副会长"});
    c.ok({"member", "add", "--chamber", "1", "--name", "罗立新", "--kind", "individual"});
    c.ok({"member", "edit", "3", "--left", "2024-12-31"});
    CHECK(c.json({"member", "show", "1", "--format", "json"})["role"] == "president");
    CHECK(c.json({"member", "list", "--chamber", "1", "--current", "--format", "json"}).size() == 2);
    CHECK(c.json({"member", "list", "--role", "vice_president", "--format", "json"}).size() == 1);

    auto counts = c.json({"member", "counts", "--chamber", "1", "--format", "json"});
    CHECK(counts["member_list_kept"] == false);
    CHECK(counts["individual_members"] == 40);  // the plain counts stand
    counts = c.json({"member", "counts", "--chamber", "1", "--keep", "yes", "--format", "json"});
    CHECK(counts["member_list_kept"] == true);
    CHECK(counts["individual_members"] == 1);
    CHECK(counts["unit_members"] == 1);
    const auto chamber = c.json({"chamber", "show", "1", "--format", "json"});
    CHECK(chamber["individual_members"] == 1);
    CHECK(c.refused({"chamber", "edit", "1", "--individual-members", "60"}).contains(QStringLiteral("member list")));
    c.ok({"member", "remove", "3"});
    c.ok({"member", "counts", "--chamber", "1", "--keep", "no"});
    CHECK(c.json({"chamber", "show", "1", "--format", "json"})["individual_members"] == 1);
}

TEST_CASE("refusals name the field and write nothing")
{
    County c;
    c.ok({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "甲", "--respondent", "乙"});
    // a closed date before the received date
    CHECK(c.refused({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "甲", "--respondent", "乙",
                     "--status", "settled", "--closed", "2024-03-01"})
              .contains(QStringLiteral("closed date")));
    // settled without a closed date: when entered, and as a status change
    CHECK(c.refused({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "甲", "--respondent", "乙",
                     "--status", "settled"})
              .contains(QStringLiteral("closed date")));
    c.ok({"mediation", "case", "status", "1", "--to", "mediating", "--date", "2024-03-05"});
    CHECK(c.refused({"mediation", "case", "status", "1", "--to", "settled"}).contains(QStringLiteral("closed date")));
    // a negative amount
    CHECK(c.refused({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "甲", "--respondent", "乙",
                     "--amount=-500"})
              .contains(QStringLiteral("amount in dispute")));
    CHECK(c.refused({"mediation", "case", "edit", "1", "--agreed-amount=-1"}).contains(QStringLiteral("agreed amount")));
    // a star rating outside 1–5
    CHECK(c.refused({"party", "set", "--chamber", "1", "--stars", "6"}).contains(QStringLiteral("star rating")));
    CHECK(c.refused({"party", "set", "--chamber", "1", "--stars", "0"}).contains(QStringLiteral("star rating")));
    // an honour year in the future
    CHECK(c.refused({"honour", "add", "--chamber", "1", "--kind", "regional_four_good", "--year", "2999"}).contains(QStringLiteral("year")));
    // a status jump that skips the lifecycle, and going back without reopening
    c.ok({"mediation", "case", "add", "--chamber", "1", "--received", "2024-04-01", "--applicant", "丙", "--respondent", "丁"});
    CHECK(c.refused({"mediation", "case", "status", "2", "--to", "settled", "--date", "2024-04-10"}).contains(QStringLiteral("status")));
    CHECK(c.refused({"mediation", "case", "status", "1", "--to", "received", "--date", "2024-04-10"}).contains(QStringLiteral("status")));
    // and malformed values, each naming its option
    CHECK(c.refused({"mediation", "case", "add", "--chamber", "1", "--received", "2024-13-01", "--applicant", "甲", "--respondent", "乙"})
              .contains(QStringLiteral("--received")));
    CHECK(c.refused({"honour", "add", "--chamber", "1", "--kind", "五好商会", "--year", "2022"}).contains(QStringLiteral("regional_four_good")));
    CHECK(c.refused({"member", "add", "--chamber", "1", "--name", "宏达", "--kind", "enterprise", "--credit-code", "91450126MA5KD0L41F"})
              .contains(QStringLiteral("expected E")));
    CHECK(c.refused({"need", "add", "--chamber", "1", "--kind", "water", "--description", "停水", "--raised", "2999-01-01", "--requester", "甲"})
              .contains(QStringLiteral("raised date")));
    CHECK(c.refused({"party", "set", "--chamber", "9", "--stars", "3"}).contains(QStringLiteral("9")));
}

TEST_CASE("a refusal in Chinese names the field in Chinese")
{
    County c;
    const auto r = c.run({"party", "set", "--chamber", "1", "--stars", "6"}, QStringLiteral("zh_CN"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("星级")));
    CHECK_FALSE(r.err.contains(QStringLiteral("star rating")));
}

TEST_CASE("stats carry the records figures")
{
    County c;
    c.ok({"party", "set", "--chamber", "1", "--form", "joint", "--members", "4", "--founded", "2020-03-01", "--stars", "2"});
    c.ok({"mediation", "committee", "set", "--chamber", "1"});
    c.ok({"mediation", "case", "add", "--chamber", "1", "--received", "2024-03-04", "--applicant", "甲", "--respondent", "乙", "--status",
          "settled", "--closed", "2024-03-14", "--amount", "1000", "--agreed-amount", "800"});
    c.ok({"honour", "add", "--chamber", "1", "--kind", "integrity_pioneer", "--year", "2021"});
    const auto j = c.json({"stats", "--format", "json", "--as-of", "2025-12-31"});
    CHECK(j["party"]["coverage"]["numerator"] == 1);
    CHECK(j["party"]["coverage"]["denominator"] == 1);
    CHECK(j["party"]["star_rated"] == 1);
    CHECK(j["honours"]["integrity_pioneer"] == 1);
    CHECK(j["mediation"]["cases"] == 1);
    CHECK(j["mediation"]["success_rate"]["percent"] == "100.00");
    CHECK(j["mediation"]["amount_agreed_fen"] == 80000);
    CHECK(j["mediation"]["median_days_to_close"] == 10.0);
    CHECK(j["needs"]["open"] == 0);
    const auto before = c.json({"stats", "--format", "json", "--as-of", "2019-12-31"});
    CHECK(before["party"]["coverage"]["numerator"] == 0);
    CHECK(before["mediation"]["cases"] == 0);
}
