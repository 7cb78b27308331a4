#pragma once

#include <QValueAxis>

// An axis of customers or messages: whole numbers only, at a round step (1, 2, 5, 10, 20, 50, …), from 0 to a little
// above the highest bar.
class CountAxis : public QValueAxis
{
public:
    explicit CountAxis(int highest, QObject* parent = nullptr);
};
