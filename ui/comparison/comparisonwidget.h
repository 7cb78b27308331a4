#pragma once

#include "analytics/ownmonth.h"

#include "pricing/comparisondata.h"
#include "pricing/costestimate.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// Twilio and Meta side by side, from resources/providers.json, with a "help me choose" block: the owner's
// monthly volume, main country and kind of message give an estimated monthly cost per provider, and the table
// marks the cheaper and the quicker option and says why.
class ComparisonWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonWidget(ComparisonData comparison, QWidget* parent = nullptr);

    CostEstimate estimate() const;
    // The owner's own last month, priced through each provider; shown above the estimate, and its volume fills in
    // "Messages per month".
    void setOwnMonth(const OwnMonth& month);
    bool needsOwnRate() const;
    // "twilio" or "meta_cloud": the provider the numbers favour (empty while the estimate is unknown).
    QString recommendedKind() const;

Q_SIGNALS:
    void estimateChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillTable();
    QString ownMonthText() const;
    void update();
    MessageCategory category() const;

    ComparisonData m_data;
    QTableWidget* m_table = nullptr;
    QSpinBox* m_messages = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_category = nullptr;
    QDoubleSpinBox* m_ownRate = nullptr;
    QLabel* m_ownRateLabel = nullptr;
    QLabel* m_recommendation = nullptr;
    QLabel* m_sources = nullptr;
    QLabel* m_ownMonth = nullptr;
    OwnMonth m_own;
    QString m_recommended;
};
