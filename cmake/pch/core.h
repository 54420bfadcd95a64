// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for every target (cmake/BuildSpeed.cmake): what most files include anyway. Not a
// licence to leave includes out — each file still includes what it uses (a build with
// -DCHAMBER_PCH=OFF must compile).
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
