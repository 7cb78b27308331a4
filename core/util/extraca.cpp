#include "extraca.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace {
const QString kSetting = u"network/extra_ca_file"_s;
} // namespace

namespace ExtraCa {
Status trust(const QString& pemPath)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return Status::failure(QCoreApplication::translate(
            "ExtraCa", "No certificate could be read from %1 (TANDEM_EXTRA_CA): it must be a PEM file.")
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

QString savedFile()
{
    return QSettings().value(kSetting).toString();
}

void saveFile(const QString& pemPath)
{
    if (pemPath.trimmed().isEmpty())
        QSettings().remove(kSetting);
    else
        QSettings().setValue(kSetting, pemPath.trimmed());
}

Status trustSaved()
{
    const QString path = savedFile();
    return path.isEmpty() ? Status::success() : trust(path);
}

Result<QStringList> describe(const QString& pemPath)
{
    const QFileInfo file(pemPath);
    if (!file.exists())
        return Result<QStringList>::failure(
            QCoreApplication::translate("ExtraCa", "There is no file %1: check the name and the folder.").arg(pemPath));
    if (!file.isFile() || !file.isReadable())
        return Result<QStringList>::failure(
            QCoreApplication::translate("ExtraCa", "%1 cannot be read: it is a folder, or Tandem may not open it.")
                .arg(pemPath));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return Result<QStringList>::failure(QCoreApplication::translate("ExtraCa",
            "%1 holds no certificate Tandem can read: it must be a PEM file (text that starts with "
            "\"-----BEGIN CERTIFICATE-----\").")
                                                .arg(pemPath));
    QStringList subjects;
    for (const QSslCertificate& certificate : certificates) {
        const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
        const QStringList organisations = certificate.subjectInfo(QSslCertificate::Organization);
        subjects << (names.isEmpty() ? organisations.value(0, QString::fromLatin1(certificate.serialNumber()))
                                     : names.join(u", "_s));
    }
    return subjects;
}
} // namespace ExtraCa
