// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end over the record-kind descriptions (issue 11): for every kind, every field that has a
// chamberctl option is set through it and read back from `show --format json` and on its line of
// the text `show`, and every field's JSON key is there. The options and keys come from the descriptions, so a field added to a
// description is tested here without a line of its own.
#include "CliRunner.h"
#include "EnumText.h"
#include "RecordKind.h"
#include "TestSupport.h"

#include <QHash>

#include <algorithm>

using namespace chamber;
using chamber::test::CliRun;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("kinds.sqlite"));
    County()
    {
        ok(words({"init", "--scope", "450126"}));
        ok(words({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10"}));
    }
    CliRun ok(const QStringList &arguments) const
    {
        const auto r = test::runCliDb(db, arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
};

// How each kind is written and read back: the command that takes the options, and where its
// record stands in the JSON of its show command.
struct KindCommands
{
    QStringList write;
    QStringList show;
    std::function<nlohmann::json(const nlohmann::json &)> record;
};

// Values that the rules between fields need (dates in order, a status with its date …); any
// other field gets a value made from its type.
const QHash<QString, QString> &fixedValues()
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("chamber.township"), QStringLiteral("450126100")},
        {QStringLiteral("chamber.founded"), QStringLiteral("2011-10-10")},
        {QStringLiteral("chamber.status"), QStringLiteral("dissolved")},
        {QStringLiteral("chamber.dissolved"), QStringLiteral("2021-05-06")},
        {QStringLiteral("chamber.credit_code"), QStringLiteral("51450126MJ3016613P")},
        {QStringLiteral("party_organization.form"), QStringLiteral("joint")},
        {QStringLiteral("party_organization.founded"), QStringLiteral("2015-01-01")},
        {QStringLiteral("party_organization.star_rating"), QStringLiteral("3")},
        {QStringLiteral("party_organization.star_rated_on"), QStringLiteral("2020-01-01")},
        {QStringLiteral("party_instructor.from"), QStringLiteral("2019-01-01")},
        {QStringLiteral("party_instructor.until"), QStringLiteral("2020-01-01")},
        {QStringLiteral("disclosure.period"), QStringLiteral("2024")},
        {QStringLiteral("disclosure.disclosed_on"), QStringLiteral("2024-12-31")},
        {QStringLiteral("honour.kind"), QStringLiteral("national_four_good")},
        {QStringLiteral("honour.year"), QStringLiteral("2023")},
        {QStringLiteral("honour.awarded_on"), QStringLiteral("2023-05-06")},
        {QStringLiteral("mediation_tally.year"), QStringLiteral("2022")},
        {QStringLiteral("mediation_tally.cases"), QStringLiteral("4")},
        {QStringLiteral("mediation_tally.settled"), QStringLiteral("3")},
        {QStringLiteral("mediation_case.received_on"), QStringLiteral("2024-03-01")},
        {QStringLiteral("mediation_case.status"), QStringLiteral("settled")},
        {QStringLiteral("mediation_case.closed_on"), QStringLiteral("2024-03-10")},
        {QStringLiteral("mediation_case.follow_up_on"), QStringLiteral("2024-04-01")},
        {QStringLiteral("need.member"), QStringLiteral("1")},
        {QStringLiteral("need.raised_on"), QStringLiteral("2024-04-04")},
        {QStringLiteral("member.kind"), QStringLiteral("enterprise")},
        {QStringLiteral("member.credit_code"), QStringLiteral("91450126MA5K3R2L9Q")},
        {QStringLiteral("member.joined_on"), QStringLiteral("2020-05-05")},
        {QStringLiteral("member.left_on"), QStringLiteral("2021-05-05")},
    };
    return values;
}

// The text typed for a field, and the JSON show gives back for it.
std::pair<QString, nlohmann::json> sample(const RecordKind &kind, const FieldDescription &f)
{
    const QString key = QString::fromLatin1(kind.key) + QLatin1Char('.') + QString::fromLatin1(f.key);
    const QString fixed = fixedValues().value(key);
    switch (f.type) {
    case FieldType::Text:
        if (!fixed.isEmpty())
            return {fixed, fixed.toStdString()};
        return {QStringLiteral("测试%1").arg(QString::fromLatin1(f.key)), ("测试" + std::string(f.key))};
    case FieldType::Phone: return {QStringLiteral("0771-5551234"), "0771-5551234"};
    case FieldType::Code: return {fixed, fixed.toStdString()};
    case FieldType::Date: {
        const QString d = fixed.isEmpty() ? QStringLiteral("2020-02-03") : fixed;
        return {d, d.toStdString()};
    }
    case FieldType::Money: return {QStringLiteral("1.5万"), 1500000};
    case FieldType::Count: {
        const QString n = fixed.isEmpty() ? QStringLiteral("7") : fixed;
        return {n, n.toInt()};
    }
    case FieldType::YesNo: return {QStringLiteral("是"), true};
    case FieldType::Enum: {
        // A key other than the first, so that a value not set would show.
        const QString k = fixed.isEmpty() ? f.enumTexts().keys().value(1) : fixed;
        return {k, k.toStdString()};
    }
    case FieldType::Names: return {QStringLiteral("张三、李四"), nlohmann::json::array({"张三", "李四"})};
    }
    return {};
}

// The heading of the line of `show` a field stands on: its line's, or its label's when no line names it.
QString showHeading(const RecordKind &kind, const FieldDescription &f)
{
    for (const CliShowLine &line : kind.cliShow) {
        if (qstrcmp(line.key, f.key) == 0)
            return RecordKind::cliShowHeading(line);
        for (const char *with : line.with)
            if (with && qstrcmp(with, f.key) == 0)
                return RecordKind::cliShowHeading(line);
    }
    return kind.cliShowHeading(f);
}

// How the sample's value reads in the text show: money in yuan, yes/no and enumerations in words.
QString shownText(const RecordKind &kind, const FieldDescription &f)
{
    const QString typed = sample(kind, f).first;
    switch (f.type) {
    case FieldType::Money: return QStringLiteral("15000");
    case FieldType::YesNo: return QStringLiteral("yes");
    case FieldType::Enum: return f.enumTexts().nameOfKey(typed);
    default: return typed;
    }
}

KindCommands commandsFor(RecordKindId id)
{
    auto self = [](const nlohmann::json &j) { return j; };
    auto member = [](const char *name) { return [name](const nlohmann::json &j) { return j.at(name); }; };
    auto first = [](const char *name) { return [name](const nlohmann::json &j) { return j.at(name).at(0); }; };
    const QStringList party = words({"party", "show", "--chamber", "1", "--format", "json"});
    const QStringList committee = words({"mediation", "committee", "show", "--chamber", "1", "--format", "json"});
    switch (id) {
    case RecordKindId::Chamber:
        return {words({"chamber", "add"}), words({"chamber", "show", "测试name", "--format", "json"}), self};
    case RecordKindId::PartyOrganization: return {words({"party", "set", "--chamber", "1"}), party, member("organization")};
    case RecordKindId::PartyInstructor: return {words({"party", "instructor", "add", "--chamber", "1"}), party, first("instructors")};
    case RecordKindId::Disclosure: return {words({"party", "disclosure", "add", "--chamber", "1"}), party, first("disclosures")};
    case RecordKindId::Honour:
        return {words({"honour", "add", "--chamber", "1"}), words({"honour", "show", "1", "--format", "json"}), self};
    case RecordKindId::MediationCommittee:
        return {words({"mediation", "committee", "set", "--chamber", "1"}), committee, member("committee")};
    case RecordKindId::MediationTally: return {words({"mediation", "tally", "set", "--chamber", "1"}), committee, first("tallies")};
    case RecordKindId::MediationCase:
        return {words({"mediation", "case", "add", "--chamber", "1"}), words({"mediation", "case", "show", "1", "--format", "json"}), self};
    case RecordKindId::ServiceRequest:
        return {words({"need", "add", "--chamber", "1"}), words({"need", "show", "1", "--format", "json"}), self};
    case RecordKindId::Member:
        return {words({"member", "add", "--chamber", "1"}), words({"member", "show", "2", "--format", "json"}), self};
    case RecordKindId::None: break;
    }
    return {};
}

} // namespace

