// Dialog360Provider's entry in the registry: its settings, as the wizard's form and the CLI's --set see them.
#include "dialog360provider.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderDescriptor Dialog360Provider::descriptor()
{
    using Kind = ConfigField::Kind;
    ProviderDescriptor d;
    d.kind = u"360dialog"_s;
    d.displayName = tr("360dialog");
    d.numberSettingsUrl = u"https://docs.360dialog.com/partner/waba-management/disable-2fa"_s;
    d.pitch = tr("Meta's Cloud API hosted by a partner: one API key per number, no mark-up on Meta's template prices "
                 "(360dialog's statement), templates and interactive messages as with Meta.");
    d.fields = {
        {u"api_key"_s, tr("API key"),
            tr("In the 360dialog hub, under the number's API keys: each number has its own. Kept in your system "
               "keychain."),
            Kind::Secret, true, u"[A-Za-z0-9_\\-]{8,}"_s, {}, false, {}, {},
            tr("letters, digits, - and _, at least 8 of them.")},
        {u"phone_number"_s, tr("WhatsApp number"),
            tr("The number this API key sends from, as the 360dialog hub shows it. Tandem shows it beside the "
               "sender's name."),
            Kind::Phone, false, u"\\+[1-9][0-9]{6,14}"_s, u"+4930609859535"_s, false, {}, {},
            tr("+ then the country code and number, digits only.")},
        {u"verify_token"_s, tr("Webhook key"),
            tr("360dialog does not sign its webhooks. Tandem makes this key itself and gives it to 360dialog with the "
               "webhook address (Webhooks > Point this number's webhooks here); 360dialog sends it back with every "
               "report, and "
               "Tandem believes only reports that carry it. Kept in your system keychain."),
            Kind::Secret, false, u"[A-Za-z0-9\\-]{16,128}"_s, {}, true, {}, {},
            tr("16 to 128 letters, digits and dashes."), false, true},
        {u"default_region"_s, tr("Default country"),
            tr("Numbers written without + and a country code are read as numbers of this country."), Kind::Choice, true,
            u"[A-Z]{2}"_s, {}, false, ownPhoneRegion(), supportedPhoneRegions(),
            tr("a two-letter country code such as US or DE.")},
        {u"api_base"_s, tr("API address"),
            tr("Leave as is. 360dialog's test sandbox, for a test key sent to your own phone, is "
               "https://waba-sandbox.360dialog.io."),
            Kind::Url, false, {}, u"https://waba-v2.360dialog.io"_s, true, u"https://waba-v2.360dialog.io"_s, {}, {},
            true},
    };
    d.fields << ProviderDescriptor::sendingFields();
    d.fields << ProviderDescriptor::resendUnconfirmedField();
    d.capabilities = {.templates = true,
        .templateCreation = true,
        .interactive = true,
        .statusPolling = false,
        .media = true,
        .mediaUpload = true,
        .webhooks = WebhookStyle::HeaderKeyed,
        .webhookOverride = true,
        .templateStyle = TemplateStyle::NamedWithLanguage,
        .testTemplate = u"hello_world"_s,
        .testTemplateLanguage = u"en_US"_s};
    d.defaultRatePerSecond = 80; // the Cloud API's default throughput, which 360dialog passes on
    d.pairIntervalMs = 6000; // Meta's pair rate limit holds behind any host
    d.create = [](const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) {
        return new Dialog360Provider(Dialog360Settings::fromProfile(profile, secrets), network);
    };
    return d;
}
