// tandem: the desktop application. Builds the objects and hands them to the main window.
#include "mainwindow/mainwindow.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tandem"_s);
    QApplication::setApplicationName(u"Tandem"_s);
    QApplication::setApplicationDisplayName(u"Tandem"_s);
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WhatsApp messages for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, QApplication::translate("main", "The database file to use."), u"PATH"_s});
    parser.process(app);

    Database database;
    const Status opened = database.open(Database::resolvePath(parser.value(u"db"_s)));
    if (!opened.isOk()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tandem cannot start"), opened.error());
        return 1;
    }
    const ProviderRegistry registry = ProviderRegistry::builtin();
    ProfileRepository profiles(database, registry);

    MainWindow window(profiles);
    window.show();
    return QApplication::exec();
}
