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
    // Listen on every network address, not only this computer's own: for a proxy on another computer. A tunnel
    // (cloudflared, ngrok) runs here and reaches the receiver on 127.0.0.1, so the default keeps it off the network.
    bool everyAddress = false;

    static ReceiverSettings load(QSettings& settings);
    void save(QSettings& settings) const;
    // What is wrong with the public address, for people; empty when it will do (or is empty).
    QString publicUrlProblem() const;
};
