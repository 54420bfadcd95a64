// SPDX-License-Identifier: GPL-3.0-or-later
// Each tile's numbers equal what the real `chamberctl stats` prints for the same scope and date.
#include "CliRunner.h"
#include "DashboardFixture.h"
#include "DashboardService.h"
#include "TestSupport.h"

#include <QBuffer>

using namespace chamber;

namespace {
// json["party"]["coverage"] for "party.coverage".
const nlohmann::json &at(const nlohmann::json &root, const QString &dotted)
{
    const nlohmann::json *node = &root;
    for (const auto &part : dotted.split(QLatin1Char('.'))) {
        INFO(dotted.toStdString());
        REQUIRE(node->contains(part.toStdString()));
        node = &(*node)[part.toStdString()];
    }
    return *node;
}

void compareTiles(const QList<DashboardTile> &tiles, const nlohmann::json &j)
{
    REQUIRE_FALSE(tiles.isEmpty());
    for (const auto &tile : tiles) {
        INFO(tile.key.toStdString());
        switch (tile.kind) {
        case TileKind::Rate:
            CHECK(at(j, tile.key)["numerator"] == tile.now.rate.numerator);
            CHECK(at(j, tile.key)["denominator"] == tile.now.rate.denominator);
            if (tile.now.rate.defined())
                CHECK(at(j, tile.key)["percent"].get<std::string>() + "%" == tile.valueText().toStdString());
            break;
        case TileKind::Count: CHECK(at(j, tile.key) == tile.now.count); break;
        case TileKind::Value:
            if (tile.now.value)
                CHECK(at(j, tile.key) == *tile.now.value);
            break;
        case TileKind::Parts:
            for (const auto &part : tile.parts)
                CHECK(at(j, part.key) == part.count);
            break;
        }
    }
}

QByteArray exported(const DashboardData &data, bool json)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE((json ? DashboardService::writeJson(data, buffer) : DashboardService::writeCsv(data, buffer)));
    return bytes;
}
} // namespace

TEST_CASE("tiles equal chamberctl stats for the same scope and date")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    DashboardService service(*t.db);
    const QString scope = GENERATE(QStringLiteral("450126"), QStringLiteral("450126100"));
    const QString date = GENERATE(QStringLiteral("2014-01-01"), QStringLiteral("2021-12-31"), QStringLiteral("2025-12-31"));
    INFO(scope.toStdString() << " " << date.toStdString());

    const auto data = service.load(scope, QDate::fromString(date, Qt::ISODate));
    REQUIRE(data.ok());
    const QStringList args = {QStringLiteral("stats"), QStringLiteral("--scope"), scope, QStringLiteral("--as-of"), date};
    const auto json = test::runCliDb(t.path(), args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    compareTiles(data->tiles, json.json());
    // The year-earlier figures are chamberctl's for the date a year before.
    const QString before = DashboardFigures::yearEarlier(QDate::fromString(date, Qt::ISODate)).toString(Qt::ISODate);
    const auto earlier = test::runCliDb(t.path(), {QStringLiteral("stats"), QStringLiteral("--scope"), scope, QStringLiteral("--as-of"),
                                                   before, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(earlier.exitCode == 0);
    QList<DashboardTile> then;
    for (const auto &tile : data->tiles) {
        if (tile.asItStandsNow) {  // counted as the file stands now: no year-earlier figure to compare
            CHECK_FALSE(tile.yearEarlier.has_value());
            continue;
        }
        REQUIRE(tile.yearEarlier.has_value());
        DashboardTile copy = tile;
        copy.now = *tile.yearEarlier;
        for (auto &part : copy.parts)
            part.count = part.previous.value_or(-1);
        then.append(copy);
    }
    compareTiles(then, earlier.json());

    // The exports are chamberctl's output byte for byte.
    CHECK(exported(*data, true) == json.out.toUtf8());
    // CSV through a file, as an official saves it (the terminal is no place for a BOM).
    const QString csvPath = t.dir.filePath(QStringLiteral("stats.csv"));
    const auto csv = test::runCliDb(t.path(), args + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                                 QStringLiteral("--out"), csvPath});
    REQUIRE(csv.exitCode == 0);
    CHECK(exported(*data, false) == test::readFile(csvPath));
}
