#pragma once

#include <QtGlobal>

// What one client may ask of Tandem's HTTP front before it is refused or cut off. Webhook callbacks are a few
// kilobytes sent at once; everything here is far above that and far below what would let a stranger fill memory or
// descriptors. The figures and why they are what they are: docs/receiver.md.
struct HttpLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024; // method, target and version (414 beyond)
    qsizetype maxHeaderBytes = 16 * 1024; // the whole head, request line included (431 beyond)
    int maxHeaderCount = 100; // (431 beyond)
    qsizetype maxBodyBytes = 1024 * 1024; // refused by Content-Length before a byte of it is read (413)
    // Request bytes held across every connection (heads and bodies on their way); past it the connection holding
    // the most is cut off first. 1 MiB bodies on a few hundred connections would otherwise add up to gigabytes.
    qsizetype maxBufferedBytes = 48 * 1024 * 1024;

    int headerTimeoutMs = 10'000; // from a request's first byte to its blank line (408)
    int bodyTimeoutMs = 20'000; // from the blank line to the body's last byte (408)
    int idleTimeoutMs = 30'000; // a kept-alive connection with no request under way is closed after this
    int writeTimeoutMs = 10'000; // a client that does not read its answer is cut off
    int answerTimeoutMs = 60'000;
    // After an error answer, what the client still sends (a refused upload) is read and dropped this long, so it
    // sees the answer rather than a reset; then the connection closes.
    int lingerMs = 2000; // Tandem's own time to answer (the keychain may ask to be unlocked) (503)

    int maxConnections = 512; // in all; capped below the process's descriptor limit at listen()
    // From one address other than 127.0.0.1 and ::1. A tunnel (cloudflared, ngrok) or a proxy on this computer
    // brings every caller from there, so those count only against the total.
    int maxConnectionsPerAddress = 32;
};
