// SPDX-License-Identifier: GPL-3.0-or-later
// The township resolver of a county scope on any township text and chamber name (split at the
// first NUL byte).
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "TownshipResolver.h"

#include <QTemporaryDir>

#include <cstdlib>

using namespace chamber;

namespace {
TownshipResolver &resolver()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto opened = Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        auto division = DivisionCatalog::bundled().resolve(QStringLiteral("450126"));
        if (!division || !DivisionService(*opened.value()).initialise(*division))
            std::abort();
        return std::move(opened.value());
    }();
    static TownshipResolver r(*db);
    return r;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = bytes.indexOf('\0');
    const QString township = QString::fromUtf8(cut < 0 ? bytes : bytes.left(cut));
    const QString name = cut < 0 ? QString() : QString::fromUtf8(bytes.mid(cut + 1));
    (void)resolver().resolve(township, name);
    return 0;
}
