// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemLabels.h"
#include "Result.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace chamber {

class Workspace;

// What every record editor (a Party organisation, a case, a need, a points rule …) does alike:
// the record is checked as it is typed with each problem under its field (in a line kept for it,
// shown once the field is touched on a new record), Save stays disabled
// while it is invalid or unchanged, Ctrl+S saves, and closing with unsaved changes asks first.
// A subclass puts its form in, says how to validate and write, and watches its fields.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(Workspace &workspace, QWidget *parent = nullptr);

    QPushButton *saveButton() const { return m_save; }
    // Writes the record and closes; false (problems shown) if it was refused.
    bool save();
    void done(int result) override;
    qint64 savedId() const { return m_savedId; }

    // Asks what to do with unsaved changes: true if the caller may close. Shared with the
    // chamber editor, so that every editor asks the same question the same way.
    static bool confirmDiscard(QWidget *parent, const QString &what, bool canSave, const std::function<bool()> &save);

signals:
    void saved(qint64 id);

protected:
    Workspace &workspace() const { return m_workspace; }
    // Puts the form in, shows each problem in its label named problem_<field>, and re-checks on
    // every change of its fields.
    void setForm(QWidget *form);
    ProblemLabels &problems() { return m_problems; }
    // Re-checks whenever any input field under a widget changes (setForm does it for the form).
    void watchFields(QWidget *widget);
    // Runs the check now (after loading a record, say).
    void check();

    // Changed since the dialog opened (closing then asks first).
    virtual bool isDirty() const = 0;
    // Not yet written: Save is offered even before anything is typed.
    virtual bool isNew() const = 0;
    virtual Problems validate() const = 0;
    // Adds or updates; the id of the record written.
    virtual Result<qint64> write() = 0;
    // "the Party organisation of …", for the unsaved-changes question.
    virtual QString recordName() const = 0;

    // Notes the row_version of the record this dialog shows (table: its table; id 0, a new
    // record: none). write() hands loadedVersion() to the service's update, so a save over a
    // change someone made after the dialog opened is refused, naming who saved it and when.
    void loadVersion(const QString &table, qint64 id);
    std::optional<qint64> loadedVersion() const { return m_version; }

private:
    Workspace &m_workspace;
    ProblemLabels m_problems;
    QVBoxLayout *m_layout;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_hasErrors = false;
    QHash<QObject *, QString> m_fieldOf;  // an input widget → the problem field shown under it
    qint64 m_savedId = 0;
    std::optional<qint64> m_version;
    bool m_closing = false;
};

// Writes a record through a service: added when new (id 0), else updated; its id either way.
template<typename Add, typename Update>
Result<qint64> addOrUpdate(qint64 id, Add add, Update update)
{
    if (id == 0)
        return add();
    const Status updated = update();
    if (!updated)
        return updated.problems();
    return Result<qint64>(id, updated.problems());
}

} // namespace chamber
