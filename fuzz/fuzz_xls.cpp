// SPDX-License-Identifier: GPL-3.0-or-later
// The XLS reader on any bytes (the ZIP or compound-file container included).
#include "XlsReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)chamber::XlsReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
