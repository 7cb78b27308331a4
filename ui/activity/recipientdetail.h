#pragma once

#include "outbox/outboxattempt.h"
#include "outbox/outboxrow.h"

#include <QHash>
#include <QWidget>

class QLabel;

// The selected recipient of a broadcast, with the room its explanation needs: who they are, where their message
// stands and why, and every attempt so far (when, through which sender, what the provider answered), across the
// owner's retries. Everything here is plain text: the provider's words are never read as markup.
class RecipientDetail : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientDetail(QWidget* parent = nullptr);

    // Shows a row at once; its history follows with setHistory() when read.
    void showRow(const OutboxRow& row, const QString& name);
    void setHistory(qint64 rowId, const QList<OutboxAttempt>& attempts, const QHash<qint64, QString>& senderNames);
    void clear();
    qint64 rowId() const;

private:
    QLabel* m_summary;
    QLabel* m_history;
    qint64 m_rowId = 0;
};
