#include "pricesdialog.h"
#include "common/screenfit.h"

#include "appservices.h"
#include "common/filedialog.h"
#include "pricing/money.h"
#include "pricing/ratecardimport.h"
#include "pricing/volumetiers.h"
#include "services/dataservices.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PricesDialog::PricesDialog(AppServices& services, QWidget* parent) : QDialog(parent), m_services(services)
{
    setObjectName(u"pricesDialog"_s);
    setWindowTitle(tr("Prices"));
    auto* intro = new QLabel(tr("Meta's price for each delivered message, in US dollars, by the customer's market. "
                                "Tandem estimates costs and keeps budgets with these. Meta changes them on the first "
                                "day of a quarter: import its current rate card (the CSV in US dollars from its "
                                "pricing page) when they change."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"pricesTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Market"), tr("Marketing"), tr("Utility and service"), tr("Authentication"), tr("Since")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_effective = new QDateEdit(QDate::currentDate(), this);
    m_effective->setObjectName(u"effectiveDateEdit"_s);
    m_effective->setCalendarPopup(true);
    auto* import = new QPushButton(tr("&Import Meta's rate card…"), this);
    import->setObjectName(u"importRateCardButton"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"importResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tiers = new QLabel(this);
    m_tiers->setObjectName(u"volumeTiersLabel"_s);
    m_tiers->setWordWrap(true);
    m_tiers->setTextFormat(Qt::PlainText);
    m_tiers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Meta's rate card"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });

    auto* when = new QFormLayout;
    when->addRow(tr("Prices take &effect on (when the file does not say):"), m_effective);
    auto* row = new QHBoxLayout;
    row->addLayout(when, 1);
    row->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tiers);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    fitToScreen(this, {720, 560});
    fill();
}

void PricesDialog::fill()
{
    const RateCard& card = m_services.comparison.rateCard();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    m_table->setRowCount(int(card.markets().size()));
    auto price = [](const std::optional<double>& p) {
        return p ? Money::usd(*p) : tr("unknown");
    };
    for (int row = 0; row < card.markets().size(); ++row) {
        const RateCard::Market& m = card.markets().at(row);
        const bool stale = rateIsStale(m.effective, today);
        const QStringList cells = {QCoreApplication::translate("ComparisonData", m.name.toUtf8().constData()),
            price(m.marketing), price(m.utility), price(m.authentication),
            locale.toString(m.effective, QLocale::ShortFormat) + (stale ? tr(" (older than a quarter)") : QString())};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(m.source);
            if (column == 4 && stale)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
        }
    }
    // A few rows at most (one per category and market Meta moved the account in): read here, on the window's own
    // connection.
    const Result<QList<VolumeTier>> tiers = m_services.data.volumeTiers.forMonth(today.toString(u"yyyy-MM"_s));
    QStringList lines;
    if (tiers.isOk()) {
        for (const VolumeTier& t : tiers.value())
            lines << VolumeTiers::describe(t, card);
    }
    m_tiers->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        m_tiers->setText(tr("Meta's volume tiers this month (utility and authentication cost less per message in a "
                            "higher tier):")
            + u"\n"_s + lines.join(u'\n') + u"\n"_s
            + tr("Tandem estimates with the prices above; Results shows what Meta reports it charged, with the "
                 "discount."));
}

bool PricesDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QString source = tr("rate card imported from %1").arg(QFileInfo(path).fileName());
    RateCardStore& store = m_services.data.rateCards;
    const Result<RateCard> imported
        = RateCardImport::read({file.readAll(), source, m_effective->date()}, m_services.comparison.rateCard());
    if (!imported.isOk()) {
        m_result->setText(imported.error());
        return false;
    }
    const QDate effective = imported.value().markets().first().effective;
    const Result<RateCard> builtin = RateCard::builtin();
    const Status saved = store.save(imported.value(), source, effective);
    const Result<RateCard> current
        = saved.isOk() && builtin.isOk() ? store.current(builtin.value()) : Result<RateCard>(saved);
    if (!current.isOk()) {
        m_result->setText(current.error());
        return false;
    }
    m_services.comparison.setRateCard(current.value());
    fill();
    m_result->setText(tr("%n market(s) updated, with prices from %1.", nullptr, int(imported.value().markets().size()))
                          .arg(QLocale().toString(effective, QLocale::LongFormat)));
    return true;
}
