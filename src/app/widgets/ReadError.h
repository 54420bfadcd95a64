// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <optional>

class QLabel;
class QWidget;

namespace chamber {

// How the app shows a read of the database that failed: as a message, never as an empty list, a
// zero or a passed check. The message is storage's (sql::readError): what failed, that the file
// may be damaged, and how to put a backup back.
class ReadError
{
    Q_DECLARE_TR_FUNCTIONS(ReadError)
public:
    // A message box over parent, window-modal without blocking: for reads outside a list.
    static void show(QWidget *parent, const QString &message);
    static void show(QWidget *parent, const Problems &problems);
    // The value of a read, or nullopt after the message box.
    template<typename T>
    static std::optional<T> take(QWidget *parent, Result<T> result)
    {
        if (!result) {
            show(parent, result.problems());
            return std::nullopt;
        }
        return std::move(result.value());
    }
    // A banner for a page or a list, in place of its rows: hidden while the message is empty.
    static QLabel *banner(QWidget *parent);
    static void setBanner(QLabel *banner, const QString &message);
};

} // namespace chamber
