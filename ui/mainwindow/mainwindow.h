#pragma once

#include <QMainWindow>

class ProfileRepository;
class QStackedWidget;
class QTableWidget;

// Tandem's main window: an invitation to set up WhatsApp while there is no sender, the list of senders after.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ProfileRepository& profiles, QWidget* parent = nullptr);

    // Re-reads the senders from the database and shows the empty state or the list.
    void reloadProfiles();

Q_SIGNALS:
    void setUpRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createEmptyState();
    QWidget* createProfileList();
    void createMenus();
    void showAbout();

    ProfileRepository& m_profiles;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_emptyState = nullptr;
    QTableWidget* m_profileTable = nullptr;
};
