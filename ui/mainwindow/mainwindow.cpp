#include "mainwindow.h"

#include "storage/profilerepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileRepository& profiles, QWidget* parent) : QMainWindow(parent), m_profiles(profiles)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tandem"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    m_emptyState = createEmptyState();
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(createProfileList());
    setCentralWidget(m_pages);
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(900, 600);
    reloadProfiles();
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"emptyStateWidget"_s);
    auto* title = new QLabel(tr("No WhatsApp sender set up yet"), page);
    title->setObjectName(u"emptyStateTitleLabel"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto* text = new QLabel(tr("Tandem sends your WhatsApp messages through Twilio or directly through Meta's "
                               "Cloud API. Set up a sender to start: Tandem explains the difference and checks "
                               "the connection for you."),
        page);
    text->setObjectName(u"emptyStateTextLabel"_s);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    text->setAlignment(Qt::AlignCenter);
    auto* button = new QPushButton(tr("Set up WhatsApp…"), page);
    button->setObjectName(u"setUpButton"_s);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &MainWindow::setUpRequested);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::createProfileList()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"profilesWidget"_s);
    m_profileTable = new QTableWidget(0, 4, page);
    m_profileTable->setObjectName(u"profilesTableWidget"_s);
    m_profileTable->setHorizontalHeaderLabels({tr("Sender"), tr("Provider"), tr("Number"), tr("Last check")});
    m_profileTable->horizontalHeader()->setStretchLastSection(true);
    m_profileTable->verticalHeader()->hide();
    m_profileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* addButton = new QPushButton(tr("Set up another sender…"), page);
    addButton->setObjectName(u"addSenderButton"_s);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::setUpRequested);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_profileTable);
    layout->addWidget(addButton, 0, Qt::AlignLeft);
    return page;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* setUp = file->addAction(tr("&Set up WhatsApp…"), this, &MainWindow::setUpRequested);
    setUp->setObjectName(u"setUpAction"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tandem"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
}

void MainWindow::reloadProfiles()
{
    const Result<QList<Profile>> profiles = m_profiles.list();
    if (!profiles.isOk()) {
        statusBar()->showMessage(profiles.error());
        return;
    }
    m_profileTable->setRowCount(0);
    for (const Profile& p : profiles.value()) {
        const int row = m_profileTable->rowCount();
        m_profileTable->insertRow(row);
        const QString number = !p.setting(u"from"_s).isEmpty() ? p.setting(u"from"_s) : p.setting(u"phone_number_id"_s);
        const QString check = !p.verifiedAt.isValid() ? tr("Not checked yet")
            : p.verifiedOk
            ? tr("Working (%1)").arg(QLocale().toString(p.verifiedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Failed: %1").arg(p.verificationSummary);
        const QStringList cells = {p.name, p.kind == u"twilio"_s ? tr("Twilio") : tr("Meta Cloud API"), number, check};
        for (int column = 0; column < cells.size(); ++column)
            m_profileTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_pages->setCurrentIndex(profiles.value().isEmpty() ? 0 : 1);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tandem"),
        tr("<h3>Tandem %1</h3><p>WhatsApp messages for small businesses, through Twilio or "
           "Meta's Cloud API directly.</p><p>Tokens are kept only in your system keychain.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}
