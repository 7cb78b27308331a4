#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;

// "Use a shared database": the address of a PostgreSQL database that several computers share (a second desk, or a
// server running tandem-cli serve), its password, and a connection check before anything is saved. The address
// goes to the settings, the password to this computer's keychain (`keychain`, not scoped to any database), and
// Tandem opens the database at its next start. Another button goes back to this computer's own file.
class SharedDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    SharedDatabaseDialog(SecretStore& keychain, QString currentDatabase, QWidget* parent = nullptr);

    // Connects off the window's thread (opening the database prepares its tables), then says how it went.
    void check();
    // Saves the checked address and its password, for the next start.
    void use();
    // Forgets the shared address: the next start opens this computer's file again.
    void useLocalFile();

Q_SIGNALS:
    void checked(bool ok);
    void saved();

private:
    void updateButtons();

    SecretStore& m_keychain;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QPushButton* m_check;
    QPushButton* m_use;
    QPushButton* m_local;
    QLabel* m_result;
    QString m_checkedUrl;
    bool m_checking = false;
};
