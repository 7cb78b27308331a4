#pragma once

#include <QString>

// Who did something, for records people read later (the consent log): the program, the computer and the account,
// as "Tandem window on shop-laptop (ana)".
QString whoAmI(const QString& program);