TEST_CASE("every kind: each option round-trips through show --format json and shows in the text show, and each JSON key is there", "[kinds]")
{
    County county;
    // A member on the list (number 1) for the need to name; the member written below is number 2
    // and leaves. A committee before its tallies.
    county.ok(words({"member", "add", "--chamber", "1", "--name", "在册会员", "--kind", "individual"}));
    const RecordKindId order[] = {RecordKindId::Chamber,          RecordKindId::Member,         RecordKindId::PartyOrganization,
                                  RecordKindId::PartyInstructor,  RecordKindId::Disclosure,     RecordKindId::Honour,
                                  RecordKindId::MediationCommittee, RecordKindId::MediationTally, RecordKindId::MediationCase,
                                  RecordKindId::ServiceRequest};
    REQUIRE(std::size(order) == recordKinds().size());
    for (const RecordKindId id : order) {
        const RecordKind &kind = recordKind(id);
        DYNAMIC_SECTION(kind.key)
        {
            const KindCommands commands = commandsFor(id);
            QStringList arguments = commands.write;
            std::vector<std::pair<const FieldDescription *, nlohmann::json>> expected;
            for (const auto &f : kind.fields) {
                if (!f.option)
                    continue;
                const auto [text, json] = sample(kind, f);
                arguments << QStringLiteral("--") + QString::fromLatin1(f.option) << text;
                expected.emplace_back(&f, json);
            }
            county.ok(arguments);
            const nlohmann::json record = commands.record(county.ok(commands.show).json());
            for (const auto &f : kind.fields) {
                INFO(kind.key << "." << f.key);
                if (f.jsonKey)
                    CHECK(record.contains(f.jsonKey));
            }
            for (const auto &[f, json] : expected) {
                INFO(kind.key << "." << f->key << " --" << f->option);
                REQUIRE(f->jsonKey);
                CHECK(record.at(f->jsonKey) == json);
            }
            // The text show (the kinds that have one of their own) has each value set on its line.
            if (kind.cliShow.empty())
                continue;
            QStringList textShow = commands.show;
            textShow.removeLast();  // --format json
            textShow.removeLast();
            const QStringList lines = county.ok(textShow).out.split(QLatin1Char('\n'));
            for (const auto &f : kind.fields) {
                if (!f.option)
                    continue;
                const QString heading = showHeading(kind, f) + QStringLiteral(": ");
                const QString value = shownText(kind, f);
                INFO(kind.key << "." << f.key << ": " << heading.toStdString() << value.toStdString());
                CHECK(std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(heading) && l.contains(value); }));
            }
        }
    }
}

