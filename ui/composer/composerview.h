#pragma once

#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "outbox/outboxrow.h"

#include "services/backgroundreads.h"

#include <QWidget>

struct AppServices;
class AudiencePage;
class MessagePage;
class PreflightView;
class PreviewPage;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SendPage;

// The broadcast composer: five steps (audience, message, preview, pre-flight check, send), one small widget each.
// This class only moves between them, hands each step what the previous ones decided, and queues the broadcast.
class ComposerView : public QWidget
{
    Q_OBJECT
public:
    enum Step
    {
        AudienceStep,
        MessageStep,
        PreviewStep,
        CheckStep,
        SendStep
    };

    explicit ComposerView(AppServices& services, QWidget* parent = nullptr);

    // After contacts or senders changed elsewhere.
    void reload();
    // After senders changed (the contacts are not read again).
    void reloadSenders();
    // Starts a broadcast to these contacts (from the contacts screen).
    void composeFor(const QList<qint64>& contactIds);
    int currentStep() const;
    void goToStep(int step);
    void next();
    void back();

Q_SIGNALS:
    void broadcastQueued(qint64 broadcastId);

private:
    void enterStep(int step);
    QString problemLeaving(int step) const;
    void updateButtons();
    void send();
    // The sender's monthly budget and what this month has cost so far, on the Send step.
    void showMonth();
    void sendAsContent(const Profile& sender, const OutgoingMessage& message, const QList<Recipient>& recipients);
    // Uploads the chosen file to the sender, then queues the broadcast with the upload's id.
    void uploadAndQueue(
        const Profile& sender, const OutgoingMessage& message, const QList<Recipient>& recipients, const QString& path);
    void queue(qint64 senderId, const OutgoingMessage& message, const QList<Recipient>& recipients);

    AppServices& m_services;
    BackgroundReads m_reads; // what the sender's month has cost, added up off the window's thread
    QListWidget* m_steps;
    QStackedWidget* m_pages;
    AudiencePage* m_audience;
    MessagePage* m_message;
    PreviewPage* m_preview;
    PreflightView* m_preflight;
    SendPage* m_send;
    QLabel* m_problem;
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    bool m_keepFocusForward = false; // the owner pressed Next with the keyboard: the focus follows
};
