#pragma once

#include "model/profile.h"

#include <QMainWindow>

#include <optional>

struct AppServices;
class ActivityView;
class AnalyticsView;
class ComposerView;
class ContactsView;
class QLabel;
class RepliesView;
class TemplatesView;
class QPushButton;
class QTabWidget;
class SecretStore;
class QStackedWidget;
class QTableWidget;
class SenderActions;

// Tandem's main window, six tabs: the senders (an invitation to set up WhatsApp while there is none, then the
// list with what can be done to each: edit, check, test, switch provider, remove), the contacts, the broadcast
// composer, the broadcast activity, the customers' replies and the senders' templates.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab
    {
        SendersTab,
        ContactsTab,
        ComposeTab,
        ActivityTab,
        RepliesTab,
        TemplatesTab,
        ResultsTab
    };

    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);

    void showTab(Tab tab);
    ContactsView* contactsView() const;
    ComposerView* composerView() const;
    ActivityView* activityView() const;
    AnalyticsView* resultsView() const;
    RepliesView* repliesView() const;
    TemplatesView* templatesView() const;

    // Re-reads the senders from the database and shows the empty state or the list.
    void reloadProfiles();
    void selectProfile(qint64 id);

    void startSetup();
    void editSelected();
    void verifySelected();
    void sendTestToSelected();
    void switchSelected();
    void removeSelected();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createEmptyState();
    QWidget* createProfileList();
    void createMenus();
    void showAbout();
    void showReceiverSettings();
    void showSharedDatabaseSettings();
    void showPreferences();
    void showPrices();
    void updateReceiverStatus();
    // A sender was added, changed or removed: the outbox and the receiver read it again.
    void sendersChanged();
    void updateActions();
    std::optional<Profile> selected() const;
    // After a sender is set up: points its webhooks at the receiver where its provider needs Tandem to.
    void pointUnsignedWebhooks(qint64 id);
    // Where the providers reach the receiver, as this window knows it; empty when it is off or has none.
    QString receiverPublicUrl() const;
    // The migration assistant for moving a sender's number and pending broadcasts to another sender.
    void openMigration(qint64 fromId, qint64 toId);
    void moveSelected();
    void openWizard(const std::optional<Profile>& switchFrom);

    AppServices& m_services;
    SenderActions* m_actions;
    QList<Profile> m_profiles;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    ContactsView* m_contacts = nullptr;
    ComposerView* m_composer = nullptr;
    ActivityView* m_activity = nullptr;
    AnalyticsView* m_results = nullptr;
    RepliesView* m_replies = nullptr;
    TemplatesView* m_templates = nullptr;
    QTableWidget* m_profileTable = nullptr;
    QList<QPushButton*> m_selectionButtons;
    QLabel* m_receiverStatus = nullptr;
    int m_reportsReceived = 0;
    int m_repliesReceived = 0;
    SecretStore* m_machineKeychain = nullptr;
};
