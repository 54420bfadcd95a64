// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsRulesPanel.h"

#include "Cells.h"
#include "PointsService.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

PointsRulesPanel::PointsRulesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_categories(new RecordTableModel<PointsCategory>(this)),
      m_gradeGroup(new QGroupBox(tr("Grades and awards of the year"), this)), m_excellent(new QLineEdit(this)), m_good(new QLineEdit(this)),
      m_pass(new QLineEdit(this)),
      m_registeredYear(new QCheckBox(tr("Award eligibility needs a full year registered with civil affairs at the year's end"), this)),
      m_save(new QPushButton(tr("Save grades"), this)), m_gradeProblem(new QLabel(this)), m_frozenLabel(new QLabel(this))
{
    using C = PointsCategory;
    m_categories->setColumns({tr("Category"), tr("Column"), tr("Cap this year"), tr("In use")},
                             {cells::text<C>([](const C &c) { return c.name; }),
                              cells::number<C>([](const C &c) { return std::optional<qint64>(c.position); }),
                              cells::figure<C>([this](const C &c) {
                                  return m_caps.contains(c.id) ? Points::formatTenths(m_caps.value(c.id)) : tr("no cap");
                              }),
                              cells::text<C>([](const C &c) { return c.retired ? tr("retired") : tr("yes"); })});
    m_categories->setSource([this] { return hasErrors(m_readProblems) ? Result<int>(m_readProblems) : Result<int>(int(m_rows.size())); },
                            [this](int offset, int limit) { return m_rows.mid(offset, limit); },
                            [](const C &c) { return c.id; });
    m_categoryPanel = new RecordListPanel(m_categories, QStringLiteral("points-categories"), {18, 4, 6, 0}, this);
    m_categoryPanel->setSearchVisible(false);
    m_categoryPanel->setCountText([](int n) { return tr("%1 categories, shared by every year").arg(n); });
    QPushButton *add = m_categoryPanel->addButton(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileIcon), tr("New category…"));
    add->setObjectName(QStringLiteral("addCategory"));
    QPushButton *edit = m_categoryPanel->addButton(QIcon(), tr("Rename or move…"));
    edit->setObjectName(QStringLiteral("editCategory"));
    QPushButton *retire = m_categoryPanel->addButton(QIcon(), tr("Retire / restore"));
    retire->setObjectName(QStringLiteral("retireCategory"));
    m_capButton = m_categoryPanel->addButton(QIcon(), tr("Cap this year…"), tr("The most points the category can reach in the year"));
    m_capButton->setObjectName(QStringLiteral("setCap"));

    m_excellent->setObjectName(QStringLiteral("excellentThreshold"));
    m_good->setObjectName(QStringLiteral("goodThreshold"));
    m_pass->setObjectName(QStringLiteral("passThreshold"));
    m_save->setObjectName(QStringLiteral("saveGrades"));
    for (QLineEdit *e : {m_excellent, m_good, m_pass}) {
        e->setMaximumWidth(90);
        e->setPlaceholderText(tr("points"));
    }
    m_gradeProblem->setObjectName(QStringLiteral("problem"));
    m_gradeProblem->setWordWrap(true);
    m_gradeProblem->hide();
    auto *gradeForm = new QFormLayout(m_gradeGroup);
    gradeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    gradeForm->addRow(tr("Excellent from"), m_excellent);
    gradeForm->addRow(tr("Good from"), m_good);
    gradeForm->addRow(tr("Pass from"), m_pass);
    gradeForm->addRow(QString(), m_registeredYear);
    gradeForm->addRow(QString(), m_gradeProblem);
    gradeForm->addRow(QString(), m_save);

    m_frozenLabel->setObjectName(QStringLiteral("frozenNotice"));
    m_frozenLabel->setWordWrap(true);
    m_frozenLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e0b060; padding: 6px; }"));
    m_frozenLabel->hide();

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_categoryPanel, 3);
    columns->addWidget(m_gradeGroup, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_frozenLabel);
    layout->addLayout(columns, 1);

    connect(add, &QPushButton::clicked, this, &PointsRulesPanel::askAdd);
    connect(edit, &QPushButton::clicked, this, &PointsRulesPanel::askEdit);
    connect(m_categoryPanel, &RecordListPanel::activated, this, [this] { askEdit(); });
    connect(retire, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_categoryPanel->selectedId())
            showProblems(toggleRetired(id));
    });
    connect(m_capButton, &QPushButton::clicked, this, &PointsRulesPanel::askCap);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const Status s = saveGrades();
        m_gradeProblem->setVisible(!s);
        m_gradeProblem->setText(s ? QString() : s.firstError());
    });
}

void PointsRulesPanel::setYear(int year)
{
    m_year = year;
    reload();
}

