#include "periodresults.h"

#include "appservices.h"
#include "common/filedialog.h"
#include "countaxis.h"
#include "csv/csvwriter.h"
#include "pricing/money.h"
#include "providers/providerregistry.h"
#include "reportedcostfetcher.h"
#include "services/dataservices.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Range
{
    Last30Days,
    ThisMonth,
    LastMonth,
    Last12Months,
};

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + u" %"_s;
}

QString periodLabel(const QDate& start, PeriodReports::Granularity g)
{
    const QLocale locale;
    switch (g) {
    case PeriodReports::Granularity::Day:
        return locale.toString(start, QLocale::ShortFormat);
    case PeriodReports::Granularity::Week:
        return PeriodResults::tr("week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case PeriodReports::Granularity::Month:
        return locale.toString(start, u"MMMM yyyy"_s);
    }
    return start.toString(Qt::ISODate);
}
} // namespace

PeriodResults::PeriodResults(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_reads(services.dataAddress, services.registry)
{
    m_range = new QComboBox(this);
    m_range->setObjectName(u"rangeComboBox"_s);
    m_range->addItem(tr("Last 30 days"), Last30Days);
    m_range->addItem(tr("This month"), ThisMonth);
    m_range->addItem(tr("Last month"), LastMonth);
    m_range->addItem(tr("Last 12 months"), Last12Months);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(u"granularityComboBox"_s);
    m_granularity->addItem(tr("Day"), int(PeriodReports::Granularity::Day));
    m_granularity->addItem(tr("Week"), int(PeriodReports::Granularity::Week));
    m_granularity->addItem(tr("Month"), int(PeriodReports::Granularity::Month));
    m_sender = new QComboBox(this);
    m_sender->setObjectName(u"senderComboBox"_s);
    m_export = new QPushButton(tr("Export as CSV…"), this);
    m_export->setObjectName(u"exportPeriodsButton"_s);

    auto* rangeLabel = new QLabel(tr("Sho&w:"), this);
    rangeLabel->setBuddy(m_range);
    auto* byLabel = new QLabel(tr("B&y:"), this);
    byLabel->setBuddy(m_granularity);
    auto* senderLabel = new QLabel(tr("Se&nder:"), this);
    senderLabel->setBuddy(m_sender);
    auto* controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(byLabel);
    controls->addWidget(m_granularity);
    controls->addWidget(senderLabel);
    controls->addWidget(m_sender, 1);
    controls->addWidget(m_export);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto* chartView = new QChartView(m_chart, this);
    chartView->setObjectName(u"periodChartView"_s);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);

    m_table = new QTableWidget(0, 11, this);
    m_table->setObjectName(u"periodTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("Sender"), tr("Sent"), tr("Delivered"), tr("Read"), tr("Failed"), tr("Replies"),
            tr("Cost (estimated)"), tr("Cost (reported)"), tr("Per delivered"), tr("Per read")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"periodTotalsLabel"_s);
    m_totals->setWordWrap(true);
    m_failures = new QLabel(this);
    m_failures->setObjectName(u"periodFailuresLabel"_s);
    m_failures->setWordWrap(true);
    m_failures->setTextFormat(Qt::PlainText);
    m_reported = new QLabel(this);
    m_reported->setObjectName(u"reportedStatusLabel"_s);
    m_reported->setWordWrap(true);
    m_reported->setTextFormat(Qt::PlainText);
    m_askAgain = new QPushButton(tr("Ask Meta a&gain"), this);
    m_askAgain->setObjectName(u"fetchReportedButton"_s);
    m_askAgain->setToolTip(tr("Meta says what each day cost the account; Tandem asks at most once an hour by itself."));
    m_fetcher = new ReportedCostFetcher(services, this);
    auto* reportedRow = new QHBoxLayout;
    reportedRow->addWidget(m_reported, 1);
    reportedRow->addWidget(m_askAgain);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(chartView, 2);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_totals);
    layout->addWidget(m_failures);
    layout->addLayout(reportedRow);

    fillSenders();
    settleInBackground();
    connect(m_range, &QComboBox::currentIndexChanged, this, &PeriodResults::refresh);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &PeriodResults::refresh);
    connect(m_sender, &QComboBox::currentIndexChanged, this, &PeriodResults::refresh);
    connect(m_export, &QPushButton::clicked, this, &PeriodResults::exportCsv);
    connect(m_askAgain, &QPushButton::clicked, this, [this] {
        const PeriodReports::Query q = query();
        m_reported->setText(tr("Asking Meta what the days cost…"));
        m_askAgain->setEnabled(false);
        m_fetcher->fetch(q.from, q.to, q.profileId, true);
    });
    connect(m_fetcher, &ReportedCostFetcher::finished, this, [this](const QString& summary) {
        m_askAgain->setEnabled(true);
        if (summary.isEmpty())
            return;
        m_reported->setText(summary);
        readFigures(); // with what Meta said
    });
}

