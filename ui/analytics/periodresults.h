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

// Results over time: for the last days, weeks or months, per sender (or all), the messages sent, delivered, read
// and failed as bars, and a table with delivery and read rates, replies, the estimated cost beside the providers'
// reported cost, and the cost per delivered and per read message. Click a bar for the failures of its period;
// the table exports as CSV.
class PeriodResults : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodResults(AppServices& services, QWidget* parent = nullptr);

    void refresh();
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
    QList<PeriodFigures> m_figures;
    QHash<qint64, QString> m_senderNames;
};
