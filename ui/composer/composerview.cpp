#include "composerview.h"

#include "appservices.h"
#include "audiencepage.h"
#include "media/mediafile.h"
#include "messagepage.h"
#include "outbox/broadcastwritejob.h"
#include "outbox/outbox.h"
#include "preflightview.h"
#include "previewpage.h"
#include "pricing/money.h"
#include "profiles/profileservice.h"
#include "profiles/providerfactory.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sendpage.h"
#include "services/dataservices.h"
#include "templates/interactivemessage.h"
#include "templates/templatetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ComposerView::ComposerView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_reads(services.dataAddress, services.registry)
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_audience(new AudiencePage(services, this))
    , m_message(new MessagePage(services, this))
    , m_preview(new PreviewPage(this))
    , m_preflight(new PreflightView(services.comparison, this))
    , m_send(new SendPage(this))
    , m_problem(new QLabel(this))
    , m_backButton(new QPushButton(tr("< &Back"), this))
    , m_nextButton(new QPushButton(tr("&Next >"), this))
{
    setObjectName(u"composerView"_s);
    m_steps->setObjectName(u"stepsListWidget"_s);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(
        tr("Audience, message, preview, check and send; a later step opens once the ones before it are complete."));
    m_steps->addItems({tr("1. Audience"), tr("2. Message"), tr("3. Preview"), tr("4. Check"), tr("5. Send")});
    m_steps->setFixedWidth(140);
    m_steps->setCurrentRow(0);
    m_pages->setObjectName(u"composerStackedWidget"_s);
    for (QWidget* page : {static_cast<QWidget*>(m_audience), static_cast<QWidget*>(m_message),
             static_cast<QWidget*>(m_preview), static_cast<QWidget*>(m_preflight), static_cast<QWidget*>(m_send)})
        m_pages->addWidget(page);
    m_problem->setObjectName(u"composerProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_backButton->setObjectName(u"backButton"_s);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_nextButton->setDefault(true);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int step) {
        // After the click is done with the list: it selects the clicked row once this signal returns, so a step
        // that may not be entered yet would stay highlighted beside the page still shown.
        if (step != m_pages->currentIndex())
            QMetaObject::invokeMethod(
                this, [this, step] { goToStep(step); }, Qt::QueuedConnection);
    });
    // Enter presses the focused Next or Back, as in a dialog.
    m_backButton->setAutoDefault(true);
    m_nextButton->setAutoDefault(true);
    connect(m_backButton, &QPushButton::clicked, this, &ComposerView::back);
    connect(m_nextButton, &QPushButton::clicked, this, &ComposerView::next);
    connect(m_audience, &AudiencePage::changed, this, &ComposerView::updateButtons);
    connect(m_message, &MessagePage::changed, this, &ComposerView::updateButtons);
    connect(m_preflight, &PreflightView::finished, this, [this] {
        updateButtons();
        if (currentStep() == SendStep)
            enterStep(SendStep); // its summary needs the report
    });
    connect(m_send, &SendPage::sendRequested, this, &ComposerView::send);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    auto* right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);
    updateButtons();
}

void ComposerView::reload()
{
    m_audience->reload();
    m_message->reloadSenders();
}

void ComposerView::reloadSenders()
{
    m_message->reloadSenders();
}

void ComposerView::composeFor(const QList<qint64>& contactIds)
{
    m_audience->reload();
    m_audience->setSelection(contactIds);
    goToStep(AudienceStep);
}

int ComposerView::currentStep() const
{
    return m_pages->currentIndex();
}

void ComposerView::next()
{
    goToStep(currentStep() + 1);
}

void ComposerView::back()
{
    goToStep(currentStep() - 1);
}

void ComposerView::goToStep(int step)
{
    step = qBound(0, step, int(SendStep));
    // Going forward passes each step's check; going back is always allowed.
    for (int s = currentStep(); s < step; ++s) {
        const QString problem = problemLeaving(s);
        if (!problem.isEmpty()) {
            step = s;
            m_problem->setText(problem);
            break;
        }
    }
    // An owner moving on with the keyboard keeps the focus on the way forward: Next again, or Send at the end,
    // even while Next waits for the check (focus would otherwise fall to the tab bar and Enter do nothing).
    const bool forward = window()->focusWidget() == m_nextButton;
    m_pages->setCurrentIndex(step);
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(step);
    }
    enterStep(step);
    m_keepFocusForward = forward;
    updateButtons();
}

