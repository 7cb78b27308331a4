#include "testmessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

OutgoingMessage makeTestMessage(const QString& kind, const QString& to, const QString& senderName)
{
    OutgoingMessage message;
    message.to = to;
    if (kind == u"meta_cloud"_s) {
        message.kind = OutgoingMessage::Kind::Template;
        message.templateName = u"hello_world"_s;
        message.languageCode = u"en_US"_s;
    } else {
        message.text
            = QCoreApplication::translate("TestMessage", "Hello from Tandem! Your WhatsApp sender \"%1\" works.")
                  .arg(senderName);
    }
    return message;
}
