#include "broadcastresults.h"

#include "appservices.h"
#include "common/filedialog.h"
#include "countaxis.h"
#include "csv/csvwriter.h"
#include "pricing/money.h"
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
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QList<FunnelStage> kStages = {FunnelStage::Queued, FunnelStage::Sent, FunnelStage::Delivered, FunnelStage::Read,
    FunnelStage::Replied, FunnelStage::Failed, FunnelStage::Skipped};

QString stageName(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Queued:
        return BroadcastResults::tr("Queued");
    case FunnelStage::Sent:
        return BroadcastResults::tr("Sent");
    case FunnelStage::Delivered:
        return BroadcastResults::tr("Delivered");
    case FunnelStage::Read:
        return BroadcastResults::tr("Read");
    case FunnelStage::Replied:
        return BroadcastResults::tr("Replied");
    case FunnelStage::Failed:
        return BroadcastResults::tr("Failed");
    case FunnelStage::Skipped:
        return BroadcastResults::tr("Skipped");
    }
    return {};
}

int count(const BroadcastReport& r, FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Queued:
        return r.total;
    case FunnelStage::Sent:
        return r.sent;
    case FunnelStage::Delivered:
        return r.delivered;
    case FunnelStage::Read:
        return r.read;
    case FunnelStage::Replied:
        return r.replied;
    case FunnelStage::Failed:
        return r.failed;
    case FunnelStage::Skipped:
        return r.skipped;
    }
    return 0;
}
} // namespace

BroadcastResults::BroadcastResults(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_reads(services.dataAddress, services.registry)
{
    m_broadcast = new QComboBox(this);
    m_broadcast->setObjectName(u"resultsBroadcastComboBox"_s);
    m_csv = new QPushButton(tr("Export as CSV…"), this);
    m_csv->setObjectName(u"exportBroadcastCsvButton"_s);
    m_pdf = new QPushButton(tr("Export report as PDF…"), this);
    m_pdf->setObjectName(u"exportBroadcastPdfButton"_s);
    auto* broadcastLabel = new QLabel(tr("&Broadcast:"), this);
    broadcastLabel->setBuddy(m_broadcast);
    auto* controls = new QHBoxLayout;
    controls->addWidget(broadcastLabel);
    controls->addWidget(m_broadcast, 1);
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    auto* chartView = new QChartView(m_chart, this);
    chartView->setObjectName(u"funnelChartView"_s);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    chartView->setToolTip(tr("Click a bar to see the customers behind it."));

    m_stageTitle = new QLabel(tr("Click a bar to see the customers behind it."), this);
    m_stageTitle->setObjectName(u"stageTitleLabel"_s);
    m_stageTitle->setWordWrap(true);
    m_people = new QListWidget(this);
    m_people->setObjectName(u"stageRecipientsList"_s);
    auto* peoplePane = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_stageTitle);
    peopleLayout->addWidget(m_people, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(chartView);
    split->addWidget(peoplePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 300});
    m_people->setMinimumWidth(200);

    m_reasons = new QTableWidget(0, 3, this);
    m_reasons->setObjectName(u"reasonsTable"_s);
    m_reasons->setHorizontalHeaderLabels({tr("Customers"), tr("Why"), tr("Code")});
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->verticalHeader()->hide();
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->setWordWrap(true);
    m_reasons->setTabKeyNavigation(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"resultsSummaryLabel"_s);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_reasons, 1);

    connect(m_broadcast, &QComboBox::currentIndexChanged, this, [this] {
        if (const qint64 id = m_broadcast->currentData().toLongLong(); id > 0)
            showBroadcast(id);
    });
    connect(m_csv, &QPushButton::clicked, this, &BroadcastResults::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &BroadcastResults::exportPdf);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
}

void BroadcastResults::refresh()
{
    const qint64 current = m_broadcast->currentData().toLongLong();
    const Result<QList<Broadcast>> broadcasts = m_services.data.outbox.broadcasts().list();
    {
        const QSignalBlocker quiet(m_broadcast);
        m_broadcast->clear();
        if (broadcasts.isOk()) {
            for (const Broadcast& b : broadcasts.value()) {
                const QString when = QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat);
                m_broadcast->addItem(b.title.isEmpty() ? when : tr("%1 (%2)").arg(b.title, when), b.id);
            }
        }
        const int at = m_broadcast->findData(current);
        m_broadcast->setCurrentIndex(at >= 0 ? at : 0);
    }
    if (const qint64 id = m_broadcast->currentData().toLongLong(); id > 0)
        showBroadcast(id);
    else
        m_summary->setText(tr("No broadcast has been sent yet."));
}

