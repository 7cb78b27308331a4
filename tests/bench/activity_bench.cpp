// activity_bench: what the activity view costs the GUI thread with a 100,000-recipient broadcast. Queues N rows,
// then times what the view does: the broadcast list's refresh (every broadcast with its counts), opening the
// broadcast (reset + the first page), scrolling to the end page by page (the worst case: every row loaded), and a
// live refresh after 5,000 rows changed. Prints one JSON line with the milliseconds and the peak RSS.   activity_bench
// [--recipients N]
#include "activity/broadcastlistmodel.h"
#include "activity/recipienttablemodel.h"
#include "contacts/contactrepository.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
double msSince(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"recipients"_s, u"How many recipients."_s, u"N"_s, u"100000"_s});
    parser.process(app);
    const int count = parser.value(u"recipients"_s).toInt();

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"activity.sqlite"_s)).isOk())
        return 1;
    const ProviderRegistry registry = ProviderRegistry::builtin();
    ProfileRepository profiles(db, registry);
    Profile sender;
    sender.name = u"Bench shop"_s;
    sender.kind = u"meta_cloud"_s;
    sender.settings = {{u"phone_number_id"_s, u"106540352242922"_s}};
    const Result<Profile> created = profiles.create(sender);
    if (!created.isOk())
        return 1;
    const Result<qint64> senderId = created.value().id;
    QList<Recipient> recipients;
    recipients.reserve(count);
    for (int i = 0; i < count; ++i)
        recipients << Recipient {u"+1415%1"_s.arg(2000000 + i), {{u"1"_s, u"Customer %1"_s.arg(i)}}};
    OutgoingMessage message;
    message.kind = OutgoingMessage::Kind::Template;
    message.templateName = u"order_update"_s;
    message.languageCode = u"en"_s;
    Outbox outbox(db);
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> id = outbox.broadcasts().create(senderId.value(), message, recipients);
    const double queueMs = msSince(timer);
    recipients.clear();
    if (!id.isOk())
        return 1;

    // The owner opens the activity a moment later: rows queued just now are still inside the refresh's look-back
    // (1 s) and would all be re-read once; this measures the steady state.
    QThread::msleep(1200);
    BroadcastListModel list(outbox, profiles);
    timer.restart();
    list.refresh();
    const double listRefreshMs = msSince(timer);

    ContactRepository contacts(db);
    RecipientTableModel model(outbox, contacts);
    timer.restart();
    model.setBroadcast(id.value());
    model.fetchMore({});
    const double openMs = msSince(timer);
    double slowestPageMs = 0;
    while (model.canFetchMore({})) {
        QElapsedTimer page;
        page.start();
        model.fetchMore({});
        slowestPageMs = qMax(slowestPageMs, msSince(page));
    }
    const int loaded = model.rowCount();

    // The dispatcher records 5,000 outcomes; the view's next refresh picks them up.
    const QList<OutboxRow> claimed
        = outbox.queue()
              .claimDue(senderId.value(), 5000, QDateTime::currentMSecsSinceEpoch(), {u"bench"_s, 1LL << 60})
              .value();
    QList<Outbox::Completion> done;
    for (const OutboxRow& row : claimed) {
        Outbox::Completion c;
        c.row = row;
        c.providerMessageId = u"wamid.%1"_s.arg(row.id);
        c.decision.state = OutboxState::Accepted;
        c.atMs = QDateTime::currentMSecsSinceEpoch();
        done << c;
    }
    outbox.queue().record(done, u"bench"_s);
    timer.restart();
    model.refresh();
    const double liveRefreshMs = msSince(timer);
    timer.restart();
    list.refresh();
    const double listRefreshAfterMs = msSince(timer);

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject result {{u"recipients"_s, count}, {u"queue_ms"_s, qRound(queueMs)},
        {u"list_refresh_ms"_s, listRefreshMs}, {u"open_first_page_ms"_s, openMs}, {u"slowest_page_ms"_s, slowestPageMs},
        {u"rows_loaded_scrolling_to_end"_s, loaded}, {u"live_refresh_after_5000_changes_ms"_s, liveRefreshMs},
        {u"list_refresh_after_ms"_s, listRefreshAfterMs}, {u"peak_rss_mb"_s, qRound(usage.ru_maxrss / 102.4) / 10.0}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
