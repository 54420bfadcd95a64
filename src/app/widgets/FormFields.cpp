// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFields.h"

#include "EnumText.h"
#include "Money.h"
#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace chamber {

namespace {

const char *const kFieldProperty = "field";

QString moneyText(const QVariant &stored)
{
    return stored.isNull() ? QString() : money::formatYuan(stored.toLongLong());
}

QStringList names(const QString &text)
{
    // As clerks list mediators: 、 or commas, semicolons or spaces between the names.
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    QStringList out;
    for (const auto &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

// An item's data as stored: an enumeration's combo may number its items by the enumeration's
// values (as ChamberStatus counts them), which are the places of its keys among the keys.
QVariant storedData(const FieldDescription &f, const QVariant &data)
{
    if (f.type != FieldType::Enum || !f.enumTexts || data.typeId() != QMetaType::Int)
        return data;
    const QString key = f.enumTexts().keys().value(data.toInt());
    return key.isEmpty() ? QVariant() : QVariant(key);
}

int itemOf(const FieldDescription &f, const QComboBox *box, const QVariant &stored)
{
    for (int i = 0; i < box->count(); ++i) {
        const QVariant data = storedData(f, box->itemData(i));
        if (stored.isNull() ? !data.isValid() || data.isNull() : data == stored)
            return i;
    }
    return -1;
}

// An editable combo of a code field is a pick from its items, typed or chosen: the item's data is
// the code, its text what is typed.
bool isPick(const FieldDescription &f, const QComboBox *box)
{
    return box->isEditable() && f.type == FieldType::Code;
}

// The item whose text is typed, exactly; -1 for none.
int pickedItem(const QComboBox *box)
{
    return box->findText(box->currentText(), Qt::MatchExactly);
}

} // namespace

FormFields::FormFields(RecordKindId kind, QWidget *form) : m_kind(kind)
{
    const RecordKind &described = recordKind(kind);
    for (QWidget *w : form->findChildren<QWidget *>()) {
        const QVariant key = w->property(kFieldProperty);
        if (!key.isValid())
            continue;
        if (const FieldDescription *f = described.field(key.toString()))
            m_fields.append({f, w});
        else
            m_unknown.append(key.toString());
    }
    // In the description's order, whatever the order of the form's widgets.
    auto index = [&described](const FieldDescription *f) { return f - described.fields.data(); };
    std::sort(m_fields.begin(), m_fields.end(), [&](const auto &a, const auto &b) { return index(a.first) < index(b.first); });

    for (const auto &[f, w] : m_fields) {
        auto *box = qobject_cast<QComboBox *>(w);
        if (box && isPick(*f, box)) {
            // Typing any part of an item's text finds it: clerks know "黎塘", not the list's order.
            auto *completer = new QCompleter(box->model(), box);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            box->setCompleter(completer);
            box->setInsertPolicy(QComboBox::NoInsert);
        }
        // A field that counts only while another holds a value is offered only then.
        if (f->onlyWhen.field)
            if (auto *control = qobject_cast<QComboBox *>(widget(QString::fromLatin1(f->onlyWhen.field))))
                m_connections.append(
                    QObject::connect(control, &QComboBox::currentIndexChanged, w, [this] { updateConditions(); }));
    }
    updateConditions();
}

FormFields::~FormFields()
{
    for (const auto &c : m_connections)
        QObject::disconnect(c);
}

bool FormFields::counts(const FieldDescription &f) const
{
    if (!f.onlyWhen.field)
        return true;
    const QString control = QString::fromLatin1(f.onlyWhen.field);
    if (!widget(control))
        return true;
    return value(control, false) == QVariant(QString::fromLatin1(f.onlyWhen.value));
}

void FormFields::updateConditions()
{
    for (const auto &[f, w] : m_fields)
        if (f->onlyWhen.field)
            w->setEnabled(counts(*f));
}

QStringList FormFields::keys() const
{
    QStringList out;
    for (const auto &[f, w] : m_fields)
        out.append(QString::fromLatin1(f->key));
    return out;
}

QWidget *FormFields::widget(const QString &key) const
{
    for (const auto &[f, w] : m_fields)
        if (key == QLatin1String(f->key))
            return w;
    return nullptr;
}

void FormFields::setValue(const QString &key, const QVariant &stored)
{
    QWidget *w = widget(key);
    if (!w)
        return;
    const FieldDescription &f = *recordKind(m_kind).field(key);
    if (auto *date = qobject_cast<OptionalDateEdit *>(w)) {
        date->setOptionalDate(stored.isNull() || !stored.toDate().isValid() ? std::nullopt : std::optional<QDate>(stored.toDate()));
    } else if (auto *edit = qobject_cast<QDateEdit *>(w)) {
        edit->setDate(stored.toDate());
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(stored.isNull() ? spin->minimum() : stored.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setChecked(stored.toBool());
    } else if (auto *box = qobject_cast<QComboBox *>(w)) {
        if (isPick(f, box)) {
            box->setCurrentIndex(stored.isNull() ? -1 : box->findData(stored));
        } else if (box->isEditable()) {
            box->setCurrentText(stored.toString());
        } else {
            if (box->count() == 0 && f.type == FieldType::Enum && f.enumTexts) {
                const EnumTextSet &texts = f.enumTexts();
                for (const QString &k : texts.keys())
                    box->addItem(texts.nameOfKey(k), k);
            }
            box->setCurrentIndex(itemOf(f, box, stored));
        }
        // Signals may be blocked while a record is loaded: what is offered follows it all the same.
        updateConditions();
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (f.type == FieldType::Money)
            line->setText(moneyText(stored));
        else if (f.type == FieldType::Names)
            line->setText(stored.toStringList().join(kNamesSeparator));
        else
            line->setText(stored.isNull() ? QString() : stored.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
        text->setPlainText(stored.toString());
    }
}

QVariant FormFields::value(const QString &key, bool nullable, Problems *problems) const
{
    QWidget *w = widget(key);
    if (!w)
        return {};
    const FieldDescription &f = *recordKind(m_kind).field(key);
    auto refuse = [&](const QString &message) {
        if (problems)
            problems->append(withKind(m_kind, {Problem::error(key, message)}));
        return QVariant();
    };
    // Not offered, it is not known, whatever it held (a dissolution date while the chamber is active).
    if (!counts(f))
        return {};
    if (auto *date = qobject_cast<OptionalDateEdit *>(w)) {
        if (!date->isInputValid())
            return refuse(OptionalDateEdit::invalidInputMessage());
        const auto d = date->optionalDate();
        return d ? QVariant(*d) : QVariant();
    }
    if (auto *edit = qobject_cast<QDateEdit *>(w))
        return edit->date();
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        if (nullable && !spin->specialValueText().isEmpty() && spin->value() == spin->minimum())
            return {};
        return spin->value();
    }
    if (auto *check = qobject_cast<QCheckBox *>(w))
        return check->isChecked();
    if (auto *box = qobject_cast<QComboBox *>(w)) {
        if (isPick(f, box)) {
            // Typed text that names no item leaves the field empty, with a word under it.
            const QString text = box->currentText().trimmed();
            if (const int item = pickedItem(box); item >= 0)
                return box->itemData(item);
            if (!text.isEmpty())
                refuse(tr("\"%1\" is not a %2 of this database; pick one from the list.")
                           .arg(box->currentText(), recordKind(m_kind).label(f)));
            return QString();
        }
        if (box->isEditable())
            return box->currentText().trimmed();
        const QVariant data = storedData(f, box->currentData());
        return data.isValid() ? data : QVariant();
    }
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        const QString text = line->text().trimmed();
        switch (f.type) {
        case FieldType::Money: {
            if (text.isEmpty())
                return {};
            if (const auto fen = money::parseYuan(text))
                return *fen;
            return refuse(tr("\"%1\" is not an amount of yuan; write it like 30000, 30000.50 or 3万.").arg(text));
        }
        case FieldType::Count: {
            if (text.isEmpty() && nullable)
                return {};
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok)
                return refuse(tr("\"%1\" is not a whole number.").arg(text));
            return n;
        }
        case FieldType::Names: return names(text);
        default: return f.normalise ? f.normalise(line->text()) : text;
        }
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->property("trimmed").toBool() ? text->toPlainText().trimmed() : text->toPlainText();
    return {};
}

} // namespace chamber
