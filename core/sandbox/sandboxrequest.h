#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// One incoming request, reduced to what the simulated APIs look at. Header names are lower-case.
struct SandboxRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        return headers.value(name.toLower());
    }
};