ReportedCostFetcher* PeriodResults::fetcher() const
{
    return m_fetcher;
}

void PeriodResults::fillSenders()
{
    const QSignalBlocker quiet(m_sender);
    const qint64 chosen = m_sender->currentData().toLongLong();
    m_sender->clear();
    m_sender->addItem(tr("Every sender"), qint64(0));
    m_senderNames.clear();
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    if (!profiles.isOk())
        return;
    bool reports = false; // a sender whose provider says what it charged
    for (const Profile& p : profiles.value()) {
        m_sender->addItem(p.name, p.id);
        m_senderNames.insert(p.id, p.name);
        const ProviderDescriptor* descriptor = m_services.registry.find(p.kind);
        reports = reports || (descriptor && descriptor->capabilities.reportedCosts);
    }
    m_askAgain->setVisible(reports);
    m_reported->setVisible(reports);
    m_sender->setCurrentIndex(qMax(0, m_sender->findData(chosen)));
}

PeriodReports::Query PeriodResults::query() const
{
    PeriodReports::Query q;
    const QDate today = QDate::currentDate();
    switch (m_range->currentData().toInt()) {
    case Last30Days:
        q.from = today.addDays(-29);
        q.to = today;
        break;
    case ThisMonth:
        q.from = QDate(today.year(), today.month(), 1);
        q.to = today;
        break;
    case LastMonth:
        q.from = QDate(today.year(), today.month(), 1).addMonths(-1);
        q.to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Last12Months:
        q.from = QDate(today.year(), today.month(), 1).addMonths(-11);
        q.to = today;
        break;
    }
    q.granularity = PeriodReports::Granularity(m_granularity->currentData().toInt());
    if (const qint64 sender = m_sender->currentData().toLongLong(); sender > 0)
        q.profileId = sender;
    return q;
}

// The settled days of the last twelve months are worked out once, on this screen's read thread, as soon as the
// window is made: over a long history that takes most of a second, and the owner's first look at Results then
// reads kept figures instead (docs/performance.md, "The Results screen's queries"). A read the owner asks for
// meanwhile waits its turn behind it on the same thread.
void PeriodResults::settleInBackground()
{
    const QDate today = QDate::currentDate();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    m_reads.read<bool>(
        this,
        [from, today](DataServices& core) -> Result<bool> {
            const Status settled = core.periodReports.settle(from, today);
            if (!settled.isOk())
                return settled;
            return true;
        },
        [this](const Result<bool>& settled) {
            if (!settled.isOk())
                m_totals->setText(tr("The results could not be read: %1").arg(settled.error()));
        });
}

void PeriodResults::refresh()
{
    readFigures();
    const PeriodReports::Query q = query();
    m_fetcher->fetch(q.from, q.to, q.profileId, false);
}

