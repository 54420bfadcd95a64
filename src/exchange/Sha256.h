// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace chamber {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: several times
// faster than QCryptographicHash's portable code, whose hashing was a third of the CPU of a
// region's package import (docs/exchange.md, Speed). Fed in pieces; result() once.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest as 64 lowercase hex digits.
    QString hex();
    static QString hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace chamber
