// libFuzzer target: what Tandem reads from the webhooks anyone on the internet can post to it, before and after the
// signature check: Meta's JSON envelope, Twilio's form parameters (status and inbound), the signature checks
// themselves, and the stored form of a report read back. Any bytes must give a result or an error, never a crash.
#include "model/deliveryevent.h"
#include "providers/twiliocallbacks.h"
#include "util/formencoding.h"
#include "webhooks/metawebhook.h"
#include "webhooks/signatures.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<MetaWebhookPayload> meta
        = MetaWebhookPayload::parse(bytes, 1000, [](const QString& number, const QString& account, QString* why) {
              if (number.size() == 15 || account.size() == 15)
                  return qint64(2);
              *why = QStringLiteral("names no sender");
              return qint64(0);
          });
    if (meta.isOk()) {
        for (const DeliveryEvent& e : meta.value().statuses) {
            const DeliveryEvent back = deliveryEventFromJson(deliveryEventToJson(e));
            if (back.eventKey() != e.eventKey() || back.targetState() != e.targetState())
                __builtin_trap(); // what waits in the database must mean what arrived
        }
    }
    const FormFields form = decodeForm(bytes);
    TwilioCallbacks::status(form, 1, 1000);
    TwilioCallbacks::inbound(form, 1, 1000);
    const QString url = QStringLiteral("https://hooks.example.com/twilio/1/status");
    Signatures::twilioValid(QStringLiteral("12345"), url, form, bytes.left(28));
    Signatures::twilioJsonValid(QStringLiteral("12345"),
        url + QStringLiteral("?bodySHA256=") + QString::fromLatin1(bytes.left(64)), bytes, bytes.left(28));
    Signatures::metaValid(QStringLiteral("secret"), bytes, bytes.left(71));
    deliveryEventFromJson(QJsonDocument::fromJson(bytes).object());
    return 0;
}
