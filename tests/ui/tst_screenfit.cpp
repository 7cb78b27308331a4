// Every window fits a 1024×700 screen, as a small laptop's: each dialog and each page of the setup wizard (its
// advanced settings open, after a validation error) can be made that small, and nothing in a form overlaps the row
// under it. What does not fit scrolls inside. Run in English and, through TANDEM_TEST_LANGUAGE, in each translation:
// translated words are longer.
#include "contacts/contacteditdialog.h"
#include "contacts/importdialog.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "fakes/wizardwalk.h"
#include "forms/configform.h"
#include "forms/editprofiledialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/senderactions.h"
#include "migration/migrationdialog.h"
#include "secrets/memorysecretstore.h"
#include "settings/preferencesdialog.h"
#include "settings/pricesdialog.h"
#include "settings/shareddatabasedialog.h"
#include "templates/templateeditor.h"
#include "util/language.h"
#include "webhooks/receiverdialog.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A 1024×700 screen, less a title bar and a window frame.
const QSize kRoom(1024, 700 - 40);

// What keeps `window` from fitting, or empty: the size it opens at, or the least it can be made.
QString tooBig(QWidget* window, const QString& where)
{
    if (window->width() > kRoom.width() || window->height() > kRoom.height())
        return u"%1: opens at %2×%3 (at least %4×%5)"_s.arg(where)
            .arg(window->width())
            .arg(window->height())
            .arg(window->minimumSize().width())
            .arg(window->minimumSize().height());
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (least.width() > kRoom.width() || least.height() > kRoom.height())
        return u"%1: needs at least %2×%3"_s.arg(where).arg(least.width()).arg(least.height());
    return QString();
}

QString nameOf(const QWidget* w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    if (auto* label = qobject_cast<const QLabel*>(w))
        return u"\"%1\""_s.arg(label->text().left(40));
    return QString::fromLatin1(w->metaObject()->className());
}

// Widgets of one form drawn over each other: a help text over the next field, say.
QStringList overlaps(QWidget* window, const QString& where)
{
    QStringList found;
    QList<QLayout*> layouts;
    for (QFormLayout* form : window->findChildren<QFormLayout*>())
        layouts << form;
    for (QGridLayout* grid : window->findChildren<QGridLayout*>())
        layouts << grid;
    for (QLayout* form : std::as_const(layouts)) {
        QList<QWidget*> shown;
        for (int i = 0; i < form->count(); ++i) {
            QWidget* w = form->itemAt(i)->widget();
            if (!w && form->itemAt(i)->layout()) {
                // A row made of a layout: its widgets count one by one.
                QLayout* row = form->itemAt(i)->layout();
                for (int j = 0; j < row->count(); ++j) {
                    if (QWidget* inner = row->itemAt(j)->widget(); inner && inner->isVisible())
                        shown << inner;
                }
                continue;
            }
            if (w && w->isVisible())
                shown << w;
        }
        for (int a = 0; a < shown.size(); ++a) {
            for (int b = a + 1; b < shown.size(); ++b) {
                const QRect first(shown.at(a)->mapTo(window, QPoint()), shown.at(a)->size());
                const QRect second(shown.at(b)->mapTo(window, QPoint()), shown.at(b)->size());
                if (first.intersects(second))
                    found << u"%1: %2 over %3"_s.arg(where, nameOf(shown.at(a)), nameOf(shown.at(b)));
            }
        }
    }
    return found;
}

QStringList check(QWidget* window, const QString& where)
{
    QStringList found;
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return {where + u": not shown"_s};
    QCoreApplication::processEvents();
    found << overlaps(window, where);
    const QString big = tooBig(window, where);
    if (!big.isEmpty())
        found << big;
    return found;
}

void openAdvanced(QWidget* window)
{
    for (QAbstractButton* more : window->findChildren<QAbstractButton*>()) {
        if (more->isVisible() && more->isCheckable() && more->objectName().contains(u"advanced"_s, Qt::CaseInsensitive)
            && !more->isChecked())
            more->click();
    }
}

// Wrong values in every visible field of a form, so each shows its error line.
void typeWrong(QWidget* window)
{
    for (QLineEdit* edit : window->findChildren<QLineEdit*>()) {
        if (edit->isVisible() && edit->isEnabled() && !edit->isReadOnly()) {
            edit->setText(u"x y"_s);
            Q_EMIT edit->editingFinished();
        }
    }
}
} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("TANDEM_TEST_LANGUAGE");
        if (!language.isEmpty())
            QVERIFY(!Language::install(*qApp, QLocale(language)).isEmpty());
        m_app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*m_app, metaSandboxProfile(m_app->sandbox()->baseUrl()), metaSandboxSecrets());
        addSender(*m_app, twilioSandboxProfile(m_app->sandbox()->baseUrl()), twilioSandboxSecrets());
    }

    void setupWizard()
    {
        SetupWizard wizard(m_app->services());
        QStringList found;
        int stops = 0;
        walkWizardForms(
            wizard,
            [&](const QString& where) {
                found << check(&wizard, where);
                ++stops;
            },
            [&wizard] { typeWrong(&wizard); });
        QVERIFY(stops >= 8);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    void editSender()
    {
        QStringList found;
        const QList<Profile> senders = m_app->services().data.profiles.list().value();
        for (const Profile& sender : senders) {
            EditProfileDialog edit(m_app->services(), sender);
            found << check(&edit, u"edit %1"_s.arg(sender.kind));
            QTRY_VERIFY(edit.findChild<ConfigForm*>()->isEnabled()); // its keychain read
            openAdvanced(&edit);
            found << check(&edit, u"edit %1 with its advanced settings"_s.arg(sender.kind));
            typeWrong(&edit);
            found << check(&edit, u"edit %1 with every field wrong"_s.arg(sender.kind));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    void dialogs()
    {
        QStringList found;
        ImportDialog import(m_app->database().path(), u"BR"_s);
        found << check(&import, u"import"_s);

        Contact ana;
        ana.phone = u"+5511987654321"_s;
        ana.name = u"Ana"_s;
        ContactEditDialog contact(ana);
        found << check(&contact, u"edit contact"_s);

        ReceiverDialog receiver(m_app->services(), true);
        found << check(&receiver, u"delivery reports"_s);

        MemorySecretStore keychain;
        SharedDatabaseDialog shared(keychain, QString());
        found << check(&shared, u"shared database"_s);

        PreferencesDialog preferences;
        found << check(&preferences, u"preferences"_s);

        TemplateEditor editor;
        found << check(&editor, u"template editor"_s);

        PricesDialog prices(m_app->services());
        found << check(&prices, u"prices"_s);

        const QList<Profile> senders = m_app->services().data.profiles.list().value();
        SenderActions actions(m_app->services());
        MigrationDialog move(m_app->services(), senders.at(1), senders.at(0), QString(), actions);
        move.show();
        QTRY_VERIFY(!move.isReadingPlan()); // laid out with the plan and the buttons it shows
        found << check(&move, u"moving a number"_s);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    void mainWindow()
    {
        MainWindow window(m_app->services());
        QStringList found;
        for (int tab = 0; tab < 7; ++tab) {
            window.showTab(MainWindow::Tab(tab));
            found << check(&window, u"main window, tab %1"_s.arg(tab));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

private:
    std::unique_ptr<AppContext> m_app;
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
