// tandem-cli rates, budget and report: Meta's rate card (shown, imported), the owner's budgets, and what each
// broadcast and each sender achieved and cost.
#include "clicontext.h"
#include "tandemclitext.h"

#include "analytics/broadcastreport.h"
#include "analytics/periodreport.h"
#include "analytics/reportedcosts.h"
#include "analytics/reportedcostsync.h"
#include "csv/csvwriter.h"
#include "outbox/budgets.h"
#include "phone/countrynames.h"
#include "pricing/comparisondata.h"
#include "pricing/ratecardimport.h"
#include "pricing/ratecardstore.h"
#include "pricing/volumetiers.h"
#include "providers/providerregistry.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QJsonValue usd(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void printCsv(CliContext& context, const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray csv = CsvWriter::line(header);
    for (const QStringList& r : rows)
        csv += CsvWriter::line(r);
    context.out() << QString::fromUtf8(csv);
    context.out().flush();
}

QString number(double value, int decimals = 4)
{
    return QString::number(value, 'f', decimals);
}

Result<RateCard> currentCard(CliContext& context)
{
    const Result<RateCard> builtin = RateCard::builtin();
    if (!builtin.isOk())
        return builtin;
    return RateCardStore(context.database).current(builtin.value());
}

QJsonObject marketJson(const RateCard::Market& m, const QDate& today)
{
    return {{u"market"_s, m.name}, {u"marketing"_s, usd(m.marketing)}, {u"utility"_s, usd(m.utility)},
        {u"authentication"_s, usd(m.authentication)},
        {u"authentication_international"_s, usd(m.authenticationInternational)},
        {u"effective"_s, m.effective.toString(Qt::ISODate)}, {u"source"_s, m.source},
        {u"older_than_a_quarter"_s, rateIsStale(m.effective, today)}};
}

void ratesShow(CliContext& context)
{
    const Result<RateCard> card = currentCard(context);
    if (!card.isOk())
        return context.fail(card.error());
    const QDate today = QDate::currentDate();
    QList<const RateCard::Market*> markets;
    const QString country = context.parser.value(u"country"_s).toUpper();
    if (!country.isEmpty())
        markets << card.value().marketOfRegion(country);
    else
        for (const RateCard::Market& m : card.value().markets())
            markets << &m;
    const Result<QList<VolumeTier>> tiers = VolumeTiers(context.database).forMonth(today.toString(u"yyyy-MM"_s));
    if (!tiers.isOk())
        return context.fail(tiers.error());
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const RateCard::Market* m : markets) {
            QJsonObject o = marketJson(*m, today);
            if (!country.isEmpty())
                o.insert(u"country"_s, country);
            list.append(o);
        }
        QJsonArray tierList;
        for (const VolumeTier& t : tiers.value())
            tierList.append(QJsonObject {{u"month"_s, t.month}, {u"category"_s, t.category},
                {u"market"_s, VolumeTiers::marketName(t.region, card.value())}, {u"from"_s, t.from},
                {u"to"_s, t.to ? QJsonValue(*t.to) : QJsonValue()}, {u"since"_s, t.since.toString(Qt::ISODate)}});
        context.printJson({{u"currency"_s, u"USD"_s}, {u"markets"_s, list}, {u"volume_tiers"_s, tierList}});
        return context.finish(0);
    }
    auto price = [](const std::optional<double>& p) {
        return p ? number(*p) : TandemCliText::tr("unknown");
    };
    if (!country.isEmpty())
        context.out() << TandemCliText::tr("%1 is priced as Meta's market \"%2\".")
                             .arg(countryName(country), markets.first()->name)
                      << '\n';
    context.out() << TandemCliText::tr("Meta's price per delivered message, US$ (marketing, utility and service, "
                                       "authentication), and the date it took effect:")
                  << '\n';
    for (const RateCard::Market* m : markets) {
        context.out() << QStringLiteral("  %1  %2  %3  %4  %5%6")
                             .arg(m->name, -34)
                             .arg(price(m->marketing), 8)
                             .arg(price(m->utility), 8)
                             .arg(price(m->authentication), 8)
                             .arg(m->effective.toString(Qt::ISODate))
                             .arg(rateIsStale(m->effective, today) ? TandemCliText::tr("  (older than a quarter)")
                                                                   : QString())
                      << '\n';
    }
    if (!tiers.value().isEmpty()) {
        context.out() << TandemCliText::tr("Meta's volume tiers this month (estimates use the list prices above):")
                      << '\n';
        for (const VolumeTier& t : tiers.value())
            context.out() << u"  "_s << VolumeTiers::describe(t, card.value()) << '\n';
    }
    context.out() << TandemCliText::tr("Update it with Meta's current card: tandem-cli rates import FILE.csv") << '\n';
    context.out().flush();
    context.finish(0);
}

