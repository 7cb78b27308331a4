// libFuzzer target: everything Twilio or Meta can answer. The first byte picks the HTTP status, the next ones a
// Retry-After header, the rest is the body; every parser and error classifier must turn it into a result.
#include "providers/errortable.h"
#include "providers/metaerrors.h"
#include "providers/metaresponses.h"
#include "providers/twilioerrors.h"
#include "providers/twilioresponses.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = {200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503};
    HttpResponse response;
    response.status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    const size_t headerLength = qMin<size_t>(data[1] % 32, size - 2);
    response.retryAfter = QByteArray(reinterpret_cast<const char*>(data + 2), qsizetype(headerLength));
    response.body
        = QByteArray(reinterpret_cast<const char*>(data + 2 + headerLength), qsizetype(size - 2 - headerLength));
    response.contentType = "application/json";

    twilioErrorFromResponse(response);
    metaErrorFromResponse(response);
    parseRetryAfter(response.retryAfter);
    TwilioResponses::account(response);
    TwilioResponses::created(response, QStringLiteral("+14155552671"));
    TwilioResponses::message(response);
    SentMessageQuery query;
    query.message.to = QStringLiteral("+14155552671");
    query.message.text = QStringLiteral("Your order is ready");
    query.sentAtMs = 1764500000000;
    TwilioResponses::sentPage(response, query);
    MetaResponses::phoneNumber(response);
    MetaResponses::sent(response, QStringLiteral("+14155552671"));
    return 0;
}
