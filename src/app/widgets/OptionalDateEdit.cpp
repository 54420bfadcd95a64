// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include "Dates.h"
#include "Theme.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QKeyEvent>
#include <QValidator>

namespace chamber {

namespace {
// Lets through only what may become a date by typing on: digits and separators in order.
class TypedDateValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        if (input.trimmed().isEmpty() || dates::parseTyped(input))
            return Acceptable;
        return dates::isTypedPrefix(input) ? Intermediate : Invalid;
    }
};
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setValidator(new TypedDateValidator(this));
    setPlaceholderText(tr("yyyy-mm-dd"));
    setToolTip(tr("Type the date as yyyy-mm-dd (for example 2011-10-10), pick it from the calendar (Alt+Down), "
                  "or leave it empty if it is not known."));
    setClearButtonEnabled(true);
    auto *open = addAction(Theme::icon(QStringLiteral("x-office-calendar"), QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    open->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &OptionalDateEdit::textWasEdited);
    // The clear button empties the field without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_date) {
            m_date.reset();
            markValidity();
            emit dateChanged(QDate());
        }
    });
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::normalise);
    const QFontMetrics metrics(font());
    setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + 64);
}

std::optional<QDate> OptionalDateEdit::optionalDate() const
{
    return m_date;
}

void OptionalDateEdit::setOptionalDate(const std::optional<QDate> &date)
{
    const std::optional<QDate> value = date && date->isValid() ? date : std::nullopt;
    const bool changed = value != m_date;
    m_date = value;
    setText(dates::toText(value));
    markValidity();
    if (changed)
        emit dateChanged(value.value_or(QDate()));
}

bool OptionalDateEdit::isInputValid() const
{
    return text().trimmed().isEmpty() || dates::parseTyped(text()).has_value();
}

QString OptionalDateEdit::invalidInputMessage()
{
    return tr("Not a date: type it as yyyy-mm-dd, for example 2011-10-10, or leave the field empty.");
}

void OptionalDateEdit::textWasEdited()
{
    const QString typed = text();
    std::optional<QDate> value;
    if (!typed.trimmed().isEmpty()) {
        value = dates::parseTyped(typed);
        if (!value) {
            markValidity();
            return;  // not (yet) a date: the last date stays until it is put right
        }
    }
    markValidity();
    if (value != m_date) {
        m_date = value;
        emit dateChanged(value.value_or(QDate()));
    }
}

void OptionalDateEdit::normalise()
{
    // 2011/10/10 becomes 2011-10-10 once the field is left; text that is not a date stays as typed.
    if (const auto value = dates::parseTyped(text()); value && text() != dates::toText(*value)) {
        const int position = cursorPosition();
        setText(dates::toText(*value));
        setCursorPosition(qMin(position, int(text().size())));
    }
    markValidity();
}

void OptionalDateEdit::markValidity()
{
    const bool valid = isInputValid();
    if (property("invalidDate").toBool() == !valid)
        return;
    setProperty("invalidDate", !valid);
    setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
}

void OptionalDateEdit::focusOutEvent(QFocusEvent *event)
{
    normalise();
    QLineEdit::focusOutEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool open = event->key() == Qt::Key_F4 || ((event->key() == Qt::Key_Down) && (event->modifiers() & Qt::AltModifier));
    if (open) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setGridVisible(true);
        auto pick = [this](const QDate &date) {
            m_calendar->hide();
            setOptionalDate(date);
            setFocus();
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
        m_calendar->installEventFilter(this);
    }
    // It opens on the date shown, or on today's month for an empty field — without filling it in.
    const QSignalBlocker blocker(m_calendar);
    m_calendar->setSelectedDate(m_date.value_or(QDate::currentDate()));
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Escape closes the calendar and leaves the field as it was.
    if (watched == m_calendar && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_calendar->hide();
        setFocus();
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

void OptionalDateEdit::setUpRequired(QDateEdit *edit)
{
    edit->setDisplayFormat(dates::displayFormat());
    edit->setCalendarPopup(true);
}

} // namespace chamber
