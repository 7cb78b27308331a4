#include "twiliocontent.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject twilioContentFrom(const QJsonObject& d)
{
    QString body;
    QJsonObject variables;
    QString media;
    QJsonArray quickReplies;
    QJsonArray callToAction;
    for (const QJsonValue& v : d.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(u"type"_s).toString().toUpper();
        if (type == u"BODY"_s) {
            body = c.value(u"text"_s).toString();
            const QJsonArray examples
                = c.value(u"example"_s).toObject().value(u"body_text"_s).toArray().first().toArray();
            for (int i = 0; i < examples.size(); ++i)
                variables.insert(QString::number(i + 1), examples.at(i).toString());
        } else if (type == u"HEADER"_s && c.value(u"format"_s).toString().toUpper() != u"TEXT"_s) {
            media = c.value(u"example"_s).toObject().value(u"header_handle"_s).toArray().first().toString();
        } else if (type == u"BUTTONS"_s) {
            int n = 0;
            for (const QJsonValue& b : c.value(u"buttons"_s).toArray()) {
                const QJsonObject button = b.toObject();
                const QString kind = button.value(u"type"_s).toString().toUpper();
                const QString title = button.value(u"text"_s).toString();
                if (kind == u"QUICK_REPLY"_s)
                    quickReplies.append(QJsonObject {{u"title"_s, title}, {u"id"_s, u"reply_%1"_s.arg(++n)}});
                else if (kind == u"URL"_s)
                    callToAction.append(QJsonObject {
                        {u"type"_s, u"URL"_s}, {u"title"_s, title}, {u"url"_s, button.value(u"url"_s).toString()}});
                else if (kind == u"PHONE_NUMBER"_s)
                    callToAction.append(QJsonObject {{u"type"_s, u"PHONE_NUMBER"_s}, {u"title"_s, title},
                        {u"phone"_s, button.value(u"phone_number"_s).toString()}});
            }
        }
    }
    QJsonObject types;
    if (!quickReplies.isEmpty())
        types.insert(u"twilio/quick-reply"_s, QJsonObject {{u"body"_s, body}, {u"actions"_s, quickReplies}});
    else if (!callToAction.isEmpty())
        types.insert(u"twilio/call-to-action"_s, QJsonObject {{u"body"_s, body}, {u"actions"_s, callToAction}});
    else if (!media.isEmpty())
        types.insert(u"twilio/media"_s, QJsonObject {{u"body"_s, body}, {u"media"_s, QJsonArray {media}}});
    else
        types.insert(u"twilio/text"_s, QJsonObject {{u"body"_s, body}});
    return {{u"friendly_name"_s, d.value(u"name"_s).toString()}, {u"language"_s, d.value(u"language"_s).toString()},
        {u"variables"_s, variables}, {u"types"_s, types},
        {u"approval"_s,
            QJsonObject {{u"name"_s, d.value(u"name"_s).toString()},
                {u"category"_s, d.value(u"category"_s).toString().toUpper()}}}};
}
