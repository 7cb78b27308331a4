#pragma once

// tandem-cli as the integration tests run it: a `tandem-cli sandbox` process playing the providers, and each
// command run to its end against one database file, with what it printed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The last line of standard output as JSON (commands print their JSON last).
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
};

class CliRunner
{
public:
    explicit CliRunner(QString program) : m_program(std::move(program))
    { }
    ~CliRunner()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            m_sandbox.waitForFinished(5000);
        }
    }

    // Starts the sandbox; its address, or empty when it did not say where it listens.
    QString startSandbox()
    {
        m_sandbox.setProgram(m_program);
        m_sandbox.setArguments({QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
        m_sandbox.start();
        if (!m_sandbox.waitForStarted())
            return {};
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:[0-9]+)"));
        QByteArray banner;
        while (!listening.match(QString::fromUtf8(banner)).hasMatch()) {
            if (!m_sandbox.waitForReadyRead(10000))
                return {};
            banner += m_sandbox.readAllStandardOutput();
        }
        return listening.match(QString::fromUtf8(banner)).captured(1);
    }

    CliRun run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.setProgram(m_program);
        process.setArguments(
            QStringList {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite"))} + arguments);
        process.start();
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // The database file every command runs against.
    QString databasePath() const
    {
        return m_dir.filePath(QStringLiteral("cli.sqlite"));
    }

    // A file in the runner's folder with this content; its path.
    QString write(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_sandbox;
};
