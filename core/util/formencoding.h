#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded, as Twilio reads it: every reserved character percent-encoded
// (QUrlQuery leaves '+' alone, which a server reads as a space, so it is not used here). Repeated keys stay
// repeated (MediaUrl=a&MediaUrl=b).
QByteArray encodeForm(const FormFields& fields);
FormFields decodeForm(const QByteArray& body);
QString formValue(const FormFields& fields, const QString& key);
QStringList formValues(const FormFields& fields, const QString& key);
