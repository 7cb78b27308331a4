#pragma once

#include "ratecard.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What the comparison table says about one provider (resources/providers.json).
struct ProviderFacts
{
    int column = 0; // where the comparison table shows it, from 1
    QString name; // the provider's own name, as the table's heading
    QString setupTime;
    QString steps;
    double feePerMessageUsd = 0;
    QString feeNote;
    QString feeSource;
    QString feeDate;
    QString throughput;
    QString templates;
    QString interactive;
    QString media;
    QString webhooks;
    QString relationship;
    QString signupUrl;
};

// Meta's per-message price for one country (its market's, from the rate card), with where and when it was taken
// from.
struct MetaRate
{
    QString country; // ISO 3166 code
    QString name; // in the owner's language
    QString market; // Meta's market it is priced in ("Rest of Africa")
    std::optional<double> marketing;
    std::optional<double> utility;
    std::optional<double> authentication;
    QString date;
    QString source;
    bool secondary = false; // taken from a third party's copy of Meta's rate card
};

// The facts behind the provider comparison, loaded from JSON so prices can be updated without code.
class ComparisonData
{
public:
    static Result<ComparisonData> fromJson(const QByteArray& json);
    // The copy built into Tandem.
    static Result<ComparisonData> builtin();

    const ProviderFacts* provider(const QString& kind) const;
    // The providers the file describes, in the order of their columns.
    QStringList kinds() const;
    // The price of a country's market; every country has one (Meta's "Other" market takes the rest).
    std::optional<MetaRate> rate(const QString& country) const;
    // Every country WhatsApp numbers can belong to, by name in the owner's language.
    QList<MetaRate> rates() const;
    const RateCard& rateCard() const;
    // The card in use: the built-in one with the owner's imports laid over it (RateCardStore).
    void setRateCard(const RateCard& card);
    QString pricingNote() const;
    QString rateCardUrl() const;
    // The file's texts that the owner reads, in English; each is shown translated (comparisontexts.cpp).
    static const QList<const char*>& translatableTexts();

private:
    QHash<QString, ProviderFacts> m_providers;
    RateCard m_card;
    QString m_pricingNote;
    QString m_rateCardUrl;
};
