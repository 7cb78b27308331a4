// The setup wizard walked as a person would, for each provider, against the sandbox: Next stays disabled until
// the form is valid, the check runs without blocking and shows what the provider reported (or why it failed,
// with a retry), a test message arrives, and Finish leaves the sender in the database and its token in the real
// keychain. Also: switching provider, and the whole walk with the keyboard only.
#include "fakes/testapp.h"
#include "forms/configform.h"
#include "phone/phonenumbers.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// The real keychain, with entries of this test's own (tests run side by side on one keyring).
QString freshScope()
{
    return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString readSecret(SecretStore& store, qint64 id, const QString& field)
{
    SecretJob* job = store.read(SecretStore::profileKey(id, field));
    QSignalSpy spy(job, &SecretJob::finished);
    spy.wait(10000);
    return spy.isEmpty() ? QString() : spy.first().first().value<SecretResult>().value;
}

QAbstractButton* next(QWizard& w)
{
    return w.button(QWizard::NextButton);
}

void type(QWidget* scope, const QString& name, const QString& text)
{
    auto* edit = scope->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
    }

    void walksToAWorkingSender_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("reported");
        QTest::newRow("twilio") << u"twilio"_s << u"auth_token"_s
                                << QString::fromUtf16(SandboxAccounts::twilioAuthToken) << u"Tandem Sandbox Account"_s;
        QTest::newRow("meta_cloud") << u"meta_cloud"_s << u"access_token"_s
                                    << QString::fromUtf16(SandboxAccounts::metaAccessToken) << u"Tandem Demo Shop"_s;
        QTest::newRow("360dialog") << u"360dialog"_s << u"api_key"_s
                                   << QString::fromUtf16(SandboxAccounts::dialog360ApiKey) << u"The API key works"_s;
    }
    void walksToAWorkingSender()
    {
        QFETCH(QString, kind);
        QFETCH(QString, secretKey);
        QFETCH(QString, secret);
        QFETCH(QString, reported);
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        SetupWizard wizard(app->services());
        QSignalSpy saved(&wizard, &SetupWizard::profileSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
        QVERIFY(!next(wizard)->isEnabled()); // nothing chosen yet
        wizard.findChild<QRadioButton*>(ConfigForm::objectNameFor(kind, u"RadioButton"_s))->click();
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(SetupWizard::ConfigurePageId));
        QVERIFY(!next(wizard)->isEnabled());
        auto* form = wizard.findChild<ConfigForm*>(ConfigForm::objectNameFor(kind, u"ConfigForm"_s));
        QVERIFY(form && form->isVisible());
        type(&wizard, u"senderNameLineEdit"_s, u"Corner Bakery"_s);
        const QString base = app->sandbox()->baseUrl().toString();
        if (kind == u"twilio"_s) {
            type(form, u"accountSidLineEdit"_s, u"AC123"_s);
            QVERIFY(form->findChild<QLabel*>(u"accountSidErrorLabel"_s)->isVisible());
            // The message below the field takes room of its own: the field keeps its full height.
            QCoreApplication::processEvents();
            auto* sid = form->findChild<QLineEdit*>(u"accountSidLineEdit"_s);
            QVERIFY2(sid->height() >= sid->sizeHint().height(),
                qPrintable(u"%1 < %2"_s.arg(sid->height()).arg(sid->sizeHint().height())));
            QVERIFY(!next(wizard)->isEnabled());
            type(form, u"accountSidLineEdit"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid));
            QVERIFY(!form->findChild<QLabel*>(u"accountSidErrorLabel"_s)->isVisible());
            type(form, u"authTokenLineEdit"_s, secret);
            QVERIFY(!next(wizard)->isEnabled()); // still no sender number
            type(form, u"fromLineEdit"_s, QString::fromUtf16(SandboxAccounts::twilioSender));
        } else if (kind == u"360dialog"_s) {
            type(form, u"apiKeyLineEdit"_s, u"short"_s);
            QVERIFY(form->findChild<QLabel*>(u"apiKeyErrorLabel"_s)->isVisible());
            QVERIFY(!next(wizard)->isEnabled());
            type(form, u"apiKeyLineEdit"_s, secret);
        } else {
            type(form, u"phoneNumberIdLineEdit"_s, u"+1 555 078"_s);
            QVERIFY(form->findChild<QLabel*>(u"phoneNumberIdErrorLabel"_s)->isVisible());
            QVERIFY(!next(wizard)->isEnabled());
            type(form, u"phoneNumberIdLineEdit"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId));
            type(form, u"accessTokenLineEdit"_s, secret);
        }
        type(form, u"apiBaseLineEdit"_s, base);
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(SetupWizard::VerifyPageId));
        QVERIFY(!next(wizard)->isEnabled()); // until the provider has answered
        auto* details = wizard.findChild<QLabel*>(u"verifyDetailsLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        QVERIFY2(details->text().contains(reported), qPrintable(details->text()));
        QVERIFY(!wizard.findChild<QPushButton*>(u"retryVerifyButton"_s)->isVisible());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(SetupWizard::TestMessagePageId));
        // The hint is a number a person could type: valid for the sender's country.
        const QString hint = wizard.findChild<QLineEdit*>(u"testNumberLineEdit"_s)->placeholderText();
        const Result<QString> hinted = normalizePhoneNumber(hint, QString());
        QVERIFY2(hinted.isOk(), qPrintable(hint));
        type(&wizard, u"testNumberLineEdit"_s, u"+1 (415) 555-2671"_s);
        QTest::mouseClick(wizard.findChild<QPushButton*>(u"sendTestButton"_s), Qt::LeftButton);
        auto* result = wizard.findChild<QLabel*>(u"testResultLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✔"_s), 10000);
        // The demo does not promise a message on the owner's phone.
        QVERIFY2(result->text().contains(u"nothing reaches a phone"_s), qPrintable(result->text()));
        QCOMPARE(app->sandbox()->state().acceptedFor(u"+14155552671"_s), 1);
        // That is the owner's own phone: a reply from it will be "You", not a customer in "Every contact".
        QTRY_COMPARE(app->services().data.ownNumbers.all().value(), QStringList {u"+14155552671"_s});
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(SetupWizard::DonePageId));
        auto* finish = wizard.button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 10000);
        QCOMPARE(saved.count(), 1);
        QVERIFY(wizard.findChild<QLabel*>(u"doneStatusLabel"_s)->text().contains(u"keychain"_s));
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const Result<Profile> profile = app->profiles().findByName(u"Corner Bakery"_s);
        QVERIFY2(profile.isOk(), qPrintable(profile.error()));
        QCOMPARE(profile.value().kind, kind);
        QCOMPARE(profile.value().setting(u"api_base"_s), base);
        QVERIFY(!profile.value().settings.contains(secretKey));
        QCOMPARE(readSecret(app->secretStore(), profile.value().id, secretKey), secret);
        if (kind == u"360dialog"_s) { // the webhook key nobody typed, made by Tandem and kept with the API key
            const QString key = readSecret(app->secretStore(), profile.value().id, u"verify_token"_s);
            QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(key).hasMatch(), qPrintable(key));
        }
        // The wizard checked these credentials: the senders list says it works, not "not checked yet".
        QVERIFY(profile.value().verifiedAt.isValid());
        QVERIFY(profile.value().verifiedOk);
        QVERIFY(!profile.value().verificationSummary.isEmpty());
        app->profileService().remove(profile.value().id); // leave the keyring as found
    }

    void failingCredentialsAreExplainedWithARetry()
    {
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        SetupWizard wizard(app->services());
        wizard.show();
        wizard.next();
        wizard.findChild<QRadioButton*>(u"metaCloudRadioButton"_s)->click();
        wizard.next();
        wizard.findChild<QPushButton*>(u"fillDemoButton"_s)->click();
        auto* form = wizard.findChild<ConfigForm*>(u"metaCloudConfigForm"_s);
        type(form, u"accessTokenLineEdit"_s, u"EAAexpiredTokenexpiredToken000"_s);
        QVERIFY(next(wizard)->isEnabled());
        wizard.next();

        auto* status = wizard.findChild<QLabel*>(u"verifyStatusLabel"_s);
        auto* details = wizard.findChild<QLabel*>(u"verifyDetailsLabel"_s);
        auto* retry = wizard.findChild<QPushButton*>(u"retryVerifyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(status->text().contains(u"failed"_s));
        QVERIFY2(details->text().contains(u"access token has expired or is not valid"_s), qPrintable(details->text()));
        QVERIFY(!details->text().contains(u"HTTP 401"_s));
        QVERIFY(!next(wizard)->isEnabled());

        // Back, fix the token, and the check passes.
        wizard.back();
        type(form, u"accessTokenLineEdit"_s, QString::fromUtf16(SandboxAccounts::metaAccessToken));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        // Meta's GREEN, in the owner's words.
        QVERIFY2(details->text().contains(u"high (green)"_s), qPrintable(details->text()));
        QVERIFY(!details->text().contains(u"GREEN"_s));
    }

    // An owner without a mouse: Enter moves on, Alt and a letter chooses the provider, Tab reaches the demo's
    // "fill in" button right after the name, and the sender is saved.
    void keyboardOnlyWalk()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>()); // as in the demo
        SetupWizard wizard(app->services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);
        auto press = [&wizard](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget* focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : &wizard, Qt::Key(key), modifiers);
        };
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
        auto* twilio = wizard.findChild<QRadioButton*>(u"twilioRadioButton"_s);
        const QKeySequence alt = QKeySequence::mnemonic(twilio->text());
        QVERIFY2(!alt.isEmpty(), qPrintable(twilio->text()));
        QTest::keyClick(&wizard, Qt::Key(alt[0].key() & ~Qt::ALT), Qt::AltModifier);
        QTRY_VERIFY2(twilio->isChecked(), qPrintable(twilio->text() + u" "_s + alt.toString())); // an animated click
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ConfigurePageId));
        QTRY_VERIFY(QApplication::focusWidget() && wizard.currentPage()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"senderNameLineEdit"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Front desk"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"fillDemoButton"_s);
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::TestMessagePageId));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::DonePageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 10000);
        // The demo keeps tokens in memory: it does not claim the keychain has them.
        const QString done = wizard.findChild<QLabel*>(u"doneStatusLabel"_s)->text();
        QVERIFY2(!done.contains(u"keychain"_s) && done.contains(u"memory"_s), qPrintable(done));
        press(Qt::Key_Return);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const QList<Profile> saved = app->services().data.profiles.list().value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, u"Front desk"_s);
    }

    void checkCanBeCancelled()
    {
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        app->sandbox()->state().setLatencyMs(3000);
        SetupWizard wizard(app->services());
        wizard.show();
        wizard.next();
        wizard.findChild<QRadioButton*>(u"twilioRadioButton"_s)->click();
        wizard.next();
        wizard.findChild<QPushButton*>(u"fillDemoButton"_s)->click();
        wizard.next();
        auto* progress = wizard.findChild<QWidget*>(u"verifyProgressBar"_s);
        QVERIFY(progress->isVisible());
        QTest::mouseClick(wizard.findChild<QPushButton*>(u"cancelVerifyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QPushButton*>(u"retryVerifyButton"_s)->isVisible(), 2000);
        QVERIFY(!progress->isVisible());
        QVERIFY(wizard.findChild<QLabel*>(u"verifyStatusLabel"_s)->text().contains(u"cancelled"_s));
        QVERIFY(!next(wizard)->isEnabled());
    }

    // Switching provider sets up the new sender beside the old one, which keeps its broadcasts until the number
    // moves: the wizard hands both to the migration assistant.
    void switchingProviderLeadsToTheMove()
    {
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        Profile old;
        old.name = u"Salon"_s;
        old.kind = u"twilio"_s;
        old.settings = {{u"account_sid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"from"_s, QString::fromUtf16(SandboxAccounts::twilioSender)}, {u"default_region"_s, u"GB"_s}};
        ProfileJob* created = app->profileService().create(
            old, {{u"auth_token"_s, QString::fromUtf16(SandboxAccounts::twilioAuthToken)}});
        QSignalSpy createdSpy(created, &ProfileJob::finished);
        QVERIFY(createdSpy.wait(10000));
        old = createdSpy.first().first().value<ProfileOutcome>().profile;

        SetupWizard wizard(app->services());
        QSignalSpy switched(&wizard, &SetupWizard::switched);
        wizard.switchFrom(old);
        wizard.show();
        wizard.next();
        QVERIFY(wizard.findChild<QRadioButton*>(u"metaCloudRadioButton"_s)->isChecked());
        wizard.next();
        QCOMPARE(wizard.findChild<QLineEdit*>(u"senderNameLineEdit"_s)->text(), u"Salon"_s);
        auto* form = wizard.findChild<ConfigForm*>(u"metaCloudConfigForm"_s);
        QCOMPARE(form->findChild<QComboBox*>(u"defaultRegionComboBox"_s)->currentData().toString(), u"GB"_s);
        type(form, u"phoneNumberIdLineEdit"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId));
        type(form, u"accessTokenLineEdit"_s, QString::fromUtf16(SandboxAccounts::metaAccessToken));
        type(form, u"apiBaseLineEdit"_s, app->sandbox()->baseUrl().toString());
        QCOMPARE(app->profiles().list().value().size(), 1); // the old sender stays until the new one is saved
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        QCOMPARE(app->profiles().list().value().size(), 1);
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 10000);

        const QList<Profile> profiles = app->profiles().list().value();
        QCOMPARE(profiles.size(), 2);
        const Profile& made = profiles.first().kind == u"meta_cloud"_s ? profiles.first() : profiles.last();
        QCOMPARE(made.name, u"Salon"_s);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().at(0).toLongLong(), old.id);
        QCOMPARE(switched.first().at(1).toLongLong(), made.id);
        // The old sender steps aside under another name, with its token, until its number has moved.
        QCOMPARE(app->profiles().find(old.id).value().name, u"Salon (replaced)"_s);
        QVERIFY(!readSecret(app->secretStore(), old.id, u"auth_token"_s).isEmpty());
        app->profileService().remove(made.id);
        app->profileService().remove(old.id);
    }

    void keyboardOnly()
    {
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        SetupWizard wizard(app->services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        auto focused = [] {
            return QApplication::focusWidget();
        };
        // Tab until the named widget has focus: proves it is reachable by keyboard.
        auto tabTo = [&](const QString& name) {
            for (int i = 0; i < 60 && (!focused() || focused()->objectName() != name); ++i)
                QTest::keyClick(focused() ? focused() : &wizard, Qt::Key_Tab);
            return focused() && focused()->objectName() == name;
        };
        auto tabToWidget = [&](QWidget* target) {
            for (int i = 0; i < 60 && focused() != target; ++i)
                QTest::keyClick(focused() ? focused() : &wizard, Qt::Key_Tab);
            return focused() == target;
        };
        auto typeHere = [&](const QString& text) {
            QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(focused(), text);
        };
        auto enter = [&] {
            QTest::keyClick(focused() ? focused() : &wizard, Qt::Key_Return);
        };

        enter();
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
        // In a radio group Tab reaches the group; the arrow keys choose within it.
        QVERIFY(tabTo(u"twilioRadioButton"_s));
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(focused()->objectName(), u"metaCloudRadioButton"_s);
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(wizard.findChild<QRadioButton*>(u"metaCloudRadioButton"_s)->isChecked());
        enter(); // Return presses the wizard's default button, Next
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ConfigurePageId));

        QTRY_COMPARE(focused()->objectName(), u"senderNameLineEdit"_s);
        typeHere(u"Keyboard Cafe"_s);
        QVERIFY(tabTo(u"phoneNumberIdLineEdit"_s));
        typeHere(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId));
        QVERIFY(tabTo(u"accessTokenLineEdit"_s));
        typeHere(QString::fromUtf16(SandboxAccounts::metaAccessToken));
        QVERIFY(tabTo(u"advancedToggleButton"_s));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(tabTo(u"apiBaseLineEdit"_s));
        typeHere(app->sandbox()->baseUrl().toString());
        enter();
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        enter();
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::TestMessagePageId));
        // The test message is optional: Tab past it to Next.
        QVERIFY(tabToWidget(wizard.button(QWizard::NextButton)));
        QTest::keyClick(focused(), Qt::Key_Space);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::DonePageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 10000);
        enter();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const Result<Profile> saved = app->profiles().findByName(u"Keyboard Cafe"_s);
        QVERIFY(saved.isOk());
        app->profileService().remove(saved.value().id);
    }

    void everyInputHasALabel()
    {
        auto app = makeTestApp(std::make_unique<KeychainSecretStore>(freshScope()));
        SetupWizard wizard(app->services());
        QList<QWidget*> inputs;
        for (QLineEdit* e : wizard.findChildren<QLineEdit*>())
            if (!e->objectName().isEmpty() && e->objectName() != u"qt_spinbox_lineedit"_s)
                inputs << e;
        for (QComboBox* c : wizard.findChildren<QComboBox*>())
            inputs << c;
        QVERIFY(inputs.size() > 15);
        const QList<QLabel*> labels = wizard.findChildren<QLabel*>();
        for (QWidget* input : std::as_const(inputs)) {
            const bool labelled
                = std::any_of(labels.begin(), labels.end(), [input](QLabel* l) { return l->buddy() == input; });
            QVERIFY2(labelled, qPrintable(input->objectName() + u" has no label buddy"_s));
        }
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
