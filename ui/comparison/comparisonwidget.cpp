#include "comparisonwidget.h"

#include "phone/phonenumbers.h"
#include "pricing/money.h"
#include "pricing/ratecard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The estimate first: with "Help me choose" under the table, the answer stays in sight on a small screen.
enum Row
{
    Cost,
    SetupTime,
    Steps,
    Fee,
    MetaPrice,
    Throughput,
    Templates,
    Interactive,
    Media,
    Webhooks,
    Relationship,
    RowCount
};
const QString kOwnRate = u"--"_s;

// Below this monthly saving, Twilio's quicker start is worth more to a small shop than Meta's lower price.
constexpr double kWorthTheSetup = 10.0;
} // namespace

ComparisonWidget::ComparisonWidget(ComparisonData comparison, QWidget* parent)
    : QWidget(parent), m_data(std::move(comparison))
{
    setObjectName(u"comparisonWidget"_s);
    // Twilio and Meta first, as the cost estimate reads them; other providers (hosts of Meta's Cloud API) after.
    const QStringList kinds = m_data.kinds();
    m_table = new QTableWidget(RowCount, int(kinds.size()), this);
    m_table->setObjectName(u"comparisonTableWidget"_s);
    m_table->setAccessibleName(tr("The providers compared"));
    QStringList headings = {tr("Twilio"), tr("Meta Cloud API (direct)")};
    for (qsizetype i = headings.size(); i < kinds.size(); ++i)
        headings << m_data.provider(kinds.at(i))->name;
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setVerticalHeaderLabels({tr("Estimated cost per month"), tr("Setup time"), tr("Steps"),
        tr("Fee on top of Meta's price"), tr("Meta's price per message"), tr("Throughput"), tr("Templates"),
        tr("Buttons and lists"), tr("Media"), tr("Webhooks"), tr("Relationship with Meta")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to "Help me choose", as in every form
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto* chooser = new QGroupBox(tr("Help me choose"), this);
    chooser->setObjectName(u"helpMeChooseGroupBox"_s);
    auto* form = new QFormLayout(chooser);
    m_messages = new QSpinBox(chooser);
    m_messages->setObjectName(u"messagesPerMonthSpinBox"_s);
    m_messages->setRange(0, 10'000'000);
    m_messages->setSingleStep(500);
    m_messages->setValue(1000);
    m_messages->setGroupSeparatorShown(true);
    m_country = new QComboBox(chooser);
    m_country->setObjectName(u"countryComboBox"_s);
    for (const MetaRate& rate : m_data.rates())
        m_country->addItem(rate.name, rate.country);
    m_country->addItem(tr("Another country (enter Meta's rate)"), kOwnRate);
    // The owner's own country first, when the card prices it (Brazil for a Brazilian owner).
    if (const int own = m_country->findData(ownPhoneRegion()); own >= 0)
        m_country->setCurrentIndex(own);
    m_category = new QComboBox(chooser);
    m_category->setObjectName(u"categoryComboBox"_s);
    m_category->addItem(tr("Utility: orders, appointments, reminders"), int(MessageCategory::Utility));
    m_category->addItem(tr("Marketing: offers and news"), int(MessageCategory::Marketing));
    m_category->addItem(tr("Authentication: one-time codes"), int(MessageCategory::Authentication));
    m_category->addItem(tr("Service: replies to customers"), int(MessageCategory::Service));
    m_ownRate = new QDoubleSpinBox(chooser);
    m_ownRate->setObjectName(u"ownRateSpinBox"_s);
    m_ownRate->setDecimals(4);
    m_ownRate->setRange(0, 1);
    m_ownRate->setSingleStep(0.001);
    m_ownRate->setPrefix(u"$"_s);
    auto* messagesLabel = new QLabel(tr("&Messages per month:"), chooser);
    messagesLabel->setBuddy(m_messages);
    auto* countryLabel = new QLabel(tr("Main &country of your customers:"), chooser);
    countryLabel->setBuddy(m_country);
    auto* categoryLabel = new QLabel(tr("&Kind of message:"), chooser);
    categoryLabel->setBuddy(m_category);
    m_ownRateLabel = new QLabel(tr("Meta's &rate per message:"), chooser);
    m_ownRateLabel->setBuddy(m_ownRate);
    form->addRow(messagesLabel, m_messages);
    form->addRow(countryLabel, m_country);
    form->addRow(categoryLabel, m_category);
    form->addRow(m_ownRateLabel, m_ownRate);

    m_ownMonth = new QLabel(this);
    m_ownMonth->setObjectName(u"ownMonthLabel"_s);
    m_ownMonth->setWordWrap(true);
    m_ownMonth->hide();
    m_recommendation = new QLabel(this);
    m_recommendation->setObjectName(u"recommendationLabel"_s);
    m_recommendation->setWordWrap(true);
    m_sources = new QLabel(this);
    m_sources->setObjectName(u"sourcesLabel"_s);
    m_sources->setWordWrap(true);
    m_sources->setOpenExternalLinks(true);
    m_sources->setTextFormat(Qt::RichText);
    QFont small = m_sources->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_sources->setFont(small);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(chooser);
    layout->addWidget(m_ownMonth);
    layout->addWidget(m_recommendation);
    layout->addWidget(m_sources);

    fillTable();
    connect(m_messages, &QSpinBox::valueChanged, this, &ComparisonWidget::update);
    connect(m_country, &QComboBox::currentIndexChanged, this, &ComparisonWidget::update);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ComparisonWidget::update);
    connect(m_ownRate, &QDoubleSpinBox::valueChanged, this, &ComparisonWidget::update);
    update();
}

void ComparisonWidget::fillTable()
{
    const QStringList kinds = m_data.kinds();
    for (int column = 0; column < kinds.size(); ++column) {
        const ProviderFacts* facts = m_data.provider(kinds.at(column));
        if (!facts)
            continue;
        const QStringList cells = {facts->setupTime, facts->steps, facts->feeNote + u" ("_s + facts->feeDate + u')',
            QString(), facts->throughput, facts->templates, facts->interactive, facts->media, facts->webhooks,
            facts->relationship, QString()};
        for (int row = 0; row < RowCount; ++row) {
            auto* item = new QTableWidgetItem(cells.at(row));
            item->setToolTip(cells.at(row));
            m_table->setItem(row, column, item);
        }
    }
    // The quicker start is a fact of the providers, not of the inputs.
    m_table->item(SetupTime, 0)->setBackground(QColor(0xd7, 0xf0, 0xdb));
    m_table->item(SetupTime, 0)->setText(m_table->item(SetupTime, 0)->text() + tr(" (quicker)"));
}

MessageCategory ComparisonWidget::category() const
{
    return MessageCategory(m_category->currentData().toInt());
}

bool ComparisonWidget::needsOwnRate() const
{
    // "Another country", or a country whose market has no price for this kind of message in the card in use.
    const QString country = m_country->currentData().toString();
    return country == kOwnRate || !estimateMonthlyCost(m_data, 1, country, category()).known;
}

CostEstimate ComparisonWidget::estimate() const
{
    std::optional<double> rate;
    if (needsOwnRate()) {
        if (m_ownRate->value() <= 0)
            return {};
        rate = m_ownRate->value();
    }
    return estimateMonthlyCost(m_data, m_messages->value(), m_country->currentData().toString(), category(), rate);
}

void ComparisonWidget::setOwnMonth(const OwnMonth& month)
{
    m_own = month;
    m_ownMonth->setVisible(!month.isEmpty());
    if (month.isEmpty())
        return;
    m_messages->setValue(month.messages);
    m_ownMonth->setText(ownMonthText());
}

QString ComparisonWidget::ownMonthText() const
{
    // Your own markets and kinds of message, as last month sent them, through each provider.
    QStringList through;
    const QStringList kinds = m_data.kinds();
    for (int column = 0; column < kinds.size(); ++column) {
        const QString cost = Money::usd(m_own.byProvider.value(kinds.at(column)));
        const QString name = m_table->horizontalHeaderItem(column)->text(); // as the table's heading names it
        through << (column < 2 ? tr("%1 with %2").arg(cost, name)
                               : tr("%1 with %2, plus its monthly fee").arg(cost, name));
    }
    return tr("Your own %1: %Ln message(s) to your customers' markets would have cost %2.", nullptr, m_own.messages)
        .arg(QLocale().toString(m_own.month, u"MMMM yyyy"_s), through.join(u"; "_s));
}

QString ComparisonWidget::recommendedKind() const
{
    return m_recommended;
}

void ComparisonWidget::update()
{
    const bool own = needsOwnRate();
    m_ownRate->setVisible(own);
    m_ownRateLabel->setVisible(own);
    const CostEstimate e = estimate();
    const QColor cheaper(0xd7, 0xf0, 0xdb);
    const QStringList kinds = m_data.kinds();
    for (int column = 0; column < kinds.size(); ++column) {
        m_table->item(Cost, column)->setBackground(QBrush());
        m_table->item(MetaPrice, column)
            ->setText(e.known ? tr("%1 per message").arg(Money::usd(e.metaRate))
                              : tr("not in Tandem's data: see Meta's rate card"));
    }
    m_table->item(Cost, 0)->setText(e.known ? Money::usd(e.viaTwilio) : tr("unknown"));
    m_table->item(Cost, 1)->setText(e.known ? Money::usd(e.metaDirect) : tr("unknown"));
    // Hosts of the Cloud API: Meta's price plus their own fee per message; a monthly fee Tandem has no figure for
    // is named, not guessed.
    for (int column = 2; column < kinds.size(); ++column) {
        const ProviderFacts* facts = m_data.provider(kinds.at(column));
        const double cost = e.metaDirect + facts->feePerMessageUsd * m_messages->value();
        m_table->item(Cost, column)
            ->setText(e.known ? tr("%1 and its monthly fee per number").arg(Money::usd(cost)) : tr("unknown"));
    }

    if (!e.known) {
        m_recommended.clear();
        m_recommendation->setText(
            tr("Tandem has no Meta price for this country and kind of message. Enter the rate from Meta's rate "
               "card to compare costs. Twilio is quicker to start either way."));
    } else {
        const double saving = e.viaTwilio - e.metaDirect;
        m_table->item(Cost, saving > 0 ? 1 : 0)->setBackground(cheaper);
        const bool goDirect = saving >= kWorthTheSetup;
        m_recommended = goDirect ? u"meta_cloud"_s : u"twilio"_s;
        if (goDirect)
            m_recommendation->setText(
                tr("At %1 messages a month, going direct to Meta saves about %2 a month (%3 a year). The setup takes "
                   "longer, but at this volume it pays off.")
                    .arg(QLocale().toString(m_messages->value()), Money::usd(saving), Money::usd(saving * 12)));
        else
            m_recommendation->setText(
                tr("At %1 messages a month, Twilio costs only %2 a month more than going direct, and you can send "
                   "today. Start with Twilio; Tandem can switch you to Meta later.")
                    .arg(QLocale().toString(m_messages->value()), Money::usd(saving)));
    }
    QString sources = tr("Twilio's fee: %1 (%2). ")
                          .arg(m_data.provider(u"twilio"_s)->feeSource, m_data.provider(u"twilio"_s)->feeDate);
    if (e.known && !e.rateSource.isEmpty()) {
        const QString link = e.rateSource.startsWith(u"https://"_s)
            ? u"<a href=\"%1\">%1</a>"_s.arg(e.rateSource.toHtmlEscaped())
            : e.rateSource.toHtmlEscaped();
        sources += tr("Meta's rate for %1: from %2, dated %3%4. ")
                       .arg(m_country->currentText().toHtmlEscaped(), link, e.rateDate,
                           e.rateIsSecondary ? tr(" (a third party's copy of Meta's rate card)") : QString());
        if (rateIsStale(QDate::fromString(e.rateDate, Qt::ISODate), QDate::currentDate()))
            sources += u"<b>"_s
                + tr("This price is older than a quarter: Meta may have changed it since. Import Meta's current "
                     "rate card (Settings → Prices…) for today's.")
                + u"</b> "_s;
    }
    sources += m_data.pricingNote() + u" "_s
        + tr("Current rates: <a href=\"%1\">Meta's rate card</a>.").arg(m_data.rateCardUrl());
    m_sources->setText(sources);
    Q_EMIT estimateChanged();
}

void ComparisonWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Wrapped cells are measured at the columns' width, which is only final once the layout has run.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

void ComparisonWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}