void BroadcastResults::showBroadcast(qint64 broadcastId)
{
    if (const int at = m_broadcast->findData(broadcastId); at >= 0 && at != m_broadcast->currentIndex()) {
        const QSignalBlocker quiet(m_broadcast);
        m_broadcast->setCurrentIndex(at);
    }
    m_summary->setText(tr("Reading…"));
    m_reads.read<BroadcastReport>(
        this, [broadcastId](DataServices& core) { return core.broadcastReports.report(broadcastId); },
        [this](const Result<BroadcastReport>& report) {
            if (!report.isOk()) {
                m_summary->setText(tr("The results could not be read: %1").arg(report.error()));
                return;
            }
            show(report.value());
            Q_EMIT refreshed();
        });
}

void BroadcastResults::show(const BroadcastReport& r)
{
    m_report = r;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    // Lying down, as a funnel: the stages' names get the room they need on the left, in any language, and the
    // first stage is the top bar (Qt Charts draws the first category at the bottom, so they go in backwards).
    auto* series = new QHorizontalBarSeries;
    m_bars = new QBarSet(tr("Customers"));
    QStringList names;
    for (qsizetype i = kStages.size() - 1; i >= 0; --i) {
        *m_bars << count(r, kStages.at(i));
        names << stageName(kStages.at(i));
    }
    series->append(m_bars);
    series->setLabelsVisible(true);
    m_chart->addSeries(series);
    auto* stages = new QBarCategoryAxis;
    stages->append(names);
    m_chart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    auto* customers = new CountAxis(r.total);
    m_chart->addAxis(customers, Qt::AlignBottom);
    series->attachAxis(customers);
    connect(m_bars, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < kStages.size())
            showStage(kStages.at(kStages.size() - 1 - index));
    });

    const QLocale locale;
    QStringList summary;
    summary << tr("Estimated cost %1 (%2 per delivered, %3 per read).")
                   .arg(Money::usd(r.estimatedCostUsd), Money::usd(r.costPerDelivered()), Money::usd(r.costPerRead()));
    if (r.reportedRows > 0)
        summary << tr("The provider reported %1 for %n message(s).", nullptr, r.reportedRows)
                       .arg(Money::usd(r.reportedCostUsd));
    if (r.optedOutAfter > 0)
        summary << tr("%n customer(s) opted out after it.", nullptr, r.optedOutAfter);
    if (r.waiting > 0)
        summary << tr("%n message(s) still waiting to go out.", nullptr, r.waiting);
    m_summary->setText(summary.join(u' '));

    m_reasons->setRowCount(0);
    auto addReasons = [&](const QList<BroadcastReport::Reason>& reasons, const QString& kind) {
        for (const BroadcastReport::Reason& reason : reasons) {
            const int row = m_reasons->rowCount();
            m_reasons->insertRow(row);
            m_reasons->setItem(row, 0, new QTableWidgetItem(locale.toString(reason.rows)));
            m_reasons->setItem(row, 1,
                new QTableWidgetItem(
                    kind + u": "_s + (reason.explanation.isEmpty() ? reason.code : reason.explanation)));
            m_reasons->setItem(row, 2, new QTableWidgetItem(reason.code));
        }
    };
    addReasons(r.failedBy, tr("Failed"));
    addReasons(r.skippedBy, tr("Not sent"));
    m_reasons->resizeRowsToContents();
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
}

void BroadcastResults::showStage(FunnelStage stage)
{
    if (!m_report)
        return;
    const qint64 id = m_report->broadcastId;
    m_stageTitle->setText(tr("%1: reading…").arg(stageName(stage)));
    struct People
    {
        QStringList phones;
        QHash<QString, QString> names;
    };
    m_reads.read<People>(
        this,
        [id, stage](DataServices& core) -> Result<People> {
            Result<QStringList> phones = core.broadcastReports.recipients(id, stage);
            if (!phones.isOk())
                return phones.status();
            People people {phones.takeValue(), {}};
            const Result<QHash<QString, qint64>> index = core.contacts.phoneIndex();
            if (index.isOk()) {
                QList<qint64> ids;
                for (const QString& p : std::as_const(people.phones)) {
                    if (const qint64 contact = index.value().value(p); contact > 0)
                        ids << contact;
                }
                const Result<QList<Contact>> contacts = core.contacts.withIds(ids);
                if (contacts.isOk()) {
                    for (const Contact& c : contacts.value())
                        people.names.insert(c.phone, c.name);
                }
            }
            return people;
        },
        [this, stage](const Result<People>& people) {
            m_people->clear();
            if (!people.isOk()) {
                m_stageTitle->setText(people.error());
                return;
            }
            m_stageTitle->setText(
                tr("%1: %n customer(s)", nullptr, int(people.value().phones.size())).arg(stageName(stage)));
            for (const QString& phone : people.value().phones) {
                const QString name = people.value().names.value(phone);
                m_people->addItem(name.isEmpty() ? phone : tr("%1 (%2)").arg(name, phone));
            }
            Q_EMIT stageListed();
        });
}

