// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader: encoding detection, delimiter detection, quoted fields, the caps.
#include "CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)chamber::CsvReader::read(bytes, {});
    chamber::CsvReader::Options gb;
    gb.encoding = chamber::TextEncoding::Gb18030;
    gb.delimiter = QLatin1Char(';');
    (void)chamber::CsvReader::read(bytes, gb);
    return 0;
}
