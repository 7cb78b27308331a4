#pragma once

#include "model/profile.h"

#include <QDialog>

#include <memory>

struct AppServices;
struct MigrationPlan;
class BackgroundReads;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class SenderActions;

// The migration assistant: moving a WhatsApp number and its pending broadcasts from one sender to another (of
// another provider). It shows the plan first (what moves by itself, what the owner does at the providers, what
// Tandem changes, each pending broadcast on the new sender); then a test message through the new sender; once the
// owner says it arrived, Move points the new number's webhooks (where the provider lets Tandem), moves the
// broadcasts and archives the old sender. Closing it at any step keeps the progress (the core stores it); Undo
// takes the move back until the new sender has sent.
class MigrationDialog : public QDialog
{
    Q_OBJECT
public:
    // publicUrl: the receiver's public address, empty when it has none (the webhooks are then the owner's to set).
    MigrationDialog(AppServices& services,
        const Profile& from,
        const Profile& to,
        const QString& publicUrl,
        SenderActions& actions,
        QWidget* parent = nullptr);
    ~MigrationDialog() override;

    // The plan (with each pending broadcast's dry run) is read off the window's thread; true until it is shown.
    bool isReadingPlan() const;

Q_SIGNALS:
    // Broadcasts changed sender, or came back: the senders list and the outbox should look again.
    void moved();

private:
    // Reads the plan again and shows it when it is read.
    void showPlan();
    void presentPlan(const MigrationPlan& plan);
    // Enables what the move's state allows; with `explain`, says where the move stands in the status line.
    void showProgress(bool explain = true);
    void sendTest();
    void registerNumber();
    void moveNow();
    void moveBroadcasts();
    void undo();
    // Submits, at the new sender's provider, a copy of every template a pending broadcast needs and the new sender
    // lacks, and links each to its original: once WhatsApp approves them, the broadcasts can move.
    void createMissingTemplates();

    AppServices& m_services;
    Profile m_from;
    Profile m_to;
    QString m_publicUrl;
    SenderActions& m_actions;
    qint64 m_moveId = 0;
    QTextBrowser* m_plan;
    QLineEdit* m_pin; // the new number's two-step verification PIN, where Tandem registers it
    QPushButton* m_register;
    QLineEdit* m_testNumber;
    QPushButton* m_sendTest;
    QCheckBox* m_arrived;
    QLabel* m_status;
    QPushButton* m_move;
    QPushButton* m_undo;
    QPushButton* m_createTemplates;
    QStringList m_missingTemplates; // template keys at the old sender that the new one lacks
    std::unique_ptr<BackgroundReads> m_reads;
    int m_readingPlan = 0;
};