TEST_CASE("yes/no options take the same words everywhere", "[kinds]")
{
    County county;
    // Once --finances took y and --independent-liability refused it.
    county.ok(words({"chamber", "edit", "1", "--independent-liability", "y"}));
    CHECK(county.ok(words({"chamber", "show", "1", "--format", "json"})).json().at("independent_liability") == true);
    county.ok(words({"chamber", "edit", "1", "--independent-liability", "否"}));
    CHECK(county.ok(words({"chamber", "show", "1", "--format", "json"})).json().at("independent_liability") == false);
    county.ok(words({"chamber", "edit", "1", "--independent-liability", "unknown"}));
    CHECK(county.ok(words({"chamber", "show", "1", "--format", "json"})).json().at("independent_liability").is_null());
    county.ok(words({"party", "disclosure", "add", "--chamber", "1", "--period", "2024", "--finances", "有", "--party-affairs", "y",
                     "--chamber-affairs", "no", "--date", "2024-12-31"}));
    const auto d = county.ok(words({"party", "show", "--chamber", "1", "--format", "json"})).json().at("disclosures").at(0);
    CHECK(d.at("finances") == true);
    CHECK(d.at("party_affairs") == true);
    CHECK(d.at("chamber_affairs") == false);
    const auto refused = test::runCliDb(county.db, words({"chamber", "edit", "1", "--independent-liability", "perhaps"}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--independent-liability takes yes, no or unknown, not \"perhaps\".")));
}

TEST_CASE("a chamber's options are read as every kind's: all malformed values refused at once, nothing written", "[kinds]")
{
    County county;
    // The chamber's options once stopped at the first malformed date or number.
    const auto refused = test::runCliDb(county.db, words({"chamber", "edit", "1", "--founded", "2020-13-01", "--individual-members", "many",
                                                         "--full-time-staff", "two", "--activity-funds", "lots", "--status", "sleeping"}));
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--founded expects a date written YYYY-MM-DD, such as 2016-09-01, not \"2020-13-01\".")));
    CHECK(refused.err.contains(QStringLiteral("--individual-members expects a whole number, not \"many\".")));
    CHECK(refused.err.contains(QStringLiteral("--full-time-staff expects a whole number, not \"two\".")));
    CHECK(refused.err.contains(QStringLiteral("--activity-funds expects an amount in yuan")));
    CHECK(refused.err.contains(QStringLiteral("--status takes one of active, dormant, dissolved, not \"sleeping\".")));
    CHECK(county.ok(words({"chamber", "show", "1", "--format", "json"})).json().at("founded") == "2011-10-10");
    // Empty: not known, for the fields that may be.
    county.ok(words({"chamber", "edit", "1", "--full-time-staff", "", "--activity-funds", "", "--founded", ""}));
    const auto j = county.ok(words({"chamber", "show", "1", "--format", "json"})).json();
    CHECK(j.at("full_time_staff").is_null());
    CHECK(j.at("activity_funds_fen").is_null());
    CHECK(j.at("founded").is_null());
}

TEST_CASE("a chamber's phone problem is named as the secretary-general's, a Party organisation's as the Party secretary's", "[kinds]")
{
    County county;
    const auto chamber = test::runCliDb(county.db, words({"chamber", "edit", "1", "--secretary-phone", "abc"}));
    CHECK(chamber.exitCode == 1);
    CHECK(chamber.err.contains(QStringLiteral("error (secretary-general's phone)")));
    const auto party = test::runCliDb(county.db, words({"party", "set", "--chamber", "1", "--secretary-phone", "x!"}));
    CHECK(party.exitCode == 1);
    CHECK(party.err.contains(QStringLiteral("error (Party secretary's phone)")));
    const auto zh = test::runCliDb(county.db, words({"chamber", "edit", "1", "--secretary-phone", "abc"}), QStringLiteral("zh_CN"));
    CHECK(zh.err.contains(QStringLiteral("秘书长电话")));
}
