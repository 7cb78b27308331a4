#pragma once

#include "model/profile.h"

#include <QMainWindow>

#include <optional>

struct AppServices;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class SenderActions;

// Tandem's main window: an invitation to set up WhatsApp while there is no sender, then the list of senders with
// what can be done to each (edit, check, test, switch provider, remove).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);

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

private:
    QWidget* createEmptyState();
    QWidget* createProfileList();
    void createMenus();
    void showAbout();
    void updateActions();
    std::optional<Profile> selected() const;
    void openWizard(const std::optional<Profile>& switchFrom);

    AppServices& m_services;
    SenderActions* m_actions;
    QList<Profile> m_profiles;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_profileTable = nullptr;
    QList<QPushButton*> m_selectionButtons;
};
