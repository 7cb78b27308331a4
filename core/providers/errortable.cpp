#include "errortable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("ProviderErrors").
struct ProviderErrorsText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderErrors)
};
} // namespace

const ErrorRule* findErrorRule(std::span<const ErrorRule> table, int code)
{
    for (const ErrorRule& rule : table) {
        if (code >= rule.first && code <= rule.last)
            return &rule;
    }
    return nullptr;
}

ProviderError errorFromTable(
    std::span<const ErrorRule> table, int code, const QString& providerMessage, const QString& unknownExplanation)
{
    ProviderError e;
    e.code = QString::number(code);
    e.providerMessage = providerMessage;
    if (const ErrorRule* rule = findErrorRule(table, code)) {
        e.errorClass = rule->errorClass;
        e.explanation = QCoreApplication::translate("ProviderErrors", rule->explanation);
    } else {
        e.errorClass = ErrorClass::Unknown;
        e.explanation = unknownExplanation;
    }
    return e;
}

void addHttpDetails(ProviderError& error, int httpStatus, const QByteArray& retryAfter)
{
    error.httpStatus = httpStatus;
    if (error.errorClass == ErrorClass::RateLimited || error.errorClass == ErrorClass::Transient)
        error.retryAfterSeconds = parseRetryAfter(retryAfter);
}

ErrorClass classFromHttpStatus(int status)
{
    if (status == 401 || status == 403)
        return ErrorClass::Authentication;
    if (status == 429)
        return ErrorClass::RateLimited;
    if (status >= 500)
        return ErrorClass::Transient;
    if (status >= 400)
        return ErrorClass::InvalidRequest;
    return ErrorClass::Unknown;
}

QString explanationForHttpStatus(int status)
{
    switch (classFromHttpStatus(status)) {
    case ErrorClass::Authentication:
        return ProviderErrorsText::tr(
            "The provider did not accept the sender's credentials. Check them in the sender's settings.");
    case ErrorClass::RateLimited:
        return ProviderErrorsText::tr("The provider asked Tandem to slow down. Tandem waits and tries again.");
    case ErrorClass::Transient:
        return ProviderErrorsText::tr("The provider had a temporary problem (HTTP %1). Tandem will try again.")
            .arg(status);
    case ErrorClass::InvalidRequest:
        return ProviderErrorsText::tr(
            "The provider rejected the request (HTTP %1). The details below say what it objected to.")
            .arg(status);
    default:
        return ProviderErrorsText::tr("The provider gave an unexpected answer (HTTP %1).").arg(status);
    }
}

int parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}
