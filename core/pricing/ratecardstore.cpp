#include "ratecardstore.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}
} // namespace

RateCardStore::RateCardStore(Database& database) : m_database(database)
{ }

Status RateCardStore::save(const RateCard& imported, const QString& source, const QDate& effective)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO rate_card_imports (effective, source, imported_at, card) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(effective.toString(Qt::ISODate));
    q.addBindValue(source);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(imported.toJson()));
    if (!q.exec())
        return failed(q);
    return Status::success();
}

Result<RateCard> RateCardStore::current(const RateCard& builtin) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT card FROM rate_card_imports ORDER BY id"_s))
        return failed(q);
    RateCard card = builtin;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QList<RateCard::Market> markets;
        for (const QJsonValue& value : o.value(u"markets"_s).toArray()) {
            const Result<RateCard::Market> m = RateCard::marketFromJson(value.toObject(), {}, {}, false);
            if (!m.isOk())
                return m.status();
            markets << m.value();
        }
        card = card.mergedWith(RateCard::fromMarkets(markets));
    }
    return card;
}

Result<std::optional<RateCardStore::Import>> RateCardStore::latest() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT effective, source, imported_at, card FROM rate_card_imports ORDER BY id DESC LIMIT 1"_s))
        return failed(q);
    if (!q.next())
        return std::optional<Import>();
    const int markets
        = int(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().value(u"markets"_s).toArray().size());
    return std::optional<Import>(Import {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODate), markets});
}
