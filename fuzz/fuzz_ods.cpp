// SPDX-License-Identifier: GPL-3.0-or-later
// The ODS reader on any bytes (the ZIP or compound-file container included).
#include "OdsReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)chamber::OdsReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
