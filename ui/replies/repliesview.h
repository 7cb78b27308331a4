#pragma once

#include <QWidget>

#include <memory>

struct AppServices;
class ConversationListModel;
class BackgroundReads;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class ThreadModel;

// Replies: the customers who wrote, newest first with their unread counts, and one customer's thread both ways
// (broadcasts included), read off the window's thread a page at a time. The reply box sends free text while the
// customer's 24-hour window is open and says when it closes; outside it, it asks for a template instead.
class RepliesView : public QWidget
{
    Q_OBJECT
public:
    explicit RepliesView(AppServices& services, QWidget* parent = nullptr);
    ~RepliesView() override;

    // Reads the conversations again (new messages arrived, or on a timer).
    void refresh();
    void openConversation(qint64 contactId);
    void sendReply();
    void sendTemplate();
    int unread() const;
    ConversationListModel* conversations() const;
    ThreadModel* thread() const;
    bool isLoading() const;

Q_SIGNALS:
    void unreadChanged(int unread);
    // A reply was queued (it goes out through the outbox).
    void replyQueued(qint64 broadcastId);

private:
    void readThread(qint64 contactId, qint64 beforeMs);
    void updateReplyBox();
    void showResult(const QString& text, bool ok);
    qint64 currentContact() const;
    qint64 currentProfile() const;

    AppServices& m_services;
    std::unique_ptr<BackgroundReads> m_reads;
    ConversationListModel* m_conversations;
    ThreadModel* m_thread;
    QListView* m_list;
    QListView* m_threadView;
    QLabel* m_header;
    QLabel* m_window;
    QPlainTextEdit* m_reply;
    QPushButton* m_send;
    QLineEdit* m_templateName;
    QLineEdit* m_language;
    QPushButton* m_sendTemplate;
    QLabel* m_result;
    QTimer* m_timer;
    int m_loading = 0;
    int m_lastUnread = -1;
};
