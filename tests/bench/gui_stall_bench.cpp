// gui_stall_bench: how long the window's thread ever stops answering while Tandem is busiest. The real main window
// runs offscreen (its outbox worker on its own thread) against a `tandem-cli sandbox` process, so the memory and CPU
// measured are Tandem's alone, showing the activity of a broadcast as it goes out. Meanwhile a contact import of N rows
// runs as the import dialog runs it, a broadcast to N other recipients is written as the composer writes it, and then
// sent paced at --rate a second. A 1 ms timer on the window's thread measures how late it fires: the longest lateness
// is the longest stall a person could feel. Prints one JSON line.
//   gui_stall_bench [--rows N] [--rate R] [--seconds S] [--tab activity|contacts|senders]
#include "activity/activityview.h"
#include "appcontext.h"
#include "contacts/contactimportjob.h"
#include "contacts/contactsview.h"
#include "mainwindow/mainwindow.h"
#include "outbox/broadcastwritejob.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/memorysecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

#include "measure.h"
#include "sandboxprocess.h"

using namespace Qt::StringLiterals;

namespace {
// The stall probe: a 1 ms timer; how late each tick comes is how long the thread was busy with something else.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.restart() - 1;
            m_lateness.push_back(late);
            if (late > 16 && qEnvironmentVariableIsSet("TANDEM_TRACE_STALLS"))
                QTextStream(stderr) << "stall " << late << " ms at " << m_since.elapsed() << " ms" << Qt::endl;
            if (late > m_worst) {
                m_worst = late;
                m_worstAt = m_since.elapsed();
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_since.start();
        m_timer.start(1);
    }
    qint64 worst() const
    {
        return m_worst;
    }
    qint64 worstAt() const
    {
        return m_worstAt;
    }
    qint64 percentile(double p) const
    {
        if (m_lateness.empty())
            return 0;
        std::vector<qint64> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    int over(qint64 ms) const
    {
        return int(std::count_if(m_lateness.begin(), m_lateness.end(), [ms](qint64 l) { return l > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    std::vector<qint64> m_lateness;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
};

template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    // The condition (often a query) is checked every 50 ms, not after every event, so the waiting adds no work of
    // its own to the window's thread.
    QElapsedTimer checked;
    checked.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        while (checked.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        checked.restart();
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false\ntandem.*.info=false\ntandem.*.warning=false"_s);
    QApplication::setOrganizationName(u"Tandem"_s);
    QApplication::setApplicationName(u"TandemBench"_s);
    QCommandLineParser parser;
    parser.addOption({u"rows"_s, u"Contacts imported, and recipients of the broadcast."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"rate"_s, u"The sender's pace, messages a second."_s, u"R"_s, u"1000"_s});
    parser.addOption({u"seconds"_s, u"Stop sending after this long (0: send them all)."_s, u"S"_s, u"0"_s});
    parser.addOption(
        {u"tab"_s, u"The screen shown meanwhile: activity, contacts or senders."_s, u"TAB"_s, u"activity"_s});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int rate = parser.value(u"rate"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    QTextStream out(stdout);

    // The provider's side runs apart, as `tandem-cli sandbox`: this process's memory and CPU are Tandem's alone.
    QProcess sandbox;
    const QString sandboxUrl = startSandbox(sandbox, QStringLiteral(TANDEM_CLI_PATH)).baseUrl;
    if (sandboxUrl.isEmpty()) {
        out << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    Result<std::unique_ptr<AppContext>> made
        = AppContext::create(dir.filePath(u"bench.sqlite"_s), false, std::make_unique<MemorySecretStore>());
    if (!made.isOk()) {
        out << made.error() << Qt::endl;
        return 1;
    }
    AppContext& context = *made.value();
    Profile sender;
    sender.name = u"Bench shop"_s;
    sender.kind = u"meta_cloud"_s;
    sender.settings = {{u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)},
        {u"default_region"_s, u"US"_s}, {u"api_base"_s, sandboxUrl}, {u"rate_per_second"_s, QString::number(rate)}};
    ProfileJob* saving = context.profileService().create(
        sender, {{u"access_token"_s, QString::fromUtf16(SandboxAccounts::metaAccessToken)}});
    QSignalSpy saved(saving, &ProfileJob::finished);
    saved.wait(5000);
    const qint64 senderId = saved.first().first().value<ProfileOutcome>().profile.id;

    // The files the owner would pick, made before the clock starts.
    QByteArray csv = "phone,name,tags\n";
    csv.reserve(rows * 40);
    for (int i = 0; i < rows; ++i)
        csv += "+1646" + QByteArray::number(2000000 + i) + ",Customer " + QByteArray::number(i) + ",bench\n";
    QList<Recipient> recipients;
    recipients.reserve(rows);
    for (int i = 0; i < rows; ++i)
        recipients.append({u"+1415"_s + QString::number(2000000 + i), {}});

    MainWindow window(context.services());
    window.resize(1280, 800);
    window.show();
    const QString tab = parser.value(u"tab"_s);
    window.showTab(tab == u"senders"_s ? MainWindow::SendersTab
            : tab == u"contacts"_s     ? MainWindow::ContactsTab
                                       : MainWindow::ActivityTab);
    waitUntil([] { return false; }, 300); // the first layout and paint
    StallProbe probe;
    probe.start();
    QElapsedTimer wall;
    wall.start();

    // The import, as the import dialog starts it.
    auto* import = new ContactImportJob(context.database().path(), csv,
        ContactImporter::Mapping::guess({u"phone"_s, u"name"_s, u"tags"_s}), u"US"_s, &window);
    qint64 importMs = -1;
    QObject::connect(import, &ContactImportJob::finished, &window, [&](const Result<ContactImporter::Report>&) {
        importMs = wall.elapsed();
        import->deleteLater(); // as the import dialog does, and the file is closed with it
        csv.clear();
        window.contactsView()->reload(); // as the import dialog's report does
    });
    import->start();

    // The broadcast, as the composer writes it; then the activity view follows it.
    OutgoingMessage message;
    message.text = u"Our spring sale starts today"_s;
    auto* writing = new BroadcastWriteJob(context.database().path(), senderId, message, recipients, {}, &window);
    qint64 broadcastId = 0;
    qint64 writtenMs = -1;
    QObject::connect(writing, &BroadcastWriteJob::finished, &window, [&](const Result<qint64>& id) {
        writtenMs = wall.elapsed();
        writing->deleteLater(); // as the composer does; its recipients are in the outbox now
        recipients.clear();
        broadcastId = id.isOk() ? id.value() : -1;
        if (broadcastId > 0)
            window.activityView()->selectBroadcast(broadcastId);
    });
    writing->start();

    waitUntil([&] { return broadcastId != 0 && importMs >= 0; }, 600000);
    const qint64 sendingFrom = writtenMs; // the worker starts sending as soon as the rows are in
    Outbox& outbox = context.services().data.outbox;
    auto sent = [&] {
        // Taken by the provider: accepted, or further already (the demo's sandbox reports sent, delivered, read).
        const QHash<OutboxState, int> counts = outbox.broadcasts().counts(broadcastId).value();
        return counts.value(OutboxState::Accepted) + counts.value(OutboxState::Sent)
            + counts.value(OutboxState::Delivered) + counts.value(OutboxState::Read);
    };
    waitUntil(
        [&] {
            return (seconds > 0 && wall.elapsed() - sendingFrom > seconds * 1000)
                || outbox.broadcasts().find(broadcastId).value().state == Broadcast::State::Finished;
        },
        rows / qMax(1, rate) * 1000 + 600000);
    const qint64 sendingMs = wall.elapsed() - sendingFrom;
    const int accepted = sent();

    const QJsonObject result {{u"rows"_s, rows}, {u"rate"_s, rate}, {u"import_ms"_s, importMs},
        {u"broadcast_written_ms"_s, writtenMs}, {u"sent"_s, accepted}, {u"sending_s"_s, sendingMs / 1000.0},
        {u"sent_per_s"_s, qRound(accepted * 10000.0 / qMax<qint64>(1, sendingMs)) / 10.0},
        {u"max_stall_ms"_s, probe.worst()}, {u"max_stall_at_ms"_s, probe.worstAt()},
        {u"p99_stall_ms"_s, probe.percentile(0.99)}, {u"stalls_over_16ms"_s, probe.over(16)},
        {u"peak_rss_mb"_s, peakRssMb()}, {u"tab"_s, tab}};
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return accepted > 0 ? 0 : 1;
}
