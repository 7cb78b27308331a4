#include "httpreply.h"

#include "httpconnection.h"

HttpReply::HttpReply(HttpConnection* connection, quint64 sequence) : m_connection(connection), m_sequence(sequence)
{ }

bool HttpReply::send(int status, const QByteArray& body, const QByteArray& contentType) const
{
    HttpConnection* connection = m_connection.data();
    return connection && connection->answer(m_sequence, status, body, contentType);
}

bool HttpReply::isOpen() const
{
    const HttpConnection* connection = m_connection.data();
    return connection && connection->waitsFor(m_sequence);
}
