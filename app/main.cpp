// tandem: the desktop application. Builds the objects and hands them to the main window.
#include "appcontext.h"
#include "mainwindow/mainwindow.h"
#include "util/extraca.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>

using namespace Qt::StringLiterals;

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WhatsApp messages for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s,
        QApplication::translate("main", "The database: a file, or postgresql://user@host:5432/tandem shared by several computers."),
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

    Result<std::unique_ptr<AppContext>> context = AppContext::create(parser.value(u"db"_s), parser.isSet(u"demo"_s));
    if (!context.isOk()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tandem cannot start"), context.error());
        return 1;
    }
    MainWindow window(context.value()->services());
    window.show();
    return QApplication::exec();
}
