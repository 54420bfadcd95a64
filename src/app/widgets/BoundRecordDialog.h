// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormFields.h"
#include "RecordDialog.h"

#include <memory>

namespace chamber {

// A record dialog whose Designer form is bound to its kind's description (FormBinding): the
// record is loaded into the form and read back from it field by field, the form's own problems
// (a date or an amount that is none) come first, and any change of a bound field makes it dirty.
// A subclass sets its form up (setupUi, the items of a combo that are not an enumeration's),
// calls bind(), and says how to validate and write through its service.
template<typename T>
class BoundRecordDialog : public RecordDialog
{
public:
    // The record as the form holds it now.
    virtual T record() const { return m_fields->save(m_original); }

protected:
    BoundRecordDialog(Workspace &workspace, const T &record, QWidget *parent) : RecordDialog(workspace, parent), m_original(record) {}

    // Binds the form to the kind, shows `shown` in it (the record, or a new one with its
    // defaults), notes the record's version in table, and puts the form in.
    void bind(QWidget *form, RecordKindId kind, const FieldBindings<T> &bindings, const QString &table, const T &shown)
    {
        m_fields = std::make_unique<FormBinding<T>>(kind, bindings, form);
        m_fields->load(shown);
        m_initial = record();
        loadVersion(table, m_original.id);
        setForm(form);
        check();
    }
    // The form's problems, then the service's check of the record.
    Problems checked(const Problems &serviceProblems) const { return m_fields->inputProblems() + serviceProblems; }

    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }

    T m_original;
    T m_initial;  // as the form first showed it
    std::unique_ptr<FormBinding<T>> m_fields;
};

} // namespace chamber