QString ComposerView::problemLeaving(int step) const
{
    switch (step) {
    case AudienceStep:
        return m_audience->contacts().isEmpty() ? tr("The audience is empty.") : QString();
    case MessageStep:
        return m_message->problem();
    case CheckStep:
        if (!m_preflight->report())
            return tr("Wait for the check to finish.");
        if (!m_preflight->report()->blockers.isEmpty())
            return m_preflight->report()->blockers.first();
        return m_preflight->report()->sendable.isEmpty() ? tr("Nobody in this audience can receive this message.")
                                                         : QString();
    default:
        return QString();
    }
}

void ComposerView::enterStep(int step)
{
    const QList<Contact> audience = m_audience->contacts();
    if (step == MessageStep) {
        QStringList fields;
        for (const Contact& c : audience) {
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
                if (!fields.contains(it.key()))
                    fields << it.key();
            }
        }
        fields.sort(Qt::CaseInsensitive);
        m_message->setFieldNames(fields);
    } else if (step == PreviewStep) {
        m_preview->setContent(audience, m_message->message(), m_message->mapping(), m_message->previewBody());
    } else if (step == CheckStep && !m_preflight->isRunning()) {
        const std::optional<Profile> sender = m_message->sender();
        Preflight::Input input;
        input.audience = audience;
        input.message = m_message->message();
        input.variables = m_message->mapping();
        input.category = m_message->category();
        input.providerKind = sender ? sender->kind : QString();
        const ProviderDescriptor* descriptor = sender ? m_services.registry.find(sender->kind) : nullptr;
        input.providerName = descriptor ? descriptor->displayName : QString();
        const QString rate = sender ? sender->setting(u"rate_per_second"_s) : QString();
        input.ratePerSecond = rate.isEmpty() ? 80 : rate.toDouble();
        input.now = QDateTime::currentDateTimeUtc();
        input.catalogue = m_message->catalogue();
        // A few rows (one per market and category Meta moved the account in this month).
        if (const Result<QList<VolumeTier>> tiers
            = m_services.data.volumeTiers.forMonth(QDate::currentDate().toString(u"yyyy-MM"_s));
            tiers.isOk())
            input.volumeTiers = tiers.value();
        m_preflight->run(input);
    } else if (step == SendStep && m_preflight->report()) {
        showMonth();
        const int count = int(m_preflight->report()->sendable.size());
        const std::optional<Profile> sender = m_message->sender();
        m_send->setSummary(tr("%Ln message(s) through \"%1\".", nullptr, count).arg(sender ? sender->name : QString()),
            count > 0 && sender.has_value());
    }
}

void ComposerView::updateButtons()
{
    const int step = currentStep();
    m_backButton->setEnabled(step > 0);
    m_nextButton->setEnabled(step < SendStep && !(step == CheckStep && m_preflight->isRunning()));
    if (m_keepFocusForward) {
        QWidget* forward = step == SendStep ? m_send->sendButton() : m_nextButton;
        if (forward->isEnabled()) {
            forward->setFocus();
            m_keepFocusForward = false;
        } else {
            m_pages->currentWidget()->setFocus(); // held inside the composer until it is
        }
    }
    if (problemLeaving(step).isEmpty())
        m_problem->clear();
}

