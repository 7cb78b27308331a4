#include "analyticsview.h"

#include "broadcastresults.h"
#include "periodresults.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AnalyticsView::AnalyticsView(AppServices& services, QWidget* parent)
    : QWidget(parent), m_periods(new PeriodResults(services, this)), m_broadcasts(new BroadcastResults(services, this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"resultsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_periods, tr("Over time"));
    m_tabs->addTab(m_broadcasts, tr("One broadcast"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

PeriodResults* AnalyticsView::periods() const
{
    return m_periods;
}

BroadcastResults* AnalyticsView::broadcasts() const
{
    return m_broadcasts;
}

void AnalyticsView::refresh()
{
    m_periods->refresh();
    m_broadcasts->refresh();
}

void AnalyticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}
