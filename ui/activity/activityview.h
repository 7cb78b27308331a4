#pragma once

#include "services/backgroundreads.h"

#include <QTimer>
#include <QWidget>

struct AppServices;
struct Broadcast;
class BroadcastListModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RecipientDetail;
class RecipientTableModel;

// Broadcast activity: every broadcast with its progress and counts; for the one selected, every recipient's
// state and, for failures, the explanation and the provider's code; Pause, Resume, Cancel, Retry failed and
// Retry failed through another sender. Follows the dispatcher live while visible.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(AppServices& services, QWidget* parent = nullptr);

    // Reads the outbox now (after the owner's actions); the live updates read off the window's thread instead.
    void refresh();
    // Reads the outbox on the read thread and shows what changed when the answer is in.
    void refreshInBackground();
    // Selects the broadcast as soon as the list has it.
    void selectBroadcast(qint64 broadcastId);
    qint64 selectedBroadcast() const;
    BroadcastListModel* broadcastModel() const;
    RecipientTableModel* recipientModel() const;

    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retryFailedSelected();
    void retryThroughBackup();
    // Unconfirmed rows (sent, but no answer came): send again or drop, the selected recipient or all at once.
    void resendSelectedRecipient();
    void dropSelectedRecipient();
    void resendAllUnconfirmed();
    void dropAllUnconfirmed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showBroadcast();
    void updateActions();
    // For a broadcast stopped at its budget (or its sender's month), asks for a higher one; false: stay paused.
    bool raiseBudgetIfReached(const Broadcast& broadcast);
    void updateBackupSenders();
    void showRecipientDetail();
    // Reads the selected row's attempts (and the senders' names) off the window's thread.
    void readRecipientHistory(qint64 rowId);
    void report(const QString& action, const QString& error);
    void afterRefresh();
    void updateRecipientActions();

    AppServices& m_services;
    BroadcastListModel* m_broadcasts;
    RecipientTableModel* m_recipients;
    QTableView* m_broadcastTable;
    QTableView* m_recipientTable;
    QComboBox* m_stateFilter;
    QComboBox* m_backupSender;
    RecipientDetail* m_detail;
    QLabel* m_status;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_retryBackup;
    QPushButton* m_resendAll;
    QPushButton* m_dropAll;
    QPushButton* m_resendRow;
    QPushButton* m_dropRow;
    QTimer m_timer;
    BackgroundReads m_reads;
    bool m_reading = false;
    bool m_readAgain = false;
    qint64 m_pendingSelection = 0;
    qint64 m_detailUpdatedAtMs = 0; // of the selected recipient's row when its detail was last read
};
