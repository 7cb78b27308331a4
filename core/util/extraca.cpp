#include "extraca.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ExtraCa {
Status trust(const QString& pemPath)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return Status::failure(QCoreApplication::translate("ExtraCa",
            "No certificate could be read from %1 (TANDEM_EXTRA_CA): it must be a PEM file.")
                                   .arg(pemPath));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return Status::success();
}

Status trustFromEnvironment()
{
    const QString path = qEnvironmentVariable("TANDEM_EXTRA_CA");
    return path.isEmpty() ? Status::success() : trust(path);
}
} // namespace ExtraCa
