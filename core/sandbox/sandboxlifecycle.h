#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// What happens to a message after the sandbox accepted it, as on the real services: it is sent, delivered and read
// after a while (a little later for some recipients than others), or it fails with a code that only shows up after
// acceptance. Twilio's message fetch answers with where the message stands now; the sandbox's callbacks report each
// step when it happens. Everything here follows from the message's id, so a fetch and a callback always agree.
struct SandboxLifecycle
{
    struct Step
    {
        qint64 afterMs = 0; // after acceptance
        QString status; // sent, delivered, read, failed (Twilio: undelivered for 30007)
        int errorCode = 0;
    };

    int sentAfterMs = 300;
    int deliveredAfterMs = 1200;
    int readAfterMs = 3500;
    double readShare = 0.8; // how many recipients read it (the others have read receipts off)
    double failShare = 0; // how many fail after acceptance, with failCode
    int failCode = 0; // 0: the provider's "undeliverable" (Twilio 63016, Meta 131026)
    double jitter = 0.5; // each step up to this much later, differently for each message
    double replyShare = 0; // how many customers write back after a message reached them
    double stopShare = 0; // of those, how many write STOP
    int replyAfterMs = 2000; // after it was delivered

    // What the customer writes back to this message, and how long after acceptance; empty when they don't.
    struct Reply
    {
        qint64 afterMs = 0;
        QString text;
    };
    Reply replyTo(const QString& messageId, const QString& provider, int asyncErrorCode) const;

    // Steps of one message, in order; asyncErrorCode (a fault chosen for the recipient) makes it fail.
    QList<Step> steps(const QString& messageId, const QString& provider, int asyncErrorCode) const;
    // The last step reached `ageMs` after acceptance; an empty status before the first.
    Step at(const QString& messageId, const QString& provider, int asyncErrorCode, qint64 ageMs) const;

    // Fields the document leaves out keep their value in `base`.
    static SandboxLifecycle fromJson(const QJsonObject& json, const SandboxLifecycle& base);
};
