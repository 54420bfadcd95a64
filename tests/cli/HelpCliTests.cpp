// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl's help as a terminal shows it: 80 columns (a Chinese character takes two), every
// command name apart from its text, no word or path cut across lines, the counts of demo in Chinese.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace chamber;

namespace {
int columns(const QString &line)
{
    int n = 0;
    for (const QChar c : line)
        n += c.unicode() >= 0x2E80 ? 2 : 1;
    return n;
}

// Lines of a help text that are too wide, or that end inside an ASCII word continued on the next line.
QStringList badLines(const QString &text)
{
    QStringList bad;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression endsInWord(QStringLiteral("[A-Za-z0-9_/-]$"));
    static const QRegularExpression startsWithWord(QStringLiteral("^\\s+[A-Za-z0-9_/-]"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (columns(lines.at(i)) > 80)
            bad.append(QStringLiteral("too wide: ") + lines.at(i));
        // A line ending in Chinese run straight into letters, continued by letters: a cut word (a break
        // at a space, the only place English breaks, leaves a last segment without Chinese).
        const QString lastSegment = lines.at(i).section(QLatin1Char(' '), -1);
        if (i + 1 < lines.size() && lastSegment.contains(QRegularExpression(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]")))
            && endsInWord.match(lines.at(i)).hasMatch() && startsWithWord.match(lines.at(i + 1)).hasMatch())
            bad.append(QStringLiteral("cut: ") + lines.at(i) + QStringLiteral(" / ") + lines.at(i + 1).trimmed());
    }
    return bad;
}
} // namespace

TEST_CASE("chamberctl --help keeps every command name apart from its text")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto run = test::runCli({QStringLiteral("--help")}, lang);
        REQUIRE(run.exitCode == 0);
        INFO(badLines(run.out).join(QLatin1Char('\n')).toStdString());
        CHECK(badLines(run.out).isEmpty());
        // The longest command names: their text starts after at least two spaces, or on the next line.
        CHECK_FALSE(run.out.contains(QStringLiteral("showShow")));
        CHECK(run.out.contains(QRegularExpression(QStringLiteral("mediation committee show(  +\\S|\\n +\\S)"))));
    }
}

TEST_CASE("a command's help wraps Chinese by columns and never cuts a word")
{
    for (const QStringList &command : {QStringList{QStringLiteral("chamber"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("stats")},
                                       QStringList{QStringLiteral("report"), QStringLiteral("scoring")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("ledger")}}) {
        QStringList args = command;
        args.append(QStringLiteral("--help"));
        const auto run = test::runCli(args, QStringLiteral("zh_CN"));
        INFO(badLines(run.out).join(QLatin1Char('\n')).toStdString() + run.err.toStdString());
        CHECK(badLines(run.out).isEmpty());
        CHECK(run.out.startsWith(QStringLiteral("用法：chamberctl [--db PATH] ") + command.join(QLatin1Char(' '))));
    }
}

TEST_CASE("demo counts what it made in the user's language")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run = test::runCliDb(db, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("450126")}, QStringLiteral("zh_CN"));
    REQUIRE(run.exitCode == 0);
    INFO(run.out.toStdString());
    CHECK(run.out.contains(QStringLiteral("  商会: ")));
    CHECK(run.out.contains(QStringLiteral("  调解案件: ")));
    CHECK_FALSE(run.out.contains(QRegularExpression(QStringLiteral("^  [a-z_]+: "), QRegularExpression::MultilineOption)));
}
