#pragma once

#include <QCoreApplication>

// The command line's words, under one context translators see ("TandemCli").
struct TandemCliText
{
    Q_DECLARE_TR_FUNCTIONS(TandemCli)
};
