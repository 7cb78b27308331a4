#pragma once

// The composer tests' shop: its customers as a CSV file, and two small helpers for finding and choosing in a
// screen (tst_composer, tst_composerkeyboard).
#include <QByteArray>
#include <QComboBox>
#include <QTest>
#include <QWidget>

// A shop's customers in Brazil and Argentina. The "vip" audience is Ana, Bruno, Carla, Diego and Eva:
// Diego has no first name (the template's {{1}}) and Eva opted out, so three receive it. Fabio is not a vip.
inline const QByteArray kCustomers = "phone,name,first_name,order,tags,opted_out\n"
                                     "+55 11 98765-4321,Ana Souza,Ana,A-100,vip,\n"
                                     "+55 21 98765-4322,Bruno Lima,Bruno,A-101,vip;newsletter,\n"
                                     "+54 9 11 2345-6789,Carla Diaz,Carla,A-102,vip,\n"
                                     "+54 9 11 2345-6790,Diego Paz,,A-103,vip,\n"
                                     "+54 9 11 2345-6791,Eva Ruiz,Eva,A-104,vip,yes\n"
                                     "+55 11 98765-4323,Fabio Reis,Fabio,A-105,newsletter,\n";

template<typename T>
inline T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

inline void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}