void ComposerView::showMonth()
{
    const std::optional<Profile> sender = m_message->sender();
    if (!sender)
        return;
    // The budget at once (the owner may change it here); what the month has cost is a sum over its rows, read off
    // the window's thread.
    const Result<std::optional<double>> budget = m_services.data.budgets.monthlyBudget(sender->id);
    m_send->setMonthlyBudget(budget.isOk() ? budget.value() : std::nullopt);
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 id = sender->id;
    const std::optional<double> estimate
        = m_preflight->report() ? std::optional<double>(m_preflight->report()->estimatedCostUsd) : std::nullopt;
    m_reads.read<Budgets::Standing>(
        this, [id, now](DataServices& core) { return core.budgets.senderMonth(id, now, true); },
        [this, now, estimate](const Result<Budgets::Standing>& month) {
            if (!month.isOk())
                return m_send->setMonthStanding(month.error());
            const Budgets::Standing& s = month.value();
            QString standing = tr("So far in %1: %2 sent or on its way, %3 still queued.")
                                   .arg(QLocale().standaloneMonthName(now.date().month()), Money::usd(s.committed),
                                       Money::usd(s.queued));
            if (estimate)
                standing += u" "_s + tr("This broadcast: about %1.").arg(Money::usd(*estimate));
            m_send->setMonthStanding(standing);
        });
}

void ComposerView::send()
{
    const std::optional<PreflightReport>& report = m_preflight->report();
    const std::optional<Profile> sender = m_message->sender();
    if (!report || !sender || report->sendable.isEmpty())
        return;
    QList<Recipient> recipients;
    recipients.reserve(report->sendable.size());
    for (qsizetype i = 0; i < report->sendable.size(); ++i)
        recipients << Recipient {report->sendable.at(i).phone, report->variables.at(i)};
    // The budgets, in core's words: the broadcast's own, and what is left of the sender's month (which the owner
    // may have just raised here).
    Budgets& budgets = m_services.data.budgets;
    const QDateTime now = QDateTime::currentDateTime();
    const Result<std::optional<double>> monthly = budgets.monthlyBudget(sender->id);
    if (monthly.isOk() && monthly.value() != m_send->monthlyBudget()) {
        if (const Status saved = budgets.setMonthlyBudget(sender->id, m_send->monthlyBudget()); !saved.isOk())
            return m_send->showError(saved.error());
    }
    const Result<QString> refusal = budgets.refusalToStart(sender->id, report->estimatedCostUsd, m_send->budget(), now);
    if (!refusal.isOk() || !refusal.value().isEmpty()) {
        showMonth();
        return m_send->showError(refusal.isOk() ? refusal.value() : refusal.error());
    }
    const OutgoingMessage message = m_message->message();
    if (const QString file = m_message->mediaFile(); !file.isEmpty())
        return uploadAndQueue(*sender, message, recipients, file);
    const bool interactive = message.kind == OutgoingMessage::Kind::InteractiveButtons
        || message.kind == OutgoingMessage::Kind::InteractiveList;
    const ProviderDescriptor* descriptor = m_services.registry.find(sender->kind);
    if (interactive && descriptor && descriptor->capabilities.interactiveAsContent)
        sendAsContent(*sender, message, recipients);
    else
        queue(sender->id, message, recipients);
}

void ComposerView::sendAsContent(
    const Profile& sender, const OutgoingMessage& message, const QList<Recipient>& recipients)
{
    // Twilio carries buttons and lists as a Content (quick-reply or list-picker), made for this broadcast; inside
    // the 24-hour window it needs no approval. Its variables are numbered, as Twilio's are.
    const QStringList placeholders = TemplateText::placeholders(message.text);
    m_send->showWriting(0, int(recipients.size()));
    m_services.providers.load(sender, &m_services.network, this,
        [this, message, recipients, placeholders](const Result<MessagingProvider*>& made, const Profile& loaded) {
            if (!made.isOk()) {
                m_send->writingFinished();
                m_send->showError(tr("Not queued: %1").arg(made.error()));
                return;
            }
            MessagingProvider* provider = made.value();
            ProviderJob* created = provider->createTemplate(InteractiveMessage::twilioContent(message, placeholders));
            const qint64 senderId = loaded.id;
            const ProviderDescriptor* descriptor = m_services.registry.find(loaded.kind);
            const QString providerName = descriptor ? descriptor->displayName : loaded.kind;
            connect(created, &ProviderJob::finished, this,
                [this, provider, message, recipients, placeholders, senderId, providerName](
                    const ProviderResult& result) {
                    provider->deleteLater();
                    if (!result.isOk()) {
                        m_send->writingFinished();
                        m_send->showError(
                            tr("%1 did not create the buttons: %2").arg(providerName, result.error.explanation));
                        return;
                    }
                    OutgoingMessage content;
                    content.kind = OutgoingMessage::Kind::ContentTemplate;
                    content.contentSid = result.messageId;
                    content.contentNeedsWindow = true; // not approved: the window closes on it as on the buttons
                    content.text = message.text; // what Activity shows
                    QList<Recipient> numbered;
                    numbered.reserve(recipients.size());
                    for (const Recipient& r : recipients)
                        numbered << Recipient {r.phone, InteractiveMessage::numbered(r.variables, placeholders)};
                    queue(senderId, content, numbered);
                });
        });
}

