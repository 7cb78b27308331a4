#pragma once

#include <QByteArray>
#include <QJsonDocument>

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What the sandbox answers to one request.
struct SandboxReply
{
    enum class Action
    {
        Respond,
        Drop,
        Hang
    };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Action action = Action::Respond;
    // Set when the answer needs work that takes time (Meta's handshake with a callback URL): the server calls it
    // with the function that sends the answer once known, and answers nothing before.
    std::function<void(std::function<void(const SandboxReply&)>)> deferred;

    static SandboxReply withAction(Action action)
    {
        SandboxReply reply;
        reply.action = action;
        return reply;
    }
    static SandboxReply json(int status, const QJsonObject& object)
    {
        SandboxReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
};
