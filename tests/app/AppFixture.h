// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Workspace.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <initializer_list>

class QAbstractItemModel;

namespace chamber::test {

// A hand-made 宾阳县 for the widget tests, counted by hand:
//   宾阳县宾州镇商会           450126100 active    registered 2016-09-01
//   宾阳县宾州镇个体私营企业商会 450126100 active    registered 2020-01-15, deregistered 2023-03-01
//   宾阳县黎塘镇商会           450126101 active    preparing 2015-03-01, applied 2024-05-01; meets every condition
//   宾阳县甘棠镇商会           450126102 active    registered 2021-12-01
//   宾阳县新圩镇商会           450126105 dissolved 2022-06-30, never registered
//   宾阳县邹圩镇商会           450126106 dormant   never registered
//   廖平农场商会               450126451 active    never registered
// So: 7 chambers; 5 active, 1 dormant, 1 dissolved; 2 registered, 1 deregistered, 1 applied,
// 3 not registered; 2 in 宾州镇; 1 ready to register (黎塘).
struct AppFixture
{
    AppFixture();
    QTemporaryDir dir;
    Workspace workspace;
    qint64 binzhou = 0;
    qint64 lidang = 0;
};

// Types text into a widget as an input method commits it — how Chinese reaches a field (and
// QTest::keyClicks can only send Latin-1).
void type(QWidget *widget, const QString &text);

// Points QSettings at a temporary folder, so that tests neither read nor change the user's.
void isolateSettings();

// A form's widget by its object name and type; the test stops at once where the form lacks it.
template<typename T>
T *field(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// UTF-8 literals as the texts a list or its headings should read.
QStringList texts(std::initializer_list<const char *> items);

// A model's column headings, left to right.
QStringList headers(const QAbstractItemModel *model);

} // namespace chamber::test
