#pragma once

#include "broadcast/preflight.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class ComparisonData;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

// Step 4 of the composer: the pre-flight report. How many will get the message and who will not (opted out,
// outside the 24-hour window, missing a variable, unreachable number), each group with a "Show" list; the
// estimated cost by country; how long the send will take. The check runs off the GUI thread.
class PreflightView : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightView(const ComparisonData& prices, QWidget* parent = nullptr);

    void run(const Preflight::Input& input);
    // Forgets the report (its recipients can be 100,000 contacts) once the broadcast is queued.
    void clear();
    bool isRunning() const;
    const std::optional<PreflightReport>& report() const;

Q_SIGNALS:
    void finished();

private:
    void display(const PreflightReport& report);
    void clearGroups();
    void addGroup(
        int row, const QString& name, const QString& text, const QString& explanation, const QList<Contact>* contacts);
    void showContacts(const QString& title, const QList<Contact>& contacts);

    const ComparisonData& m_prices;
    QString m_feeNote; // what the estimate includes: Meta's price, and the provider's fee if it has one
    QFutureWatcher<PreflightReport> m_watcher;
    std::optional<PreflightReport> m_report;
    QProgressBar* m_busy;
    QGridLayout* m_groups;
    QLabel* m_blockers;
    QLabel* m_cost;
    QLabel* m_duration;
};