void ratesImport(CliContext& context)
{
    const QString path = context.arguments.value(0);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return context.fail(TandemCliText::tr("rates import needs Meta's rate card as a CSV file: %1")
                                .arg(path.isEmpty() ? TandemCliText::tr("no file given") : file.errorString()));
    const Result<RateCard> builtin = RateCard::builtin();
    if (!builtin.isOk())
        return context.fail(builtin.error());
    RateCardStore store(context.database);
    const Result<RateCard> current = store.current(builtin.value());
    if (!current.isOk())
        return context.fail(current.error());
    const QDate effective = QDate::fromString(context.parser.value(u"effective"_s), Qt::ISODate);
    if (context.parser.isSet(u"effective"_s) && !effective.isValid())
        return context.fail(TandemCliText::tr("--effective takes a date like 2027-01-01."));
    const QString source = TandemCliText::tr("rate card imported from %1").arg(QFileInfo(path).fileName());
    const Result<RateCard> imported = RateCardImport::read({file.readAll(), source, effective}, current.value());
    if (!imported.isOk())
        return context.fail(imported.error());
    const QDate when = imported.value().markets().first().effective;
    if (const Status saved = store.save(imported.value(), source, when); !saved.isOk())
        return context.fail(saved.error());
    QJsonArray markets;
    for (const RateCard::Market& m : imported.value().markets())
        markets.append(m.name);
    context.printJson({{u"imported"_s, int(imported.value().markets().size())},
        {u"effective"_s, when.toString(Qt::ISODate)}, {u"markets"_s, markets}});
    context.finish(0);
}

std::optional<double> amountArgument(const QString& text, bool* ok)
{
    *ok = true;
    if (text == u"none"_s)
        return std::nullopt;
    const double value = text.toDouble(ok);
    *ok = *ok && value >= 0;
    return value;
}

void budget(CliContext& context, const QString& subcommand)
{
    Budgets budgets(context.database);
    const bool forBroadcast = context.parser.isSet(u"broadcast"_s);
    const qint64 broadcastId = context.parser.value(u"broadcast"_s).toLongLong();
    qint64 profileId = 0;
    QString profileName;
    if (!forBroadcast) {
        profileName = context.arguments.value(0);
        const Result<Profile> profile = context.profiles.findByName(profileName);
        if (!profile.isOk())
            return context.fail(profile.error());
        profileId = profile.value().id;
    }
    if (subcommand == u"set"_s) {
        bool ok = false;
        const std::optional<double> amount = amountArgument(context.arguments.value(forBroadcast ? 0 : 1), &ok);
        if (!ok)
            return context.fail(TandemCliText::tr("budget set takes an amount in US dollars (or none): budget set "
                                                  "SENDER 50 for its month, budget set --broadcast ID 12.50"));
        const Status s = forBroadcast ? budgets.setBroadcastBudget(broadcastId, amount)
                                      : budgets.setMonthlyBudget(profileId, amount);
        if (!s.isOk())
            return context.fail(s.error());
    } else if (subcommand != u"show"_s) {
        return context.fail(TandemCliText::tr("budget needs a command: set or show."));
    }
    const QDateTime now = QDateTime::currentDateTime();
    const Result<Budgets::Standing> standing
        = forBroadcast ? budgets.broadcast(broadcastId, true) : budgets.senderMonth(profileId, now, true);
    if (!standing.isOk())
        return context.fail(standing.error());
    const Budgets::Standing& s = standing.value();
    QJsonObject o {
        {u"budget_usd"_s, usd(s.budget)}, {u"spent_or_on_its_way_usd"_s, s.committed}, {u"queued_usd"_s, s.queued}};
    if (s.budget)
        o.insert(u"left_usd"_s, *s.budget - s.committed - s.queued);
    if (forBroadcast)
        o.insert(u"broadcast_id"_s, broadcastId);
    else {
        o.insert(u"sender"_s, profileName);
        o.insert(u"month"_s, now.date().toString(u"yyyy-MM"_s));
    }
    context.printJson(o);
    context.finish(0);
}

QJsonArray reasonsJson(const QList<BroadcastReport::Reason>& reasons)
{
    QJsonArray list;
    for (const BroadcastReport::Reason& r : reasons)
        list.append(QJsonObject {{u"code"_s, r.code}, {u"explanation"_s, r.explanation}, {u"rows"_s, r.rows}});
    return list;
}

