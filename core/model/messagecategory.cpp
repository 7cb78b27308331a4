#include "messagecategory.h"

using namespace Qt::StringLiterals;

QString messageCategoryName(MessageCategory category)
{
    switch (category) {
    case MessageCategory::Marketing:
        return u"marketing"_s;
    case MessageCategory::Utility:
        return u"utility"_s;
    case MessageCategory::Authentication:
        return u"authentication"_s;
    case MessageCategory::Service:
        return u"service"_s;
    }
    return u"marketing"_s;
}

MessageCategory messageCategoryFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (MessageCategory c : {MessageCategory::Utility, MessageCategory::Authentication, MessageCategory::Service}) {
        if (lower == messageCategoryName(c))
            return c;
    }
    return MessageCategory::Marketing;
}