const std::optional<BroadcastReport>& BroadcastResults::report() const
{
    return m_report;
}

QByteArray BroadcastResults::reportCsv() const
{
    if (!m_report)
        return {};
    const BroadcastReport& r = *m_report;
    QByteArray csv = CsvWriter::line({tr("Figure"), tr("Value")});
    for (FunnelStage stage : kStages)
        csv += CsvWriter::line({stageName(stage), QString::number(count(r, stage))});
    csv += CsvWriter::line({tr("Opted out after it"), QString::number(r.optedOutAfter)});
    csv += CsvWriter::line({tr("Estimated cost (US$)"), QString::number(r.estimatedCostUsd, 'f', 4)});
    csv += CsvWriter::line({tr("Reported cost (US$)"), QString::number(r.reportedCostUsd, 'f', 4)});
    for (const BroadcastReport::Reason& f : r.failedBy)
        csv += CsvWriter::line(
            {tr("Failed: %1").arg(f.explanation.isEmpty() ? f.code : f.explanation), QString::number(f.rows)});
    for (const BroadcastReport::Reason& f : r.skippedBy)
        csv += CsvWriter::line(
            {tr("Not sent: %1").arg(f.explanation.isEmpty() ? f.code : f.explanation), QString::number(f.rows)});
    return csv;
}

QString BroadcastResults::reportHtml() const
{
    if (!m_report)
        return {};
    const BroadcastReport& r = *m_report;
    const QLocale locale;
    QString html = u"<h1>%1</h1><p>%2</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s.arg(
        (r.title.isEmpty() ? tr("Broadcast %1").arg(r.broadcastId) : r.title).toHtmlEscaped(),
        tr("Created %1").arg(locale.toString(r.createdAt.toLocalTime(), QLocale::LongFormat)).toHtmlEscaped());
    for (FunnelStage stage : kStages) {
        const int n = count(r, stage);
        const QString share = r.total > 0 ? locale.toString(100.0 * n / r.total, 'f', 1) + u" %"_s : QString();
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>"_s.arg(
            stageName(stage).toHtmlEscaped(), locale.toString(n), share);
    }
    html += u"</table><p>%1</p>"_s.arg(
        tr("Estimated cost %1 (%2 per delivered message, %3 per read message); reported by the provider: %4.")
            .arg(Money::usd(r.estimatedCostUsd), Money::usd(r.costPerDelivered()), Money::usd(r.costPerRead()),
                Money::usd(r.reportedCostUsd))
            .toHtmlEscaped());
    if (r.optedOutAfter > 0)
        html += u"<p>%1</p>"_s.arg(tr("%n customer(s) opted out after it.", nullptr, r.optedOutAfter).toHtmlEscaped());
    if (!r.failedBy.isEmpty() || !r.skippedBy.isEmpty()) {
        html += u"<h2>%1</h2><ul>"_s.arg(tr("Why some customers did not get it").toHtmlEscaped());
        for (const auto* list : {&r.failedBy, &r.skippedBy}) {
            for (const BroadcastReport::Reason& f : *list)
                html += u"<li>%1 × %2</li>"_s.arg(
                    locale.toString(f.rows), (f.explanation.isEmpty() ? f.code : f.explanation).toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    return html;
}

void BroadcastResults::exportCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Export results"), tr("broadcast-results.csv"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv()) < 0)
        m_summary->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
    else
        m_summary->setText(tr("Saved to %1.").arg(path));
}

void BroadcastResults::exportPdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Export report"), tr("broadcast-report.pdf"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setPageSize(
        QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4));
    writer.setTitle(m_report ? m_report->title : QString());
    writer.setCreator(u"Tandem"_s);
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&writer);
    m_summary->setText(QFile::exists(path) ? tr("Saved to %1.").arg(path) : tr("%1 could not be written.").arg(path));
}
