#pragma once

#include "contacts/contact.h"

#include <QAbstractTableModel>

class ProviderRegistry;

// The contacts as a table: number, name, tags, custom fields, subscription state, last message from them.
// Holds every contact in memory (a few hundred bytes each). Reading and sorting 100,000 of them happens on a thread
// of its own: reload() and sort() return at once, and the table changes when the rows are ready (reloaded()).
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PhoneColumn,
        NameColumn,
        TagsColumn,
        FieldsColumn,
        StatusColumn,
        LastInboundColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TagsRole, // QStringList
        SearchTextRole, // everything a search may match, lower case
    };

    // address: where Tandem's data is; the contacts are read there on a thread of their own.
    ContactTableModel(QString address, const ProviderRegistry& registry, QObject* parent = nullptr);

    // Reads the contacts again, in the background; reloaded() follows.
    void reload();
    Contact contact(int row) const;
    // Every tag in use, as of the last reload.
    QStringList tags() const;
    // A reload or sort is on its way.
    bool isLoading() const;
    // Sorted in the background, like reload(): the rows come in the new order with reloaded().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows are in (or could not be read: the error, for the view to show).
    void reloaded(const QString& error);

private:
    QString m_address;
    const ProviderRegistry& m_registry;
    QList<Contact> m_contacts;
    QStringList m_searchText; // per row, lower case: what a search matches
    QStringList m_tags;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_generation = 0;
    int m_shown = 0; // the generation the rows come from
};
