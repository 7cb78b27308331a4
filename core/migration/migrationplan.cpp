#include "migrationplan.h"

#include "messagemapping.h"
#include "model/outgoingmessagejson.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)
};
} // namespace

bool MigrationPlan::ready() const
{
    for (const PendingBroadcast& b : broadcasts) {
        if (!b.problem.isEmpty())
            return false;
    }
    return true;
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray steps;
    for (const OwnerStep& s : ownerSteps)
        steps.append(QJsonObject {{u"title"_s, s.title}, {u"explanation"_s, s.explanation}, {u"link"_s, s.link}});
    QJsonArray pending;
    for (const PendingBroadcast& b : broadcasts)
        pending.append(QJsonObject {{u"id"_s, b.id}, {u"title"_s, b.title}, {u"state"_s, b.state},
            {u"waiting"_s, b.waiting}, {u"unconfirmed"_s, b.unconfirmed}, {u"template"_s, b.templateKey},
            {u"new_template"_s, b.newTemplateKey}, {u"problem"_s, b.problem}});
    return {{u"from"_s, QJsonObject {{u"id"_s, from.id}, {u"name"_s, from.name}, {u"provider"_s, from.kind}}},
        {u"to"_s, QJsonObject {{u"id"_s, to.id}, {u"name"_s, to.name}, {u"provider"_s, to.kind}}},
        {u"carried_over"_s, QJsonArray::fromStringList(carriedOver)},
        {u"left_behind"_s, QJsonArray::fromStringList(leftBehind)}, {u"owner_steps"_s, steps},
        {u"tandem_changes"_s, QJsonArray::fromStringList(tandemChanges)}, {u"broadcasts"_s, pending},
        {u"ready"_s, ready()}};
}

MigrationPlanner::MigrationPlanner(Database& database, const ProviderRegistry& registry)
    : m_database(database), m_registry(registry)
{ }

Result<MigrationPlan> MigrationPlanner::plan(qint64 fromId, qint64 toId) const
{
    ProfileRepository profiles(m_database, m_registry);
    const Result<Profile> from = profiles.find(fromId);
    const Result<Profile> to = profiles.find(toId);
    if (!from.isOk())
        return from.status();
    if (!to.isOk())
        return to.status();
    if (fromId == toId)
        return Result<MigrationPlan>::failure(PlanText::tr("A sender cannot move to itself."));
    const ProviderDescriptor* oldProvider = m_registry.find(from.value().kind);
    const ProviderDescriptor* newProvider = m_registry.find(to.value().kind);
    if (!oldProvider || !newProvider)
        return Result<MigrationPlan>::failure(PlanText::tr("Tandem does not know one of these senders' providers."));

    MigrationPlan plan;
    plan.from = from.value();
    plan.to = to.value();
    const QString oldName = oldProvider->displayName;
    const QString newName = newProvider->displayName;
    // Meta's rules for moving a number between providers (shared/reference/providers.md §5b).
    plan.carriedOver = {PlanText::tr("The number's display name and its quality rating"),
        PlanText::tr("Its messaging limit (how many customers it may start conversations with a day)"),
        PlanText::tr("Its approved templates of high quality, when both providers use the same business account")};
    plan.leftBehind = {PlanText::tr("The chat history kept at %1").arg(oldName),
        PlanText::tr("Templates that were not approved or not of high quality: create them again at %1").arg(newName)};
    plan.ownerSteps = {
        {PlanText::tr("Turn off two-step verification at %1").arg(oldName),
            PlanText::tr("WhatsApp asks for the number's PIN when a number moves; no provider can turn it off for "
                         "you. Do it where %1 manages the number.")
                .arg(oldName),
            oldProvider->numberSettingsUrl},
        {PlanText::tr("Start the move at %1 and enter the code").arg(newName),
            PlanText::tr("%1 asks WhatsApp to move the number; WhatsApp sends a 6-digit code to it by text message "
                         "or call, which you enter at %1. Sending through %2 stops then.")
                .arg(newName, oldName),
            newProvider->numberSettingsUrl},
        {PlanText::tr("Check the number works at %1").arg(newName),
            PlanText::tr("Send a test message from \"%1\" in Tandem and confirm it arrived. Nothing moves before "
                         "that.")
                .arg(plan.to.name),
            QString()},
    };

    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT b.id, b.title, b.state, b.message, "
              "SUM(CASE WHEN o.state IN ('queued', 'retry_wait') AND o.profile_id = b.profile_id THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN o.state = 'unconfirmed' THEN 1 ELSE 0 END) "
              "FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id "
              "WHERE b.profile_id = ? AND b.state IN ('scheduled', 'running', 'paused') "
              "GROUP BY b.id, b.title, b.state, b.message ORDER BY b.id"_s);
    q.addBindValue(fromId);
    if (!q.exec())
        return Result<MigrationPlan>::failure(q.lastError().text());
    int waiting = 0;
    int unconfirmed = 0;
    while (q.next()) {
        MigrationPlan::PendingBroadcast b;
        b.id = q.value(0).toLongLong();
        b.title = q.value(1).toString();
        b.state = q.value(2).toString();
        b.waiting = q.value(4).toInt();
        b.unconfirmed = q.value(5).toInt();
        const OutgoingMessage message
            = outgoingMessageFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        const MappedMessage mapped = MappedMessage::of(m_database, *newProvider, fromId, toId, message);
        b.templateKey = mapped.fromKey;
        b.newTemplateKey = mapped.toKey;
        b.problem = mapped.problem;
        waiting += b.waiting;
        unconfirmed += b.unconfirmed;
        plan.broadcasts << b;
    }

    if (newProvider->capabilities.webhookOverride)
        plan.tandemChanges << PlanText::tr("Point the number's webhooks at Tandem's receiver, through %1").arg(newName);
    else if (newProvider->capabilities.webhooks != WebhookStyle::None)
        plan.tandemChanges << PlanText::tr("Tell %1 where to report with each message").arg(newName);
    if (plan.broadcasts.isEmpty())
        plan.tandemChanges
            << PlanText::tr("Nothing to move: no broadcast of \"%1\" is waiting to be sent").arg(plan.from.name);
    else
        plan.tandemChanges
            << PlanText::tr("Move %n broadcast(s) to \"%1\"", "", int(plan.broadcasts.size())).arg(plan.to.name)
                + u", "_s
                + PlanText::tr("with %n message(s) not sent yet; scheduled and paused ones stay so", "", waiting);
    if (unconfirmed > 0)
        plan.tandemChanges << PlanText::tr("Keep %n message(s) whose answer was lost with \"%1\", for you to resend "
                                           "or drop under Activity",
            "", unconfirmed)
                                  .arg(plan.from.name);
    plan.tandemChanges << PlanText::tr("Archive \"%1\" with its history").arg(plan.from.name)
                       << PlanText::tr("Contacts, opt-outs and 24-hour windows stay as they are: they belong to your "
                                       "customers, not to a sender");
    return plan;
}
