#include "migrationdialog.h"
#include "common/screenfit.h"

#include "appservices.h"
#include "common/testmessage.h"
#include "mainwindow/senderactions.h"
#include "migration/templatecopyjob.h"
#include "profiles/providerfactory.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "services/backgroundreads.h"
#include "services/dataservices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString list(const QStringList& items)
{
    QString html = u"<ul>"_s;
    for (const QString& item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}
} // namespace

MigrationDialog::MigrationDialog(AppServices& services,
    const Profile& from,
    const Profile& to,
    const QString& publicUrl,
    SenderActions& actions,
    QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_from(from)
    , m_to(to)
    , m_publicUrl(publicUrl)
    , m_actions(actions)
    , m_plan(new QTextBrowser(this))
    , m_pin(new QLineEdit(this))
    , m_register(new QPushButton(tr("&Register the number"), this))
    , m_testNumber(new QLineEdit(this))
    , m_sendTest(new QPushButton(tr("Send a test message"), this))
    , m_arrived(new QCheckBox(tr("The test message &arrived: the number works at the new provider"), this))
    , m_status(new QLabel(this))
    , m_move(new QPushButton(tr("&Move the broadcasts now"), this))
    , m_undo(new QPushButton(tr("&Undo the move"), this))
    , m_createTemplates(new QPushButton(tr("&Create the missing templates at %1").arg(to.name), this))
    , m_reads(std::make_unique<BackgroundReads>(services.dataAddress, services.registry))
{
    setObjectName(u"migrationDialog"_s);
    setWindowTitle(tr("Move \"%1\" to \"%2\"").arg(from.name, to.name));
    m_plan->setObjectName(u"migrationPlanBrowser"_s);
    m_plan->setOpenExternalLinks(true);
    m_pin->setObjectName(u"registrationPinLineEdit"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(6);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_pin));
    m_pin->setPlaceholderText(tr("A 6-digit PIN you choose for the number"));
    m_pin->setAccessibleName(tr("Two-step verification PIN"));
    m_register->setObjectName(u"registerNumberButton"_s);
    m_testNumber->setObjectName(u"testNumberLineEdit"_s);
    m_testNumber->setPlaceholderText(tr("Your WhatsApp number, with + and the country code"));
    m_testNumber->setAccessibleName(tr("Your WhatsApp number"));
    m_sendTest->setObjectName(u"sendTestButton"_s);
    m_arrived->setObjectName(u"numberWorksCheckBox"_s);
    m_status->setObjectName(u"migrationStatusLabel"_s);
    m_status->setWordWrap(true);
    m_move->setObjectName(u"moveNowButton"_s);
    m_undo->setObjectName(u"undoMoveButton"_s);
    m_createTemplates->setObjectName(u"createTemplatesButton"_s);
    m_createTemplates->setVisible(false); // until the plan says a template is missing

    auto* registration = new QHBoxLayout;
    registration->addWidget(m_pin, 1);
    registration->addWidget(m_register);
    const ProviderDescriptor* toProvider = services.registry.find(to.kind);
    const bool registers = toProvider && toProvider->capabilities.numberRegistration;
    m_pin->setVisible(registers);
    m_register->setVisible(registers);
    auto* test = new QHBoxLayout;
    test->addWidget(m_testNumber, 1);
    test->addWidget(m_sendTest);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_move, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_createTemplates, 0, Qt::AlignLeft);
    layout->addLayout(registration);
    layout->addLayout(test);
    layout->addWidget(m_arrived);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendTest, &QPushButton::clicked, this, &MigrationDialog::sendTest);
    connect(m_register, &QPushButton::clicked, this, &MigrationDialog::registerNumber);
    connect(&m_actions, &SenderActions::numberRegistered, this, [this](const Profile& p, const ProviderResult& result) {
        if (p.id != m_to.id)
            return;
        m_register->setEnabled(true);
        m_status->setText(result.isOk()
                ? tr("The number is registered for sending through \"%1\". Keep the PIN; now send the test "
                     "message.")
                      .arg(m_to.name)
                : tr("The number was not registered: %1").arg(result.error.explanation));
    });
    connect(m_arrived, &QCheckBox::toggled, this, [this] { showProgress(); });
    connect(m_move, &QPushButton::clicked, this, &MigrationDialog::moveNow);
    connect(m_undo, &QPushButton::clicked, this, &MigrationDialog::undo);
    connect(m_createTemplates, &QPushButton::clicked, this, &MigrationDialog::createMissingTemplates);
    connect(&m_actions, &SenderActions::sent, this, [this](const Profile& p, const ProviderResult& result) {
        if (p.id != m_to.id)
            return;
        m_sendTest->setEnabled(true);
        m_status->setText(result.isOk()
                ? tr("The test message left through \"%1\". Check your phone, then tick the box.").arg(m_to.name)
                : tr("The test message was not sent: %1").arg(result.error.explanation));
    });
    connect(&m_actions, &SenderActions::webhooksPointed, this,
        [this](const Profile& p, const ProviderResult& result, const QString& url) {
            if (p.id != m_to.id || m_moveId == 0)
                return;
            if (!result.isOk()) {
                m_status->setText(tr("The new number's webhooks could not be pointed at %1: %2. Nothing was moved; "
                                     "try again.")
                                      .arg(url, result.error.explanation));
                showProgress();
                return;
            }
            moveBroadcasts();
        });

    // A move begun earlier goes on where it stopped.
    const Result<std::optional<SenderMove::Record>> latest = m_services.data.senderMoves.latest(m_from.id);
    if (latest.isOk() && latest.value() && latest.value()->toId == m_to.id
        && latest.value()->state != SenderMove::State::Undone) {
        m_moveId = latest.value()->id;
        m_arrived->setChecked(latest.value()->state != SenderMove::State::Planned);
    }
    showPlan();
    showProgress();
    fitToScreen(this, {760, 640});
}

