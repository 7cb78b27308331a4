#include "audiencepage.h"
#include "services/dataservices.h"

#include "appservices.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsnapshot.h"
#include "contacts/importdialog.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AudiencePage::AudiencePage(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_kinds(new QButtonGroup(this))
    , m_allRadio(new QRadioButton(tr("&Every contact"), this))
    , m_tagsRadio(new QRadioButton(tr("Contacts with &any of these tags:"), this))
    , m_selectionRadio(new QRadioButton(tr("The contacts &selected on the Contacts screen"), this))
    , m_tags(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"audiencePage"_s);
    m_allRadio->setObjectName(u"allContactsRadioButton"_s);
    m_tagsRadio->setObjectName(u"tagsRadioButton"_s);
    m_selectionRadio->setObjectName(u"selectionRadioButton"_s);
    m_tags->setObjectName(u"tagsListWidget"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_count->setObjectName(u"audienceCountLabel"_s);
    m_count->setWordWrap(true);
    m_kinds->addButton(m_allRadio, int(Audience::Kind::All));
    m_kinds->addButton(m_tagsRadio, int(Audience::Kind::Tags));
    m_kinds->addButton(m_selectionRadio, int(Audience::Kind::Selection));
    m_allRadio->setChecked(true);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateCount();
    });
    connect(m_tags, &QListWidget::itemChanged, this, [this] {
        m_tagsRadio->setChecked(true);
        updateCount();
    });
    auto* csv = new QPushButton(tr("Send to a &CSV list…"), this);
    csv->setObjectName(u"csvAudienceButton"_s);
    csv->setToolTip(tr("Imports the file's rows as contacts, tagged with the file's name, and sends to that tag."));
    connect(csv, &QPushButton::clicked, this, &AudiencePage::importCsv);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Who gets this message? Contacts who opted out never do."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_allRadio);
    layout->addWidget(m_tagsRadio);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_selectionRadio);
    layout->addWidget(csv, 0, Qt::AlignLeft);
    layout->addWidget(m_count);
    reload();
}

void AudiencePage::reload(std::function<void()> then)
{
    // Read off the window's thread: 100,000 contacts take a good part of a second.
    const int generation = ++m_generation;
    m_count->setText(tr("Reading the contacts…"));
    ContactsSnapshot::load(
        this, m_services.dataAddress, [this, generation, then](const Result<ContactsSnapshot>& snapshot) {
            if (generation != m_generation)
                return; // a newer read is on its way
            m_loaded = generation;
            m_all = snapshot.isOk() ? snapshot.value().contacts : QList<Contact>();
            QStringList checked;
            for (int i = 0; i < m_tags->count(); ++i) {
                if (m_tags->item(i)->checkState() == Qt::Checked)
                    checked << m_tags->item(i)->text();
            }
            const QSignalBlocker blocker(m_tags);
            m_tags->clear();
            for (const QString& tag : snapshot.isOk() ? snapshot.value().tags : QStringList()) {
                auto* item = new QListWidgetItem(tag, m_tags);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(checked.contains(tag) ? Qt::Checked : Qt::Unchecked);
            }
            updateCount();
            if (!snapshot.isOk())
                m_count->setText(tr("The contacts could not be read: %1").arg(snapshot.error()));
            if (then)
                then();
        });
}

bool AudiencePage::isLoading() const
{
    return m_loaded != m_generation;
}

void AudiencePage::setSelection(const QList<qint64>& contactIds)
{
    m_selection = contactIds;
    m_selectionRadio->setText(tr("The %n contact(s) selected on the Contacts screen", nullptr, int(contactIds.size())));
    m_selectionRadio->setChecked(true);
    updateCount();
}

Audience AudiencePage::audience() const
{
    Audience a;
    a.kind = Audience::Kind(m_kinds->checkedId());
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            a.tags << m_tags->item(i)->text();
    }
    a.contactIds = m_selection;
    return a;
}

QList<Contact> AudiencePage::contacts() const
{
    return m_members;
}

void AudiencePage::importCsv()
{
    ImportDialog dialog(m_services.dataAddress, ImportDialog::defaultRegionFrom(m_services.data.profiles), this);
    connect(&dialog, &ImportDialog::imported, this, [this, &dialog] {
        const QString tag = dialog.mapping().extraTags.value(0);
        reload([this, tag] {
            for (int i = 0; i < m_tags->count(); ++i)
                m_tags->item(i)->setCheckState(m_tags->item(i)->text() == tag ? Qt::Checked : Qt::Unchecked);
            m_tagsRadio->setChecked(true);
            updateCount();
        });
    });
    // The tag is set once a file is chosen, from its name; the owner may change it before importing.
    connect(&dialog, &ImportDialog::fileLoaded, this,
        [&dialog](const QString& path) { dialog.setExtraTag(u"list "_s + QFileInfo(path).completeBaseName()); });
    dialog.exec();
}

void AudiencePage::updateCount()
{
    // Every change of the audience passes here: the members are filtered once, and the composer's steps share
    // the list (implicitly) instead of filtering every contact again.
    const Audience a = audience();
    m_members.clear();
    std::copy_if(
        m_all.cbegin(), m_all.cend(), std::back_inserter(m_members), [&a](const Contact& c) { return a.includes(c); });
    const QList<Contact>& members = m_members;
    const auto optedOut = std::count_if(members.cbegin(), members.cend(), [](const Contact& c) { return c.optedOut; });
    QString text = members.isEmpty() ? tr("Nobody yet: choose tags, or import contacts first.")
                                     : tr("%Ln contact(s)", nullptr, int(members.size())) + u"; "_s
            + tr("%Ln of them opted out and will not get it.", nullptr, int(optedOut));
    if (a.kind == Audience::Kind::All) {
        const auto own = std::count_if(m_all.cbegin(), m_all.cend(), [](const Contact& c) { return c.ownNumber; });
        if (own > 0)
            text += u" "_s + tr("Left out: %n number(s) of your own, where your tests went.", nullptr, int(own));
    }
    m_count->setText(text);
    Q_EMIT changed();
}
