#include "testmessage.h"

#include "providers/providerdescriptor.h"

#include <QCoreApplication>

OutgoingMessage makeTestMessage(const ProviderCapabilities& capabilities, const QString& to, const QString& senderName)
{
    OutgoingMessage message;
    message.to = to;
    if (!capabilities.testTemplate.isEmpty()) {
        message.kind = OutgoingMessage::Kind::Template;
        message.templateName = capabilities.testTemplate;
        message.languageCode = capabilities.testTemplateLanguage;
    } else {
        message.text
            = QCoreApplication::translate("TestMessage", "Hello from Tandem! Your WhatsApp sender \"%1\" works.")
                  .arg(senderName);
    }
    return message;
}
