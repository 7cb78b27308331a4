#include "comparisondata.h"

#include <QCoreApplication>

// The words of resources/providers.json that the owner reads (the comparison's cells, the pricing note, the
// countries), listed for translators: lupdate finds them here, and ComparisonData translates them as it loads the
// file. tst_translations fails when the file holds a text this list lacks.
const QList<const char*>& ComparisonData::translatableTexts()
{
    static const QList<const char*> texts = {
        // Meta's regions (resources/rate-card.json); countries priced on their own take the locale's names.
        QT_TRANSLATE_NOOP("ComparisonData", "North America"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Africa"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Asia Pacific"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Central & Eastern Europe"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Latin America"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Middle East"),
        QT_TRANSLATE_NOOP("ComparisonData", "Rest of Western Europe"),
        QT_TRANSLATE_NOOP("ComparisonData", "Other"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Minutes with Twilio's free sandbox; a production WhatsApp sender usually takes 1-3 days"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Twilio account, WhatsApp sender registration in the Twilio Console, Account SID + Auth Token"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "$0.005 per message, inbound or outbound, on top of Meta's fee, which Twilio passes through"),
        QT_TRANSLATE_NOOP("ComparisonData", "80 messages/s per sender (text up to 400/s on request)"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, as Content templates (ContentSid)"),
        QT_TRANSLATE_NOOP("ComparisonData", "As Content templates (quick reply, list picker)"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, by link (up to 10 per message)"),
        QT_TRANSLATE_NOOP("ComparisonData", "Optional: status callbacks need a public address"),
        QT_TRANSLATE_NOOP("ComparisonData", "Twilio holds the relationship with Meta and bills you"),
        QT_TRANSLATE_NOOP(
            "ComparisonData", "Days to weeks: Meta business verification, an app and a System User token"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Meta Business portfolio, business verification, an app with WhatsApp, phone number registration, System "
            "User token"),
        QT_TRANSLATE_NOOP("ComparisonData", "No middleman fee: you pay Meta's per-message price only"),
        QT_TRANSLATE_NOOP(
            "ComparisonData", "80 messages/s per number, raised automatically to 1,000/s for large senders"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, by name and language; create them in WhatsApp Manager"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes: reply buttons and lists"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, by link or uploaded id"),
        QT_TRANSLATE_NOOP("ComparisonData", "Needed for delivered/read statuses and replies (a public HTTPS address)"),
        QT_TRANSLATE_NOOP("ComparisonData", "You hold the relationship with Meta directly"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Days: a test key for the 360dialog sandbox at once; a production number through 360dialog's embedded "
            "signup and Meta's checks"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "360dialog account, Meta Business portfolio connected in the 360dialog hub, phone number registration, an "
            "API key per number"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "No mark-up on Meta's template prices (360dialog's own, undated statement); a monthly fee per number, "
            "amount not in Tandem's data"),
        QT_TRANSLATE_NOOP("ComparisonData", "80 messages/s per number (the Cloud API's default, passed on)"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, by name and language, through 360dialog's template API"),
        QT_TRANSLATE_NOOP("ComparisonData", "Yes, by link"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Needed for delivered/read statuses and replies; unsigned, so Tandem sets the address itself with a secret "
            "key"),
        QT_TRANSLATE_NOOP(
            "ComparisonData", "360dialog is Meta's solution partner; the WhatsApp Business Account is yours"),
        QT_TRANSLATE_NOOP("ComparisonData",
            "Meta charges per delivered template, by category and the recipient's country. Since 2026-10-01 service "
            "(non-template) messages are charged at the utility rate of the market. Rates change on the first day of a "
            "quarter."),
        QT_TRANSLATE_NOOP("ComparisonData", "Brazil"),
        QT_TRANSLATE_NOOP("ComparisonData", "Argentina"),
        QT_TRANSLATE_NOOP("ComparisonData", "Australia"),
        QT_TRANSLATE_NOOP("ComparisonData", "Austria"),
    };
    return texts;
}
