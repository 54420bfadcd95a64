// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDialog.h"

#include "ChamberService.h"
#include "ReadError.h"
#include "PointsService.h"
#include "Workspace.h"
#include "ui_EntryForm.h"

namespace chamber {

EntryDialog::EntryDialog(Workspace &workspace, const PointsEntry &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::EntryForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    loadVersion(QStringLiteral("points_entry"), record.id);  // a save over someone else's later one is refused
    setWindowTitle(record.id ? tr("Points entry") : tr("New points entry"));
    PointsService &points = workspace.session().points();
    const int year = record.date.isValid() ? record.date.year() : QDate::currentDate().year();
    QHash<qint64, QString> categoryNames;
    for (const auto &c : ReadError::take(this, points.categories()).value_or(QList<PointsCategory>{}))
        categoryNames.insert(c.id, c.name);
    for (const auto &rule : ReadError::take(this, points.rules(year)).value_or(QList<PointsRule>{})) {
        if (rule.retired && rule.id != record.ruleId)
            continue;
        m_rules.append(rule);
        m_ui->ruleCombo->addItem(tr("%1 · %2 (%3 points)").arg(categoryNames.value(rule.categoryId), rule.description,
                                                               Points::formatTenths(rule.pointsTenths)),
                                 rule.id);
    }
    if (const auto chamber = workspace.session().chambers().get(record.chamberId))
        m_ui->chamberLabel->setText(chamber->name);
    m_ui->ruleCombo->setCurrentIndex(std::max(0, m_ui->ruleCombo->findData(record.ruleId)));
    m_ui->dateEdit->setOptionalDate(record.date.isValid() ? std::optional<QDate>(record.date) : QDate::currentDate());
    m_ui->quantitySpin->setValue(std::max(1, record.quantity));
    // Points typed only when they differ from the rule's (with the reason beside them).
    m_ui->pointsEdit->setText(record.manualReason.isEmpty() ? QString() : Points::formatTenths(record.pointsTenths));
    m_ui->reasonEdit->setText(record.manualReason);
    m_ui->evidenceEdit->setPlainText(record.evidence);
    connect(m_ui->ruleCombo, &QComboBox::currentIndexChanged, this, &EntryDialog::showRulePoints);
    connect(m_ui->quantitySpin, &QSpinBox::valueChanged, this, &EntryDialog::showRulePoints);
    showRulePoints();
    m_initial = this->record();
    setForm(form);
    resize(640, 480);
    check();
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::showRulePoints()
{
    const int i = m_ui->ruleCombo->currentIndex();
    if (i < 0 || i >= m_rules.size())
        return;
    m_ui->pointsEdit->setPlaceholderText(
        tr("From the rule: %1").arg(Points::formatTenths(Points::pointsFromRule(m_rules.at(i), m_ui->quantitySpin->value()))));
}

PointsEntry EntryDialog::record() const
{
    PointsEntry e = m_original;
    e.ruleId = m_ui->ruleCombo->currentData().toLongLong();
    e.date = m_ui->dateEdit->optionalDate().value_or(QDate());
    e.quantity = m_ui->quantitySpin->value();
    const QString typed = m_ui->pointsEdit->text().trimmed();
    const int i = m_ui->ruleCombo->currentIndex();
    if (typed.isEmpty() && i >= 0 && i < m_rules.size()) {
        e.pointsTenths = Points::pointsFromRule(m_rules.at(i), e.quantity);
        e.manualReason.clear();
    } else {
        e.pointsTenths = Points::parseTenths(typed).value_or(0);
        e.manualReason = m_ui->reasonEdit->text().trimmed();
    }
    e.evidence = m_ui->evidenceEdit->toPlainText().trimmed();
    return e;
}

Problems EntryDialog::inputProblems() const
{
    Problems out;
    const QString typed = m_ui->pointsEdit->text().trimmed();
    if (!typed.isEmpty() && !Points::parseTenths(typed))
        out.append(Problem::error(QStringLiteral("points"), tr("\"%1\" is not a number of points with at most one decimal.").arg(typed)));
    if (m_rules.isEmpty())
        out.append(Problem::error(QStringLiteral("rule"), tr("The year has no rules yet: set up its rules on the Micro-points page first.")));
    return out;
}

Problems EntryDialog::validate() const
{
    Problems problems = inputProblems();
    problems.append(workspace().session().points().validateEntry(record()));
    return problems;
}

Result<qint64> EntryDialog::write()
{
    if (const Problems input = inputProblems(); hasErrors(input))
        return input;
    PointsService &points = workspace().session().points();
    const PointsEntry e = record();
    return addOrUpdate(e.id, [&] { return points.addEntry(e); }, [&] { return points.updateEntry(e, loadedVersion()); });
}

QString EntryDialog::recordName() const
{
    return tr("the points entry");
}

} // namespace chamber
