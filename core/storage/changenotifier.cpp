#include "changenotifier.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChanges, "tandem.storage.changes")

namespace {
QString channelName(ChangeNotifier::Channel channel)
{
    return channel == ChangeNotifier::Channel::Outbox ? u"tandem_outbox"_s : u"tandem_inbox"_s;
}
} // namespace

ChangeNotifier::ChangeNotifier(Database& database, QObject* parent) : QObject(parent)
{
    if (!database.isPostgres())
        return;
    QSqlDriver* driver = database.connection().driver();
    m_listening = driver->subscribeToNotification(channelName(Channel::Outbox))
        && driver->subscribeToNotification(channelName(Channel::Inbox));
    if (!m_listening) {
        qCWarning(lcChanges) << "cannot listen for changes from other computers:" << driver->lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
        Q_EMIT changed(name == channelName(Channel::Outbox) ? Channel::Outbox : Channel::Inbox);
    });
}

bool ChangeNotifier::isListening() const
{
    return m_listening;
}

void ChangeNotifier::notify(QSqlDatabase db, Channel channel)
{
    if (db.driverName() != u"QPSQL"_s)
        return;
    QSqlQuery q(db);
    if (!q.exec(u"NOTIFY "_s + channelName(channel))) // live updates are a convenience: never a reason to fail
        qCWarning(lcChanges) << "NOTIFY failed:" << q.lastError().text();
}
