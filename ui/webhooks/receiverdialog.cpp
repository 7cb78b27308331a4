#include "receiverdialog.h"
#include "common/screenfit.h"
#include "services/dataservices.h"

#include "appservices.h"
#include "common/plaintext.h"
#include "model/webhookpaths.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "profiles/providerfactory.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "webhooks/receiverthread.h"
#include "webhooks/webhookroute.h"
#include "webhooks/webhookselftest.h"
#include "worker/receiverswitch.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReceiverDialog::ReceiverDialog(AppServices& services, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_demo(demo)
    , m_enabled(new QCheckBox(tr("Receive delivery reports and customers' replies"), this))
    , m_port(new QSpinBox(this))
    , m_everyAddress(new QCheckBox(tr("Also listen on this computer's network addresses"), this))
    , m_publicUrl(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_state(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_test(new QPushButton(tr("Send a test report"), this))
    , m_override(new QPushButton(tr("Point this number's webhooks here"), this))
    , m_showToken(new QPushButton(tr("Show the verify token"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"receiverDialog"_s);
    setWindowTitle(tr("Delivery reports and replies"));
    m_enabled->setObjectName(u"receiverEnabledCheckBox"_s);
    m_port->setObjectName(u"receiverPortSpinBox"_s);
    m_port->setRange(1, 65535);
    m_everyAddress->setObjectName(u"receiverEveryAddressCheckBox"_s);
    m_everyAddress->setToolTip(plainToolTip(
        tr("Off (the safe choice): only programs on this computer reach the receiver, which is all a tunnel such as "
           "cloudflared or ngrok needs. On: other computers on your network reach it too; choose this only when a "
           "proxy on another computer forwards the providers' calls here.")));
    m_publicUrl->setObjectName(u"publicUrlLineEdit"_s);
    m_publicUrl->setPlaceholderText(u"https://shop-example.trycloudflare.com"_s);
    m_urlProblem->setObjectName(u"publicUrlProblemLabel"_s);
    m_urlProblem->setStyleSheet(u"color: #b00020;"_s);
    m_urlProblem->setTextFormat(Qt::PlainText);
    m_state->setObjectName(u"receiverStateLabel"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_result->setObjectName(u"receiverResultLabel"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_test->setObjectName(u"testReceiverButton"_s);
    m_override->setObjectName(u"metaOverrideButton"_s);
    m_showToken->setObjectName(u"showVerifyTokenButton"_s);
    m_apply->setObjectName(u"applyReceiverButton"_s);
    m_table->setObjectName(u"receiverSendersTableWidget"_s);
    m_table->setAccessibleName(tr("Addresses per sender"));
    m_table->setHorizontalHeaderLabels({tr("Sender"), tr("Provider"), tr("Address to give the provider")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    auto* intro = new QLabel(
        tr("Twilio and Meta tell Tandem when a message was delivered or read, when one failed later, and when a "
           "customer writes back, by calling a web address (a webhook). Tandem's receiver listens on this computer. "
           "The internet reaches it through a tunnel: a small free program that gives this computer a public web "
           "address while it runs, such as Cloudflare's cloudflared (start it with \"cloudflared tunnel --url "
           "http://localhost:8080\") or ngrok (\"ngrok http 8080\"). Enter the address it prints below. A business "
           "with a small server that is always on can run the receiver there instead, with Tandem's command-line "
           "program: \"tandem-cli webhooks serve\".\n\n"
           "Without a receiver Tandem asks Twilio about each message itself, a minute after sending and then less "
           "often. Meta cannot be asked: its reports and replies only arrive through a webhook."),
        this);
    intro->setObjectName(u"receiverIntroLabel"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* howTo = new QLabel(
        tr("Twilio: Tandem gives the status address with every message; paste the incoming-messages address into "
           "your WhatsApp sender's settings in the Twilio Console. Meta: in your app's dashboard, under WhatsApp > "
           "Configuration, enter the address and the sender's webhook verify token, subscribe to \"messages\", and "
           "make sure the sender has the App Secret (it checks Meta's signature) - or let Tandem point the number's "
           "webhooks here."),
        this);
    howTo->setTextFormat(Qt::PlainText);
    howTo->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Port on this computer:"), m_port);
    form->addRow(QString(), m_everyAddress);
    form->addRow(tr("Public address:"), m_publicUrl);
    form->addRow(QString(), m_urlProblem);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_override);
    actions->addWidget(m_showToken);
    actions->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(howTo);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ReceiverDialog::apply);
    connect(m_test, &QPushButton::clicked, this, &ReceiverDialog::testSelected);
    connect(m_override, &QPushButton::clicked, this, &ReceiverDialog::overrideSelected);
    connect(m_showToken, &QPushButton::clicked, this, &ReceiverDialog::showVerifyToken);
    connect(m_publicUrl, &QLineEdit::textChanged, this, [this] {
        m_urlProblem->setText(settings().publicUrlProblem());
        reloadSenders();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReceiverDialog::updateState);

    if (m_demo) {
        // The demo's receiver runs on this computer, and the sandbox reports to it: nothing to set.
        ReceiverSettings demoSettings;
        demoSettings.enabled = true;
        demoSettings.port = m_services.receiver.port();
        demoSettings.publicUrl = u"http://127.0.0.1:%1"_s.arg(m_services.receiver.port());
        setSettings(demoSettings);
        for (QWidget* w : std::initializer_list<QWidget*> {m_enabled, m_port, m_everyAddress, m_publicUrl, m_apply})
            w->setEnabled(false);
    } else {
        QSettings stored;
        setSettings(ReceiverSettings::load(stored));
    }
    fitToScreen(this, {760, 620});
}

ReceiverSettings ReceiverDialog::settings() const
{
    ReceiverSettings s;
    s.enabled = m_enabled->isChecked();
    s.port = quint16(m_port->value());
    s.everyAddress = m_everyAddress->isChecked();
    s.publicUrl = m_publicUrl->text().trimmed();
    return s;
}

void ReceiverDialog::setSettings(const ReceiverSettings& settings)
{
    m_enabled->setChecked(settings.enabled);
    m_port->setValue(settings.port);
    m_everyAddress->setChecked(settings.everyAddress);
    m_publicUrl->setText(settings.publicUrl);
    reloadSenders();
}

QString ReceiverDialog::publicUrl() const
{
    return settings().publicUrlProblem().isEmpty() ? settings().publicUrl : QString();
}

void ReceiverDialog::apply()
{
    const ReceiverSettings s = settings();
    if (!s.publicUrlProblem().isEmpty()) {
        showResult(s.publicUrlProblem(), false);
        return;
    }
    QSettings stored;
    s.save(stored);
    const QString problem = applyReceiverSettings(s, m_services.receiver, m_services.sending);
    showResult(problem.isEmpty() ? tr("Saved.") : problem, problem.isEmpty());
    updateState();
    Q_EMIT applied();
}

void ReceiverDialog::reloadSenders()
{
    const Result<QList<Profile>> all = m_services.data.profiles.list();
    m_senders = all.isOk() ? all.value() : QList<Profile>();
    const QString base = settings().publicUrl.isEmpty() ? tr("<public address>") : settings().publicUrl;
    m_table->setRowCount(int(m_senders.size()));
    for (int row = 0; row < m_senders.size(); ++row) {
        const Profile& p = m_senders.at(row);
        const ProviderDescriptor* descriptor = m_services.registry.find(p.kind);
        // Providers told where to report with each message (Twilio) need only the address for customers' messages.
        const WebhookStyle style = descriptor ? descriptor->capabilities.webhooks : WebhookStyle::None;
        const bool toldWithEachMessage = style == WebhookStyle::TwilioSigned;
        const QString address = toldWithEachMessage
            ? tr("incoming messages: %1").arg(WebhookPaths::join(base, WebhookPaths::twilioInbound(p.id)))
            : WebhookPaths::join(base, WebhookRoute::pathFor(style, p.id));
        m_table->setItem(row, 0, new QTableWidgetItem(p.name));
        m_table->setItem(row, 1, new QTableWidgetItem(descriptor ? descriptor->displayName : p.kind));
        auto* item = new QTableWidgetItem(address);
        const QString where = toldWithEachMessage
            ? tr("Twilio is told where to send delivery reports with each message (%1).")
                  .arg(WebhookPaths::join(base, WebhookPaths::twilioStatus(p.id)))
            : style == WebhookStyle::HeaderKeyed
            ? tr("Tandem gives this address to %1 itself, with the sender's webhook key: choose \"Point this "
                 "number's webhooks here\".")
                  .arg(descriptor->displayName)
            : tr("Paste this into Meta's app dashboard with the sender's webhook verify token.");
        item->setToolTip(plainToolTip(where));
        m_table->setItem(row, 2, item);
    }
    if (!m_senders.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    updateState();
}

void ReceiverDialog::updateState()
{
    const bool listening = m_services.receiver.isListening();
    QString state;
    if (listening)
        state = tr("The receiver is listening on port %1.").arg(m_services.receiver.port());
    else if (!m_services.receiver.error().isEmpty())
        state = tr("The receiver is not running: %1").arg(m_services.receiver.error());
    else
        state = tr("The receiver is off: Tandem asks Twilio for each message's status; Meta's reports cannot arrive.");
    m_state->setText(state);
    const std::optional<Profile> p = selected();
    const bool ready = listening && !publicUrl().isEmpty() && p.has_value();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    m_test->setEnabled(ready);
    const WebhookStyle style = descriptor ? descriptor->capabilities.webhooks : WebhookStyle::None;
    // The demo's Meta number reports to the app's address already; a number Tandem points itself may be pointed.
    m_override->setEnabled(ready && descriptor && descriptor->capabilities.webhookOverride
        && (!m_demo || style == WebhookStyle::HeaderKeyed));
    // Only Meta's token is typed by the owner in another dashboard; a webhook key stays between Tandem and the
    // provider.
    m_showToken->setEnabled(style == WebhookStyle::MetaSigned && descriptor->field(u"verify_token"_s));
}

void ReceiverDialog::showVerifyToken()
{
    const std::optional<Profile> p = selected();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    if (!descriptor || !descriptor->field(u"verify_token"_s))
        return;
    ProfileJob* job = m_services.profileService.loadSecrets(*p);
    connect(job, &ProfileJob::finished, this, [this](const ProfileOutcome& outcome) {
        const QString token = outcome.secrets.value(u"verify_token"_s);
        if (!outcome.status.isOk())
            showResult(outcome.status.error(), false);
        else if (token.isEmpty())
            showResult(tr("This sender has no webhook verify token yet: choose a phrase and enter it under Edit, "
                          "then the same phrase in Meta's dashboard."),
                false);
        else
            showResult(tr("Verify token for Meta's dashboard: %1").arg(token), true); // shown on request only
    });
}

std::optional<Profile> ReceiverDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_senders.size())
        return std::nullopt;
    return m_senders.at(row);
}

void ReceiverDialog::showResult(const QString& text, bool ok)
{
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
    m_result->setText(text);
}

void ReceiverDialog::testSelected()
{
    const std::optional<Profile> p = selected();
    if (!p)
        return;
    m_test->setEnabled(false);
    showResult(tr("Sending a signed test report to %1…").arg(publicUrl()), true);
    auto* test = new WebhookSelfTest(
        m_services.data.reports, m_services.registry, m_services.profileService, m_services.network, this);
    connect(test, &WebhookSelfTest::finished, this, [this, test](const WebhookSelfTest::Outcome& outcome) {
        test->deleteLater();
        showResult(outcome.explanation, outcome.ok);
        updateState();
    });
    test->start(*p, publicUrl());
}

void ReceiverDialog::overrideSelected()
{
    const std::optional<Profile> p = selected();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    if (!descriptor || !descriptor->capabilities.webhookOverride)
        return;
    m_override->setEnabled(false);
    const QString url
        = WebhookPaths::join(publicUrl(), WebhookRoute::pathFor(descriptor->capabilities.webhooks, p->id));
    const QString providerName = descriptor->displayName;
    showResult(tr("Asking %1 to send this number's webhooks to %2…").arg(providerName, url), true);
    ProfileJob* job = m_services.profileService.loadSecrets(*p);
    connect(job, &ProfileJob::finished, this, [this, url, providerName](const ProfileOutcome& outcome) {
        const QString token = outcome.secrets.value(u"verify_token"_s);
        const Result<MessagingProvider*> made = outcome.status.isOk()
            ? m_services.providers.create(outcome.profile, outcome.secrets, &m_services.network)
            : Result<MessagingProvider*>(outcome.status);
        if (!made.isOk() || token.isEmpty()) {
            if (made.isOk())
                delete made.value();
            showResult(made.isOk() ? tr("Set the sender's webhook verify token first (Edit).") : made.error(), false);
            updateState();
            return;
        }
        MessagingProvider* provider = made.value();
        provider->setParent(this);
        ProviderJob* set = provider->setWebhook(url, token);
        connect(set, &ProviderJob::finished, this, [this, provider, url, providerName](const ProviderResult& result) {
            provider->deleteLater();
            showResult(result.isOk() ? tr("%1 now sends this number's webhooks to %2.").arg(providerName, url)
                                     : result.error.explanation,
                result.isOk());
            updateState();
        });
    });
}
