#pragma once

#include <QTimer>
#include <QWidget>

struct AppServices;
class BroadcastListModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RecipientTableModel;

// Broadcast activity: every broadcast with its progress and counts; for the one selected, every recipient's
// state and, for failures, the explanation and the provider's code; Pause, Resume, Cancel, Retry failed and
// Retry failed through another sender. Follows the dispatcher live while visible.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(AppServices& services, QWidget* parent = nullptr);

    void refresh();
    void selectBroadcast(qint64 broadcastId);
    qint64 selectedBroadcast() const;
    BroadcastListModel* broadcastModel() const;
    RecipientTableModel* recipientModel() const;

    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retryFailedSelected();
    void retryThroughBackup();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showBroadcast();
    void updateActions();
    void updateBackupSenders();
    void showRecipientDetail();
    void report(const QString& action, const QString& error);

    AppServices& m_services;
    BroadcastListModel* m_broadcasts;
    RecipientTableModel* m_recipients;
    QTableView* m_broadcastTable;
    QTableView* m_recipientTable;
    QComboBox* m_stateFilter;
    QComboBox* m_backupSender;
    QLabel* m_detail;
    QLabel* m_status;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_retryBackup;
    QTimer m_timer;
};
