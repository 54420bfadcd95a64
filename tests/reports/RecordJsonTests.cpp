// SPDX-License-Identifier: GPL-3.0-or-later
// The one JSON writer of every record kind (RecordFieldsJson.h): what it writes for records built
// here, against JSON written out by hand as docs/cli-records.md gives it.
#include "RecordFieldsJson.h"
#include "TestSupport.h"

using namespace chamber;
using nlohmann::json;

TEST_CASE("a record's JSON: its described fields by type, its number and its chamber's", "[json]")
{
    Honour h;
    h.id = 7;
    h.chamberId = 3;
    h.kind = HonourKind::NationalFourGood;
    h.year = 2023;
    h.issuingBody = QStringLiteral("全国工商联");
    h.documentNumber = QStringLiteral("全联〔2023〕5号");
    h.notes = QStringLiteral("备注");
    const json expected = json::parse(R"({"id": 7, "chamber_id": 3, "kind": "national_four_good", "year": 2023,
        "issuing_body": "全国工商联", "document_number": "全联〔2023〕5号", "awarded_on": null, "notes": "备注"})");
    CHECK(recordJson(h) == expected);
    h.awardedOn = QDate(2023, 5, 6);
    CHECK(recordJson(h).at("awarded_on") == "2023-05-06");

    MediationTally t;
    t.id = 2;
    t.chamberId = 3;
    t.year = 2022;
    t.cases = 4;
    CHECK(recordJson(t) == json::parse(R"({"id": 2, "chamber_id": 3, "year": 2022, "cases": 4, "settled": null, "notes": ""})"));
}

TEST_CASE("the chamber's JSON has its number and no chamber's - money in fen, yes/no as true, false or null", "[json]")
{
    Chamber c;
    c.id = 5;
    c.name = QStringLiteral("测试商会");
    c.activityFundsFen = 3500000;
    const json j = recordJson(c);
    CHECK(j.at("id") == 5);
    CHECK(!j.contains("chamber_id"));
    CHECK(!j.contains("chamber"));
    CHECK(j.at("name") == "测试商会");
    CHECK(j.at("activity_funds_fen") == 3500000);
    CHECK(j.at("independent_liability").is_null());
    CHECK(j.at("full_time_staff").is_null());
    CHECK(j.at("individual_members") == 0);
    c.independentLiability = false;
    CHECK(recordJson(c).at("independent_liability") == false);
    CHECK(j.size() == 21);  // the 20 described fields and the number
}

TEST_CASE("a region's list names each record's chamber - a chamber's own records do not", "[json]")
{
    Honour h;
    h.id = 1;
    h.chamberId = 2;
    h.year = 2024;
    const json listed = listedJson(QList<Listed<Honour>>{{h, QStringLiteral("某商会"), QStringLiteral("450126100")}});
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].at("chamber") == "某商会");
    CHECK(listed[0].at("chamber_id") == 2);
    CHECK(!listed[0].contains("township"));
    const json own = recordsJson(QList<Honour>{h, h});
    REQUIRE(own.size() == 2);
    CHECK(!own[0].contains("chamber"));
}

TEST_CASE("a chamber in a list: the values its list gives beside it, under the keys the description names", "[json]")
{
    Chamber c;
    c.id = 4;
    const json j = listedJson(c, {{"township", "黎塘镇"}, {"registration", "applied"}, {"ready_to_register", true}, {"members", 9}});
    CHECK(j.at("township") == "黎塘镇");
    CHECK(j.at("registration") == "applied");
    CHECK(j.at("ready_to_register") == true);
    CHECK(!j.contains("members"));  // no key of the chamber's list: not written
    CHECK(!j.contains("chamber"));
    CHECK(j.size() == 24);  // the 20 described fields, the number and the three listed values
    // A listed key the row does not give is written as not known, never left out.
    CHECK(listedJson(c, {}).at("ready_to_register").is_null());
}

TEST_CASE("every kind's JSON keys beside its fields are named once and collide with no field's", "[json]")
{
    for (const RecordKind *kind : recordKinds()) {
        INFO(kind->key);
        CHECK(qstrcmp(kind->json.id, "id") == 0);
        // Every kind but the chamber itself belongs to a chamber.
        CHECK((kind->json.chamberId == nullptr) == (kind->id == RecordKindId::Chamber));
        QStringList beside = {QString::fromLatin1(kind->json.id)};
        if (kind->json.chamberId)
            beside.append(QString::fromLatin1(kind->json.chamberId));
        for (const char *key : kind->json.listed)
            beside.append(QString::fromLatin1(key));
        CHECK(beside.removeDuplicates() == 0);
        for (const auto &f : kind->fields)
            if (f.jsonKey) {
                INFO(f.key);
                CHECK(!beside.contains(QString::fromLatin1(f.jsonKey)));
            }
    }
}
