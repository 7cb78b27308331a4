#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (m_db.driverName() == u"QSQLITE"_s) {
        QSqlQuery begin(m_db);
        m_open = begin.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_open)
            m_status = Status::failure(begin.lastError().text());
    } else {
        m_open = m_db.transaction();
        if (!m_open)
            m_status = Status::failure(m_db.lastError().text());
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

const Status& WriteTransaction::status() const
{
    return m_status;
}

bool WriteTransaction::isOpen() const
{
    return m_open;
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_status.isOk() ? Status::failure(u"no transaction is open"_s) : m_status;
    m_open = false;
    if (!m_db.commit()) {
        const Status failed = Status::failure(m_db.lastError().text());
        m_db.rollback();
        return failed;
    }
    return Status::success();
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.rollback();
}
