#include "welcomepage.h"

#include "pricing/comparisondata.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(const ComparisonData& comparison, bool demo, QWidget* parent) : QWizardPage(parent)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Send WhatsApp messages to your customers"));
    setSubTitle(tr("Tandem connects your business number to WhatsApp, then sends order updates, reminders and "
                   "offers to your contacts: each one once, at the right pace, with every failure explained."));
    const ProviderFacts* twilio = comparison.provider(u"twilio"_s);
    const ProviderFacts* meta = comparison.provider(u"meta_cloud"_s);
    const ProviderFacts* dialog360 = comparison.provider(u"360dialog"_s);
    auto* text = new QLabel(this);
    text->setObjectName(u"welcomeTextLabel"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("<p>You can send through one of three providers. The next page compares them.</p>"
           "<p><b>Twilio</b> — quick to start. You need a Twilio account, its <i>Account SID</i> and <i>Auth "
           "Token</i> (or an API key), and a WhatsApp sender number (Twilio's free sandbox number works for "
           "trying). <a href=\"%1\">Sign up at Twilio</a>.</p>"
           "<p><b>Meta Cloud API (direct)</b> — no middleman fee, buttons and lists. You need a verified Meta "
           "Business portfolio, an app with WhatsApp, the <i>phone number ID</i> and a <i>System User access "
           "token</i>. <a href=\"%2\">Open Meta Business</a>.</p>"
           "<p><b>360dialog</b> — Meta's Cloud API through a partner, with one API key per number and a fixed "
           "monthly fee. <a href=\"%3\">Sign up at 360dialog</a>.</p>")
            .arg(twilio ? twilio->signupUrl : QString(), meta ? meta->signupUrl : QString(),
                dialog360 ? dialog360->signupUrl : QString())
        // In the demo nothing reaches the keychain: what is typed stays in memory until Tandem closes.
        + (demo ? tr("<p>This is the demo: senders talk to a practice copy on this computer, and what you type "
                     "is forgotten when Tandem closes. Nothing is sent to anyone.</p>")
                : tr("<p>Tokens are kept in your computer's keychain, never in Tandem's files.</p>")));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}
