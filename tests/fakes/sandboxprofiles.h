#pragma once

// Profiles that point at an in-process SandboxServer, with the sandbox's example credentials.
#include "model/profile.h"
#include "sandbox/sandboxaccounts.h"

#include <QHash>
#include <QUrl>

inline Profile twilioSandboxProfile(const QUrl& base)
{
    Profile p;
    p.id = 1;
    p.name = QStringLiteral("Twilio shop");
    p.kind = QStringLiteral("twilio");
    p.settings = {{QStringLiteral("account_sid"), QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
        {QStringLiteral("from"), QString::fromUtf16(SandboxAccounts::twilioSender)},
        {QStringLiteral("default_region"), QStringLiteral("US")}, {QStringLiteral("api_base"), base.toString()},
        {QStringLiteral("content_api_base"), base.toString()}};
    return p;
}

inline QHash<QString, QString> twilioSandboxSecrets()
{
    return {{QStringLiteral("auth_token"), QString::fromUtf16(SandboxAccounts::twilioAuthToken)}};
}

inline Profile metaSandboxProfile(const QUrl& base)
{
    Profile p;
    p.id = 2;
    p.name = QStringLiteral("Meta shop");
    p.kind = QStringLiteral("meta_cloud");
    p.settings = {{QStringLiteral("phone_number_id"), QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)},
        {QStringLiteral("waba_id"), QString::fromUtf16(SandboxAccounts::metaWabaId)},
        {QStringLiteral("default_region"), QStringLiteral("US")},
        {QStringLiteral("api_version"), QStringLiteral("v23.0")}, {QStringLiteral("api_base"), base.toString()}};
    return p;
}

inline QHash<QString, QString> metaSandboxSecrets()
{
    return {{QStringLiteral("access_token"), QString::fromUtf16(SandboxAccounts::metaAccessToken)},
        {QStringLiteral("app_secret"), QString::fromUtf16(SandboxAccounts::metaAppSecret)},
        {QStringLiteral("verify_token"), QString::fromUtf16(SandboxAccounts::metaVerifyToken)}};
}

inline Profile dialog360SandboxProfile(const QUrl& base)
{
    Profile p;
    p.name = QStringLiteral("Shop on 360dialog");
    p.kind = QStringLiteral("360dialog");
    p.settings = {{QStringLiteral("phone_number"), QString::fromUtf16(SandboxAccounts::dialog360Number)},
        {QStringLiteral("default_region"), QStringLiteral("US")}, {QStringLiteral("api_base"), base.toString()}};
    return p;
}

inline QHash<QString, QString> dialog360SandboxSecrets()
{
    return {{QStringLiteral("api_key"), QString::fromUtf16(SandboxAccounts::dialog360ApiKey)}};
}
