#pragma once

#include "model/messagecategory.h"

#include <QString>

#include <optional>

class ComparisonData;

// What a month of messages would cost with each provider, in USD.
struct CostEstimate
{
    bool known = false; // false when no Meta rate is known for the country and category and none was given
    double metaRate = 0; // Meta's price per message
    double metaDirect = 0; // per month, straight through Meta
    double viaTwilio = 0; // per month, Meta's price plus Twilio's fee
    QString rateDate;
    QString rateSource;
    bool rateIsSecondary = false;
};

// messages × Meta's rate, plus Twilio's per-message fee for the Twilio column. Service messages are charged at
// the utility rate since 2026-10-01. ownRate, when given, replaces the table's rate (a country not in the data).
CostEstimate estimateMonthlyCost(const ComparisonData& data,
    int messagesPerMonth,
    const QString& country,
    MessageCategory category,
    std::optional<double> ownRate = std::nullopt);
