// The form generator, data-driven over the registry: every field gets a labelled input of the right kind under a
// predictable name, secrets are hidden with a show toggle, advanced fields are folded away, bad values are
// explained inline, and the form is complete exactly when the provider's rules are met.
#include "forms/configform.h"
#include "providers/providerregistry.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestConfigForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldHasItsWidget_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        const ProviderRegistry registry = ProviderRegistry::builtin();
        for (const ProviderDescriptor& d : registry.all()) {
            for (const ConfigField& f : d.fields)
                QTest::newRow(qPrintable(d.kind + u'/' + f.key)) << d.kind << f.key;
        }
    }
    void everyFieldHasItsWidget()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        const ProviderRegistry registry = ProviderRegistry::builtin();
        const ProviderDescriptor& d = *registry.find(kind);
        const ConfigField& field = *d.field(key);
        ConfigForm form(d);
        form.show();

        QWidget* input = nullptr;
        if (field.kind == ConfigField::Kind::Choice) {
            auto* box = form.findChild<QComboBox*>(ConfigForm::objectNameFor(key, u"ComboBox"_s));
            QVERIFY(box);
            QCOMPARE(box->currentData().toString(), field.defaultValue);
            QVERIFY(box->count() > 200); // every region libphonenumber knows
            input = box;
        } else {
            auto* edit = form.findChild<QLineEdit*>(ConfigForm::objectNameFor(key, u"LineEdit"_s));
            QVERIFY(edit);
            QCOMPARE(edit->placeholderText(), field.placeholder);
            QCOMPARE(edit->echoMode(), field.isSecret() ? QLineEdit::Password : QLineEdit::Normal);
            if (field.isSecret()) {
                QVERIFY(edit->text().isEmpty());
                auto* show = edit->findChild<QAction*>(ConfigForm::objectNameFor(key, u"ShowAction"_s));
                QVERIFY(show);
                show->trigger();
                QCOMPARE(edit->echoMode(), QLineEdit::Normal);
                show->trigger();
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
            } else {
                QCOMPARE(edit->text(), field.defaultValue);
            }
            input = edit;
        }
        auto* label = form.findChild<QLabel*>(ConfigForm::objectNameFor(key, u"Label"_s));
        QVERIFY(label);
        QCOMPARE(label->buddy(), input);
        QCOMPARE(label->text().endsWith(u" *"_s), field.required);
        QCOMPARE(form.findChild<QLabel*>(ConfigForm::objectNameFor(key, u"HelpLabel"_s))->text(), field.help);

        // Advanced fields wait behind the toggle.
        QCOMPARE(input->isVisible(), !field.advanced);
        form.findChild<QToolButton*>(u"advancedToggleButton"_s)->setChecked(true);
        QVERIFY(input->isVisible());
    }

    void badValuesAreExplainedInline_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says");
        QTest::newRow("twilio account sid") << u"twilio"_s << u"account_sid"_s << u"SK123"_s << u"starts with AC"_s;
        QTest::newRow("twilio sender") << u"twilio"_s << u"from"_s << u"0044 20"_s << u"+ then the country code"_s;
        QTest::newRow("meta phone number id")
            << u"meta_cloud"_s << u"phone_number_id"_s << u"+1 555"_s << u"digits only"_s;
        QTest::newRow("meta api base (advanced)") << u"meta_cloud"_s << u"api_base"_s << u"graph"_s << u"https://"_s;
    }
    void badValuesAreExplainedInline()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, says);
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ConfigForm form(*registry.find(kind));
        form.show();
        auto* edit = form.findChild<QLineEdit*>(ConfigForm::objectNameFor(key, u"LineEdit"_s));
        auto* error = form.findChild<QLabel*>(ConfigForm::objectNameFor(key, u"ErrorLabel"_s));
        QVERIFY(!error->isVisible()); // nothing is red before the owner types
        edit->clear();
        QTest::keyClicks(edit, typed);
        QVERIFY(error->isVisible()); // advanced fields unfold to show their error
        QVERIFY2(error->text().contains(says), qPrintable(error->text()));
        QVERIFY(!form.isComplete());
    }

    void completeExactlyWhenTheRulesAreMet()
    {
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ConfigForm form(*registry.find(u"twilio"_s));
        form.show();
        auto type = [&](const QString& key, const QString& text) {
            auto* edit = form.findChild<QLineEdit*>(ConfigForm::objectNameFor(key, u"LineEdit"_s));
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        QVERIFY(!form.isComplete());
        type(u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s);
        QVERIFY(!form.isComplete()); // no token or key, no sender
        type(u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(!form.isComplete());
        auto* formError = form.findChild<QLabel*>(u"formErrorLabel"_s);
        QVERIFY(formError->isVisible());
        QVERIFY(formError->text().contains(u"sender number"_s));
        type(u"from"_s, u"+14155238886"_s);
        QVERIFY(form.isComplete());
        QVERIFY(!formError->isVisible());

        const ConfigForm::Values values = form.values();
        QCOMPARE(values.secrets, (QHash<QString, QString> {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QCOMPARE(values.settings.value(u"account_sid"_s).toString(), u"AC0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(values.settings.value(u"default_region"_s).toString(), u"US"_s);
        QCOMPARE(values.settings.value(u"api_base"_s).toString(), u"https://api.twilio.com"_s);
        QVERIFY(!values.settings.contains(u"auth_token"_s));
    }

    void storedSecretsCountWithoutBeingShown()
    {
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ConfigForm form(*registry.find(u"meta_cloud"_s));
        form.setValues(
            {{u"phone_number_id"_s, u"106540352242922"_s}, {u"default_region"_s, u"BR"_s}}, {u"access_token"_s});
        auto* token = form.findChild<QLineEdit*>(u"accessTokenLineEdit"_s);
        QVERIFY(token->text().isEmpty());
        QVERIFY(token->placeholderText().contains(u"Stored in the system keychain"_s));
        QVERIFY(form.isComplete());
        QVERIFY(form.values().secrets.isEmpty()); // nothing typed: the stored token stays
        QCOMPARE(form.findChild<QComboBox*>(u"defaultRegionComboBox"_s)->currentData().toString(), u"BR"_s);
        QTest::keyClicks(token, u"EAAnewtoken0123456789012345"_s);
        QCOMPARE(form.values().secrets.value(u"access_token"_s), u"EAAnewtoken0123456789012345"_s);
    }
};

QTEST_MAIN(TestConfigForm)
#include "tst_configform.moc"
