#include "contact.h"

#include "model/customerwindow.h"

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
    return CustomerWindow::isOpen(lastInboundAt, now);
}

QDateTime Contact::windowClosesAt() const
{
    return CustomerWindow::closesAt(lastInboundAt);
}