void reportBroadcast(CliContext& context)
{
    const qint64 id = context.arguments.value(0).toLongLong();
    const Result<BroadcastReport> report = BroadcastReports(context.database).report(id);
    if (!report.isOk())
        return context.fail(report.error());
    const BroadcastReport& r = report.value();
    const QList<std::pair<QString, QString>> figures = {{u"queued"_s, QString::number(r.total)},
        {u"sent"_s, QString::number(r.sent)}, {u"delivered"_s, QString::number(r.delivered)},
        {u"read"_s, QString::number(r.read)}, {u"replied"_s, QString::number(r.replied)},
        {u"failed"_s, QString::number(r.failed)}, {u"skipped"_s, QString::number(r.skipped)},
        {u"cancelled"_s, QString::number(r.cancelled)}, {u"waiting"_s, QString::number(r.waiting)},
        {u"unconfirmed"_s, QString::number(r.unconfirmed)}, {u"opted_out_after"_s, QString::number(r.optedOutAfter)},
        {u"estimated_cost_usd"_s, number(r.estimatedCostUsd)}, {u"reported_cost_usd"_s, number(r.reportedCostUsd)},
        {u"cost_per_delivered_usd"_s, number(r.costPerDelivered())}, {u"cost_per_read_usd"_s, number(r.costPerRead())}};
    if (context.parser.isSet(u"csv"_s)) {
        QList<QStringList> rows;
        for (const auto& [name, value] : figures)
            rows << QStringList {name, value};
        for (const BroadcastReport::Reason& f : r.failedBy)
            rows << QStringList {u"failed:"_s + f.code, QString::number(f.rows), f.explanation};
        for (const BroadcastReport::Reason& f : r.skippedBy)
            rows << QStringList {u"skipped:"_s + f.code, QString::number(f.rows), f.explanation};
        printCsv(context, {u"figure"_s, u"value"_s, u"explanation"_s}, rows);
        return context.finish(0);
    }
    QJsonObject o {{u"broadcast_id"_s, id}, {u"title"_s, r.title}, {u"queued"_s, r.total}, {u"sent"_s, r.sent},
        {u"delivered"_s, r.delivered}, {u"read"_s, r.read}, {u"replied"_s, r.replied}, {u"failed"_s, r.failed},
        {u"skipped"_s, r.skipped}, {u"cancelled"_s, r.cancelled}, {u"waiting"_s, r.waiting},
        {u"unconfirmed"_s, r.unconfirmed}, {u"opted_out_after"_s, r.optedOutAfter},
        {u"estimated_cost_usd"_s, r.estimatedCostUsd}, {u"reported_cost_usd"_s, r.reportedCostUsd},
        {u"reported_rows"_s, r.reportedRows}, {u"cost_per_delivered_usd"_s, r.costPerDelivered()},
        {u"cost_per_read_usd"_s, r.costPerRead()}, {u"failed_by"_s, reasonsJson(r.failedBy)},
        {u"skipped_by"_s, reasonsJson(r.skippedBy)}};
    if (context.parser.isSet(u"json"_s)) {
        context.printJson(o);
        return context.finish(0);
    }
    context.out() << TandemCliText::tr("Broadcast %1 %2").arg(id).arg(r.title) << '\n';
    for (const auto& [name, value] : figures)
        context.out() << QStringLiteral("  %1 %2").arg(name, -24).arg(value) << '\n';
    context.out().flush();
    context.finish(0);
}

void printCosts(CliContext& context, const PeriodReports::Query& query);

