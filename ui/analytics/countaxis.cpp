#include "countaxis.h"

#include <cmath>

using namespace Qt::StringLiterals;

CountAxis::CountAxis(int highest, QObject* parent) : QValueAxis(parent)
{
    // About five steps, each 1, 2 or 5 times a power of ten.
    const double rough = qMax(1.0, highest / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    int step = int(power);
    for (const int factor : {1, 2, 5, 10}) {
        step = int(factor * power);
        if (step >= rough)
            break;
    }
    const int top = qMax(step, int(std::ceil(double(qMax(1, highest)) / step)) * step);
    setRange(0, top);
    setTickType(QValueAxis::TicksDynamic);
    setTickAnchor(0);
    setTickInterval(step);
    setLabelFormat(u"%d"_s);
}
