#pragma once

#include <QString>

class QSettings;

// Whether the desktop app runs the webhook receiver, on which port, and the public address the providers reach it
// at (a tunnel's or a proxy's). Kept in the app's settings; nothing secret.
struct ReceiverSettings
{
    bool enabled = false;
    quint16 port = 8080;
    QString publicUrl; // empty: Twilio's statuses are polled, Meta's cannot arrive

    static ReceiverSettings load(QSettings& settings);
    void save(QSettings& settings) const;
    // What is wrong with the public address, for people; empty when it will do (or is empty).
    QString publicUrlProblem() const;
};
