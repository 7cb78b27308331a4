#pragma once

#include "templates/messagetemplate.h"

#include <QTimer>
#include <QWidget>

struct AppServices;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class MessagingProvider;

// Templates: each sender's approved, pending, rejected (with why), paused and disabled templates, synced from its
// account, with the selected one shown as the customer sees it: header, body with its placeholders, footer,
// buttons. The selected template can be linked with one in another sender's account as "the same message" (a
// Meta template and its Twilio Content), which the composer follows when the owner switches sender. New templates are
// written in the editor, checked by the linter and submitted for review. A sender is synced when the screen opens if
// its list is older than an hour or was never read (Meta counts these requests); while a template waits for review
// and the screen is shown, the sender is synced again every few minutes so the decision appears by itself.
class TemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesView(AppServices& services, QWidget* parent = nullptr);

    void reloadSenders();
    void sync();
    // Opens the editor; a template that passes the linter is submitted through the current sender.
    void createTemplate();
    void submit(const QJsonObject& definition);
    bool isBusy() const;
    // How often a sender with a template under review is synced while the screen is shown (default 3 minutes).
    void setReviewPollInterval(int ms);
    // Links the selected template with `key` of sender `otherProfileId` as "the same message" (0: unlinks it).
    void linkSelected(qint64 otherProfileId, const QString& key);

Q_SIGNALS:
    // The catalogue changed (a sync, a submission): the composer reads it again.
    void catalogueChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showCatalogue();
    // Syncs the chosen sender when its list was never read or is older than an hour.
    void syncIfStale();
    // Runs the review poll while a shown template waits for WhatsApp's decision.
    void updateReviewPoll();
    void showPreview();
    void showLink();
    void fillLinkChoices();
    void withProvider(const std::function<void(MessagingProvider* provider)>& use);
    void setBusy(bool busy, const QString& text);

    AppServices& m_services;
    QList<MessageTemplate> m_templates;
    QComboBox* m_sender;
    QPushButton* m_sync;
    QPushButton* m_create;
    QLabel* m_status;
    QTableWidget* m_table;
    QLabel* m_preview;
    QComboBox* m_link;
    bool m_busy = false;
    QTimer m_reviewPoll;
};
