// SPDX-License-Identifier: GPL-3.0-or-later
// The value parser on any text and any number: dates, counts, yes/no, phones, money, credit
// codes, lists.
#include "ValueParser.h"

#include <cstring>

using namespace chamber;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Cell text = Cell::fromText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    double number = 0;
    if (size >= sizeof number)
        std::memcpy(&number, data, sizeof number);
    for (const Cell &cell : {text, Cell::fromNumber(number)}) {
        (void)ValueParser::text(cell);
        (void)ValueParser::date(cell);
        (void)ValueParser::count(cell);
        (void)ValueParser::yesNo(cell);
        (void)ValueParser::phone(cell);
        (void)ValueParser::money(cell, false);
        (void)ValueParser::money(cell, true);
        (void)ValueParser::creditCode(cell);
        (void)ValueParser::list(cell);
    }
    return 0;
}
