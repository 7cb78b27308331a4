#include "templatesview.h"

#include "profiles/providerfactory.h"

#include "appservices.h"
#include "common/plaintext.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "services/dataservices.h"
#include "templateeditor.h"
#include "templates/templatecatalogue.h"
#include "templates/templatesync.h"
#include "templates/twiliocontent.h"

#include <algorithm>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kStaleMs = 60 * 60 * 1000;

QString statusText(const MessageTemplate& t)
{
    return t.isApproved() ? QCoreApplication::translate("TemplatesView", "Approved") : t.unusableReason();
}

constexpr int kReviewPollMs = 3 * 60 * 1000; // 20 requests an hour of Meta's 200

} // namespace

TemplatesView::TemplatesView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_sender(new QComboBox(this))
    , m_sync(new QPushButton(tr("S&ync from the account"), this))
    , m_create(new QPushButton(tr("&New template…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_preview(new QLabel(this))
    , m_link(new QComboBox(this))
{
    setObjectName(u"templatesView"_s);
    m_sender->setObjectName(u"templatesSenderComboBox"_s);
    m_sync->setObjectName(u"syncTemplatesButton"_s);
    m_create->setObjectName(u"newTemplateButton"_s);
    m_status->setObjectName(u"templatesStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"templatesTableWidget"_s);
    m_table->setAccessibleName(tr("Templates"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Language"), tr("Category"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_preview->setObjectName(u"templatePreviewLabel"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(u"background: #dcf8c6; border-radius: 6px; padding: 10px; color: #202020;"_s);
    m_preview->setMinimumWidth(260);
    m_link->setObjectName(u"templateLinkComboBox"_s);
    m_link->setAccessibleName(tr("The same message in another sender's account"));
    m_link->setAccessibleDescription(tr("When you switch sender in the composer, the linked template stays chosen."));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sender:"), this));
    top->addWidget(m_sender, 1);
    top->addWidget(m_sync);
    top->addWidget(m_create);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_preview, 1);
    auto* linkLabel = new QLabel(tr("&Same message as:"), side);
    linkLabel->setBuddy(m_link);
    sideLayout->addWidget(linkLabel);
    sideLayout->addWidget(m_link);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_sender, &QComboBox::currentIndexChanged, this, [this] {
        showCatalogue();
        syncIfStale(); // a sender never synced is read at once, not left saying "press Sync"
    });
    m_reviewPoll.setInterval(kReviewPollMs);
    connect(&m_reviewPoll, &QTimer::timeout, this, &TemplatesView::sync);
    connect(m_sync, &QPushButton::clicked, this, &TemplatesView::sync);
    connect(m_create, &QPushButton::clicked, this, &TemplatesView::createTemplate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TemplatesView::showPreview);
    connect(m_link, &QComboBox::activated, this, [this] {
        const QStringList chosen = m_link->currentData().toStringList();
        linkSelected(chosen.value(0).toLongLong(), chosen.value(1));
    });
    reloadSenders();
}

void TemplatesView::reloadSenders()
{
    const qint64 current = m_sender->currentData().toLongLong();
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    {
        const QSignalBlocker blocker(m_sender);
        m_sender->clear();
        if (profiles.isOk()) {
            for (const Profile& p : profiles.value())
                m_sender->addItem(p.name, p.id);
        }
        m_sender->setCurrentIndex(qMax(0, m_sender->findData(current)));
    }
    showCatalogue();
    syncIfStale();
}

void TemplatesView::syncIfStale()
{
    // A list older than an hour is read again, once per opening (Meta counts the requests).
    const Result<qint64> synced = m_services.data.templates.syncedAt(m_sender->currentData().toLongLong());
    if (m_sender->count() > 0 && synced.isOk() && QDateTime::currentMSecsSinceEpoch() - synced.value() > kStaleMs)
        sync();
}

void TemplatesView::setReviewPollInterval(int ms)
{
    m_reviewPoll.setInterval(ms);
}

void TemplatesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateReviewPoll();
}

void TemplatesView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_reviewPoll.stop();
}

void TemplatesView::updateReviewPoll()
{
    const bool waiting = std::any_of(
        m_templates.cbegin(), m_templates.cend(), [](const MessageTemplate& t) { return t.isUnderReview(); });
    if (waiting && isVisible()) {
        if (!m_reviewPoll.isActive())
            m_reviewPoll.start();
    } else {
        m_reviewPoll.stop();
    }
}

bool TemplatesView::isBusy() const
{
    return m_busy;
}

void TemplatesView::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_sync->setEnabled(!busy && m_sender->count() > 0);
    m_create->setEnabled(!busy && m_sender->count() > 0);
    m_status->setText(text);
}

void TemplatesView::showCatalogue()
{
    const qint64 profileId = m_sender->currentData().toLongLong();
    const Result<QList<MessageTemplate>> templates = m_services.data.templates.list(profileId);
    m_templates = templates.isOk() ? templates.value() : QList<MessageTemplate>();
    m_table->setRowCount(int(m_templates.size()));
    for (int row = 0; row < m_templates.size(); ++row) {
        const MessageTemplate& t = m_templates.at(row);
        const QStringList cells = {t.name, t.language, t.categoryText(), statusText(t)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column)));
            if (!t.isApproved())
                item->setForeground(QColor(0x80, 0x80, 0x80));
            m_table->setItem(row, column, item);
        }
    }
    const Result<qint64> synced = m_services.data.templates.syncedAt(profileId);
    if (!m_busy)
        m_status->setText(synced.isOk() && synced.value() > 0
                ? tr("%n template(s), synced %1.", nullptr, int(m_templates.size()))
                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(synced.value()), QLocale::ShortFormat))
                : tr("Not synced yet: press Sync to read this sender's templates from its account."));
    m_sync->setEnabled(!m_busy && m_sender->count() > 0);
    m_create->setEnabled(!m_busy && m_sender->count() > 0);
    fillLinkChoices();
    if (!m_templates.isEmpty())
        m_table->selectRow(0);
    showPreview();
    updateReviewPoll();
}

