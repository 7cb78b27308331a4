#include "whoami.h"

#include <QCoreApplication>
#include <QSysInfo>

QString whoAmI(const QString& program)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    const QString host = QSysInfo::machineHostName();
    return user.isEmpty() ? QCoreApplication::translate("Consent", "%1 on %2").arg(program, host)
                          : QCoreApplication::translate("Consent", "%1 on %2 (%3)").arg(program, host, user);
}
