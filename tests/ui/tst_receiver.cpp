// Delivery reports as the owner sees them. In the demo the receiver runs by itself and Activity shows Delivered and
// Read moving for both providers, with each recipient's times. Outside it, the settings dialog starts the receiver
// on the port and address the owner enters, shows the address to give each provider, and checks the whole way
// with a signed test report; the status bar says where reports come from.
#include "activity/broadcastlistmodel.h"
#include "activity/recipienttablemodel.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "webhooks/receiversettings.h"
#include "webhooks/receiverthread.h"

#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QList<Recipient> recipients(int n, const QString& exchange)
{
    QList<Recipient> list;
    for (int i = 0; i < n; ++i)
        list.append({u"+1415%1%2"_s.arg(exchange).arg(i, 4, 10, QChar(u'0')), {}});
    return list;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::Any, 0);
    return probe.serverPort();
}

// The column of the broadcast list, for the row of this broadcast.
int cell(QAbstractItemModel* model, qint64 broadcastId, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(BroadcastListModel::IdRole).toLongLong() == broadcastId)
            return model->index(row, column).data().toInt();
    }
    return -1;
}
} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemReceiver"_s);
        QSettings().clear();
    }

    void theDemoShowsDeliveredAndReadMoving()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        QVERIFY(app->receiver().isListening());
        const QUrl base = app->sandbox()->baseUrl();
        app->sandbox()->configure({{u"lifecycle"_s,
            QJsonObject {{u"sent_after_ms"_s, 150}, {u"delivered_after_ms"_s, 400}, {u"read_after_ms"_s, 900},
                {u"read_share"_s, 0.6}, {u"jitter"_s, 0.3}}}});
        const Profile twilio = addSender(*app, twilioSandboxProfile(base), twilioSandboxSecrets());
        const Profile meta = addSender(*app, metaSandboxProfile(base), metaSandboxSecrets());
        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<QLabel*>(u"receiverStatusLabel"_s);
        QVERIFY2(status->text().startsWith(u"Reports: 0 received"_s), qPrintable(status->text()));
        QVERIFY2(status->toolTip().contains(u"port %1"_s.arg(app->receiver().port())), qPrintable(status->toolTip()));

        OutgoingMessage m;
        m.text = u"Your order is ready"_s;
        const qint64 viaTwilio = app->services()
                                     .data.outbox.broadcasts()
                                     .create(twilio.id, m, recipients(8, u"555"_s), outsideTandem())
                                     .value();
        const qint64 viaMeta = app->services()
                                   .data.outbox.broadcasts()
                                   .create(meta.id, m, recipients(8, u"666"_s), outsideTandem())
                                   .value();
        window.showTab(MainWindow::ActivityTab);
        auto* broadcasts = window.findChild<QTableView*>(u"broadcastsTableView"_s);
        QAbstractItemModel* list = broadcasts->model();
        // Every message ends delivered or read, through the sandbox's callbacks to the demo's receiver.
        for (qint64 id : {viaTwilio, viaMeta}) {
            // Delivered counts the read ones too.
            QTRY_COMPARE_WITH_TIMEOUT(cell(list, id, BroadcastListModel::DeliveredColumn), 8, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(cell(list, id, BroadcastListModel::ReadColumn) >= 1, 15000);
        }
        QTRY_VERIFY(status->text().contains(u"received"_s) && !status->text().contains(u" 0 received"_s));

        // Each recipient's times: a read message was sent, delivered and read, in that order.
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(BroadcastListModel::IdRole).toLongLong() == viaMeta)
                broadcasts->selectRow(row);
        }
        auto* table = window.findChild<QTableView*>(u"recipientsTableView"_s);
        QTRY_COMPARE(table->model()->rowCount(), 8);
        int read = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString readAt = table->model()->index(row, RecipientTableModel::ReadColumn).data().toString();
            if (readAt.isEmpty())
                continue;
            ++read;
            QVERIFY(!table->model()->index(row, RecipientTableModel::SentColumn).data().toString().isEmpty());
            QVERIFY(!table->model()->index(row, RecipientTableModel::DeliveredColumn).data().toString().isEmpty());
            QCOMPARE(table->model()->index(row, RecipientTableModel::StateColumn).data().toString(), u"Read"_s);
        }
        QVERIFY(read >= 1);
    }

    void theSettingsStartTheReceiverAndTestTheWay()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<AppContext>> created
            = AppContext::create(dir.filePath(u"tandem.sqlite"_s), false, std::make_unique<MemorySecretStore>());
        QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error()));
        std::unique_ptr<AppContext> app = created.takeValue();
        QVERIFY(!app->receiver().isListening()); // off until the owner turns it on
        const QUrl nowhere(u"http://127.0.0.1:9"_s);
        addSender(*app, twilioSandboxProfile(nowhere), twilioSandboxSecrets());
        Profile metaWithoutSecret = metaSandboxProfile(nowhere);
        addSender(*app, metaWithoutSecret, {{u"access_token"_s, QString::fromUtf16(SandboxAccounts::metaAccessToken)}});
        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<QLabel*>(u"receiverStatusLabel"_s);
        QVERIFY2(status->text().contains(u"asking Twilio"_s), qPrintable(status->text()));

        window.findChild<QAction*>(u"receiverAction"_s)->trigger();
        auto* dialog = window.findChild<QDialog*>(u"receiverDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* url = dialog->findChild<QLineEdit*>(u"publicUrlLineEdit"_s);
        auto* apply = dialog->findChild<QPushButton*>(u"applyReceiverButton"_s);
        auto* result = dialog->findChild<QLabel*>(u"receiverResultLabel"_s);
        // An address Meta would never call is explained, and nothing is saved.
        dialog->findChild<QCheckBox*>(u"receiverEnabledCheckBox"_s)->setChecked(true);
        QTest::keyClicks(url, u"ftp://example.com"_s);
        QVERIFY(!dialog->findChild<QLabel*>(u"publicUrlProblemLabel"_s)->text().isEmpty());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!app->receiver().isListening());

        const quint16 port = freePort();
        dialog->findChild<QSpinBox*>(u"receiverPortSpinBox"_s)->setValue(port);
        url->clear();
        QTest::keyClicks(url, u"http://127.0.0.1:%1"_s.arg(port));
        QVERIFY(dialog->findChild<QLabel*>(u"publicUrlProblemLabel"_s)->text().isEmpty());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY2(app->receiver().isListening(), qPrintable(result->text()));
        QCOMPARE(app->receiver().port(), port);
        QVERIFY(dialog->findChild<QLabel*>(u"receiverStateLabel"_s)->text().contains(QString::number(port)));
        QVERIFY(status->toolTip().contains(u"port %1"_s.arg(port)));
        QVERIFY(status->text().startsWith(u"Reports: "_s));
        QSettings saved;
        QCOMPARE(ReceiverSettings::load(saved).port, port);

        // The address to give each provider, and the way checked end to end.
        auto* senders = dialog->findChild<QTableWidget*>(u"receiverSendersTableWidget"_s);
        QCOMPARE(senders->rowCount(), 2);
        int twilioRow = senders->item(0, 1)->text() == u"Twilio"_s ? 0 : 1;
        QVERIFY(senders->item(twilioRow, 2)->text().contains(u"http://127.0.0.1:%1/twilio/"_s.arg(port)));
        QVERIFY(senders->item(1 - twilioRow, 2)->text().startsWith(u"http://127.0.0.1:%1/meta/"_s.arg(port)));
        senders->selectRow(twilioRow);
        auto* test = dialog->findChild<QPushButton*>(u"testReceiverButton"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(u"stored"_s), qPrintable(result->text()));
        senders->selectRow(1 - twilioRow);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(u"App Secret"_s), qPrintable(result->text()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"showVerifyTokenButton"_s), Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(u"no webhook verify token"_s), qPrintable(result->text()));

        // Turned off again, sends go back to asking Twilio.
        dialog->findChild<QCheckBox*>(u"receiverEnabledCheckBox"_s)->setChecked(false);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!app->receiver().isListening());
        QVERIFY(status->text().contains(u"asking Twilio"_s));
        dialog->close();
    }

    // The window's receiver listens on this computer only (a tunnel reaches it there) until the owner chooses to
    // open it to the network, for a proxy on another computer.
    void theReceiverListensOnThisComputerUnlessTold()
    {
        QHostAddress lan;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                lan = a;
        }
        if (lan.isNull())
            QSKIP("this machine has no network address besides loopback");
        QTemporaryDir dir;
        Result<std::unique_ptr<AppContext>> created
            = AppContext::create(dir.filePath(u"tandem.sqlite"_s), false, std::make_unique<MemorySecretStore>());
        QVERIFY(created.isOk());
        std::unique_ptr<AppContext> app = created.takeValue();
        MainWindow window(app->services());
        window.show();
        window.findChild<QAction*>(u"receiverAction"_s)->trigger();
        auto* dialog = window.findChild<QDialog*>(u"receiverDialog"_s);
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto* everyAddress = dialog->findChild<QCheckBox*>(u"receiverEveryAddressCheckBox"_s);
        QVERIFY(!everyAddress->isChecked());
        dialog->findChild<QCheckBox*>(u"receiverEnabledCheckBox"_s)->setChecked(true);
        const quint16 port = freePort();
        dialog->findChild<QSpinBox*>(u"receiverPortSpinBox"_s)->setValue(port);
        auto* apply = dialog->findChild<QPushButton*>(u"applyReceiverButton"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(app->receiver().isListening());
        auto reachable = [port](const QHostAddress& address) {
            QTcpSocket probe;
            probe.connectToHost(address, port);
            return probe.waitForConnected(2000);
        };
        QVERIFY(reachable(QHostAddress::LocalHost));
        QVERIFY(!reachable(lan));

        QTest::mouseClick(everyAddress, Qt::LeftButton);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(reachable(lan));
        QSettings saved;
        QVERIFY(ReceiverSettings::load(saved).everyAddress);
        everyAddress->setChecked(false);
        dialog->findChild<QCheckBox*>(u"receiverEnabledCheckBox"_s)->setChecked(false);
        QTest::mouseClick(apply, Qt::LeftButton);
        dialog->close();
    }
};

QTEST_MAIN(TestReceiver)
#include "tst_receiver.moc"
