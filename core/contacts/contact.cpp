#include "contact.h"

void Contact::mergeFrom(const Contact& other)
{
    if (!other.name.isEmpty())
        name = other.name;
    for (const QString& tag : other.tags) {
        if (!tags.contains(tag))
            tags << tag;
    }
    for (auto it = other.fields.cbegin(); it != other.fields.cend(); ++it) {
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    }
    if (!other.optInSource.isEmpty()) {
        optInSource = other.optInSource;
        optedInAt = other.optedInAt;
    }
    if (other.optedOut) {
        optedOut = true;
        optedOutAt = other.optedOutAt;
        optedOutSource = other.optedOutSource;
    }
}

bool Contact::windowOpen(const QDateTime& now) const
{
    return lastInboundAt.isValid() && lastInboundAt <= now.addSecs(60) && now < windowClosesAt();
}

QDateTime Contact::windowClosesAt() const
{
    return lastInboundAt.isValid() ? lastInboundAt.addSecs(24 * 60 * 60) : QDateTime();
}
