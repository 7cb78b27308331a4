#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Settings > Preferences: the language Tandem speaks (the system's unless chosen here; it changes at the next
// start) and, under Advanced, a PEM file of extra certificate authorities to trust, for owners behind an antivirus
// or a company proxy that inspects TLS. The file is checked when chosen and trusted at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Saves both choices; false (nothing saved) when the certificate file cannot be read.
    bool save();

Q_SIGNALS:
    void saved(bool languageChanged);

private:
    void describeCertificates();

    QComboBox* m_language;
    QLineEdit* m_certificates;
    QLabel* m_certificatesResult;
    QLabel* m_restartNote;
};