void PeriodResults::readFigures()
{
    struct Read
    {
        QList<PeriodFigures> figures;
        QList<BroadcastReport::Reason> failures;
    };
    fillSenders(); // a sender added since
    const PeriodReports::Query q = query();
    m_totals->setText(tr("Reading…"));
    m_reads.read<Read>(
        this,
        [q](DataServices& core) -> Result<Read> {
            Result<QList<PeriodFigures>> figures = core.periodReports.figures(q);
            if (!figures.isOk())
                return figures.status();
            Result<QList<BroadcastReport::Reason>> failures = core.periodReports.failures(q);
            if (!failures.isOk())
                return failures.status();
            return Read {figures.takeValue(), failures.takeValue()};
        },
        [this](const Result<Read>& read) {
            if (!read.isOk()) {
                m_totals->setText(tr("The results could not be read: %1").arg(read.error()));
                return;
            }
            show(read.value().figures, read.value().failures);
            Q_EMIT refreshed();
        });
}

void PeriodResults::show(const QList<PeriodFigures>& figures, const QList<BroadcastReport::Reason>& failures)
{
    m_figures = figures;
    const PeriodReports::Granularity g = query().granularity;
    // The chart: one group of bars per period, every sender added up.
    QStringList periods;
    QHash<QString, std::array<int, 4>> perPeriod;
    for (const PeriodFigures& f : figures) {
        const QString label = periodLabel(f.start, g);
        if (!perPeriod.contains(label))
            periods << label;
        auto& sums = perPeriod[label];
        sums[0] += f.sent;
        sums[1] += f.delivered;
        sums[2] += f.read;
        sums[3] += f.failed;
    }
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* series = new QBarSeries;
    const QStringList names = {tr("Sent"), tr("Delivered"), tr("Read"), tr("Failed")};
    int highest = 0;
    for (int i = 0; i < 4; ++i) {
        auto* set = new QBarSet(names.at(i));
        for (const QString& p : std::as_const(periods)) {
            *set << perPeriod.value(p)[i];
            highest = qMax(highest, perPeriod.value(p)[i]);
        }
        series->append(set);
    }
    m_chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new CountAxis(highest);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_chart->setTitle(figures.isEmpty() ? tr("Nothing was sent in this period.") : QString());

    m_table->setRowCount(int(figures.size()));
    double estimated = 0;
    double reported = 0;
    int sent = 0;
    int delivered = 0;
    const QLocale locale;
    for (int row = 0; row < figures.size(); ++row) {
        const PeriodFigures& f = figures.at(row);
        const QStringList cells = {periodLabel(f.start, g), m_senderNames.value(f.profileId), locale.toString(f.sent),
            locale.toString(f.delivered) + u" ("_s + percent(f.deliveryRate()) + u")"_s,
            locale.toString(f.read) + u" ("_s + percent(f.readRate()) + u")"_s, locale.toString(f.failed),
            locale.toString(f.replies), Money::usd(f.estimatedCostUsd), Money::usd(f.reportedCostUsd),
            f.delivered > 0 ? Money::usd(f.estimatedCostUsd / f.delivered) : QString(),
            f.read > 0 ? Money::usd(f.estimatedCostUsd / f.read) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        estimated += f.estimatedCostUsd;
        reported += f.reportedCostUsd;
        sent += f.sent;
        delivered += f.delivered;
    }
    m_totals->setText(tr("%n message(s) sent, %1 delivered. Estimated cost %2 (Meta's rate card and the "
                         "provider's fee); reported by the providers: %3.",
        nullptr, sent)
                          .arg(locale.toString(delivered), Money::usd(estimated), Money::usd(reported)));
    QStringList reasons;
    for (const BroadcastReport::Reason& r : failures)
        reasons << tr("%1 × %2").arg(locale.toString(r.rows), r.explanation.isEmpty() ? r.code : r.explanation);
    m_failures->setText(reasons.isEmpty() ? QString() : tr("Why messages failed: %1").arg(reasons.join(u"; "_s)));
}

QByteArray PeriodResults::tableCsv() const
{
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    QByteArray csv = CsvWriter::line(header);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        csv += CsvWriter::line(cells);
    }
    return csv;
}

void PeriodResults::exportCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Export results"), tr("results.csv"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tableCsv()) < 0)
        m_failures->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
    else
        m_failures->setText(tr("Saved to %1.").arg(path));
}

const QList<PeriodFigures>& PeriodResults::figures() const
{
    return m_figures;
}
