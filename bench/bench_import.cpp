// SPDX-License-Identifier: GPL-3.0-or-later
// Ledger import timings on a region-scale ledger: 5,000 chambers over Guangxi's township-level
// units, written as a GB18030 CSV the way WPS saves it — read, find the table, plan (all new),
// commit in one transaction, plan again (all unchanged), and export to XLSX and read that back.
#include "AppInfo.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "Importer.h"
#include "LedgerExporter.h"
#include "LedgerFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

using namespace chamber;

namespace {

constexpr int kChambers = 5000;

// A ledger in the sample's shape: title, header, rows with month-only dates, units, 是/否.
QByteArray makeLedger(Database &db)
{
    const QList<TownshipInfo> townships = DivisionService(db).townships().value();
    QString text = QStringLiteral("广西乡镇（街道）商会基本情况统计表（截至2025年12月）\r\n"
                                  "序号,乡镇（街道）,商会名称,成立时间,会长,会长联系电话,秘书长,会员数,其中企业会员,是否登记,登记时间,"
                                  "统一社会信用代码,是否建立党组织,党组织形式,党员数,党建指导员,是否设立调解组织,年度调解案件数,获得荣誉,备注\r\n");
    for (int i = 0; i < kChambers; ++i) {
        const auto &t = townships[i % townships.size()].division;
        const int members = 40 + i % 120;
        text += QStringLiteral("%1,%2,%3,%4,会长%5,1815%6,秘书长%5,%7人,%8,否,,,是,单独组建,%9,指导员%5,是,%10,,\r\n")
                    .arg(i + 1)
                    .arg(t.code, QStringLiteral("%1第%2商会").arg(t.name).arg(i / townships.size() + 1),
                         QStringLiteral("%1.%2").arg(2005 + i % 18).arg(1 + i % 12, 2, 10, QLatin1Char('0')))
                    .arg(i)
                    .arg(1000000 + i, 7, 10, QLatin1Char('0'))
                    .arg(members)
                    .arg(members / 3)
                    .arg(3 + i % 9)
                    .arg(i % 40);
    }
    text += QStringLiteral("合计,,%1个,,,,,,,0个\r\n").arg(kChambers);
    QStringEncoder gb("GB18030");
    return gb.encode(text);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::configure(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened || !DivisionService(*opened.value()).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("45"))).ok()) {
        out << "cannot set up the database" << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    const QByteArray ledger = makeLedger(db);
    out << QStringLiteral("ledger: %1 rows, %2 KB GB18030 CSV").arg(kChambers).arg(ledger.size() / 1024) << Qt::endl;

    QElapsedTimer t;
    t.start();
    auto file = LedgerFile::fromBytes(ledger, QStringLiteral("guangxi.csv"));
    auto table = TableLocator::locate(file->sheets, std::nullopt);
    out << QStringLiteral("read and find the table: %1 ms").arg(ms(t), 0, 'f', 1) << Qt::endl;
    if (!table) {
        out << table.firstError() << Qt::endl;
        return 1;
    }
    ImportPlan::Options options;
    options.fileName = file->fileName;
    options.fileSha256 = file->sha256;
    t.restart();
    auto plan = ImportPlan::build(db, *table, options);
    out << QStringLiteral("plan (all new): %1 ms, %2 to create, %3 refused").arg(ms(t), 0, 'f', 1).arg(plan->counts().created).arg(plan->counts().refused)
        << Qt::endl;
    t.restart();
    auto outcome = Importer::commit(db, *plan);
    out << QStringLiteral("commit in one transaction: %1 ms%2").arg(ms(t), 0, 'f', 1).arg(outcome ? QString() : QStringLiteral(" — ") + outcome.firstError())
        << Qt::endl;
    t.restart();
    auto again = ImportPlan::build(db, *table, options);
    out << QStringLiteral("plan again (all unchanged): %1 ms, %2 unchanged").arg(ms(t), 0, 'f', 1).arg(again->counts().unchanged) << Qt::endl;
    t.restart();
    QBuffer xlsx;
    xlsx.open(QIODevice::WriteOnly);
    LedgerExporter::writeXlsx(LedgerExporter::table(db, QDate(2025, 12, 31)).value(), xlsx);
    out << QStringLiteral("export to XLSX: %1 ms, %2 KB").arg(ms(t), 0, 'f', 1).arg(xlsx.data().size() / 1024) << Qt::endl;
    t.restart();
    auto back = LedgerFile::fromBytes(xlsx.data(), QStringLiteral("export.xlsx"));
    out << QStringLiteral("read the XLSX back: %1 ms, %2 rows").arg(ms(t), 0, 'f', 1).arg(back ? back->sheets.first().rows.size() : 0) << Qt::endl;
    return 0;
}
