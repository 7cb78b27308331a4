#pragma once

// What outbox.cpp and outboxbroadcasts.cpp share: the row columns and how a row is read from a query.
#include "outboxrow.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QString>

namespace OutboxSql {
extern const QString kRowColumns;
// Rows of running broadcasts (a row always belongs to a broadcast).
extern const QString kRunning;

OutboxRow rowFrom(const QSqlQuery& query);
QString variablesJson(const QMap<QString, QString>& variables);
Status failed(const QSqlQuery& query);
// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& s);
qint64 nowMs();
} // namespace OutboxSql
