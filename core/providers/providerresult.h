#pragma once

#include "model/providererror.h"

#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

// What one provider call came back with: success with the provider's id and status, or an error.
struct ProviderResult
{
    ProviderError error;
    QString messageId; // sends: Twilio "SM…", Meta "wamid.…"
    QString status; // sends and status fetches: the provider's status word ("queued", "accepted", "delivered", …)
    QString recipient; // sends: the normalised number the provider was given
    QVariantMap details; // verification: display_phone_number, verified_name, quality_rating, account name, …
    bool cancelled = false;

    bool isOk() const
    {
        return !error.isError() && !cancelled;
    }
};
Q_DECLARE_METATYPE(ProviderResult)

// What a credentials check found, in one line for the senders list: the account or number and its name, or what
// went wrong.
inline QString verificationSummary(const ProviderResult& result)
{
    if (!result.isOk())
        return result.error.explanation;
    QStringList parts;
    for (const QVariant& v : result.details) {
        if (!v.toString().isEmpty())
            parts << v.toString();
    }
    return parts.join(QStringLiteral(", "));
}

// The WhatsApp number a good check found (Meta and 360dialog name it), or empty.
inline QString verifiedNumber(const ProviderResult& result)
{
    return result.isOk() ? result.details.value(QStringLiteral("display_phone_number")).toString() : QString();
}
