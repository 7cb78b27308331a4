#pragma once

#include "util/result.h"

#include <QObject>

class MessagingProvider;
class ReportedCosts;

// Fetches what the provider says a sender's days cost (every page of Meta's pricing_analytics, 90 days a request)
// and keeps it in ReportedCosts, replacing the days asked for; nothing is kept when any request fails. Emits
// finished once.
class ReportedCostSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMostPages = 40; // per request
    static constexpr int kDaysPerRequest = 90;

    // [fromMs, toMs): whole UTC days. `phoneNumber`: the sender's number as the provider displays it (empty: the
    // whole account).
    ReportedCostSync(ReportedCosts& store,
        MessagingProvider& provider,
        qint64 profileId,
        QString phoneNumber,
        qint64 fromMs,
        qint64 toMs,
        QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Status& status);

private:
    void request(qint64 fromMs, const QString& next);
    void finish(const Status& status);

    ReportedCosts& m_store;
    MessagingProvider& m_provider;
    qint64 m_profileId;
    QString m_phoneNumber;
    qint64 m_fromMs;
    qint64 m_toMs;
    QVariantList m_points;
    int m_pages = 0;
    qint64 m_windowFromMs = 0;
};