void ComposerView::uploadAndQueue(
    const Profile& sender, const OutgoingMessage& message, const QList<Recipient>& recipients, const QString& path)
{
    // The file goes to the sender once; every row then carries the upload's id, so a crash or a retry never uploads
    // it again and every customer gets the same copy.
    const Result<MediaFile> file = MediaFile::open(path, message.mediaType);
    if (!file.isOk())
        return m_send->showError(tr("Not queued: %1").arg(file.error()));
    m_send->showUploading(file.value().fileName);
    m_services.providers.load(sender, &m_services.network, this,
        [this, message, recipients, file = file.value()](
            const Result<MessagingProvider*>& made, const Profile& loaded) {
            if (!made.isOk()) {
                m_send->writingFinished();
                m_send->showError(tr("Not queued: %1").arg(made.error()));
                return;
            }
            MessagingProvider* provider = made.value();
            ProviderJob* upload = provider->uploadMedia(file);
            const QMetaObject::Connection cancel
                = connect(m_send, &SendPage::cancelRequested, upload, &ProviderJob::cancel);
            const qint64 senderId = loaded.id;
            const ProviderDescriptor* descriptor = m_services.registry.find(loaded.kind);
            const QString providerName = descriptor ? descriptor->displayName : loaded.kind;
            connect(upload, &ProviderJob::finished, this,
                [this, provider, message, recipients, senderId, providerName, cancel](const ProviderResult& result) {
                    disconnect(cancel);
                    provider->deleteLater();
                    if (result.cancelled) {
                        m_send->writingFinished();
                        return;
                    }
                    if (!result.isOk()) {
                        m_send->writingFinished();
                        m_send->showError(
                            tr("%1 did not take the file: %2").arg(providerName, result.error.explanation));
                        return;
                    }
                    OutgoingMessage uploaded = message;
                    uploaded.mediaId = result.messageId;
                    queue(senderId, uploaded, recipients);
                });
        });
}

void ComposerView::queue(qint64 senderId, const OutgoingMessage& message, const QList<Recipient>& recipients)
{
    Outbox::BroadcastOptions options;
    options.title = m_send->title();
    options.scheduledAt = m_send->scheduledAt();
    options.category = messageCategoryName(m_message->category()); // for Admission's look at each row before it goes
    options.budgetUsd = m_send->budget();
    // Written on a thread of its own: 100,000 rows take most of a second, and the window keeps answering.
    auto* job = new BroadcastWriteJob(m_services.dataAddress, senderId, message, recipients, options, this);
    m_send->showWriting(0, int(recipients.size()));
    connect(job, &BroadcastWriteJob::progressed, m_send, &SendPage::showWriting);
    connect(m_send, &SendPage::cancelRequested, job, &BroadcastWriteJob::cancel);
    connect(job, &BroadcastWriteJob::finished, this, [this, job](const Result<qint64>& created) {
        job->deleteLater();
        m_send->writingFinished();
        if (!created.isOk()) {
            m_send->showError(tr("Not queued: %1").arg(created.error()));
            return;
        }
        m_send->setTitle(QString());
        m_preflight->clear(); // the rows are in the outbox now
        goToStep(AudienceStep);
        Q_EMIT broadcastQueued(created.value());
    });
    job->start();
}
