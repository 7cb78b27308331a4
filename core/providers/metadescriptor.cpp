// MetaCloudProvider's entry in the registry: its settings, as the wizard's form and the CLI's --set see them.
#include "metacloudprovider.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderDescriptor MetaCloudProvider::descriptor()
{
    using Kind = ConfigField::Kind;
    ProviderDescriptor d;
    d.kind = u"meta_cloud"_s;
    d.displayName = tr("Meta Cloud API (direct)");
    d.numberSettingsUrl = u"https://business.facebook.com/wa/manage/phone-numbers/"_s;
    d.pitch = tr("No middleman fee, templates and interactive messages; setup takes longer (Meta business "
                 "verification, an app, a System User token).");
    d.fields = {
        {u"phone_number_id"_s, tr("Phone number ID"),
            tr("In Meta's App Dashboard under WhatsApp > API Setup (not the phone number itself)."), Kind::Text, true,
            u"[0-9]{5,20}"_s, u"106540352242922"_s, false, {}, {}, tr("digits only.")},
        {u"waba_id"_s, tr("WhatsApp Business Account ID"),
            tr("Next to the phone number ID. Needed to list and create templates."), Kind::Text, false,
            u"[0-9]{5,20}"_s, u"102290129340398"_s, false, {}, {}, tr("digits only.")},
        {u"app_id"_s, tr("App ID"), tr("At the top of your app in Meta's App Dashboard."), Kind::Text, false,
            u"[0-9]{5,20}"_s, {}, true, {}, {}, tr("digits only.")},
        {u"access_token"_s, tr("Access token"),
            tr("A System User token with whatsapp_business_messaging (Business Settings > System users). Temporary "
               "tokens expire after 24 hours. Kept in your system keychain."),
            Kind::Secret, true, u"[A-Za-z0-9_\\-\\.]{20,}"_s, u"EAA…"_s, false, {}, {},
            tr("a long token, usually starting with EAA.")},
        {u"app_secret"_s, tr("App secret"),
            tr("App Dashboard > App settings > Basic. Checks the signature of Meta's webhooks. Kept in your system "
               "keychain."),
            Kind::Secret, false, u"[0-9a-f]{32}"_s, {}, true, {}, {}, tr("32 letters and digits (0-9, a-f).")},
        {u"verify_token"_s, tr("Webhook verify token"),
            tr("Any phrase you choose; enter the same one in the App Dashboard's webhook settings. Kept in your "
               "system keychain."),
            Kind::Secret, false, u"\\S{8,}"_s, {}, true, {}, {}, tr("at least 8 characters, no spaces.")},
        {u"default_region"_s, tr("Default country"),
            tr("Numbers written without + and a country code are read as numbers of this country."), Kind::Choice, true,
            u"[A-Z]{2}"_s, {}, false, ownPhoneRegion(), supportedPhoneRegions(),
            tr("a two-letter country code such as US or DE.")},
        {u"api_version"_s, tr("Graph API version"), tr("Leave as is unless Meta retires this version."), Kind::Text,
            false, u"v[0-9]+\\.[0-9]+"_s, u"v23.0"_s, true, u"v23.0"_s, {}, tr("like v23.0.")},
        {u"api_base"_s, tr("API address"), tr("Leave as is unless you test against a local sandbox."), Kind::Url, false,
            {}, u"https://graph.facebook.com"_s, true, u"https://graph.facebook.com"_s, {}, {}, true},
    };
    d.fields << ProviderDescriptor::sendingFields();
    // Meta cannot be asked whether a message whose answer was lost arrived; Twilio can, so it has no such setting.
    d.fields << ProviderDescriptor::resendUnconfirmedField();
    d.capabilities = {.templates = true,
        .templateCreation = true,
        .interactive = true,
        .statusPolling = false,
        .media = true,
        .mediaUpload = true,
        .reportedCosts = true,
        .templateMigration = true,
        .numberRegistration = true,
        .webhooks = WebhookStyle::MetaSigned,
        .webhookOverride = true,
        .templateStyle = TemplateStyle::NamedWithLanguage,
        .templateRequestsPerHour = 200,
        .testTemplate = u"hello_world"_s,
        .testTemplateLanguage = u"en_US"_s};
    d.accountSetting = u"waba_id"_s;
    d.defaultRatePerSecond = 80;
    d.pairIntervalMs = 6000; // Meta's pair rate limit: one message per 6 s to the same person
    d.create = [](const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) {
        return new MetaCloudProvider(MetaSettings::fromProfile(profile, secrets), network);
    };
    return d;
}
