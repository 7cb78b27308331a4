#pragma once

#include <QDateTime>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

// Step 5 of the composer: a title for the activity list, send now or at a time, and the button that queues it.
class SendPage : public QWidget
{
    Q_OBJECT
public:
    explicit SendPage(QWidget* parent = nullptr);

    void setSummary(const QString& text, bool canSend);
    QString title() const;
    void setTitle(const QString& title);
    // Invalid when sending now.
    QDateTime scheduledAt() const;
    void showError(const QString& error);
    // While the broadcast's rows are written (off the window's thread): a progress bar and Cancel instead of Send.
    void showWriting(int done, int total);
    void writingFinished();

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();

private:
    QLineEdit* m_title;
    QRadioButton* m_now;
    QRadioButton* m_later;
    QDateTimeEdit* m_when;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_send;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_canSend = false;
};
