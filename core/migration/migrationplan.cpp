#include "migrationplan.h"

#include "messagemapping.h"
#include "model/outgoingmessagejson.h"
#include "pricing/messagecost.h"
#include "pricing/money.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "util/sendingtime.h"

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

QString MigrationPlan::describe(const MoveDryRun& run, const QString& fromProvider, const QString& toProvider)
{
    QStringList parts;
    parts << PlanText::tr("if sent now, %n would get it", "", run.wouldGo);
    for (const auto& [reason, count] : run.leftOut)
        parts << PlanText::tr("%n left out: %1", "", count).arg(LeftOut::label(reason));
    if (run.costToUsd && run.costFromUsd)
        parts << PlanText::tr("about %1 through %2, against %3 through %4")
                     .arg(Money::usd(*run.costToUsd), toProvider, Money::usd(*run.costFromUsd), fromProvider);
    if (run.unpriced > 0)
        parts << PlanText::tr("%n with no price in Tandem's rate card", "", run.unpriced);
    if (run.wouldGo > 0)
        parts << PlanText::tr("%1 at the new sender's pace").arg(SendingTime::approx(run.seconds));
    return parts.join(u"; "_s);
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray steps;
    for (const OwnerStep& s : ownerSteps)
        steps.append(QJsonObject {{u"title"_s, s.title}, {u"explanation"_s, s.explanation}, {u"link"_s, s.link}});
    QJsonArray pending;
    for (const PendingBroadcast& b : broadcasts) {
        QJsonObject leftOut;
        for (const auto& [reason, count] : b.dryRun.leftOut)
            leftOut.insert(LeftOut::name(reason), count);
        auto usd = [](const std::optional<double>& v) {
            return v ? QJsonValue(*v) : QJsonValue();
        };
        const QJsonObject dryRun {{u"would_go"_s, b.dryRun.wouldGo}, {u"left_out"_s, leftOut},
            {u"cost_usd_old_sender"_s, usd(b.dryRun.costFromUsd)}, {u"cost_usd_new_sender"_s, usd(b.dryRun.costToUsd)},
            {u"unpriced"_s, b.dryRun.unpriced}, {u"seconds"_s, b.dryRun.seconds}};
        pending.append(QJsonObject {{u"id"_s, b.id}, {u"title"_s, b.title}, {u"state"_s, b.state},
            {u"waiting"_s, b.waiting}, {u"unconfirmed"_s, b.unconfirmed}, {u"template"_s, b.templateKey},
            {u"new_template"_s, b.newTemplateKey}, {u"problem"_s, b.problem}, {u"dry_run"_s, dryRun}});
    }
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
    return plan(fromId, toId, QDateTime::currentDateTimeUtc());
}

Result<MigrationPlan> MigrationPlanner::plan(qint64 fromId, qint64 toId, const QDateTime& now) const
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
    };
    if (newProvider->capabilities.numberRegistration)
        plan.ownerSteps << MigrationPlan::OwnerStep {
            PlanText::tr("Register the number at %1 with a PIN you choose").arg(newName),
            PlanText::tr(
                "Once the code is entered, the number must be registered for sending, with a 6-digit PIN "
                "that becomes its two-step verification PIN, and its account's webhooks must reach Tandem's app. "
                "Tandem does both for you (Register the number). "
                "Keep the PIN: WhatsApp asks for it when the number moves again."),
            QString()};
    plan.ownerSteps << MigrationPlan::OwnerStep {PlanText::tr("Check the number works at %1").arg(newName),
        PlanText::tr("Send a test message from \"%1\" in Tandem and confirm it arrived. Nothing moves before "
                     "that.")
            .arg(plan.to.name),
        QString()};

    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT b.id, b.title, b.state, b.message, "
              "SUM(CASE WHEN o.state IN ('queued', 'retry_wait') AND o.profile_id = b.profile_id THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN o.state = 'unconfirmed' THEN 1 ELSE 0 END), "
              "b.category, b.ignore_window, b.confirms_opt_out "
              "FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id "
              "WHERE b.profile_id = ? AND b.state IN ('scheduled', 'running', 'paused') "
              "GROUP BY b.id, b.title, b.state, b.message, b.category, b.ignore_window, b.confirms_opt_out "
              "ORDER BY b.id"_s);
    q.addBindValue(fromId);
    if (!q.exec())
        return Result<MigrationPlan>::failure(q.lastError().text());
    const QString rate = plan.to.setting(u"rate_per_second"_s);
    const double toRate = rate.isEmpty() ? newProvider->defaultRatePerSecond : rate.toDouble();
    QList<MoveDryRun::Broadcast> dryRuns;
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
        MoveDryRun::Broadcast run;
        run.id = b.id;
        run.fromId = fromId;
        run.toId = toId;
        run.message = mapped.message;
        run.category = MessageCost::categoryOf(message, q.value(6).toString());
        run.ignoreWindow = q.value(7).toInt() != 0;
        run.confirmsOptOut = q.value(8).toInt() != 0;
        run.ratePerSecond = toRate;
        dryRuns << run;
        waiting += b.waiting;
        unconfirmed += b.unconfirmed;
        plan.broadcasts << b;
    }
    q.finish();
    for (qsizetype i = 0; i < plan.broadcasts.size(); ++i) {
        const Result<MoveDryRun> run = MoveDryRun::of(m_database, dryRuns.at(i), now);
        if (!run.isOk())
            return run.status();
        plan.broadcasts[i].dryRun = run.value();
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
