#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a message send, as a device Qt reads once. Qt 6.4's HTTP/1.1 channel sends a request again by itself
// when a kept-alive connection closes before the answer, rewinding the upload device first. This device refuses to
// rewind once it has been read to the end, so a send that may have reached the provider is never repeated behind
// Tandem's back: the reply finishes with an error instead (ContentReSendError), and consumed() tells that the whole
// request was handed to the connection. Before that, a rewind is harmless (the provider never saw a whole request)
// and is allowed.
class SendOnceBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SendOnceBody(QByteArray data, QObject* parent = nullptr);

    // True once every byte has been read: from then on the provider may have the message.
    bool consumed() const;

    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 position) override;
    bool reset() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QByteArray m_data;
    bool m_consumed = false;
};
