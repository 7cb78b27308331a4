#pragma once

#include <QString>

#include <optional>
#include <utility>

// The outcome of an operation that can fail with a message a person can act on.
// Storage and parsing code returns these instead of throwing, so every SQL or format error reaches the caller.
class Status
{
public:
    static Status success()
    {
        return Status();
    }
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    bool isOk() const
    {
        return !m_failed;
    }
    const QString& error() const
    {
        return m_error;
    }

private:
    QString m_error;
    bool m_failed = false;
};

// A value or the reason there is none.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value))
    { }
    Result(Status failed) : m_error(failed.error())
    {
        Q_ASSERT(!failed.isOk());
    }
    static Result failure(QString message)
    {
        return Result(Status::failure(std::move(message)));
    }
    bool isOk() const
    {
        return m_value.has_value();
    }
    const T& value() const
    {
        return *m_value;
    }
    T& value()
    {
        return *m_value;
    }
    T takeValue()
    {
        return std::move(*m_value);
    }
    const QString& error() const
    {
        return m_error;
    }
    Status status() const
    {
        return isOk() ? Status::success() : Status::failure(m_error);
    }

private:
    std::optional<T> m_value;
    QString m_error;
};
