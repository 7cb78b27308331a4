#pragma once

#include "analytics/periodreport.h"
#include "services/backgroundreads.h"

#include <QHash>
#include <QWidget>

struct AppServices;
class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class ReportedCostFetcher;

// Results over time: for the last days, weeks or months, per sender (or all), the messages sent, delivered, read
// and failed as bars, and a table with delivery and read rates, replies, the estimated cost beside the providers'
// reported cost, and the cost per delivered and per read message. Click a bar for the failures of its period;
// the table exports as CSV. Where a provider says what the account was charged (Meta), it is asked for the days
// shown (at most once an hour, or when the owner presses "Ask Meta again") and its figure is the reported cost.
class PeriodResults : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodResults(AppServices& services, QWidget* parent = nullptr);

    // Reads the figures again, and asks the providers that report costs if they were not asked this hour.
    void refresh();
    ReportedCostFetcher* fetcher() const;
    // The table as the CSV file the export writes.
    QByteArray tableCsv() const;
    void exportCsv();
    const QList<PeriodFigures>& figures() const;

Q_SIGNALS:
    void refreshed();

private:
    PeriodReports::Query query() const;
    void show(const QList<PeriodFigures>& figures, const QList<BroadcastReport::Reason>& failures);
    void fillSenders();
    void readFigures();
    void settleInBackground();

    AppServices& m_services;
    BackgroundReads m_reads;
    QComboBox* m_range;
    QComboBox* m_granularity;
    QComboBox* m_sender;
    QPushButton* m_export;
    QChart* m_chart;
    QTableWidget* m_table;
    QLabel* m_totals;
    QLabel* m_failures;
    QLabel* m_reported;
    QPushButton* m_askAgain;
    ReportedCostFetcher* m_fetcher;
    QList<PeriodFigures> m_figures;
    QHash<qint64, QString> m_senderNames;
};
