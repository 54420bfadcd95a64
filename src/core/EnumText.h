// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace chamber {

// One value of a record's enumeration as it is stored, shown and typed: its storage key, its
// English name (a QT_TRANSLATE_NOOP source, translated when shown) and the words clerks write
// for it in ledgers ('|'-separated UTF-8, Chinese first).
template<typename E>
struct EnumText
{
    E value;
    const char *key;
    const char *name;
    const char *aliases;
};

// What every enumeration's texts offer without its C++ type: the record-kind descriptions
// (RecordKind) reach an enum field's keys and names through it.
class EnumTextSet
{
public:
    virtual ~EnumTextSet() = default;
    virtual QStringList keys() const = 0;
    // The stored key for a text as clerks write it (key, name or alias); empty when none fits.
    virtual QString keyFromText(const QString &text) const = 0;
    // The translated name of a stored key; empty for an unknown key.
    virtual QString nameOfKey(const QString &key) const = 0;
};

// The texts of one enumeration, so that every enumeration of the records stores, shows and
// parses the same way: by key, by English or translated name, or by an alias — ignoring case,
// spaces, quotation marks and the difference between '-' and '_'.
template<typename E>
class EnumTexts final : public EnumTextSet
{
public:
    EnumTexts(const char *context, std::span<const EnumText<E>> items) : m_context(context), m_items(items) {}

    QString key(E value) const
    {
        for (const auto &item : m_items)
            if (item.value == value)
                return QString::fromLatin1(item.key);
        return {};
    }
    QString name(E value) const
    {
        for (const auto &item : m_items)
            if (item.value == value)
                return QCoreApplication::translate(m_context, item.name);
        return {};
    }
    QList<E> values() const
    {
        QList<E> out;
        for (const auto &item : m_items)
            out.append(item.value);
        return out;
    }
    QStringList keys() const override
    {
        QStringList out;
        for (const auto &item : m_items)
            out.append(QString::fromLatin1(item.key));
        return out;
    }
    QString keyFromText(const QString &text) const override
    {
        const auto value = fromText(text);
        return value ? key(*value) : QString();
    }
    QString nameOfKey(const QString &k) const override
    {
        for (const auto &item : m_items)
            if (k == QLatin1String(item.key))
                return QCoreApplication::translate(m_context, item.name);
        return {};
    }
    std::optional<E> fromText(const QString &text) const
    {
        // As stored: the common case (every row read from the database), without folding.
        for (const auto &item : m_items)
            if (text == QLatin1String(item.key))
                return item.value;
        const QString t = fold(text);
        if (t.isEmpty())
            return std::nullopt;
        for (const auto &item : m_items) {
            if (t == fold(QString::fromLatin1(item.key)) || t == fold(QString::fromLatin1(item.name))
                || t == fold(QCoreApplication::translate(m_context, item.name)))
                return item.value;
            for (const auto &alias : QString::fromUtf8(item.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                if (t == fold(alias))
                    return item.value;
        }
        return std::nullopt;
    }

private:
    static QString fold(const QString &text)
    {
        QString out;
        for (const QChar c : text) {
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201C) || c == QChar(0x201D)
                || c == QChar(0x300C) || c == QChar(0x300D))
                continue;
            out.append(c == QLatin1Char('-') ? QLatin1Char('_') : c.toLower());
        }
        return out;
    }

    const char *m_context;
    std::span<const EnumText<E>> m_items;
};

} // namespace chamber
