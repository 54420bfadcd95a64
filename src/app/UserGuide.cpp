// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuide.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace chamber {

QStringList UserGuide::candidates()
{
    const QString name = QStringLiteral("user-guide.md");
    const QDir program(QCoreApplication::applicationDirPath());
    QStringList out;
    // CHAMBERDESK_DOCS points at another copy (a test, or docs kept elsewhere).
    if (const QString forced = qEnvironmentVariable("CHAMBERDESK_DOCS"); !forced.isEmpty())
        out.append(QDir(forced).filePath(name));
    out.append(QDir::cleanPath(program.filePath(QStringLiteral("../share/doc/chamberdesk/")) + QLatin1Char('/') + name));
    out.append(QStringLiteral("/usr/share/doc/chamberdesk/") + name);
#ifdef CHAMBER_DOCS_DIR
    out.append(QDir(QStringLiteral(CHAMBER_DOCS_DIR)).filePath(name));  // the source tree of this build
#endif
    return out;
}

QString UserGuide::locate()
{
    for (const QString &path : candidates())
        if (QFileInfo(path).isFile())
            return path;
    return {};
}

void UserGuide::show(QWidget *parent)
{
    const QString path = locate();
    if (path.isEmpty()) {
        QMessageBox::information(parent, tr("User guide"),
                                 tr("The user guide (user-guide.md) was not found. It was looked for in:\n%1\n\nIt comes with the "
                                    "program's package, under /usr/share/doc/chamberdesk.")
                                     .arg(candidates().join(QLatin1Char('\n'))));
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("User guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({QFileInfo(path).absolutePath()});
    browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    const QSize room = parent ? parent->size() : QSize(1000, 700);
    dialog->resize(std::min(960, room.width() - 40), std::max(400, room.height() - 60));
    dialog->show();
}

} // namespace chamber
