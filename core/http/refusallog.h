#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QTimer>

// Refused requests, logged as counts per reason once a minute instead of a line each: a flood of forged or broken
// requests costs the log a few lines. The first refusal of each reason in a minute is logged at once (so an owner
// setting things up sees why a callback failed), the rest are counted.
class RefusalLog : public QObject
{
    Q_OBJECT
public:
    explicit RefusalLog(const QLoggingCategory& category, QObject* parent = nullptr);
    ~RefusalLog() override;

    // `reason` is Tandem's own words (never anything a request carried).
    void count(const QString& reason);
    // Writes the counts of the minute so far (when Tandem stops).
    void flush();

private:
    const QLoggingCategory& m_category;
    QMap<QString, int> m_counts; // this minute, beyond the first of each reason
    QTimer m_minute;
};
