// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionPicker.h"

#include "DivisionCatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace chamber {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QStandardItem *itemFor(const Division &d)
{
    auto *item = new QStandardItem(QStringLiteral("%1  %2").arg(d.name, d.code));
    item->setData(d.code, kCodeRole);
    item->setData(QString(d.name + QLatin1Char(' ') + d.code), kSearchRole);
    item->setEditable(false);
    return item;
}
} // namespace

DivisionPicker::DivisionPicker(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new QTreeView(this)), m_summary(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_filter(new QSortFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Type a name or code, e.g. 宾阳 or 450126"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setObjectName(QStringLiteral("divisionTree"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    build();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        // A narrowed tree is short: open it so the matches show without clicking.
        if (text.trimmed().size() >= 2)
            m_tree->expandAll();
        else
            m_tree->collapseAll();
    });
    // Enter in the search field takes the one division that matches (the wizard then goes on).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_search->text().trimmed();
        if (text.isEmpty())
            return;
        QStringList matches;
        std::function<void(const QStandardItem *)> visit = [&](const QStandardItem *item) {
            if (item->data(kSearchRole).toString().contains(text, Qt::CaseInsensitive))
                matches.append(item->data(kCodeRole).toString());
            for (int r = 0; r < item->rowCount(); ++r)
                visit(item->child(r));
        };
        for (int r = 0; r < m_model->rowCount(); ++r)
            visit(m_model->item(r));
        if (matches.size() == 1)
            select(matches.first());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        describe();
        emit selectionChanged();
    });
    describe();
}

void DivisionPicker::build()
{
    const auto &catalog = DivisionCatalog::bundled();
    for (const auto &province : catalog.all(DivisionLevel::Province)) {
        QStandardItem *p = itemFor(province);
        for (const auto &city : catalog.children(province.code)) {
            if (city.level != DivisionLevel::City)
                continue;
            QStandardItem *c = itemFor(city);
            for (const auto &county : catalog.children(city.code))
                if (county.level == DivisionLevel::County)
                    c->appendRow(itemFor(county));
            p->appendRow(c);
        }
        m_model->appendRow(p);
    }
}

std::optional<Division> DivisionPicker::selected() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return DivisionCatalog::bundled().byCode(current.data(kCodeRole).toString());
}

bool DivisionPicker::select(const QString &code)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), kCodeRole, code, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    const QModelIndex index = m_filter->mapFromSource(found.first());
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void DivisionPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void DivisionPicker::describe()
{
    const auto division = selected();
    if (!division) {
        m_summary->setText(tr("Choose the province, city or county the database will cover."));
        return;
    }
    const auto &catalog = DivisionCatalog::bundled();
    int proper = 0, other = 0;
    for (const auto &d : catalog.descendants(division->code))
        if (d.level == DivisionLevel::Township)
            (Divisions::isProperTownship(Divisions::townshipKind(d.code)) ? proper : other) += 1;
    m_summary->setText(tr("%1 (%2): %3 townships and %4 other township-level units (development zones, farms).")
                           .arg(catalog.pathName(division->code), division->code)
                           .arg(proper)
                           .arg(other));
}

} // namespace chamber
