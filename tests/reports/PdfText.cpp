// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace chamber::test {

QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QByteArray &pdf, bool layout)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << path << QStringLiteral("-");
    return runProgram(QStringLiteral("pdftotext"), arguments);
}

QStringList pdfPages(const QByteArray &pdf)
{
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF) || (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF))
            found += QStringLiteral("%1 U+%2  ").arg(c).arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return found;
}

} // namespace chamber::test
