#pragma once

#include "outbox/outboxrow.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class ContactRepository;
class Outbox;

// One broadcast's recipients and what happened to each: who they are (the contact's name beside the number), state,
// attempts (every one, across the owner's retries), and for a failure its kind in plain words, the provider's code
// and the explanation. Reads a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a broadcast of 100,000 recipients never sits in memory whole; refresh() re-reads
// only the loaded rows that changed since the last look. The reading can happen elsewhere (the activity view reads
// off the window's thread): nextLook(), read(), then apply().
class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn, // the contact's name, empty for a number the contacts do not have
        RecipientColumn,
        StateColumn,
        SentColumn, // when the provider reported it sent, delivered and read
        DeliveredColumn,
        ReadColumn,
        AttemptsColumn,
        ErrorColumn,
        ExplanationColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    // What the next refresh reads.
    struct Look
    {
        qint64 broadcastId = 0;
        std::optional<OutboxState> state;
        qint64 changedSinceMs = 0; // the loaded rows (ids up to maxId) changed since then
        qint64 maxId = 0; // 0: none loaded, nothing to re-read
        qint64 pageAfterId = -1; // a page of rows after this id; -1: none
        qint64 atMs = 0;
    };
    struct Found
    {
        QList<OutboxRow> changed;
        QList<OutboxRow> page;
        QHash<QString, QString> names; // of the numbers in both, by number
    };

    RecipientTableModel(Outbox& outbox, ContactRepository& contacts, QObject* parent = nullptr);

    // Shows this broadcast (0: none), optionally only the rows in one state.
    void setBroadcast(qint64 broadcastId, std::optional<OutboxState> state = std::nullopt);
    qint64 broadcastId() const;
    QString refresh();
    std::optional<Look> nextLook() const;
    static Result<Found> read(Outbox& outbox, ContactRepository& contacts, const Look& look);
    void apply(const Look& look, const Found& found);
    OutboxRow row(int row) const;
    // The contact's name for a number shown, or empty.
    QString nameOf(const QString& recipient) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void append(const QList<OutboxRow>& page);

    Outbox& m_outbox;
    ContactRepository& m_contacts;
    qint64 m_broadcastId = 0;
    std::optional<OutboxState> m_state;
    QList<OutboxRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<QString, QString> m_names;
    bool m_exhausted = true;
    // True while the model announces a change: a view (or QAbstractItemModelTester) reacting to it with
    // fetchMore() would otherwise start a second change inside the first.
    bool m_notifying = false;
    qint64 m_lookedAtMs = 0;
};
