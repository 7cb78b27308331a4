#pragma once

// `tandem-cli sandbox` as a process of its own beside a benchmark, so that what the benchmark measures (CPU,
// memory, stalls) is Tandem's alone.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

struct SandboxAddress
{
    QString baseUrl; // empty: it did not start
    QString certificate; // with --tls: its PEM file, to trust as TANDEM_EXTRA_CA would
};

// Starts `program arguments…` and waits (up to 10 s between lines) for the address it prints ("listening on
// http(s)://127.0.0.1:PORT"), and its certificate ("TANDEM_EXTRA_CA=…cert.pem") when it serves HTTPS.
inline SandboxAddress startEndpoint(QProcess& endpoint, const QString& program, const QStringList& arguments, bool tls)
{
    using namespace Qt::StringLiterals;
    endpoint.setProgram(program);
    endpoint.setArguments(arguments);
    endpoint.start();
    const QRegularExpression listening(u"listening on (https?://127\\.0\\.0\\.1:[0-9]+)"_s);
    const QRegularExpression certificate(u"TANDEM_EXTRA_CA=(\\S+cert\\.pem)"_s);
    QString banner;
    while (!listening.match(banner).hasMatch() || (tls && !certificate.match(banner).hasMatch())) {
        if (!endpoint.waitForReadyRead(10000))
            return {};
        banner += QString::fromUtf8(endpoint.readAllStandardOutput());
    }
    return {listening.match(banner).captured(1), tls ? certificate.match(banner).captured(1) : QString()};
}

// Starts `cli sandbox --port 0 extraArguments…` (Tandem's own sandbox, HTTP/1.1) and waits for its address.
inline SandboxAddress startSandbox(QProcess& sandbox, const QString& cli, const QStringList& extraArguments = {})
{
    using namespace Qt::StringLiterals;
    return startEndpoint(sandbox, cli, QStringList {u"sandbox"_s, u"--port"_s, u"0"_s} + extraArguments,
        extraArguments.contains(u"--tls"_s));
}
