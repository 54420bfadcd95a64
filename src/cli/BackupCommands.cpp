// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl backup list | now | restore FILE | policy: the automatic copies kept beside the file.
#include "Backups.h"
#include "Cli.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QLocale>

namespace chamber::cli {

namespace {

int runList(Context &context, const QCommandLineParser &)
{
    Database &db = context.db();
    const Backups backups(db.path());
    const auto entries = backups.list();
    auto &out = context.out();
    if (entries.isEmpty()) {
        out << Context::tr("No backups yet in %1.").arg(backups.folder()) << Qt::endl;
        return Ok;
    }
    TextTable table({Context::tr("Made"), Context::tr("Why"), Context::tr("Size"), Context::tr("File")});
    for (const auto &e : entries)
        table.addRow({e.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), Backups::reasonName(e.reason),
                      QLocale().formattedDataSize(e.bytes), QFileInfo(e.path).fileName()});
    table.print(out);
    const auto policy = backups.policy();
    out << Context::tr("Folder: %1. Kept: the newest %2, one a day for %3 days, one a week for %4 weeks.")
               .arg(backups.folder())
               .arg(policy.recent)
               .arg(policy.daily)
               .arg(policy.weekly)
        << Qt::endl;
    return Ok;
}

int runNow(Context &context, const QCommandLineParser &)
{
    Database &db = context.db();
    auto made = Backups(db.path()).make(db, Backups::Reason::Manual);
    if (!made)
        return context.finish(made.problems());
    context.out() << Context::tr("Backed up to %1.").arg(*made) << Qt::endl;
    return Ok;
}

int runRestore(Context &context, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        throw UsageError{Context::tr("Name the one backup file to restore (see chamberctl backup list).")};
    Database &db = context.db();
    Backups backups(db.path());
    QString file = args.first();
    // A bare name from "backup list" is looked for in the backup folder.
    if (!QFileInfo::exists(file) && QFileInfo::exists(backups.folder() + QLatin1Char('/') + file))
        file = backups.folder() + QLatin1Char('/') + file;
    auto before = backups.restore(db, file);
    if (!before)
        return context.finish(before.problems());
    context.out() << Context::tr("Restored %1. The content it replaced was kept as %2.").arg(QFileInfo(file).absoluteFilePath(), *before)
                  << Qt::endl;
    return Ok;
}

int runPolicy(Context &context, const QCommandLineParser &p)
{
    Database &db = context.db();
    Backups backups(db.path());
    Backups::Policy policy = backups.policy();
    const auto recent = intOption(p, QStringLiteral("recent"), QStringLiteral("backup"));
    const auto daily = intOption(p, QStringLiteral("daily"), QStringLiteral("backup"));
    const auto weekly = intOption(p, QStringLiteral("weekly"), QStringLiteral("backup"));
    if (recent || daily || weekly) {
        policy.recent = recent.value_or(policy.recent);
        policy.daily = daily.value_or(policy.daily);
        policy.weekly = weekly.value_or(policy.weekly);
        if (auto s = backups.setPolicy(policy); !s)
            return context.finish(s.problems());
        backups.rotate();
    }
    context.out() << Context::tr("Kept: the newest %1, one a day for %2 days, one a week for %3 weeks.")
                         .arg(policy.recent)
                         .arg(policy.daily)
                         .arg(policy.weekly)
                  << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> backupCommands()
{
    const QString backup = QStringLiteral("backup");
    return {
        {{backup, QStringLiteral("list")}, Context::tr("List the automatic and manual backups kept beside the database"), {}, runList, {}},
        {{backup, QStringLiteral("now")}, Context::tr("Make a backup into the backup folder now"), {}, runNow, {}},
        {{backup, QStringLiteral("restore")}, Context::tr("Put a backup's content back into the database (a backup of the current content is made first)"),
         {}, runRestore, QStringLiteral("FILE")},
        {{backup, QStringLiteral("policy")}, Context::tr("Show or set how many backups are kept"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("recent"), Context::tr("Keep this many newest backups whatever their age."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("daily"), Context::tr("Keep the newest backup of each of this many days."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("weekly"), Context::tr("Keep the newest backup of each of this many weeks."), QStringLiteral("N")));
         },
         runPolicy, {}},
    };
}

} // namespace chamber::cli
