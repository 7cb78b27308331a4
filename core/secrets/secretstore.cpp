#include "secretstore.h"

using namespace Qt::StringLiterals;

QString SecretStore::profileKey(qint64 profileId, const QString& field)
{
    return u"profile/%1/%2"_s.arg(profileId).arg(field);
}
