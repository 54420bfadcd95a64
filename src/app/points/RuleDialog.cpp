// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleDialog.h"

#include "PointsService.h"
#include "ReadError.h"
#include "Workspace.h"
#include "ui_RuleForm.h"

namespace chamber {

namespace {
std::optional<qint64> tenthsOrNone(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : Points::parseTenths(text);
}
} // namespace

RuleDialog::RuleDialog(Workspace &workspace, const PointsRule &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::RuleForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    loadVersion(QStringLiteral("points_rule"), record.id);  // a save over someone else's later one is refused
    setWindowTitle(record.id ? tr("Points rule of %1").arg(record.year) : tr("New points rule for %1").arg(record.year));
    for (const auto &category : ReadError::take(this, workspace.session().points().categories(false)).value_or(QList<PointsCategory>{}))
        m_ui->categoryCombo->addItem(category.name, category.id);
    if (record.categoryId)
        m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(record.categoryId));
    m_ui->descriptionEdit->setPlainText(record.description);
    m_ui->pointsEdit->setText(record.id ? Points::formatTenths(record.pointsTenths) : QString());
    m_ui->yearCapEdit->setText(record.yearCapTenths ? Points::formatTenths(*record.yearCapTenths) : QString());
    m_ui->itemCapEdit->setText(record.itemCapTenths ? Points::formatTenths(*record.itemCapTenths) : QString());
    m_ui->groupEdit->setText(record.exclusiveGroup);
    m_ui->evidenceCheck->setChecked(record.evidenceRequired);
    m_initial = this->record();
    setForm(form);
    resize(580, 440);
    check();
}

RuleDialog::~RuleDialog() = default;

PointsRule RuleDialog::record() const
{
    PointsRule r = m_original;
    r.categoryId = m_ui->categoryCombo->currentData().toLongLong();
    r.description = m_ui->descriptionEdit->toPlainText().trimmed();
    r.pointsTenths = Points::parseTenths(m_ui->pointsEdit->text()).value_or(0);
    r.yearCapTenths = tenthsOrNone(m_ui->yearCapEdit);
    r.itemCapTenths = tenthsOrNone(m_ui->itemCapEdit);
    r.exclusiveGroup = m_ui->groupEdit->text().trimmed();
    r.evidenceRequired = m_ui->evidenceCheck->isChecked();
    return r;
}

Problems RuleDialog::inputProblems() const
{
    Problems out;
    const auto check = [&out](const QLineEdit *edit, const char *field, bool required) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && required)
            out.append(Problem::error(QString::fromLatin1(field), tr("How many points is it worth? Write e.g. 5, 0.5 or -2.")));
        else if (!text.isEmpty() && !Points::parseTenths(text))
            out.append(Problem::error(QString::fromLatin1(field), tr("\"%1\" is not a number of points with at most one decimal.").arg(text)));
    };
    check(m_ui->pointsEdit, "points", true);
    check(m_ui->yearCapEdit, "year_cap", false);
    check(m_ui->itemCapEdit, "item_cap", false);
    return out;
}

Problems RuleDialog::validate() const
{
    Problems problems = inputProblems();
    problems.append(Points::validateRule(record()));
    return problems;
}

Result<qint64> RuleDialog::write()
{
    if (const Problems input = inputProblems(); hasErrors(input))
        return input;
    PointsService &points = workspace().session().points();
    const PointsRule r = record();
    return addOrUpdate(r.id, [&] { return points.addRule(r); }, [&] { return points.updateRule(r, loadedVersion()); });
}

QString RuleDialog::recordName() const
{
    return tr("the rule");
}

} // namespace chamber
