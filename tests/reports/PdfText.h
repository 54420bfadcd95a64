// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chamber::test {

// A PDF's text as a reader gets it: poppler's pdftotext (with -layout: the columns kept apart
// by spaces). Pages are separated by form feeds.
QString pdfText(const QByteArray &pdf, bool layout = true);
QStringList pdfPages(const QByteArray &pdf);
// The characters of the Kangxi Radicals (U+2F00–U+2FDF) and CJK Radicals Supplement
// (U+2E80–U+2EFF) blocks in a text, each with its code point: what a CJK font whose radicals
// share glyphs with ideographs leaves in a PDF's text layer instead of 广, 页, 自 …
QString radicalsIn(const QString &text);
// Program output, failing the test when it cannot run.
QString runProgram(const QString &program, const QStringList &arguments);

} // namespace chamber::test
