#pragma once

#include "analytics/broadcastreport.h"
#include "services/backgroundreads.h"

#include <QWidget>

#include <optional>

struct AppServices;
class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// One broadcast's results: the funnel queued → sent → delivered → read → replied beside failed and skipped, as
// bars; click one to list the customers behind it (with their names). Below, why rows failed or were skipped, the
// opt-outs that followed and the cost (estimated and reported, per delivered and per read). The report exports as
// CSV and as a PDF in the owner's language and number format.
class BroadcastResults : public QWidget
{
    Q_OBJECT
public:
    explicit BroadcastResults(AppServices& services, QWidget* parent = nullptr);

    void refresh();
    void showBroadcast(qint64 broadcastId);
    // The customers behind one bar of the funnel, listed on the right.
    void showStage(FunnelStage stage);
    const std::optional<BroadcastReport>& report() const;
    QByteArray reportCsv() const;
    void exportCsv();
    void exportPdf();
    // The report as the PDF export lays it out (HTML for QTextDocument).
    QString reportHtml() const;

Q_SIGNALS:
    void refreshed();
    void stageListed();

private:
    void show(const BroadcastReport& report);

    AppServices& m_services;
    BackgroundReads m_reads;
    QComboBox* m_broadcast;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QChart* m_chart;
    QBarSet* m_bars = nullptr;
    QLabel* m_stageTitle;
    QListWidget* m_people;
    QTableWidget* m_reasons;
    QLabel* m_summary;
    std::optional<BroadcastReport> m_report;
};
