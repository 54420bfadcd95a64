// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBinding.h"
#include "RecordKind.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <utility>

class QWidget;

namespace chamber {

// Binds a Designer form's input widgets to the fields of a record kind by field key: each input
// widget carries the dynamic property "field" (set in the .ui) naming its field in the kind's
// description (RecordKind), beside the label problem_<field> that shows the field's problems. A
// widget shows and gives the field's stored value (RecordBinding's QVariant) by the field's type:
//   OptionalDateEdit (a date that may be blank), QDateEdit; QSpinBox (a count; its special value
//   text at the minimum, if any, is "not known"); QCheckBox (yes/no); QComboBox: editable, its
//   text — for a code field, a pick from its items (the item's data is the code) by their text,
//   completed from any part of it; else its items' data (an enumeration's keys, filled from the
//   description when the .ui gives no items, or numbers counting its values in the enumeration's
//   order; true/false for yes/no; an item without data is "not known"); QLineEdit: text trimmed
//   or as the field normalises it, money in yuan (3.5万), names separated by 、, commas or spaces;
//   QPlainTextEdit: as typed, trimmed when the widget's property "trimmed" is true.
// Text that is not a value of the field (an amount that is no amount, a date that is no date, a
// name that is none of the list's) is a problem of that field, shown under it. A field that counts
// only while another holds a value (FieldDescription::onlyWhen) is enabled only then, and reads
// as not known otherwise.
class FormFields
{
    Q_DECLARE_TR_FUNCTIONS(FormFields)
public:
    FormFields(RecordKindId kind, QWidget *form);
    ~FormFields();
    FormFields(const FormFields &) = delete;
    FormFields &operator=(const FormFields &) = delete;

    RecordKindId kind() const { return m_kind; }
    // The bound field keys, in the description's order.
    QStringList keys() const;
    QWidget *widget(const QString &key) const;
    // The keys named by a "field" property that the kind does not describe (none, in a sound form).
    const QStringList &unknownKeys() const { return m_unknown; }

    void setValue(const QString &key, const QVariant &stored);
    // What the widget holds, as stored; a problem of the field (added to problems) when its text
    // is no value of the field, and then a null value.
    QVariant value(const QString &key, bool nullable, Problems *problems = nullptr) const;

private:
    // Whether the field counts as the form now stands (its onlyWhen holds).
    bool counts(const FieldDescription &field) const;
    // Enables each conditional field's widget as its condition holds.
    void updateConditions();

    RecordKindId m_kind;
    QList<std::pair<const FieldDescription *, QWidget *>> m_fields;
    QStringList m_unknown;
    QList<QMetaObject::Connection> m_connections;
};

// A record of type T loaded into and saved from a form through the kind's bindings.
template<typename T>
class FormBinding : public FormFields
{
public:
    FormBinding(RecordKindId kind, const FieldBindings<T> &bindings, QWidget *form) : FormFields(kind, form), m_bindings(bindings) {}

    void load(const T &record)
    {
        for (const QString &key : keys())
            if (const auto *b = findBinding(m_bindings, key.toLatin1().constData()))
                setValue(key, b->get(record));
    }
    // The record with the form's values in its bound fields (others as given).
    T save(T record, Problems *problems = nullptr) const
    {
        for (const QString &key : keys())
            if (const auto *b = findBinding(m_bindings, key.toLatin1().constData()))
                b->set(record, value(key, b->nullable, problems));
        return record;
    }
    // The problems of text that is no value of its field.
    Problems inputProblems() const
    {
        Problems out;
        save(T{}, &out);
        return out;
    }
    // The bound keys that have no binding for T (none, in a sound form).
    QStringList unboundKeys() const
    {
        QStringList out;
        for (const QString &key : keys())
            if (!findBinding(m_bindings, key.toLatin1().constData()))
                out.append(key);
        return out;
    }

private:
    const FieldBindings<T> &m_bindings;
};

} // namespace chamber