void PointsRulesPanel::reload()
{
    PointsService &points = m_workspace.session().points();
    const auto categories = points.categories();
    const auto caps = m_year ? points.categoryCaps(m_year) : Result<QHash<qint64, qint64>>(QHash<qint64, qint64>{});
    const auto info = m_year ? points.year(m_year) : Result<PointsYear>(Problems{});
    const auto publication = info && info->published ? points.currentPublication(m_year) : Result<std::optional<PointsPublication>>(std::nullopt);
    m_readProblems = errorsOnly(categories.problems() + caps.problems() + publication.problems());
    if (!info && readFailed(info.problems()))
        m_readProblems += info.problems();
    m_rows = categories ? *categories : QList<PointsCategory>{};
    m_caps = caps ? *caps : QHash<qint64, qint64>{};
    m_readOnly = !info || info->published || hasErrors(m_readProblems);
    m_frozen.clear();
    if (info && info->published) {
        const std::optional<PointsPublication> issued = publication ? *publication : std::nullopt;
        const QString when = issued && issued->issueDate ? QLocale().toString(*issued->issueDate, QLocale::LongFormat)
                                                         : QString::number(m_year);
        m_frozen = tr("Published on %1: the rules, caps and grades of %2 are read-only, so that they stay as the report was issued. "
                      "To correct them, reopen the year first (Reopen… above).")
                       .arg(when)
                       .arg(m_year);
    }
    m_frozenLabel->setText(m_frozen);
    m_frozenLabel->setVisible(!m_frozen.isEmpty());
    const GradeThresholds t = info ? info->thresholds : GradeThresholds{};
    m_excellent->setText(Points::formatTenths(t.excellentTenths));
    m_good->setText(Points::formatTenths(t.goodTenths));
    m_pass->setText(Points::formatTenths(t.passTenths));
    m_registeredYear->setChecked(info && info->awardRequiresRegisteredYear);
    for (QWidget *w : std::initializer_list<QWidget *>{m_excellent, m_good, m_pass, m_registeredYear, m_save, m_capButton})
        w->setEnabled(!m_readOnly);
    m_gradeGroup->setToolTip(m_frozen);
    m_capButton->setToolTip(m_readOnly ? m_frozen : tr("The most points the category can reach in the year"));
    m_gradeProblem->hide();
    m_categories->reload();
}

void PointsRulesPanel::showProblems(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Points categories"), status.firstError());
    reload();
}

Status PointsRulesPanel::addCategory(const QString &name)
{
    PointsCategory c;
    c.name = name.trimmed();
    const auto added = m_workspace.session().points().addCategory(c);
    if (!added)
        return added.problems();
    reload();
    emit changed();
    return success(added.problems());
}

Status PointsRulesPanel::editCategory(qint64 id, const QString &name, int position)
{
    PointsService &points = m_workspace.session().points();
    auto c = points.category(id);
    if (!c)
        return c.problems();
    PointsCategory edited = c.value();
    edited.name = name.trimmed();
    edited.position = position;
    const Status s = points.updateCategory(edited);
    if (s) {
        reload();
        emit changed();
    }
    return s;
}

Status PointsRulesPanel::toggleRetired(qint64 id)
{
    PointsService &points = m_workspace.session().points();
    const auto c = points.category(id);
    if (!c)
        return c.problems();
    const Status s = points.retireCategory(id, !c->retired);
    if (s) {
        reload();
        emit changed();
    }
    return s;
}

Status PointsRulesPanel::setCap(qint64 categoryId, const QString &capText)
{
    const QString text = capText.trimmed();
    std::optional<qint64> cap;
    if (!text.isEmpty()) {
        cap = Points::parseTenths(text);
        if (!cap)
            return Problem::error(QStringLiteral("cap"), tr("The cap expects points such as 20 or 12.5 (one decimal at most), not \"%1\"; "
                                                            "leave it empty for no cap.")
                                                             .arg(text));
    }
    const Status s = m_workspace.session().points().setCategoryCap(m_year, categoryId, cap);
    if (s) {
        reload();
        emit changed();
    }
    return s;
}

Status PointsRulesPanel::saveGrades()
{
    PointsService &points = m_workspace.session().points();
    auto y = points.year(m_year);
    if (!y)
        return y.problems();
    PointsYear edited = y.value();
    const struct
    {
        QLineEdit *edit;
        qint64 *value;
        QString label;
    } fields[] = {{m_excellent, &edited.thresholds.excellentTenths, tr("Excellent from")},
                  {m_good, &edited.thresholds.goodTenths, tr("Good from")},
                  {m_pass, &edited.thresholds.passTenths, tr("Pass from")}};
    for (const auto &f : fields) {
        const auto tenths = Points::parseTenths(f.edit->text());
        if (!tenths)
            return Problem::error(QStringLiteral("thresholds"), tr("%1 expects points such as 90 or 87.5 (one decimal at most), not \"%2\".")
                                                                    .arg(f.label, f.edit->text().trimmed()));
        *f.value = *tenths;
    }
    edited.awardRequiresRegisteredYear = m_registeredYear->isChecked();
    const Status s = points.updateYear(edited);
    if (s) {
        reload();
        emit changed();
    }
    return s;
}

void PointsRulesPanel::askAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Name of the category (a column of the report):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        showProblems(addCategory(name));
}

void PointsRulesPanel::askEdit()
{
    const int row = m_categories->rowOfId(m_categoryPanel->selectedId());
    if (row < 0)
        return;
    const PointsCategory c = m_categories->at(row);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename or move a category"), tr("Name:"), QLineEdit::Normal, c.name, &ok);
    if (!ok)
        return;
    const int position = QInputDialog::getInt(this, tr("Rename or move a category"), tr("Column in the report (1 is the first):"),
                                              c.position, 1, 99, 1, &ok);
    if (ok)
        showProblems(editCategory(c.id, name, position));
}

void PointsRulesPanel::askCap()
{
    const int row = m_categories->rowOfId(m_categoryPanel->selectedId());
    if (row < 0 || m_readOnly)
        return;
    const PointsCategory c = m_categories->at(row);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Cap of %1 in %2").arg(c.name).arg(m_year),
                                               tr("The most points the category can reach in %1 (empty: no cap):").arg(m_year),
                                               QLineEdit::Normal, m_caps.contains(c.id) ? Points::formatTenths(m_caps.value(c.id)) : QString(), &ok);
    if (ok)
        showProblems(setCap(c.id, text));
}

} // namespace chamber
