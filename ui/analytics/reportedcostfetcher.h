#pragma once

#include "model/profile.h"

#include <QDate>
#include <QObject>

#include <optional>

struct AppServices;

// Asks the providers that say what the account was charged (ProviderCapabilities::reportedCosts: Meta's
// pricing_analytics) for the days the results show, one sender after another, and keeps the answers
// (ReportedCostSync). A sender asked within the last hour is not asked again unless the owner says so. Emits
// finished once per fetch with one sentence for the screen (empty when no sender can be asked).
class ReportedCostFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFreshMinutes = 60;

    explicit ReportedCostFetcher(AppServices& services, QObject* parent = nullptr);

    // [from, to] the owner's days; `profileId`: one sender, or every one. `force`: even if asked recently.
    void fetch(const QDate& from, const QDate& to, std::optional<qint64> profileId, bool force);
    bool isBusy() const;

Q_SIGNALS:
    void finished(const QString& summary);

private:
    void next();

    AppServices& m_services;
    QList<Profile> m_queue;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_asked = 0;
    QStringList m_problems;
    bool m_busy = false;
};
