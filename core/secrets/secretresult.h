#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one keychain operation, with the failure classified so the UI can say what to do.
struct SecretResult
{
    enum class Error
    {
        None,
        NotFound,
        Unavailable,
        Denied,
        Other
    };

    Error error = Error::None;
    QString key;
    QString value; // for reads only; never logged
    QString message; // for a person: what went wrong and what to do

    bool isOk() const
    {
        return error == Error::None;
    }
};
Q_DECLARE_METATYPE(SecretResult)
