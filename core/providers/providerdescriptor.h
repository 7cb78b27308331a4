#pragma once

#include "configfield.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

#include <functional>

class MessagingProvider;
class QNetworkAccessManager;
struct Profile;

// What a provider can do; the composer and wizard read this instead of testing the kind.
struct ProviderCapabilities
{
    bool templates = false;
    bool templateCreation = false;
    bool interactive = false;
    bool statusPolling = false;
    bool media = false;
};

// Everything the rest of Tandem needs to know about one provider kind.
struct ProviderDescriptor
{
    using Factory = std::function<MessagingProvider*(
        const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network)>;
    // Rules that span fields (either this or that); returns one sentence per problem.
    using CrossCheck = std::function<QStringList(const QVariantMap& values)>;

    QString kind;
    QString displayName;
    QString pitch;
    QList<ConfigField> fields;
    ProviderCapabilities capabilities;
    double defaultRatePerSecond = 80;
    Factory create;
    CrossCheck crossCheck;

    const ConfigField* field(const QString& key) const;
    QStringList secretKeys() const;
    // Every problem with a complete set of values (settings and secrets together), field by field then across.
    QStringList validate(const QVariantMap& values) const;
};
