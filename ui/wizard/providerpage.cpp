#include "providerpage.h"

#include "services/dataservices.h"

#include "appservices.h"
#include "comparison/comparisonwidget.h"
#include "forms/configform.h"
#include "providers/providerregistry.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

ProviderPage::ProviderPage(AppServices& services, QWidget* parent)
    : QWizardPage(parent), m_choices(new QButtonGroup(this)), m_reads(services.dataAddress, services.registry)
{
    setObjectName(u"providerPage"_s);
    setTitle(tr("Choose how to send"));
    setSubTitle(tr("They all deliver the same WhatsApp messages. They differ in cost, setup time and features; you "
                   "can switch later without losing your contacts."));
    auto* choices = new QVBoxLayout;
    int id = 0;
    for (const ProviderDescriptor& d : services.registry.all()) {
        auto* radio = new QRadioButton(d.displayName, this);
        radio->setObjectName(ConfigForm::objectNameFor(d.kind, u"RadioButton"_s));
        auto* pitch = new QLabel(d.pitch, this);
        pitch->setWordWrap(true);
        pitch->setIndent(24);
        m_choices->addButton(radio, id++);
        m_kinds << d.kind;
        choices->addWidget(radio);
        choices->addWidget(pitch);
    }
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"providerHintLabel"_s);
    m_hint->setWordWrap(true);
    choices->addWidget(m_hint);
    choices->addStretch();

    m_comparison = new ComparisonWidget(services.comparison, this);
    // An owner who already sends: the comparison starts from their own last month (added up off the window's
    // thread).
    m_reads.read<OwnMonth>(
        this,
        [prices = services.comparison](
            DataServices& core) { return core.periodReports.lastMonth(prices, QDate::currentDate()); },
        [this](const Result<OwnMonth>& own) {
            if (own.isOk())
                m_comparison->setOwnMonth(own.value());
        });
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(choices, 1);
    layout->addWidget(m_comparison, 3);
    connect(m_choices, &QButtonGroup::idToggled, this, &ProviderPage::completeChanged);
    connect(m_comparison, &ComparisonWidget::estimateChanged, this, &ProviderPage::showHint);
    showHint();
}

void ProviderPage::initializePage()
{
    if (!m_acceleratorsGiven)
        giveAccelerators();
    m_acceleratorsGiven = true;
}

void ProviderPage::giveAccelerators()
{
    // Each provider gets Alt and a letter of its name that nothing else on the page (the comparison's fields, the
    // wizard's Next and Back) claims, whatever the language.
    QSet<QChar> taken;
    auto claim = [&taken](const QString& text) {
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && at + 1 < text.size())
            taken.insert(text.at(at + 1).toUpper());
    };
    claim(wizard()->buttonText(QWizard::NextButton));
    claim(wizard()->buttonText(QWizard::BackButton));
    claim(wizard()->buttonText(QWizard::CancelButton));
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy())
            claim(label->text());
    }
    for (QAbstractButton* radio : m_choices->buttons()) {
        const QString name = radio->text();
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (name.at(i).isLetterOrNumber() && !taken.contains(name.at(i).toUpper())) {
                taken.insert(name.at(i).toUpper());
                radio->setText(QString(name).insert(i, u'&'));
                break;
            }
        }
    }
}

QString ProviderPage::selectedKind() const
{
    const int id = m_choices->checkedId();
    return id >= 0 ? m_kinds.value(id) : QString();
}

void ProviderPage::selectAnotherThan(const QString& kind)
{
    for (const QString& other : std::as_const(m_kinds)) {
        if (other != kind)
            return select(other);
    }
}

void ProviderPage::select(const QString& kind)
{
    if (QAbstractButton* button = m_choices->button(int(m_kinds.indexOf(kind))))
        button->setChecked(true);
}

bool ProviderPage::isComplete() const
{
    return m_choices->checkedId() >= 0;
}

void ProviderPage::showHint()
{
    const QString kind = m_comparison->recommendedKind();
    const int index = int(m_kinds.indexOf(kind));
    m_hint->setText(
        index < 0 ? QString() : tr("Your numbers point to <b>%1</b>.").arg(m_choices->button(index)->text()));
}
