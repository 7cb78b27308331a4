// Settings > Preferences as an owner uses it: the language chosen (kept for the next start) and, under Advanced,
// the PEM file of an antivirus or company proxy that inspects TLS. The file is checked when typed, refused when it
// holds no certificate, and once saved Tandem trusts it at once: a request to an HTTPS server signed by it (the
// sandbox with a certificate made for the test) fails before and succeeds after.
#include "sandbox/sandboxserver.h"
#include "settings/preferencesdialog.h"
#include "util/extraca.h"
#include "util/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QNetworkReply::NetworkError fetch(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return QNetworkReply::TimeoutError;
    reply->deleteLater();
    return reply->error();
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings go to a test folder, not the owner's
        QApplication::setOrganizationName(u"TandemPreferencesTest"_s);
        QSettings().clear();
    }
    void cleanupTestCase()
    {
        QSettings().clear();
    }

    void theLanguageIsKeptForTheNextStart()
    {
        PreferencesDialog dialog;
        auto* language = dialog.findChild<QComboBox*>(u"languageComboBox"_s);
        QCOMPARE(language->currentData().toString(), QString()); // the system's, to begin with
        QCOMPARE(language->count(), 1 + int(Language::available().size()));
        language->setCurrentIndex(language->findData(u"pt_BR"_s));
        QVERIFY(!dialog.findChild<QLabel*>(u"languageRestartLabel"_s)->text().isEmpty());
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePreferencesButton"_s), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(Language::saved(), u"pt_BR"_s);
        QCOMPARE(Language::chosen().name(), u"pt_BR"_s);
        // Opened again, it shows the choice; back to the system's.
        PreferencesDialog again;
        auto* shown = again.findChild<QComboBox*>(u"languageComboBox"_s);
        QCOMPARE(shown->currentData().toString(), u"pt_BR"_s);
        shown->setCurrentIndex(0);
        QVERIFY(again.save());
        QCOMPARE(Language::saved(), QString());
    }

    void extraCertificatesAreCheckedSavedAndTrusted()
    {
        QTemporaryDir dir;
        SandboxServer sandbox;
        const Result<QString> certificate = sandbox.enableTls(dir.path());
        QVERIFY2(certificate.isOk(), qPrintable(certificate.error()));
        QVERIFY(sandbox.start() != 0);
        const QUrl url = sandbox.baseUrl().resolved(QUrl(u"/v23.0/"_s));
        QCOMPARE(fetch(url), QNetworkReply::SslHandshakeFailedError); // not trusted yet

        PreferencesDialog dialog;
        auto* file = dialog.findChild<QLineEdit*>(u"extraCertificatesLineEdit"_s);
        auto* result = dialog.findChild<QLabel*>(u"extraCertificatesResultLabel"_s);
        // A file that is not there is told apart from one that holds no certificate.
        QTest::keyClicks(file, dir.filePath(u"missing.pem"_s));
        QVERIFY2(result->text().contains(u"There is no file"_s) && !result->text().contains(u"PEM"_s),
            qPrintable(result->text()));
        QVERIFY(!dialog.save());
        file->clear();
        // Not a PEM file: said at once, and Save keeps the dialog open with nothing saved.
        const QString notPem = dir.filePath(u"notes.txt"_s);
        QFile notes(notPem);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a certificate\n");
        notes.close();
        QTest::keyClicks(file, notPem);
        QVERIFY2(result->text().contains(u"PEM"_s), qPrintable(result->text()));
        QVERIFY(!dialog.save());
        QCOMPARE(ExtraCa::savedFile(), QString());
        // The sandbox's certificate: its subject is shown, and saving trusts it.
        file->setText(certificate.value());
        QVERIFY2(result->text().contains(u"127.0.0.1"_s), qPrintable(result->text()));
        QVERIFY(dialog.save());
        QCOMPARE(ExtraCa::savedFile(), certificate.value());
        QVERIFY(fetch(url) != QNetworkReply::SslHandshakeFailedError);
        QVERIFY(ExtraCa::trustSaved().isOk()); // what the next start does
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
