#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QDoubleSpinBox;
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
    QPushButton* sendButton() const;

    void setSummary(const QString& text, bool canSend);
    QString title() const;
    void setTitle(const QString& title);
    // Invalid when sending now.
    QDateTime scheduledAt() const;
    void showError(const QString& error);
    // The most this broadcast may cost (none: no limit of its own).
    std::optional<double> budget() const;
    // The sender's budget for each month, as the owner left it here (none: no limit), and where the month stands.
    std::optional<double> monthlyBudget() const;
    void setMonthlyBudget(std::optional<double> usd);
    void setMonthStanding(const QString& standing);
    // While the broadcast's rows are written (off the window's thread): a progress bar and Cancel instead of Send.
    void showWriting(int done, int total);
    // While the message's file goes to the sender: a busy bar naming it, and Cancel.
    void showUploading(const QString& fileName);
    void writingFinished();

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();

private:
    QLineEdit* m_title;
    QRadioButton* m_now;
    QRadioButton* m_later;
    QDateTimeEdit* m_when;
    QCheckBox* m_limit;
    QDoubleSpinBox* m_budget;
    QDoubleSpinBox* m_monthly;
    QLabel* m_month;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_send;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_canSend = false;
};
