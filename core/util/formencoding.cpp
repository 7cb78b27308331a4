#include "formencoding.h"

#include <QStringList>
#include <QUrl>

QByteArray encodeForm(const FormFields& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

FormFields decodeForm(const QByteArray& body)
{
    FormFields fields;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QString formValue(const FormFields& fields, const QString& key)
{
    for (const auto& [k, v] : fields) {
        if (k == key)
            return v;
    }
    return QString();
}

QStringList formValues(const FormFields& fields, const QString& key)
{
    QStringList values;
    for (const auto& [k, v] : fields) {
        if (k == key)
            values << v;
    }
    return values;
}
