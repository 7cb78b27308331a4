// TwilioProvider's entry in the registry: its settings, as the wizard's form and the CLI's --set see them.
#include "phone/phonenumbers.h"
#include "twilioprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderDescriptor TwilioProvider::descriptor()
{
    using Kind = ConfigField::Kind;
    ProviderDescriptor d;
    d.kind = u"twilio"_s;
    d.displayName = tr("Twilio");
    d.numberSettingsUrl = u"https://console.twilio.com/us1/develop/sms/senders/whatsapp-senders"_s;
    d.pitch = tr("Quick to start: a free sandbox in minutes, one bill, $0.005 per message on top of Meta's price.");
    d.fields = {
        {u"account_sid"_s, tr("Account SID"), tr("On the Twilio Console home page, under Account Info."), Kind::Text,
            true, u"AC[0-9a-fA-F]{32}"_s, u"ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, false, {}, {},
            tr("starts with AC, followed by 32 letters and digits (0-9, a-f).")},
        {u"auth_token"_s, tr("Auth Token"),
            tr("Next to the Account SID in the Twilio Console. Also checks the signature of Twilio's status "
               "callbacks. Kept in your system keychain."),
            Kind::Secret, false, u"[0-9a-fA-F]{32}"_s, {}, false, {}, {}, tr("32 letters and digits (0-9, a-f).")},
        {u"api_key_sid"_s, tr("API Key SID"),
            tr("Optional, and safer than the Auth Token: create an API key under Account > API keys."), Kind::Text,
            false, u"SK[0-9a-fA-F]{32}"_s, u"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, false, {}, {},
            tr("starts with SK, followed by 32 letters and digits (0-9, a-f).")},
        {u"api_key_secret"_s, tr("API Key secret"),
            tr("Shown once when the API key is created. Kept in your "
               "system keychain."),
            Kind::Secret, false, u"[0-9A-Za-z]{32}"_s, {}, false, {}, {}, tr("32 letters and digits.")},
        {u"from"_s, tr("WhatsApp sender number"),
            tr("Your WhatsApp-enabled number in international format. The Twilio Sandbox number is +14155238886."),
            Kind::Phone, false, u"\\+[1-9][0-9]{6,14}"_s, u"+14155238886"_s, false, {}, {},
            tr("+ then the country code and number, digits only.")},
        {u"messaging_service_sid"_s, tr("Messaging Service SID"),
            tr("Optional instead of a sender number: Twilio picks a sender from the service and queues for you."),
            Kind::Text, false, u"MG[0-9a-fA-F]{32}"_s, u"MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, true, {}, {},
            tr("starts with MG, followed by 32 letters and digits (0-9, a-f).")},
        {u"default_region"_s, tr("Default country"),
            tr("Numbers written without + and a country code are read as numbers of this country."), Kind::Choice, true,
            u"[A-Z]{2}"_s, {}, false, ownPhoneRegion(), supportedPhoneRegions(),
            tr("a two-letter country code such as US or DE.")},
        {u"status_callback_url"_s, tr("Public status callback URL"),
            tr("Where Twilio reports delivered/read/failed; only needed when Tandem's webhook receiver is reachable "
               "from the internet."),
            Kind::Url, false, {}, u"https://example.com/twilio/status"_s, true, {}, {}, {}},
        {u"api_base"_s, tr("API address"), tr("Leave as is unless you test against a local sandbox."), Kind::Url, false,
            {}, u"https://api.twilio.com"_s, true, u"https://api.twilio.com"_s, {}, {}, true},
        {u"content_api_base"_s, tr("Content API address"), tr("Leave as is unless you test against a local sandbox."),
            Kind::Url, false, {}, u"https://content.twilio.com"_s, true, u"https://content.twilio.com"_s, {}, {}, true},
    };
    d.fields << ProviderDescriptor::sendingFields();
    d.capabilities = {.templates = true,
        .templateCreation = true,
        .interactive = false,
        .interactiveAsContent = true,
        .statusPolling = true,
        .inboundPolling = true,
        .media = true,
        .webhooks = WebhookStyle::TwilioSigned,
        .webhookOverride = false,
        .templateStyle = TemplateStyle::ContentSid,
        .templateRequestsPerHour = 0,
        .testTemplate = {},
        .testTemplateLanguage = {}};
    d.defaultRatePerSecond = 80;
    d.crossCheck = [](const QVariantMap& values) {
        QStringList problems;
        const bool token = !values.value(u"auth_token"_s).toString().isEmpty();
        const bool key = !values.value(u"api_key_sid"_s).toString().isEmpty()
            && !values.value(u"api_key_secret"_s).toString().isEmpty();
        if (!token && !key)
            problems << tr("Enter the Auth Token, or an API Key SID with its secret.");
        if (!values.value(u"api_key_sid"_s).toString().isEmpty()
            && values.value(u"api_key_secret"_s).toString().isEmpty())
            problems << tr("The API Key SID needs its secret.");
        if (values.value(u"from"_s).toString().isEmpty()
            && values.value(u"messaging_service_sid"_s).toString().isEmpty())
            problems << tr("Enter the WhatsApp sender number, or a Messaging Service SID.");
        return problems;
    };
    d.create = [](const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) {
        return new TwilioProvider(TwilioSettings::fromProfile(profile, secrets), network);
    };
    return d;
}
