// SPDX-License-Identifier: GPL-3.0-or-later
// A whole ledger file as the import reads it: the kind told by content, then the table located.
#include "LedgerFile.h"
#include "TableLocator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto file = chamber::LedgerFile::fromBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("ledger.xlsx"));
    if (file)
        (void)chamber::TableLocator::locate(file->sheets, std::nullopt);
    return 0;
}
