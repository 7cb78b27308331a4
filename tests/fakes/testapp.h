#pragma once

// The app as main() builds it (AppContext), in demo mode so the sandbox runs in-process and the database is
// temporary, with the secret store the test chooses.
#include "appcontext.h"

#include <QTest>

inline std::unique_ptr<AppContext> makeTestApp(std::unique_ptr<SecretStore> secrets)
{
    Result<std::unique_ptr<AppContext>> context = AppContext::create(QString(), true, std::move(secrets));
    if (!context.isOk())
        qFatal("test app: %s", qPrintable(context.error()));
    return context.takeValue();
}
