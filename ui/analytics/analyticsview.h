#pragma once

#include <QWidget>

struct AppServices;
class BroadcastResults;
class PeriodResults;
class QTabWidget;

// The Results screen: what was sent, delivered, read and answered and what it cost, over time per sender
// (PeriodResults) and for each broadcast (BroadcastResults). Read when shown, off the window's thread.
class AnalyticsView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsView(AppServices& services, QWidget* parent = nullptr);

    PeriodResults* periods() const;
    BroadcastResults* broadcasts() const;
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    PeriodResults* m_periods;
    BroadcastResults* m_broadcasts;
    QTabWidget* m_tabs;
};
