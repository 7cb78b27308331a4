#include "sendpage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SendPage::SendPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_now(new QRadioButton(tr("Send n&ow"), this))
    , m_later(new QRadioButton(tr("Send &at:"), this))
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_limit(new QCheckBox(tr("Stop it if it would cost &more than:"), this))
    , m_budget(new QDoubleSpinBox(this))
    , m_monthly(new QDoubleSpinBox(this))
    , m_month(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(u"sendPage"_s);
    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("Spring sale, 1st reminder"));
    m_now->setObjectName(u"sendNowRadioButton"_s);
    m_later->setObjectName(u"scheduleRadioButton"_s);
    m_when->setObjectName(u"scheduleDateTimeEdit"_s);
    m_when->setCalendarPopup(true);
    m_when->setMinimumDateTime(QDateTime::currentDateTime());
    m_when->setEnabled(false);
    m_now->setChecked(true);
    // Budgets, in US dollars like Meta's and Twilio's prices: this broadcast's, and the sender's for each month.
    m_limit->setObjectName(u"budgetCheckBox"_s);
    for (QDoubleSpinBox* money : {m_budget, m_monthly}) {
        money->setPrefix(u"US$ "_s);
        money->setDecimals(2);
        money->setRange(0, 1'000'000);
        money->setSingleStep(5);
    }
    m_budget->setObjectName(u"budgetSpinBox"_s);
    m_budget->setValue(10);
    m_budget->setEnabled(false);
    connect(m_limit, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    m_monthly->setObjectName(u"monthlyBudgetSpinBox"_s);
    m_monthly->setSpecialValueText(tr("no limit"));
    m_month->setObjectName(u"monthStandingLabel"_s);
    m_month->setWordWrap(true);
    m_summary->setObjectName(u"sendSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_error->setObjectName(u"sendErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setAutoDefault(true); // Enter sends when it has the focus
    connect(m_later, &QRadioButton::toggled, m_when, &QWidget::setEnabled);
    connect(m_later, &QRadioButton::toggled, this,
        [this](bool later) { m_send->setText(later ? tr("&Schedule") : tr("&Send")); });
    connect(m_send, &QPushButton::clicked, this, &SendPage::sendRequested);
    m_progress->setObjectName(u"writingProgressBar"_s);
    m_progress->setFormat(tr("Preparing %v of %m messages…"));
    m_progress->hide();
    m_cancel->setObjectName(u"cancelWritingButton"_s);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SendPage::cancelRequested);

    auto* form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(m_now);
    form->addRow(m_later, m_when);
    form->addRow(m_limit, m_budget);
    form->addRow(tr("This sender's bu&dget for each month:"), m_monthly);
    form->addRow(m_month);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* scheduleNote = new QLabel(tr("A scheduled broadcast starts when Tandem is running at that time; if it is "
                                       "closed then, it starts the next time Tandem opens."),
        this);
    scheduleNote->setWordWrap(true);
    layout->addWidget(scheduleNote);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    layout->addStretch();
}

void SendPage::setSummary(const QString& text, bool canSend)
{
    m_summary->setText(text);
    m_canSend = canSend;
    m_send->setEnabled(canSend && !m_progress->isVisible());
    m_error->clear();
}

void SendPage::showWriting(int done, int total)
{
    m_progress->setFormat(tr("Preparing %v of %m messages…"));
    m_progress->setToolTip(QString());
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->show();
    m_cancel->show();
    m_send->setEnabled(false);
}

void SendPage::showUploading(const QString& fileName)
{
    m_progress->setRange(0, 0); // no steps to count: the provider says nothing until it has the whole file
    m_progress->setFormat(tr("Uploading %1…").arg(fileName));
    m_progress->setToolTip(m_progress->format());
    m_progress->show();
    m_cancel->show();
    m_send->setEnabled(false);
}

void SendPage::writingFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_send->setEnabled(m_canSend);
}

QString SendPage::title() const
{
    return m_title->text().trimmed();
}

void SendPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

QDateTime SendPage::scheduledAt() const
{
    return m_later->isChecked() ? m_when->dateTime() : QDateTime();
}

void SendPage::showError(const QString& error)
{
    m_error->setText(error);
}

std::optional<double> SendPage::budget() const
{
    return m_limit->isChecked() ? std::optional<double>(m_budget->value()) : std::nullopt;
}

std::optional<double> SendPage::monthlyBudget() const
{
    return m_monthly->value() > 0 ? std::optional<double>(m_monthly->value()) : std::nullopt;
}

void SendPage::setMonthlyBudget(std::optional<double> usd)
{
    m_monthly->setValue(usd.value_or(0));
}

void SendPage::setMonthStanding(const QString& standing)
{
    m_month->setText(standing);
}

QPushButton* SendPage::sendButton() const
{
    return m_send;
}
