#pragma once

#include <QDateTime>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
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

Q_SIGNALS:
    void sendRequested();

private:
    QLineEdit* m_title;
    QRadioButton* m_now;
    QRadioButton* m_later;
    QDateTimeEdit* m_when;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_send;
};
