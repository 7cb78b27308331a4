#include "twiliocallbacks.h"

#include "providers/twilioerrors.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TwilioCallbacks {
namespace {
QJsonObject raw(const FormFields& params)
{
    QJsonObject o;
    for (const auto& [name, value] : params) {
        if (o.contains(name)) {
            QJsonArray many = o.value(name).isArray() ? o.value(name).toArray() : QJsonArray {o.value(name)};
            many.append(value);
            o.insert(name, many);
        } else {
            o.insert(name, value);
        }
    }
    return o;
}

ProviderError failureWithoutCode(const QString& status)
{
    ProviderError e;
    e.errorClass = ErrorClass::Unknown;
    e.code = status;
    e.explanation = QCoreApplication::translate("TwilioCallbacks",
        "Twilio reports that the message was not delivered (%1) without saying why. Its Messaging logs may tell "
        "more.")
                        .arg(status);
    return e;
}

QString first(const FormFields& params, std::initializer_list<const char16_t*> names)
{
    for (const char16_t* name : names) {
        const QString value = formValue(params, QString::fromUtf16(name));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// The customer's business-scoped user ID. Twilio's changelog (2026-07-20) first named the parameter
// ExternalUserIdentifier; the integrations that shipped Twilio BSUID support read ExternalUserId
// (shared/reference/providers.md §6b). Every name is read.
QString userId(const FormFields& params)
{
    return first(params, {u"ExternalUserId", u"ExternalUserIdentifier"});
}

// A BSUID: two letters, a dot, then letters and digits (BR.1502576394655843, US.ENT.1181…).
bool isUserId(const QString& address)
{
    return address.size() > 3 && address.at(2) == u'.' && address.at(0).isLetter() && address.at(1).isLetter();
}
} // namespace

QString address(const QString& value)
{
    return value.startsWith(u"whatsapp:"_s) ? value.mid(9) : value;
}

DeliveryEvent status(const FormFields& params, qint64 profileId, qint64 receivedAtMs)
{
    DeliveryEvent e;
    e.provider = u"twilio"_s;
    e.profileId = profileId;
    e.messageId = first(params, {u"MessageSid", u"SmsSid", u"SmsMessageSid"});
    e.status = first(params, {u"MessageStatus", u"SmsStatus"}).toLower();
    e.occurredAtMs = receivedAtMs; // Twilio's callbacks carry no time of their own
    e.recipient = address(first(params, {u"To", u"ChannelToAddress"}));
    e.recipientUserId = userId(params);
    e.recipientParentUserId = formValue(params, u"ParentExternalUserId"_s);
    // Without a number, Twilio writes the business-scoped ID where the number would be (To=whatsapp:US.1349…).
    if (isUserId(e.recipient)) {
        if (e.recipientUserId.isEmpty())
            e.recipientUserId = e.recipient;
        e.recipient.clear();
    }
    const int code = formValue(params, u"ErrorCode"_s).toInt();
    if (code != 0)
        e.error = twilioErrorFromCode(code, formValue(params, u"ErrorMessage"_s));
    else if (e.targetState() == OutboxState::Failed)
        e.error = failureWithoutCode(e.status);
    return e;
}

InboundMessage inbound(const FormFields& params, qint64 profileId, qint64 receivedAtMs)
{
    InboundMessage m;
    m.provider = u"twilio"_s;
    m.profileId = profileId;
    m.messageId = first(params, {u"MessageSid", u"SmsMessageSid", u"SmsSid"});
    m.from = address(formValue(params, u"From"_s));
    if (!m.from.startsWith(u'+'))
        m.from.clear(); // a business-scoped identity, not a number
    m.userId = userId(params);
    m.parentUserId = formValue(params, u"ParentExternalUserId"_s);
    if (m.userId.isEmpty() && !formValue(params, u"From"_s).isEmpty() && m.from.isEmpty())
        m.userId = address(formValue(params, u"From"_s));
    m.profileName = formValue(params, u"ProfileName"_s);
    m.text = formValue(params, u"Body"_s);
    m.replyTo = formValue(params, u"OriginalRepliedMessageSid"_s);
    m.receivedAtMs = receivedAtMs;
    if (formValue(params, u"NumMedia"_s).toInt() > 0) {
        m.mediaUrl = formValue(params, u"MediaUrl0"_s);
        m.mediaType = formValue(params, u"MediaContentType0"_s);
        m.type = m.mediaType.section(u'/', 0, 0);
        if (m.type == u"application"_s)
            m.type = u"document"_s;
    } else if (!formValue(params, u"ButtonText"_s).isEmpty()) {
        m.type = u"button"_s;
        m.text = formValue(params, u"ButtonText"_s);
    } else if (!formValue(params, u"Latitude"_s).isEmpty()) {
        m.type = u"location"_s;
        m.text = u"%1, %2"_s.arg(formValue(params, u"Latitude"_s), formValue(params, u"Longitude"_s));
    }
    m.raw = raw(params);
    return m;
}
} // namespace TwilioCallbacks
