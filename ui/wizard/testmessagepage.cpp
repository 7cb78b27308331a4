#include "testmessagepage.h"
#include "appservices.h"

#include "providers/providerdescriptor.h"

#include "common/testmessage.h"
#include "configurepage.h"
#include "phone/phonenumbers.h"
#include "setupcontroller.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

TestMessagePage::TestMessagePage(SetupController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setObjectName(u"testMessagePage"_s);
    setTitle(tr("Send yourself a test message"));
    setSubTitle(tr("Optional. Enter your own WhatsApp number to see a message arrive, or press Next to skip."));
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"testNumberLineEdit"_s);
    auto* label = new QLabel(tr("Your WhatsApp &number:"), this);
    label->setBuddy(m_number);
    m_what = new QLabel(this);
    m_what->setObjectName(u"testMessageKindLabel"_s);
    m_what->setWordWrap(true);
    m_send = new QPushButton(tr("&Send test message"), this);
    m_send->setObjectName(u"sendTestButton"_s);
    m_result = new QLabel(this);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setObjectName(u"testResultLabel"_s);
    m_result->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(label, m_number);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_what);
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(m_send, &QPushButton::clicked, this, &TestMessagePage::send);
    // Enter with a number sends the test; with none it is the wizard's Next (the test is optional).
    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        if (!m_number->text().trimmed().isEmpty())
            send();
    });
    connect(&m_controller, &SetupController::testSent, this, &TestMessagePage::show);
}

void TestMessagePage::initializePage()
{
    const ProviderDescriptor* descriptor = configure()->descriptor();
    const bool startsWithTemplate = descriptor && !descriptor->capabilities.testTemplate.isEmpty();
    m_what->setText(startsWithTemplate
            ? tr("Tandem sends the \"%1\" template: WhatsApp only lets a business start a chat with an approved "
                 "template.")
                  .arg(descriptor->capabilities.testTemplate)
            : tr("Tandem sends a short text. With Twilio's sandbox number, first send the sandbox's join code from "
                 "your phone."));
    m_result->clear();
    // A number that is valid where the sender is, so the hint is one a person could type.
    QString region = configure()->values().settings.value(u"default_region"_s).toString();
    if (region.isEmpty())
        region = QLocale::territoryToCode(QLocale().territory());
    m_number->setPlaceholderText(examplePhoneNumber(region));
}

ConfigurePage* TestMessagePage::configure() const
{
    return wizard()->findChild<ConfigurePage*>();
}

void TestMessagePage::send()
{
    ConfigurePage* configure = this->configure();
    const ProviderDescriptor* descriptor = configure->descriptor();
    const OutgoingMessage message = makeTestMessage(
        descriptor ? descriptor->capabilities : ProviderCapabilities {}, m_number->text(), configure->senderName());
    m_sending = true;
    m_send->setEnabled(false);
    m_result->setText(tr("Sending…"));
    Q_EMIT completeChanged();
    m_controller.sendTest(configure->kind(), configure->values(), message);
}

void TestMessagePage::show(const ProviderResult& result)
{
    m_sending = false;
    m_send->setEnabled(true);
    if (result.isOk() && !m_controller.services().demoApiBase.isEmpty())
        m_result->setText(tr("✔ The practice copy took it for %1, as the provider would. In the demo nothing reaches "
                             "a phone.")
                              .arg(result.recipient));
    else if (result.isOk())
        m_result->setText(tr("✔ Sent to %1. It should arrive on your phone within a minute.").arg(result.recipient));
    else
        m_result->setText(tr("✘ Not sent. %1").arg(result.error.explanation));
    Q_EMIT completeChanged();
}

bool TestMessagePage::isComplete() const
{
    return !m_sending;
}
