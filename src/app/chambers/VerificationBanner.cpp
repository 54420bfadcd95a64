// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationBanner.h"

#include "Fields.h"
#include "Session.h"
#include "VerificationActions.h"

#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

VerificationBanner::VerificationBanner(Session &session, QWidget *parent) : QFrame(parent), m_session(session), m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("verificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A pale amber band: something to look at, not an error.
    setStyleSheet(QStringLiteral("#verificationBanner { background: #fff6d6; border: 1px solid #e0c060; border-radius: 4px; }"));
    m_rows->setContentsMargins(10, 6, 10, 6);
    m_rows->setSpacing(4);
    hide();
}

void VerificationBanner::setChamberId(qint64 id)
{
    m_chamberId = id;
    reload();
}

QPushButton *VerificationBanner::useButton(qint64 itemId) const
{
    return m_useButtons.value(itemId, nullptr);
}

void VerificationBanner::reload()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_useButtons.clear();
    m_items.clear();
    if (m_chamberId == 0) {
        hide();
        return;
    }
    VerificationQuery query;
    query.chamberId = m_chamberId;
    const auto found = m_session.verification().list(query);
    if (!found) {
        // A failed read is said, never shown as "nothing to verify".
        showReadError(found.firstError());
        return;
    }
    // Whether each value can be used reads the chamber: a read that fails is said, never shown
    // as items without their 使用 button.
    QHash<qint64, bool> usable;
    for (const auto &item : found.value()) {
        const auto can = VerificationActions::canUseValue(m_session.db(), item);
        if (!can) {
            showReadError(can.firstError());
            return;
        }
        usable.insert(item.id, *can);
    }
    m_items = found.value();
    setVisible(!m_items.isEmpty());
    if (m_items.isEmpty())
        return;
    auto *title = new QLabel(tr("<b>To verify (%n):</b> values from a ledger import that were held back or look doubtful.", nullptr,
                                int(m_items.size())),
                             this);
    m_rows->addWidget(title);
    for (const auto &item : m_items) {
        auto *row = new QHBoxLayout;
        const QString where = item.sourceRow > 0 ? tr("%1, row %2").arg(item.sourceFile).arg(item.sourceRow) : item.sourceFile;
        const QString state = item.kind == VerificationItem::Kind::Doubtful ? tr("taken in as found") : tr("held back");
        auto *text = new QLabel(tr("%1: “%2” (%3) — %4 [%5]")
                                    .arg(fieldLabel(item.field), item.value.isEmpty() ? tr("blank") : item.value, state, item.reason, where),
                                this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setObjectName(QStringLiteral("verificationItem%1").arg(item.id));
        row->addWidget(text, 1);
        if (usable.value(item.id)) {
            auto *use = new QPushButton(item.kind == VerificationItem::Kind::Doubtful ? tr("Confirm this value") : tr("Use this value"), this);
            use->setToolTip(item.kind == VerificationItem::Kind::Doubtful ? tr("The value is on record; confirm it is right.")
                                                                         : tr("Write “%1” into the chamber now.").arg(item.value));
            connect(use, &QPushButton::clicked, this, [this, item] { this->use(item); });
            m_useButtons.insert(item.id, use);
            row->addWidget(use);
        }
        auto *dismiss = new QPushButton(tr("Dismiss…"), this);
        dismiss->setToolTip(tr("Keep the record as it is and say why."));
        connect(dismiss, &QPushButton::clicked, this, [this, item] { this->dismiss(item); });
        row->addWidget(dismiss);
        m_rows->addLayout(row);
    }
}

void VerificationBanner::showReadError(const QString &message)
{
    auto *error = new QLabel(tr("The values to verify could not be read: %1").arg(message), this);
    error->setObjectName(QStringLiteral("verificationReadError"));
    error->setWordWrap(true);
    m_rows->addWidget(error);
    show();
}

void VerificationBanner::use(const VerificationItem &item)
{
    if (auto s = VerificationActions::useValue(m_session.db(), item.id); !s) {
        QMessageBox::warning(this, tr("Use this value"), s.firstError());
        return;
    }
    reload();
    emit valueUsed(item.field);
    emit itemsChanged();
}

void VerificationBanner::dismiss(const VerificationItem &item)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dismiss"), tr("Why is “%1” not used?").arg(item.value), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto s = m_session.verification().resolve(item.id, VerificationItem::Resolution::Dismissed, reason); !s) {
        QMessageBox::warning(this, tr("Dismiss"), s.firstError());
        return;
    }
    reload();
    emit itemsChanged();
}

} // namespace chamber
