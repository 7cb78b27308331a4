#pragma once

#include "ratecard.h"

#include <QDateTime>

class Database;

// The rate cards the owner imported, kept in the database (every desk sharing it prices alike) and laid over the
// card built into Tandem in the order they were imported.
class RateCardStore
{
public:
    struct Import
    {
        QDate effective;
        QString source;
        QDateTime importedAt;
        int markets = 0;
    };

    explicit RateCardStore(Database& database);

    Status save(const RateCard& imported, const QString& source, const QDate& effective);
    // `builtin` with every import laid over it.
    Result<RateCard> current(const RateCard& builtin) const;
    // The latest import, if any.
    Result<std::optional<Import>> latest() const;

private:
    Database& m_database;
};
