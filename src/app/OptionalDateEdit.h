// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

#include <optional>

namespace chamber {

// A date field that may be left empty: its lowest date stands for "no date" and shows as blank
// (records often lack a founding or closing date, and a made-up date would be worse).
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    std::optional<QDate> optionalDate() const;
    void setOptionalDate(const std::optional<QDate> &date);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    static QDate noDate() { return QDate(1900, 1, 1); }
};

} // namespace chamber
