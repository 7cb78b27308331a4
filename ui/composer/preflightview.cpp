#include "preflightview.h"
#include "phone/countrynames.h"
#include "pricing/money.h"
#include "util/sendingtime.h"

#include "pricing/comparisondata.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreflightView::PreflightView(const ComparisonData& prices, QWidget* parent)
    : QWidget(parent)
    , m_prices(prices)
    , m_busy(new QProgressBar(this))
    , m_groups(new QGridLayout)
    , m_blockers(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_duration(new QLabel(this))
{
    m_blockers->setObjectName(u"preflightBlockersLabel"_s);
    m_blockers->setTextFormat(Qt::PlainText);
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(u"color: #b00020;"_s);
    setObjectName(u"preflightView"_s);
    m_busy->setObjectName(u"preflightProgressBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_cost->setObjectName(u"costLabel"_s);
    m_cost->setWordWrap(true);
    m_duration->setObjectName(u"durationLabel"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Before anything is sent: who gets it, who does not and why, what it costs."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_busy);
    layout->addWidget(m_blockers);
    layout->addLayout(m_groups);
    layout->addWidget(m_cost);
    layout->addWidget(m_duration);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<PreflightReport>::finished, this, [this] {
        m_busy->setVisible(false);
        m_report = m_watcher.result();
        display(*m_report);
        Q_EMIT finished();
    });
}

void PreflightView::run(const Preflight::Input& input)
{
    clearGroups(); // its "Show" buttons point into the report about to be replaced
    m_report.reset();
    const ProviderFacts* facts = m_prices.provider(input.providerKind);
    m_feeNote = facts && facts->feePerMessageUsd > 0 ? tr("Meta's price plus %1's fee").arg(input.providerName)
                                                     : tr("Meta's price");
    m_busy->setVisible(true);
    ComparisonData prices = m_prices;
    m_watcher.setFuture(QtConcurrent::run([input, prices] { return Preflight::check(input, prices); }));
}

void PreflightView::clear()
{
    clearGroups();
    m_report.reset();
}

bool PreflightView::isRunning() const
{
    return m_watcher.isRunning();
}

const std::optional<PreflightReport>& PreflightView::report() const
{
    return m_report;
}

void PreflightView::clearGroups()
{
    while (QLayoutItem* item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_blockers->clear();
    m_cost->clear();
    m_duration->clear();
}

void PreflightView::display(const PreflightReport& r)
{
    clearGroups();
    m_blockers->setText(
        r.blockers.isEmpty() ? QString() : tr("It cannot be sent as it is:") + u"\n• "_s + r.blockers.join(u"\n• "_s));
    // The groups' explanations are Admission's, word for word what tandem-cli says of the same people.
    addGroup(0, u"sendable"_s, tr("Will receive it:"), QString(), &r.sendable);
    addGroup(1, u"optedOut"_s, tr("Opted out (never messaged):"), LeftOut::explanation(LeftOut::Reason::OptedOut),
        &r.optedOut);
    addGroup(2, u"outsideWindow"_s, tr("Outside the 24-hour window (free text can't reach them):"),
        LeftOut::explanation(LeftOut::Reason::OutsideWindow), &r.outsideWindow);
    addGroup(3, u"missingVariable"_s, tr("Missing a variable's value:"),
        LeftOut::explanation(LeftOut::Reason::MissingValue), &r.missingVariable);
    addGroup(4, u"invalidNumber"_s, tr("Number WhatsApp can't reach:"),
        LeftOut::explanation(LeftOut::Reason::InvalidNumber), &r.invalidNumber);

    QStringList lines;
    const QLocale locale;
    lines << tr("Estimated cost: <b>%1</b> (%2).").arg(Money::usd(r.estimatedCostUsd), m_feeNote);
    for (const PreflightReport::CountryCost& c : r.costByCountry) {
        const QString name = countryName(c.country).toHtmlEscaped();
        if (!c.priceUsd) {
            lines << tr("%1: %Ln message(s), no known price", nullptr, c.recipients).arg(name);
            continue;
        }
        const QString date = locale.toString(QDate::fromString(c.priceDate, Qt::ISODate), QLocale::ShortFormat);
        QString line = tr("%1: %Ln message(s) × %2 = %3 (Meta's price of %4)", nullptr, c.recipients)
                           .arg(name, Money::usd(*c.priceUsd), Money::usd(*c.priceUsd * c.recipients), date);
        if (c.stale)
            line += u" "_s + tr("<i>older than a quarter: import Meta's current rate card</i>");
        if (!c.volumeTier.isEmpty())
            line += u" "_s
                + tr("<i>Meta's volume tier: %1. Meta charges less than this list price.</i>")
                      .arg(c.volumeTier.toHtmlEscaped());
        lines << line;
    }
    if (r.recipientsWithoutPrice > 0)
        lines << tr("%n recipient(s) in countries without a known rate are not in the estimate.", nullptr,
            r.recipientsWithoutPrice);
    m_cost->setText(lines.join(u"<br>"_s));
    m_duration->setText(r.estimatedSeconds > 0
            ? tr("Sending takes %1 at this sender's pace.").arg(SendingTime::approx(r.estimatedSeconds))
            : tr("Sending goes as fast as the provider answers."));
}

void PreflightView::addGroup(
    int row, const QString& name, const QString& text, const QString& explanation, const QList<Contact>* contacts)
{
    auto* label = new QLabel(text, this);
    label->setObjectName(name + u"Label"_s);
    if (!explanation.isEmpty() && !contacts->isEmpty()) {
        label->setText(text + u"\n"_s + explanation);
        label->setWordWrap(true);
    }
    label->setToolTip(explanation);
    auto* count = new QLabel(QLocale().toString(contacts->size()), this);
    count->setObjectName(name + u"CountLabel"_s);
    QFont bold = count->font();
    bold.setBold(true);
    count->setFont(bold);
    auto* show = new QPushButton(tr("Show…"), this);
    show->setObjectName(name + u"ShowButton"_s);
    show->setEnabled(!contacts->isEmpty());
    connect(show, &QPushButton::clicked, this, [this, text, contacts] { showContacts(text, *contacts); });
    m_groups->addWidget(label, row, 0);
    m_groups->addWidget(count, row, 1, Qt::AlignRight);
    m_groups->addWidget(show, row, 2);
}

void PreflightView::showContacts(const QString& title, const QList<Contact>& contacts)
{
    QDialog dialog(this);
    dialog.setObjectName(u"preflightGroupDialog"_s);
    dialog.setWindowTitle(title);
    auto* list = new QListWidget(&dialog);
    list->setObjectName(u"preflightGroupListWidget"_s);
    list->setUniformItemSizes(true);
    for (const Contact& c : contacts)
        list->addItem(c.name.isEmpty() ? c.phone : c.phone + u" — "_s + c.name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(420, 480);
    dialog.exec();
}
