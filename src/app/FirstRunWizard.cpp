// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "AppInfo.h"
#include "DivisionPicker.h"
#include "Workspace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace chamber {

namespace {

// Where the database file is, and whether it is new.
class StartPage : public QWizardPage
{
public:
    StartPage(FirstRunWizard::Mode mode, const QString &path, QWidget *parent)
        : QWizardPage(parent), m_create(new QRadioButton(FirstRunWizard::tr("Create a new database"), this)),
          m_open(new QRadioButton(FirstRunWizard::tr("Open an existing database"), this)), m_path(new QLineEdit(this)),
          m_problem(new QLabel(this))
    {
        setTitle(FirstRunWizard::tr("Welcome to ChamberDesk"));
        setSubTitle(FirstRunWizard::tr("The records are kept in one database file on this computer. Create one for your "
                                       "county (or city or region), or open one made before."));
        auto *browse = new QPushButton(FirstRunWizard::tr("Browse…"), this);
        m_problem->setWordWrap(true);
        m_problem->setProperty("problem", QStringLiteral("error"));
        m_path->setText(QDir::toNativeSeparators(path.isEmpty() ? AppInfo::defaultDatabasePath() : path));
        m_create->setChecked(true);
        auto *layout = new QGridLayout(this);
        layout->addWidget(m_create, 0, 0, 1, 2);
        layout->addWidget(m_open, 1, 0, 1, 2);
        layout->addWidget(new QLabel(FirstRunWizard::tr("Database file:"), this), 2, 0, 1, 2);
        layout->addWidget(m_path, 3, 0);
        layout->addWidget(browse, 3, 1);
        layout->addWidget(m_problem, 4, 0, 1, 2);
        layout->setRowStretch(5, 1);
        if (mode == FirstRunWizard::Mode::NewDatabase) {
            m_open->hide();
            m_create->hide();
            setTitle(FirstRunWizard::tr("New database"));
            setSubTitle(FirstRunWizard::tr("Choose where to keep the new database file."));
        }
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString start = QFileInfo(m_path->text()).absolutePath();
            const QString filter = FirstRunWizard::tr("ChamberDesk database (*.sqlite *.db)");
            const QString chosen = m_create->isChecked()
                                       ? QFileDialog::getSaveFileName(this, FirstRunWizard::tr("New database"), start, filter)
                                       : QFileDialog::getOpenFileName(this, FirstRunWizard::tr("Open database"), start, filter);
            if (!chosen.isEmpty())
                m_path->setText(QDir::toNativeSeparators(chosen));
        });
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_create, &QRadioButton::toggled, this, [this] {
            m_problem->clear();
            setFinalPage(!m_create->isChecked());
            emit completeChanged();
        });
    }

    QString path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }
    bool creating() const { return m_create->isChecked(); }
    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    int nextId() const override
    {
        // An existing file that has no scope yet still needs one.
        if (creating() || Workspace::needsScope(path()))
            return FirstRunWizard::ScopePageId;
        return -1;
    }

    bool validatePage() override
    {
        m_problem->clear();
        const QFileInfo file(path());
        if (creating()) {
            if (file.exists() && !Workspace::needsScope(path())) {
                m_problem->setText(FirstRunWizard::tr("%1 already exists and has its records; open it instead, or choose a new name.")
                                       .arg(QDir::toNativeSeparators(path())));
                return false;
            }
            if (!QDir().mkpath(file.absolutePath())) {
                m_problem->setText(FirstRunWizard::tr("The folder %1 cannot be created.").arg(file.absolutePath()));
                return false;
            }
            return true;
        }
        if (Workspace::needsScope(path()))
            return true;
        auto &workspace = static_cast<FirstRunWizard *>(wizard())->workspace();
        const Status opened = workspace.open(path());
        if (!opened)
            m_problem->setText(opened.firstError());
        return opened.ok();
    }

private:
    QRadioButton *m_create;
    QRadioButton *m_open;
    QLineEdit *m_path;
    QLabel *m_problem;
};

// The province, city or county the database covers.
class ScopePage : public QWizardPage
{
public:
    ScopePage(QWidget *parent) : QWizardPage(parent), m_picker(new DivisionPicker(this)), m_problem(new QLabel(this))
    {
        setTitle(FirstRunWizard::tr("What does the database cover?"));
        setSubTitle(FirstRunWizard::tr("Pick your county — or a city or region to keep all of its chambers. Its townships "
                                       "are copied from the national division codes (2023)."));
        m_problem->setWordWrap(true);
        m_problem->setProperty("problem", QStringLiteral("error"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_picker, 1);
        layout->addWidget(m_problem);
        connect(m_picker, &DivisionPicker::selectionChanged, this, &QWizardPage::completeChanged);
        setFinalPage(true);
    }

    DivisionPicker *picker() const { return m_picker; }
    bool isComplete() const override { return m_picker->selected().has_value(); }
    int nextId() const override { return -1; }

    bool validatePage() override
    {
        auto *w = static_cast<FirstRunWizard *>(wizard());
        const QString path = w->property("databasePath").toString();
        const Status created = w->workspace().create(path, *m_picker->selected());
        m_problem->setText(created ? QString() : created.firstError());
        return created.ok();
    }

private:
    DivisionPicker *m_picker;
    QLabel *m_problem;
};

} // namespace

FirstRunWizard::FirstRunWizard(Workspace &workspace, Mode mode, const QString &path, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("ChamberDesk — database"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    auto *start = new StartPage(mode, path, this);
    setPage(StartPageId, start);
    setPage(ScopePageId, new ScopePage(this));
    if (mode == Mode::ChooseScope) {
        setProperty("databasePath", path);
        setStartId(ScopePageId);
    }
    // The scope page reads the path the start page chose.
    connect(this, &QWizard::currentIdChanged, this, [this, start](int id) {
        if (id == ScopePageId && hasVisitedPage(StartPageId))
            setProperty("databasePath", start->path());
    });
    resize(760, 560);
}

DivisionPicker *FirstRunWizard::picker() const
{
    return static_cast<ScopePage *>(page(ScopePageId))->picker();
}

} // namespace chamber
