#include "networkerrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetwork, "tandem.providers.network")

ProviderError networkError(QNetworkReply::NetworkError error, const QString& errorString)
{
    ProviderError e;
    e.errorClass = ErrorClass::Transient;
    e.providerMessage = errorString;
    auto explain = [](const char* text) {
        return QCoreApplication::translate("NetworkErrors", text);
    };
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.code = u"network-timeout"_s;
        e.explanation = explain("The provider did not answer in time. Tandem will try again; if this keeps "
                                "happening, check your internet connection.");
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.code = u"network-refused"_s;
        e.explanation = explain("The provider's server refused the connection. Check the API address in the "
                                "sender's advanced settings and your internet connection.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.code = u"network-closed"_s;
        e.explanation = explain("The connection to the provider closed before an answer came. Tandem will try "
                                "again.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.code = u"network-host-not-found"_s;
        e.explanation = explain("The provider's server could not be found. Check your internet connection and "
                                "the API address in the sender's advanced settings.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.errorClass = ErrorClass::Unknown;
        e.code = u"network-tls"_s;
        e.explanation = explain("The secure connection to the provider could not be checked. Check the "
                                "computer's date and time, and any proxy or antivirus that inspects traffic.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.code = u"network-proxy"_s;
        e.explanation = explain("The network proxy did not pass the request on. Check the proxy settings.");
        break;
    default:
        e.code = u"network-%1"_s.arg(int(error));
        e.explanation = explain("The provider could not be reached (%1). Tandem will try again.").arg(errorString);
        break;
    }
    qCWarning(lcNetwork) << "transport failure" << e.code << errorString;
    return e;
}

ProviderError ambiguousNetworkError(QNetworkReply::NetworkError error, const QString& errorString)
{
    ProviderError e;
    e.errorClass = ErrorClass::Ambiguous;
    e.providerMessage = errorString;
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.code = u"no-answer-timeout"_s;
        e.explanation = QCoreApplication::translate("NetworkErrors",
            "The message was sent, but the provider did not answer in time, so Tandem cannot tell whether it went "
            "out. It is not sent again by itself.");
        break;
    default:
        e.code = u"no-answer-closed"_s;
        e.explanation = QCoreApplication::translate("NetworkErrors",
            "The message was sent, but the connection closed before the provider answered, so Tandem cannot tell "
            "whether it went out. It is not sent again by itself.");
        break;
    }
    qCWarning(lcNetwork) << "no answer after the request was written" << e.code << errorString;
    return e;
}

ProviderError unreadableSuccess(const QString& provider)
{
    ProviderError e;
    e.errorClass = ErrorClass::Ambiguous;
    e.code = u"malformed-response"_s;
    e.explanation = QCoreApplication::translate("NetworkErrors",
        "%1 answered that the message was taken, but the answer could not be read (perhaps a proxy changed it), so "
        "Tandem has no message id for it. It is not sent again by itself.")
                        .arg(provider);
    return e;
}
