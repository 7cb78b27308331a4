#include "sandboxaccounts.h"

using namespace Qt::StringLiterals;

namespace {
SandboxTemplate approved(const QString& name,
    const QString& language,
    const QString& category,
    const QString& status,
    const QString& headerFormat,
    int headerVariables,
    int bodyVariables,
    const QString& body,
    const QString& id)
{
    SandboxTemplate t;
    t.name = name;
    t.language = language;
    t.category = category;
    t.status = status;
    t.headerFormat = headerFormat;
    t.headerVariables = headerVariables;
    t.bodyVariables = bodyVariables;
    t.body = body;
    t.id = id;
    t.friendlyName = name;
    return t;
}
} // namespace

const QList<SandboxTemplate>& sandboxMetaTemplates()
{
    static const QList<SandboxTemplate> templates = {
        approved(u"hello_world"_s, u"en_US"_s, u"UTILITY"_s, u"APPROVED"_s, {}, 0, 0,
            u"Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message."_s,
            u"1689556908129801"_s),
        approved(u"order_update"_s, u"en"_s, u"UTILITY"_s, u"APPROVED"_s, {}, 0, 2,
            u"Hi {{1}}, your order {{2}} is on its way."_s, u"1689556908129802"_s),
        approved(u"appointment_reminder"_s, u"en"_s, u"UTILITY"_s, u"APPROVED"_s, u"IMAGE"_s, 0, 3,
            u"Hi {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."_s, u"1689556908129803"_s),
        approved(u"seasonal_promotion"_s, u"en"_s, u"MARKETING"_s, u"APPROVED"_s, u"TEXT"_s, 1, 3,
            u"Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise."_s, u"1689556908129804"_s),
        approved(u"old_promotion"_s, u"en"_s, u"MARKETING"_s, u"PAUSED"_s, {}, 0, 0, u"Last chance!"_s,
            u"1689556908129805"_s),
    };
    return templates;
}

const QList<SandboxTemplate>& sandboxTwilioContents()
{
    static const QList<SandboxTemplate> contents = [] {
        QList<SandboxTemplate> list = {
            approved(u"HX0123456789abcdef0123456789abcd01"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 0,
                u"Hello from Tandem's sandbox!"_s, {}),
            approved(u"HX0123456789abcdef0123456789abcd02"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 2,
                u"Hi {{1}}, your order {{2}} is on its way."_s, {}),
            approved(u"HX0123456789abcdef0123456789abcd03"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 3,
                u"Hi {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."_s, {}),
        };
        list[0].friendlyName = u"sandbox_hello"_s;
        list[1].friendlyName = u"order_update"_s;
        list[2].friendlyName = u"appointment_reminder"_s;
        return list;
    }();
    return contents;
}

QString SandboxAccounts::metaTemplateStore(const QString& id)
{
    if (id == QString::fromUtf16(metaWabaId) || id == QString::fromUtf16(metaPhoneNumberId))
        return u"meta_cloud"_s;
    if (id == QString::fromUtf16(metaSecondWabaId) || id == QString::fromUtf16(metaSecondPhoneNumberId))
        return u"waba:"_s + QString::fromUtf16(metaSecondWabaId);
    return QString();
}

SandboxAccounts::Credentials SandboxAccounts::credentialsFor(const QString& kind, const QString& base)
{
    Credentials c;
    if (kind == u"twilio"_s) {
        c.settings
            = {{u"account_sid"_s, QString::fromUtf16(twilioAccountSid)}, {u"from"_s, QString::fromUtf16(twilioSender)},
                {u"default_region"_s, u"US"_s}, {u"api_base"_s, base}, {u"content_api_base"_s, base}};
        c.secrets = {{u"auth_token"_s, QString::fromUtf16(twilioAuthToken)}};
    } else if (kind == u"meta_cloud"_s) {
        c.settings = {{u"phone_number_id"_s, QString::fromUtf16(metaPhoneNumberId)},
            {u"waba_id"_s, QString::fromUtf16(metaWabaId)}, {u"default_region"_s, u"US"_s}, {u"api_base"_s, base}};
        // The sandbox signs its webhooks like Meta, with this app secret; the receiver checks them with it.
        c.secrets = {{u"access_token"_s, QString::fromUtf16(metaAccessToken)},
            {u"app_secret"_s, QString::fromUtf16(metaAppSecret)},
            {u"verify_token"_s, QString::fromUtf16(metaVerifyToken)}};
    } else if (kind == u"360dialog"_s) {
        c.settings = {{u"phone_number"_s, QString::fromUtf16(dialog360Number)}, {u"default_region"_s, u"US"_s},
            {u"api_base"_s, base}};
        c.secrets = {{u"api_key"_s, QString::fromUtf16(dialog360ApiKey)},
            {u"verify_token"_s, QString::fromUtf16(dialog360WebhookKey)}};
    }
    return c;
}
