// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangePage.h"

#include "Cells.h"
#include "ExchangeService.h"
#include "PageHeader.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace chamber {

namespace {

using S = ExchangeCountyStatus;

QString standing(const S &s)
{
    if (s.received)
        return ExchangePage::tr("#%1").arg(s.received->sequence);
    if (s.ownChambers > 0)
        return ExchangePage::tr("kept here");
    return ExchangePage::tr("not reported");
}

QString records(const S &s)
{
    if (s.received)
        return ExchangePage::tr("%1 chambers, %2 cases, %3 points entries")
            .arg(s.received->counts.value(QStringLiteral("chamber")))
            .arg(s.received->counts.value(QStringLiteral("mediation_case")))
            .arg(s.received->counts.value(QStringLiteral("points_entry")));
    if (s.ownChambers > 0)
        return ExchangePage::tr("%n chamber(s) kept in this database", nullptr, s.ownChambers);
    return {};
}

} // namespace

ExchangePage::ExchangePage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_model(new RecordTableModel<S>(this)), m_error(new QLabel(this))
{
    const auto status = [](const S &s, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return standing(s);
        if (role == Qt::ForegroundRole && !s.received && s.ownChambers == 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));  // 未报送: a gap to see, in red
        return {};
    };
    m_model->setColumns({tr("Code"), tr("County"), tr("Package"), tr("Made"), tr("Data as of"), tr("Records"), tr("Forwarded by")},
                        {cells::text<S>([](const S &s) { return s.county.code; }), cells::text<S>([](const S &s) { return s.county.name; }),
                         status,
                         cells::text<S>([](const S &s) -> QString {
                             return s.received ? QLocale().toString(QDateTime::fromString(s.received->madeAt, Qt::ISODate).toLocalTime(),
                                                                     QStringLiteral("yyyy-MM-dd HH:mm"))
                                               : QString();
                         }),
                         cells::text<S>([](const S &s) { return s.received ? s.received->asOf.toString(Qt::ISODate) : QString(); }),
                         cells::text<S>([](const S &s) { return records(s); }),
                         cells::text<S>([](const S &s) { return s.received ? s.received->forwardedBy : QString(); })});
    m_model->setSource([this] { return int(m_rows.size()); }, [this](int offset, int limit) { return m_rows.mid(offset, limit); },
                       [](const S &s) { return s.county.code.toLongLong(); });
    m_panel = new RecordListPanel(m_model, QStringLiteral("reporting"), {3, 6, 3, 7, 4, 14, 3}, this);
    m_panel->setSearchVisible(false);
    m_panel->setCountText([this](int n) {
        int reported = 0;
        for (const auto &s : m_rows)
            reported += s.received ? 1 : 0;
        return tr("reported: %1/%2 counties").arg(reported).arg(n);
    });
    m_error->setObjectName(QStringLiteral("problem"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_panel, 1);
}

QString ExchangePage::title() const
{
    return tr("Reporting");
}

QIcon ExchangePage::icon() const
{
    return Theme::icon(QStringLiteral("mail-send-receive"), QStyle::SP_ArrowUp);
}

void ExchangePage::reload()
{
    if (!workspace().isOpen())
        return;
    const auto status = workspace().session().exchange().status();
    m_error->setVisible(!status);
    m_error->setText(status ? QString() : tr("The reporting status cannot be read: %1").arg(status.firstError()));
    m_rows = status ? status.value() : QList<S>{};
    m_model->reload();
    const bool county = m_rows.size() == 1 && m_rows.first().county.code.size() == 6 && !m_rows.first().received;
    m_header->setSubtitle(county ? tr("A county reports upward: File → Export report data… writes the package to send to the city.")
                                 : tr("Each county's last report package (File → Import report data…); received records are read-only here."));
}

} // namespace chamber