void TemplatesView::showPreview()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_preview->setText(tr("Choose a template to see it as your customers will."));
        showLink();
        return;
    }
    const MessageTemplate& t = m_templates.at(row);
    QStringList parts;
    if (t.headerFormat == u"text"_s)
        parts << t.headerText.toUpper();
    else if (t.headerFormat == u"image"_s)
        parts << tr("[picture]");
    else if (t.headerFormat == u"video"_s)
        parts << tr("[video]");
    else if (t.headerFormat == u"document"_s)
        parts << tr("[document]");
    else if (t.headerFormat == u"location"_s)
        parts << tr("[location]");
    parts << t.body;
    if (!t.footer.isEmpty())
        parts << t.footer;
    for (const QJsonValue& b : t.buttons)
        parts << u"[ %1 ]"_s.arg(b.toObject().value(u"text"_s).toString());
    if (!t.isApproved())
        parts << QString() << statusText(t);
    m_preview->setText(parts.join(u"\n\n"_s));
    showLink();
}

void TemplatesView::fillLinkChoices()
{
    // The other senders' templates, read once per catalogue shown; choosing a row only looks its link up.
    const QSignalBlocker blocker(m_link);
    m_link->clear();
    m_link->addItem(tr("Not linked"), QStringList {u"0"_s, QString()});
    const qint64 profileId = m_sender->currentData().toLongLong();
    TemplateCatalogue& catalogue = m_services.data.templates;
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    for (const Profile& p : profiles.isOk() ? profiles.value() : QList<Profile>()) {
        if (p.id == profileId)
            continue;
        const Result<QList<MessageTemplate>> theirs = catalogue.list(p.id);
        for (const MessageTemplate& t : theirs.isOk() ? theirs.value() : QList<MessageTemplate>())
            m_link->addItem(
                u"%1 · %2 · %3"_s.arg(p.name, t.name, t.language), QStringList {QString::number(p.id), t.key()});
    }
}

void TemplatesView::showLink()
{
    const QSignalBlocker blocker(m_link);
    const int row = m_table->currentRow();
    m_link->setEnabled(row >= 0 && row < m_templates.size());
    m_link->setCurrentIndex(0);
    if (!m_link->isEnabled())
        return;
    const Result<QList<QPair<qint64, QString>>> linked
        = m_services.data.templates.linked(m_sender->currentData().toLongLong(), m_templates.at(row).key());
    for (const auto& [profile, key] : linked.isOk() ? linked.value() : QList<QPair<qint64, QString>>()) {
        const int index = m_link->findData(QStringList {QString::number(profile), key});
        if (index > 0)
            m_link->setCurrentIndex(index);
    }
}

