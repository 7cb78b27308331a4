#pragma once

#include <QString>

// Where Tandem's webhook receiver takes each sender's reports, after its public address: what Twilio is told in
// StatusCallback and what the owner pastes into Meta's app dashboard. {profile_id} is the id that
// `tandem-cli profile list --json` shows.
namespace WebhookPaths {
inline QString twilioStatus(qint64 profileId)
{
    return QStringLiteral("/twilio/%1/status").arg(profileId);
}
inline QString twilioInbound(qint64 profileId)
{
    return QStringLiteral("/twilio/%1/inbound").arg(profileId);
}
inline QString meta(qint64 profileId)
{
    return QStringLiteral("/meta/%1").arg(profileId);
}
// Where a provider that does not sign its webhooks (360dialog) posts them, with the sender's webhook key in
// keyHeader: Tandem sets both at the provider itself.
inline QString keyed(qint64 profileId)
{
    return QStringLiteral("/keyed/%1").arg(profileId);
}
// No underscore: 360dialog refuses header names with one.
inline constexpr char keyHeader[] = "X-Tandem-Webhook-Key";
// "https://example.com/" + path, without a doubled slash.
inline QString join(QString publicUrl, const QString& path)
{
    while (publicUrl.endsWith(QLatin1Char('/')))
        publicUrl.chop(1);
    return publicUrl + path;
}
} // namespace WebhookPaths
