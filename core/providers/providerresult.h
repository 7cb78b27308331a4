#pragma once

#include "model/providererror.h"

#include <QMetaType>
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
