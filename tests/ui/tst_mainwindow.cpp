// The main window as a person first sees it: the empty state with its "Set up WhatsApp…" button, then the list
// once a sender exists, and the window's size remembered across runs.
#include "mainwindow/mainwindow.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemMainWindow"_s);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"window-%1.sqlite"_s.arg(++m_counter))).isOk());
    }
    void cleanup()
    {
        m_db.close();
    }

    void showsEmptyStateWithoutSenders()
    {
        ProfileRepository repository(m_db, m_registry);
        MainWindow window(repository);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* empty = window.findChild<QWidget*>(u"emptyStateWidget"_s);
        auto* title = window.findChild<QLabel*>(u"emptyStateTitleLabel"_s);
        auto* button = window.findChild<QPushButton*>(u"setUpButton"_s);
        QVERIFY(empty && title && button);
        QVERIFY(empty->isVisible());
        QCOMPARE(title->text(), u"No WhatsApp sender set up yet"_s);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"Set up WhatsApp…"_s);
        QVERIFY(!window.findChild<QTableWidget*>(u"profilesTableWidget"_s)->isVisible());

        QSignalSpy requested(&window, &MainWindow::setUpRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }

    void showsSendersOnceThereAreSome()
    {
        ProfileRepository repository(m_db, m_registry);
        MainWindow window(repository);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Profile p;
        p.name = u"Corner Bakery"_s;
        p.kind = u"twilio"_s;
        p.settings = {{u"from"_s, u"+14155238886"_s}};
        QVERIFY(repository.create(p).isOk());
        window.reloadProfiles();

        auto* table = window.findChild<QTableWidget*>(u"profilesTableWidget"_s);
        QVERIFY(table->isVisible());
        QVERIFY(!window.findChild<QWidget*>(u"emptyStateWidget"_s)->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Corner Bakery"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Twilio"_s);
        QCOMPARE(table->item(0, 2)->text(), u"+14155238886"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Not checked yet"_s);
    }

    void remembersGeometry()
    {
        ProfileRepository repository(m_db, m_registry);
        {
            MainWindow window(repository);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
        MainWindow again(repository);
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void hasQuitAndAboutInTheMenus()
    {
        ProfileRepository repository(m_db, m_registry);
        MainWindow window(repository);
        QVERIFY(window.findChild<QAction*>(u"quitAction"_s));
        QCOMPARE(window.findChild<QAction*>(u"quitAction"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.findChild<QAction*>(u"aboutAction"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
