// tandem: the desktop application. Builds the objects and hands them to the main window.
#include "appcontext.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/shareddatabase.h"
#include "util/extraca.h"
#include "util/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
// --db, then TANDEM_DB, then the shared database chosen in the settings (its password read from this computer's
// keychain, kept in memory for the connections), then this computer's own file.
QString chooseDatabase(const QString& commandLine, bool demo)
{
    const QString shared = SharedDatabase::savedUrl();
    if (demo || !commandLine.isEmpty() || !qEnvironmentVariableIsEmpty("TANDEM_DB") || shared.isEmpty())
        return commandLine;
    KeychainSecretStore keychain;
    SecretJob* job = keychain.read(SharedDatabase::passwordKey(shared));
    QEventLoop loop; // before any window: nothing else to keep answering yet
    QObject::connect(job, &SecretJob::finished, &loop, [&loop, &shared](const SecretResult& result) {
        if (result.isOk())
            Database::setPassword(shared, result.value);
        loop.quit();
    });
    loop.exec();
    return shared;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Debug lines (every request) are for developers: QT_LOGGING_RULES=tandem.*=true shows them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QApplication::setOrganizationName(u"Tandem"_s);
    QApplication::setApplicationName(u"Tandem"_s);
    QApplication::setApplicationDisplayName(u"Tandem"_s);
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    Language::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WhatsApp messages for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s,
        QApplication::translate(
            "main", "The database: a file, or postgresql://user@host:5432/tandem shared by several computers."),
        u"PATH|URL"_s});
    parser.addOption({u"demo"_s,
        QApplication::translate("main",
            "Try Tandem against a built-in practice copy of "
            "Twilio and Meta: no account needed, nothing "
            "leaves this computer.")});
    parser.process(app);
    const Status trusted = ExtraCa::trustFromEnvironment();
    if (!trusted.isOk()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tandem cannot start"), trusted.error());
        return 1;
    }
    const Status trustedSaved = ExtraCa::trustSaved();
    if (!trustedSaved.isOk()) // the file moved: say so, and let the owner choose again in the preferences
        QMessageBox::warning(nullptr, QApplication::translate("main", "Extra certificates"), trustedSaved.error());

    const QString database = chooseDatabase(parser.value(u"db"_s), parser.isSet(u"demo"_s));
    Result<std::unique_ptr<AppContext>> context = AppContext::create(database, parser.isSet(u"demo"_s));
    if (!context.isOk() && !database.isEmpty() && database == SharedDatabase::savedUrl()) {
        // The server is away or the password changed: the owner can still work on this computer's own file.
        const auto answer = QMessageBox::question(nullptr, QApplication::translate("main", "Shared database"),
            QApplication::translate("main",
                "%1\n\nOpen this computer's own file instead? (Settings > Shared "
                "database chooses again.)")
                .arg(context.error()));
        if (answer == QMessageBox::Yes)
            context = AppContext::create(QString(), false);
    }
    if (!context.isOk()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tandem cannot start"), context.error());
        return 1;
    }
    MainWindow window(context.value()->services());
    window.show();
    return QApplication::exec();
}