void TemplatesView::linkSelected(qint64 otherProfileId, const QString& key)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    const qint64 profileId = m_sender->currentData().toLongLong();
    TemplateCatalogue& catalogue = m_services.data.templates;
    const Status done = otherProfileId == 0 ? catalogue.unlink(profileId, m_templates.at(row).key())
                                            : catalogue.link(profileId, m_templates.at(row).key(), otherProfileId, key);
    m_status->setText(done.isOk() ? QString() : done.error());
    showLink();
    Q_EMIT catalogueChanged();
}

void TemplatesView::withProvider(const std::function<void(MessagingProvider* provider)>& use)
{
    const qint64 profileId = m_sender->currentData().toLongLong();
    const Result<Profile> profile = m_services.data.profiles.find(profileId);
    if (!profile.isOk()) {
        setBusy(false, profile.error());
        return;
    }
    m_services.providers.load(profile.value(), &m_services.network, this,
        [this, use](const Result<MessagingProvider*>& provider, const Profile&) {
            if (!provider.isOk()) {
                setBusy(false, provider.error());
                return;
            }
            use(provider.value());
        });
}

void TemplatesView::sync()
{
    if (m_busy || m_sender->count() == 0)
        return;
    setBusy(true, tr("Reading the templates from the account…"));
    const qint64 profileId = m_sender->currentData().toLongLong();
    withProvider([this, profileId](MessagingProvider* provider) {
        const ProviderDescriptor* descriptor = m_services.registry.find(provider->kind());
        auto* job = new TemplateSync(m_services.data.templates, *provider,
            descriptor ? descriptor->capabilities : ProviderCapabilities {}, profileId, this);
        connect(job, &TemplateSync::finished, this, [this, job, provider](const TemplateSync::Outcome& outcome) {
            job->deleteLater();
            provider->deleteLater();
            setBusy(false, QString());
            showCatalogue();
            if (!outcome.status.isOk())
                m_status->setText(outcome.status.error());
            Q_EMIT catalogueChanged();
        });
        job->start();
    });
}

void TemplatesView::createTemplate()
{
    auto* editor = new TemplateEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { submit(editor->definition()); });
    editor->open();
}

void TemplatesView::submit(const QJsonObject& definition)
{
    const qint64 profileId = m_sender->currentData().toLongLong();
    setBusy(true, tr("Submitting %1 for WhatsApp's review…").arg(definition.value(u"name"_s).toString()));
    withProvider([this, definition, profileId](MessagingProvider* provider) {
        const ProviderDescriptor* descriptor = m_services.registry.find(provider->kind());
        const ProviderCapabilities capabilities = descriptor ? descriptor->capabilities : ProviderCapabilities {};
        // The linter's definition is Meta's create-template JSON; a Content account gets it as Content.
        const bool content = capabilities.templateStyle == TemplateStyle::ContentSid;
        if (capabilities.templateRequestsPerHour > 0) {
            const Result<bool> allowed
                = m_services.data.templates.takeRequests(profileId, 1, QDateTime::currentMSecsSinceEpoch(), true);
            if (allowed.isOk() && !allowed.value()) {
                setBusy(false, tr("This hour's template requests to Meta are used up; try again in an hour."));
                return;
            }
        }
        ProviderJob* job = provider->createTemplate(content ? twilioContentFrom(definition) : definition);
        connect(job, &ProviderJob::finished, this,
            [this, provider, definition, profileId, content](const ProviderResult& result) {
                provider->deleteLater();
                if (!result.isOk()) {
                    setBusy(false, result.error.explanation);
                    return;
                }
                MessageTemplate t = MessageTemplate::fromMeta(definition, profileId);
                t.provider = provider->kind();
                t.style = content ? TemplateStyle::ContentSid : TemplateStyle::NamedWithLanguage;
                t.providerId = result.messageId;
                t.status = result.status.isEmpty() ? u"pending"_s : result.status;
                m_services.data.templates.upsert(t);
                setBusy(false, QString());
                showCatalogue();
                m_status->setText(tr("%1 was submitted: WhatsApp usually decides within minutes (at most 24 hours); "
                                     "sync to see the decision.")
                                      .arg(t.name));
                Q_EMIT catalogueChanged();
            });
    });
}
