// SPDX-License-Identifier: GPL-3.0-or-later
// The packages' SHA-256 (OpenSSL) against the standard's test vectors (FIPS 180-2, appendix B).
#include "Sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace chamber;

TEST_CASE("SHA-256 gives the standard's digests, whole or fed in pieces")
{
    CHECK(Sha256::hex(QByteArrayView("abc")) == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(Sha256::hex(QByteArrayView("")) == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    const QString expected = QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256::hex(twoBlocks) == expected);
    Sha256 pieces;
    for (qsizetype i = 0; i < twoBlocks.size(); i += 7)
        pieces.addData(QByteArrayView(twoBlocks).sliced(i, std::min<qsizetype>(7, twoBlocks.size() - i)));
    CHECK(pieces.hex() == expected);
    // A million 'a's: the standard's long message.
    Sha256 million;
    const QByteArray thousand(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.addData(thousand);
    CHECK(million.hex() == QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}
