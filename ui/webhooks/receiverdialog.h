#pragma once

#include "model/profile.h"
#include "webhooks/receiversettings.h"

#include <QDialog>

struct AppServices;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Delivery reports and replies: whether Tandem runs its webhook receiver, on which port, and the public address
// Twilio and Meta reach it at, explained in plain words (a tunnel such as cloudflared or ngrok, or the headless
// receiver on a small server). Per sender it shows the exact address to paste (and for Meta the verify token to
// use), checks the whole way with a signed test report, and can point a Meta number's webhooks here.
class ReceiverDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiverDialog(AppServices& services, bool demo, QWidget* parent = nullptr);

    ReceiverSettings settings() const;
    void setSettings(const ReceiverSettings& settings);

    // Saves and applies the settings; the receiver restarts.
    void apply();
    // Sends a signed test report for the selected sender to the public address.
    void testSelected();
    // Asks Meta to send the selected number's webhooks to this receiver.
    void overrideSelected();
    // Shows the selected Meta sender's verify token, to paste into Meta's dashboard with the address.
    void showVerifyToken();

Q_SIGNALS:
    void applied();

private:
    void reloadSenders();
    void updateState();
    std::optional<Profile> selected() const;
    QString publicUrl() const;
    void showResult(const QString& text, bool ok);

    AppServices& m_services;
    bool m_demo;
    QList<Profile> m_senders;
    QCheckBox* m_enabled;
    QSpinBox* m_port;
    QCheckBox* m_everyAddress;
    QLineEdit* m_publicUrl;
    QLabel* m_urlProblem;
    QLabel* m_state;
    QTableWidget* m_table;
    QPushButton* m_test;
    QPushButton* m_override;
    QPushButton* m_showToken;
    QPushButton* m_apply;
    QLabel* m_result;
};