// Asks each of these senders' providers what the days cost (ReportedCostSync), one after another, then prints.
void askThenPrint(CliContext& context, const PeriodReports::Query& query, QStringList senders)
{
    if (senders.isEmpty())
        return printCosts(context, query);
    const QString name = senders.takeFirst();
    withProvider(context, name, [&context, query, senders](MessagingProvider* provider, const Profile& profile) {
        constexpr qint64 kDayMs = 24LL * 3600 * 1000;
        const qint64 fromMs = QDateTime(query.from, QTime(0, 0)).toMSecsSinceEpoch() / kDayMs * kDayMs;
        const qint64 toMs = (QDateTime(query.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() / kDayMs + 1) * kDayMs;
        auto store = std::make_shared<ReportedCosts>(context.database);
        auto* job
            = new ReportedCostSync(*store, *provider, profile.id, profile.verifiedNumber, fromMs, toMs, &context.scope);
        QObject::connect(
            job, &ReportedCostSync::finished, qApp, [&context, query, senders, store, profile](const Status& status) {
                if (!status.isOk())
                    return context.fail(TandemCliText::tr("Meta could not say what %1's days cost: %2")
                                            .arg(profile.name, status.error()));
                askThenPrint(context, query, senders);
            });
        job->start();
    });
}

void reportCosts(CliContext& context)
{
    PeriodReports::Query query;
    query.from = QDate::fromString(context.parser.value(u"from"_s), Qt::ISODate);
    query.to = QDate::fromString(context.parser.value(u"to"_s), Qt::ISODate);
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return context.fail(TandemCliText::tr("report costs needs --from and --to as dates, like --from 2026-11-01 "
                                              "--to 2026-11-30."));
    const Result<QList<Profile>> all = context.profiles.list();
    if (context.parser.isSet(u"sender"_s)) {
        const Result<Profile> profile = context.profiles.findByName(context.parser.value(u"sender"_s));
        if (!profile.isOk())
            return context.fail(profile.error());
        query.profileId = profile.value().id;
    }
    const QString by = context.parser.value(u"by"_s);
    query.granularity = by == u"month"_s ? PeriodReports::Granularity::Month
        : by == u"week"_s                ? PeriodReports::Granularity::Week
                                         : PeriodReports::Granularity::Day;
    if (!context.parser.isSet(u"ask-meta"_s))
        return printCosts(context, query);
    QStringList asking;
    for (const Profile& p : all.isOk() ? all.value() : QList<Profile>()) {
        const ProviderDescriptor* descriptor = context.registry.find(p.kind);
        if (descriptor && descriptor->capabilities.reportedCosts && (!query.profileId || *query.profileId == p.id))
            asking << p.name;
    }
    askThenPrint(context, query, asking);
}

void printCosts(CliContext& context, const PeriodReports::Query& query)
{
    QHash<qint64, QString> names;
    const Result<QList<Profile>> all = context.profiles.list();
    if (all.isOk()) {
        for (const Profile& p : all.value())
            names.insert(p.id, p.name);
    }
    const Result<QList<PeriodFigures>> figures = PeriodReports(context.database).figures(query);
    if (!figures.isOk())
        return context.fail(figures.error());
    const QStringList header = {u"period"_s, u"sender"_s, u"sent"_s, u"delivered"_s, u"read"_s, u"failed"_s,
        u"replies"_s, u"estimated_cost_usd"_s, u"reported_cost_usd"_s};
    QList<QStringList> rows;
    QJsonArray list;
    double estimated = 0;
    double reported = 0;
    for (const PeriodFigures& f : figures.value()) {
        const QString sender = names.value(f.profileId, QString::number(f.profileId));
        rows << QStringList {f.start.toString(Qt::ISODate), sender, QString::number(f.sent),
            QString::number(f.delivered), QString::number(f.read), QString::number(f.failed),
            QString::number(f.replies), number(f.estimatedCostUsd), number(f.reportedCostUsd)};
        list.append(
            QJsonObject {{u"period"_s, f.start.toString(Qt::ISODate)}, {u"sender"_s, sender}, {u"sent"_s, f.sent},
                {u"delivered"_s, f.delivered}, {u"read"_s, f.read}, {u"failed"_s, f.failed}, {u"replies"_s, f.replies},
                {u"estimated_cost_usd"_s, f.estimatedCostUsd}, {u"reported_cost_usd"_s, f.reportedCostUsd}});
        estimated += f.estimatedCostUsd;
        reported += f.reportedCostUsd;
    }
    if (context.parser.isSet(u"csv"_s)) {
        printCsv(context, header, rows);
        return context.finish(0);
    }
    if (context.parser.isSet(u"json"_s)) {
        context.printJson({{u"from"_s, query.from.toString(Qt::ISODate)}, {u"to"_s, query.to.toString(Qt::ISODate)},
            {u"periods"_s, list}, {u"estimated_cost_usd"_s, estimated}, {u"reported_cost_usd"_s, reported}});
        return context.finish(0);
    }
    context.out() << header.join(u"  "_s) << '\n';
    for (const QStringList& r : rows)
        context.out() << r.join(u"  "_s) << '\n';
    context.out() << TandemCliText::tr("Estimated: US$ %1; reported by the providers: US$ %2")
                         .arg(number(estimated, 2), number(reported, 2))
                  << '\n';
    context.out().flush();
    context.finish(0);
}
} // namespace

void runRatesCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"show"_s)
        return ratesShow(context);
    if (subcommand == u"import"_s)
        return ratesImport(context);
    context.fail(TandemCliText::tr("rates needs a command: show or import."));
}

void runBudgetCommand(CliContext& context, const QString& subcommand)
{
    budget(context, subcommand);
}

void runReportCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"broadcast"_s)
        return reportBroadcast(context);
    if (subcommand == u"costs"_s)
        return reportCosts(context);
    context.fail(TandemCliText::tr("report needs a command: broadcast or costs."));
}
