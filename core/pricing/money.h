#pragma once

#include <QString>

// US dollars (Meta's and Twilio's prices) as the owner writes numbers: "$0.0289" in the US, "US$ 0,0289" in
// Brazil, "US$ 169,50" in Argentina. Prices under a dollar get four decimals, the rest two.
namespace Money {
QString usd(double amount);
} // namespace Money
