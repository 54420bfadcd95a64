// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordKind.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace chamber {

// How one field of a record kind's description is read from and written into its C++ struct, as
// a QVariant of its stored form: QString (text, phone, code, an enum's key), QDate, int or qint64
// (count, money in fen), bool (yes/no), QStringList (names); a null QVariant where the value is
// not known. The writers of every face (JSON, command line) work from these and the description,
// not from the struct's members.
template<typename T>
struct FieldBinding
{
    const char *key;
    bool nullable;  // the member can hold "not known" (std::optional, an invalid QDate)
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
};

template<typename T>
using FieldBindings = QList<FieldBinding<T>>;

namespace binding {

inline QVariant toVariant(const QString &v) { return v; }
inline QVariant toVariant(const QDate &v) { return v.isValid() ? QVariant(v) : QVariant(); }
inline QVariant toVariant(int v) { return v; }
inline QVariant toVariant(qint64 v) { return v; }
inline QVariant toVariant(bool v) { return v; }
inline QVariant toVariant(const QStringList &v) { return v; }
template<typename V>
QVariant toVariant(const std::optional<V> &v)
{
    return v ? toVariant(*v) : QVariant();
}

inline void fromVariant(const QVariant &v, QString &m) { m = v.toString(); }
inline void fromVariant(const QVariant &v, QDate &m) { m = v.toDate(); }
inline void fromVariant(const QVariant &v, int &m) { m = v.toInt(); }
inline void fromVariant(const QVariant &v, qint64 &m) { m = v.toLongLong(); }
inline void fromVariant(const QVariant &v, bool &m) { m = v.toBool(); }
inline void fromVariant(const QVariant &v, QStringList &m) { m = v.toStringList(); }
template<typename V>
void fromVariant(const QVariant &v, std::optional<V> &m)
{
    if (v.isNull()) {
        m.reset();
        return;
    }
    V value{};
    fromVariant(v, value);
    m = value;
}

template<typename M>
constexpr bool isNullable = std::is_same_v<M, QDate>;
template<typename V>
constexpr bool isNullable<std::optional<V>> = true;

} // namespace binding

// A member as it is stored.
template<typename T, typename M>
FieldBinding<T> bind(const char *key, M T::*member)
{
    return {key, binding::isNullable<M>, [member](const T &r) { return binding::toVariant(r.*member); },
            [member](T &r, const QVariant &v) { binding::fromVariant(v, r.*member); }};
}

// An enumeration, stored by its key.
template<typename T, typename E>
FieldBinding<T> bindEnum(const char *key, E T::*member, QString (*keyOf)(E), std::optional<E> (*fromText)(const QString &))
{
    return {key, false, [member, keyOf](const T &r) { return QVariant(keyOf(r.*member)); },
            [member, fromText](T &r, const QVariant &v) {
                if (const auto e = fromText(v.toString()))
                    r.*member = *e;
            }};
}

template<typename T, typename E>
FieldBinding<T> bindEnum(const char *key, std::optional<E> T::*member, QString (*keyOf)(E), std::optional<E> (*fromText)(const QString &))
{
    return {key, true, [member, keyOf](const T &r) { return r.*member ? QVariant(keyOf(*(r.*member))) : QVariant(); },
            [member, fromText](T &r, const QVariant &v) { r.*member = v.isNull() ? std::nullopt : fromText(v.toString()); }};
}

template<typename T>
const FieldBinding<T> *findBinding(const FieldBindings<T> &bindings, const char *key)
{
    for (const auto &b : bindings)
        if (qstrcmp(b.key, key) == 0)
            return &b;
    return nullptr;
}

} // namespace chamber
