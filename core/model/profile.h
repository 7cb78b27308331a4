#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

// One configured WhatsApp sender. Holds only non-secret settings: tokens live in the OS keychain.
struct Profile
{
    qint64 id = 0;
    QString name;
    QString kind; // a ProviderRegistry kind: "twilio" or "meta_cloud"
    QVariantMap settings; // field key -> value, for the non-secret fields of the provider
    QDateTime createdAt;
    QDateTime updatedAt;
    // The outcome of the last credentials check, shown in the profile list.
    QDateTime verifiedAt;
    bool verifiedOk = false;
    QString verificationSummary;
    QString verifiedNumber; // the WhatsApp number the last good check found, as the provider shows it; empty if none

    QString setting(const QString& key) const
    {
        return settings.value(key).toString();
    }
};
