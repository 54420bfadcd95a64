// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "ChamberService.h"
#include "DivisionCatalog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QInputMethodEvent>
#include <QSettings>
#include <QTest>

namespace chamber::test {

namespace {
qint64 add(Database &db, const char *township, const char *name, QDate founded, ChamberStatus status = ChamberStatus::Active,
           std::optional<QDate> dissolved = std::nullopt)
{
    Chamber c;
    c.townshipCode = QString::fromLatin1(township);
    c.name = QString::fromUtf8(name);
    c.founded = founded;
    c.status = status;
    c.dissolved = dissolved;
    const auto added = ChamberService(db).add(c);
    if (!added)
        qFatal("fixture chamber refused: %s", qPrintable(added.firstError()));
    return added.value();
}

void change(Database &db, qint64 id, RegistrationStatus status, QDate date, const char *code = "")
{
    RegistrationEvent e;
    e.chamberId = id;
    e.status = status;
    e.date = date;
    e.creditCode = QString::fromLatin1(code);
    const auto recorded = RegistrationService(db).record(e);
    if (!recorded)
        qFatal("fixture registration refused: %s", qPrintable(recorded.firstError()));
}
} // namespace

void type(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void isolateSettings()
{
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

AppFixture::AppFixture()
{
    const auto scope = DivisionCatalog::bundled().byCode(QStringLiteral("450126"));
    if (!workspace.create(dir.filePath(QStringLiteral("app.sqlite")), *scope))
        qFatal("fixture database refused");
    Database &db = workspace.db();
    binzhou = add(db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    change(db, binzhou, RegistrationStatus::Registered, QDate(2016, 9, 1), "51450126MJ3016613P");
    const qint64 g = add(db, "450126100", "宾阳县宾州镇个体私营企业商会", QDate(2019, 1, 1));
    change(db, g, RegistrationStatus::Registered, QDate(2020, 1, 15), "51450126MJ000000XF");
    change(db, g, RegistrationStatus::Deregistered, QDate(2023, 3, 1));

    Chamber ready;
    ready.townshipCode = QStringLiteral("450126101");
    ready.name = QStringLiteral("宾阳县黎塘镇商会");
    ready.founded = QDate(2011, 10, 10);
    ready.president = QStringLiteral("黄志强");
    ready.secretaryGeneral = QStringLiteral("韦丽");
    ready.premises = QStringLiteral("黎塘镇民主路8号");
    ready.fullTimeStaff = 2;
    ready.activityFundsFen = 5000000;
    ready.individualMembers = 40;
    ready.unitMembers = 31;
    ready.independentLiability = true;
    ready.contactPhone = QStringLiteral("0771-8221234");
    lidang = ChamberService(db).add(ready).value();
    change(db, lidang, RegistrationStatus::Preparing, QDate(2015, 3, 1));
    change(db, lidang, RegistrationStatus::Applied, QDate(2024, 5, 1));

    const qint64 c = add(db, "450126102", "宾阳县甘棠镇商会", QDate(2013, 12, 25));
    change(db, c, RegistrationStatus::Registered, QDate(2021, 12, 1), "51450126MJ749118X0");
    add(db, "450126105", "宾阳县新圩镇商会", QDate(2010, 1, 24), ChamberStatus::Dissolved, QDate(2022, 6, 30));
    add(db, "450126106", "宾阳县邹圩镇商会", QDate(2023, 2, 6), ChamberStatus::Dormant);
    add(db, "450126451", "廖平农场商会", QDate(2015, 5, 5));
}

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out.append(model->headerData(c, Qt::Horizontal).toString());
    return out;
}

} // namespace chamber::test
