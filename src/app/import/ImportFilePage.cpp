// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "ImportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace chamber {

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_path(new QLineEdit(this)), m_encoding(new QComboBox(this)),
      m_sheet(new QComboBox(this)), m_mapping(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Ledger file"));
    setSubTitle(tr("Choose the ledger (台账) as the office keeps it: an Excel or WPS workbook (.xlsx, .xls, .et), "
                   "an OpenDocument spreadsheet (.ods) or a CSV file. "
                   "Title rows, totals rows and notes are found and left out."));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (GBK, as WPS saves)"), int(TextEncoding::Gb18030));
    m_sheet->addItem(tr("The first sheet that holds a ledger"), 0);
    m_mapping->setPlaceholderText(tr("none: columns are recognised by their headers"));
    m_problem->setWordWrap(true);
    m_problem->setProperty("problem", QStringLiteral("error"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *browseFile = new QPushButton(tr("Browse…"), this);
    auto *browseMappingButton = new QPushButton(tr("Browse…"), this);

    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this), 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browseFile, 0, 2);
    layout->addWidget(new QLabel(tr("Text encoding (CSV):"), this), 1, 0);
    layout->addWidget(m_encoding, 1, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Sheet (workbook):"), this), 2, 0);
    layout->addWidget(m_sheet, 2, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Saved mapping:"), this), 3, 0);
    layout->addWidget(m_mapping, 3, 1);
    layout->addWidget(browseMappingButton, 3, 2);
    layout->addWidget(m_problem, 4, 0, 1, 3);
    layout->setRowStretch(5, 1);
    layout->setColumnStretch(1, 1);

    connect(browseFile, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(browseMappingButton, &QPushButton::clicked, this, &ImportFilePage::browseMapping);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::fileChanged);
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    return !path().isEmpty();
}

void ImportFilePage::fileChanged()
{
    // Another file: its sheets are not known until it is read.
    while (m_sheet->count() > 1)
        m_sheet->removeItem(1);
    m_problem->clear();
    emit completeChanged();
}

void ImportFilePage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Ledger file"), QFileInfo(path()).absolutePath(),
                                                        tr("Ledgers (*.xlsx *.xls *.et *.ods *.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFilePage::browseMapping()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Saved mapping"), QFileInfo(path()).absolutePath(),
                                                        tr("Column mappings (*.json)"));
    if (!chosen.isEmpty())
        m_mapping->setText(QDir::toNativeSeparators(chosen));
}

bool ImportFilePage::validatePage()
{
    auto refuse = [this](const Problems &problems) {
        QStringList lines;
        for (const auto &p : problems)
            lines.append(p.message);
        m_problem->setText(lines.join(QLatin1Char('\n')));
        return false;
    };
    const QString mapping = QDir::fromNativeSeparators(m_mapping->text().trimmed());
    if (!mapping.isEmpty())
        if (auto s = m_session.loadMapping(mapping); !s)
            return refuse(s.problems());
    const int sheet = m_sheet->currentData().toInt();
    const auto encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    auto loaded = m_session.load(path(), encoding, sheet > 0 ? std::optional<int>(sheet) : std::nullopt);
    if (!loaded)
        return refuse(loaded.problems());
    m_problem->clear();
    // A workbook's sheets, to pick another when coming back.
    const auto &sheets = m_session.file().sheets;
    if (m_session.file().isWorkbook() && m_sheet->count() == 1 && sheets.size() > 1) {
        for (int i = 0; i < sheets.size(); ++i)
            m_sheet->addItem(tr("%1. %2").arg(i + 1).arg(sheets[i].name), i + 1);
    }
    return true;
}

} // namespace chamber