MigrationDialog::~MigrationDialog() = default;

bool MigrationDialog::isReadingPlan() const
{
    return m_readingPlan > 0;
}

void MigrationDialog::showPlan()
{
    if (m_plan->toPlainText().isEmpty())
        m_plan->setPlainText(tr("Reading the plan and trying the pending broadcasts on \"%1\"…").arg(m_to.name));
    ++m_readingPlan;
    m_reads->read<MigrationPlan>(
        this, [from = m_from.id, to = m_to.id](DataServices& core) { return core.migrationPlans.plan(from, to); },
        [this](const Result<MigrationPlan>& planned) {
            --m_readingPlan;
            if (!planned.isOk()) {
                m_plan->setPlainText(planned.error());
                return;
            }
            presentPlan(planned.value());
            showProgress(m_status->text().isEmpty()); // what the owner was told last stays
        });
}

void MigrationDialog::presentPlan(const MigrationPlan& plan)
{
    m_missingTemplates = TemplateCopyJob::missingKeys(plan);
    m_createTemplates->setVisible(!m_missingTemplates.isEmpty());
    QString html = u"<h3>%1</h3>"_s.arg(tr("WhatsApp carries over by itself")) + list(plan.carriedOver)
        + u"<h3>%1</h3>"_s.arg(tr("Stays behind")) + list(plan.leftBehind)
        + u"<h3>%1</h3><ol>"_s.arg(tr("What you do, in order"));
    for (const MigrationPlan::OwnerStep& step : plan.ownerSteps) {
        html += u"<li><b>%1</b><br>%2"_s.arg(step.title.toHtmlEscaped(), step.explanation.toHtmlEscaped());
        if (!step.link.isEmpty())
            html += u" <a href=\"%1\">%2</a>"_s.arg(step.link.toHtmlEscaped(), tr("Open"));
        html += u"</li>"_s;
    }
    html += u"</ol><h3>%1</h3>"_s.arg(tr("What Tandem changes")) + list(plan.tandemChanges);
    if (!plan.broadcasts.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Pending broadcasts on \"%1\"").arg(m_to.name).toHtmlEscaped());
        const ProviderDescriptor* from = m_services.registry.find(m_from.kind);
        const ProviderDescriptor* to = m_services.registry.find(m_to.kind);
        const QString fromName = from ? from->displayName : m_from.name;
        const QString toName = to ? to->displayName : m_to.name;
        for (const MigrationPlan::PendingBroadcast& b : plan.broadcasts) {
            const QString name = b.title.isEmpty() ? tr("Broadcast %1").arg(b.id) : b.title;
            const QString what = b.problem.isEmpty() ? tr("%n message(s) move", "", b.waiting)
                    + (b.newTemplateKey.isEmpty()
                            ? QString()
                            : u" "_s + tr("as template %1").arg(b.newTemplateKey.section(u'|', 0, 0)))
                                                     : b.problem;
            html += u"<li><b>%1</b>: %2<br>%3</li>"_s.arg(name.toHtmlEscaped(), what.toHtmlEscaped(),
                MigrationPlan::describe(b.dryRun, fromName, toName).toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    m_plan->setHtml(html);
    m_move->setProperty("ready", plan.ready());
}

void MigrationDialog::showProgress(bool explain)
{
    std::optional<SenderMove::Record> move;
    if (m_moveId != 0) {
        const Result<std::optional<SenderMove::Record>> latest = m_services.data.senderMoves.latest(m_from.id);
        if (latest.isOk())
            move = latest.value();
    }
    const SenderMove::State state = move ? move->state : SenderMove::State::Planned;
    const bool moved = state == SenderMove::State::Moved || state == SenderMove::State::Done;
    m_arrived->setEnabled(!moved);
    m_sendTest->setEnabled(!moved);
    m_testNumber->setEnabled(!moved);
    m_pin->setEnabled(!moved);
    m_register->setEnabled(!moved);
    m_move->setEnabled(!moved && m_arrived->isChecked() && m_move->property("ready").toBool());
    m_undo->setEnabled(moved);
    if (!explain)
        return;
    if (moved)
        m_status->setText(tr("Moved %n broadcast(s) to \"%1\"", "", move->movedBroadcasts).arg(m_to.name) + u". "_s
            + tr("\"%1\" is archived with its history. Until \"%2\" sends, Undo takes it all back.")
                  .arg(move->fromName, m_to.name));
    else if (!m_move->property("ready").toBool() && !isReadingPlan())
        m_status->setText(tr("A broadcast cannot go through the new sender yet (see above): link or create its "
                             "template under Templates, then open this again."));
}

void MigrationDialog::sendTest()
{
    const QString to = m_testNumber->text().trimmed();
    if (to.isEmpty()) {
        m_status->setText(tr("Type your WhatsApp number first."));
        return;
    }
    const ProviderDescriptor* descriptor = m_services.registry.find(m_to.kind);
    m_sendTest->setEnabled(false);
    m_status->setText(tr("Sending a test message from \"%1\"…").arg(m_to.name));
    m_actions.send(
        m_to, makeTestMessage(descriptor ? descriptor->capabilities : ProviderCapabilities {}, to, m_to.name));
}

void MigrationDialog::registerNumber()
{
    const QString pin = m_pin->text();
    if (pin.size() != 6) {
        m_status->setText(tr("Choose a PIN of 6 digits first."));
        return;
    }
    m_pin->clear(); // held no longer than the request
    m_register->setEnabled(false);
    m_status->setText(tr("Registering the number for sending through \"%1\"…").arg(m_to.name));
    m_actions.registerNumber(m_to, pin);
}

void MigrationDialog::moveNow()
{
    SenderMove& moves = m_services.data.senderMoves;
    const Result<SenderMove::Record> opened = moves.open(m_from.id, m_to.id);
    const Result<SenderMove::Record> confirmed = opened.isOk() ? moves.confirmNumberWorks(opened.value().id) : opened;
    if (!confirmed.isOk()) {
        m_status->setText(confirmed.error());
        return;
    }
    m_moveId = confirmed.value().id;
    m_move->setEnabled(false);
    const ProviderDescriptor* descriptor = m_services.registry.find(m_to.kind);
    if (descriptor && descriptor->capabilities.webhookOverride && !m_publicUrl.isEmpty()) {
        m_status->setText(tr("Pointing the new number's webhooks at Tandem's receiver…"));
        m_actions.pointWebhooks(m_to, m_publicUrl); // continues in webhooksPointed
        return;
    }
    moveBroadcasts();
}

void MigrationDialog::moveBroadcasts()
{
    SenderMove& moves = m_services.data.senderMoves;
    const Result<SenderMove::Record> shifted = moves.moveBroadcasts(m_moveId);
    const Result<SenderMove::Record> done = shifted.isOk() ? moves.finish(m_moveId) : shifted;
    if (!done.isOk()) {
        m_status->setText(done.error());
        showProgress();
        return;
    }
    Q_EMIT moved();
    showPlan();
    showProgress();
}

void MigrationDialog::undo()
{
    const Result<SenderMove::Record> undone = m_services.data.senderMoves.undo(m_moveId);
    if (!undone.isOk()) {
        m_status->setText(undone.error());
        return;
    }
    m_moveId = 0;
    m_arrived->setChecked(false);
    Q_EMIT moved();
    showPlan();
    showProgress();
    m_status->setText(tr("The move is undone: \"%1\" sends its broadcasts again.").arg(undone.value().fromName));
}

void MigrationDialog::createMissingTemplates()
{
    m_createTemplates->setEnabled(false);
    m_status->setText(tr("Creating %n template(s) at %1…", "", int(m_missingTemplates.size())).arg(m_to.name));
    m_services.providers.load(m_to, &m_services.network, this,
        [this, keys = m_missingTemplates](const Result<MessagingProvider*>& made, const Profile&) {
            if (!made.isOk()) {
                m_createTemplates->setEnabled(true);
                m_status->setText(made.error());
                return;
            }
            MessagingProvider* provider = made.value();
            auto* job
                = new TemplateCopyJob(m_services.data.templates, *provider, m_services.registry, m_from, m_to, this);
            connect(job, &TemplateCopyJob::finished, this, [this, job, provider](const TemplateCopyJob::Outcome& done) {
                job->deleteLater();
                provider->deleteLater();
                m_createTemplates->setEnabled(true);
                showPlan();
                showProgress();
                const QString outcome = done.copied
                    ? tr("Copied %n approved template(s) to %1's account; the broadcasts can move.", "", done.submitted)
                          .arg(m_to.name)
                    : tr("Submitted for WhatsApp's review at %1. Once approved (sync under Templates), "
                         "the broadcasts can move.")
                          .arg(m_to.name);
                m_status->setText(done.problems.isEmpty() ? (done.notes + QStringList {outcome}).join(u'\n')
                                                          : done.problems.join(u'\n'));
            });
            job->start(keys);
        });
}
