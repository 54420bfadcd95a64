// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "PagedTableModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>

namespace chamber {

namespace {
const QColor kAccent(0x1f, 0x6f, 0xb2);      // the federation's blue, for selection and headings
const QColor kWindow(0xf5, 0xf6, 0xf8);
const QColor kAlternate(0xf7, 0xf9, 0xfc);

// Ctrl+End in a list that loads its rows page by page goes to the real last row: the rest of the
// list is read first, instead of stopping at the end of the rows loaded so far.
class FetchAllOnEnd : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier))
                if (auto *view = qobject_cast<QAbstractItemView *>(watched); view && view->model()) {
                    QAbstractItemModel *model = view->model();
                    const int before = model->rowCount();
                    if (auto *paged = qobject_cast<PagedTableModel *>(model))
                        paged->fetchAll();
                    while (model->canFetchMore({}))
                        model->fetchMore({});
                    // The view works out "the end" from the rows it knew when the key came: go there here.
                    if (model->rowCount() != before && model->rowCount() > 0) {
                        const QModelIndex last = model->index(model->rowCount() - 1, std::max(0, view->currentIndex().column()));
                        view->setCurrentIndex(last);
                        view->scrollTo(last);
                        return true;
                    }
                }
        }
        return QObject::eventFilter(watched, event);
    }
};

QString styleSheet()
{
    return QStringLiteral(
        "QListWidget#navigation { background: #243447; color: #e8edf3; border: none; outline: 0; }"
        "QListWidget#navigation::item { padding: 10px 12px; border-left: 3px solid transparent; }"
        "QListWidget#navigation::item:selected { background: #31475f; color: white; border-left: 3px solid #4da3ff; }"
        "QListWidget#navigation::item:hover:!selected { background: #2b3e53; }"
        "QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1d2b3a; }"
        "QLabel#pageSubtitle { color: #5b6b7c; }"
        "QLabel#figure { font-size: 20pt; font-weight: bold; color: #1f6fb2; }"
        "QLabel#figureCaption { color: #5b6b7c; }"
        "QFrame#card { background: white; border: 1px solid #dde3ea; border-radius: 6px; }"
        "QLabel[problem=\"error\"] { color: #b3261e; }"
        "QLabel[problem=\"warning\"] { color: #8a5a00; }"
        "QLabel#emptyState { color: #5b6b7c; font-size: 12pt; }"
        "QHeaderView::section { background: #eef2f6; border: none; border-right: 1px solid #dde3ea;"
        " border-bottom: 1px solid #d0d7de; padding: 4px 6px; font-weight: bold; color: #1d2b3a; }"
        "QTableView { background: white; gridline-color: #e6eaef; selection-background-color: #d6e6f5;"
        " selection-color: #10202f; border: 1px solid #d0d7de; }"
        "QStatusBar { background: #eef2f6; color: #3b4a5a; }"
        // A button that only opens a menu (年末, 导出): room for its arrow beside the text, not over it.
        "QToolButton[popupMode=\"2\"] { padding-right: 16px; }");
}
} // namespace

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, kWindow);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, kAlternate);
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Link, kAccent);
    app.setPalette(p);

    // Noto Sans CJK SC draws Chinese and Latin alike; without it Qt's fallback mixes fonts.
    const QStringList families = QFontDatabase::families();
    for (const auto &family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                               QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(10);
            app.setFont(font);
            break;
        }
    }
    app.setStyleSheet(styleSheet());
}

QIcon Theme::icon(const QString &themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

int Theme::rowHeight()
{
    return QFontMetrics(QApplication::font()).height() + 12;
}

void Theme::setUpTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(rowHeight());
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setMinimumHeight(rowHeight());
    view->installEventFilter(new FetchAllOnEnd(view));
}

} // namespace chamber
