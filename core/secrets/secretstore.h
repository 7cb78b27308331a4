#pragma once

#include "secretjob.h"

#include <QObject>

// Where Tandem keeps tokens: the OS keychain in the product, memory in unit tests. Keys are namespaced
// ("profile/<id>/<field>") under one service name.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretJob* read(const QString& key) = 0;
    virtual SecretJob* write(const QString& key, const QString& value) = 0;
    virtual SecretJob* remove(const QString& key) = 0;
    // False for a store that forgets everything when Tandem closes (the demo's): screens then do not speak of the
    // keychain.
    virtual bool keepsSecretsAfterExit() const
    {
        return true;
    }

    static QString profileKey(qint64 profileId, const QString& field);
};
