#include "receiversettings.h"

#include "publicurl.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ReceiverSettings ReceiverSettings::load(QSettings& settings)
{
    ReceiverSettings r;
    settings.beginGroup(u"webhooks"_s);
    r.enabled = settings.value(u"enabled"_s, r.enabled).toBool();
    r.port = quint16(settings.value(u"port"_s, r.port).toUInt());
    r.publicUrl = settings.value(u"public_url"_s, r.publicUrl).toString();
    r.everyAddress = settings.value(u"every_address"_s, r.everyAddress).toBool();
    settings.endGroup();
    return r;
}

void ReceiverSettings::save(QSettings& settings) const
{
    settings.beginGroup(u"webhooks"_s);
    settings.setValue(u"enabled"_s, enabled);
    settings.setValue(u"port"_s, port);
    settings.setValue(u"public_url"_s, publicUrl);
    settings.setValue(u"every_address"_s, everyAddress);
    settings.endGroup();
}

QString ReceiverSettings::publicUrlProblem() const
{
    return PublicUrl::problem(publicUrl);
}
