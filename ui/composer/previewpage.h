#pragma once

#include "broadcast/variablemapping.h"
#include "contacts/contact.h"
#include "model/outgoingmessage.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

// Step 3 of the composer: the message as one chosen recipient will read it, variables filled from their contact.
class PreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPage(QWidget* parent = nullptr);

    void setContent(const QList<Contact>& audience,
        const OutgoingMessage& message,
        const VariableMapping& mapping,
        const QString& body);
    // The preview's text for the recipient chosen, as shown.
    QString renderedText() const;

private:
    void render();

    QList<Contact> m_audience;
    OutgoingMessage m_message;
    VariableMapping m_mapping;
    QString m_body;
    QComboBox* m_recipient;
    QTextBrowser* m_preview;
};
