#pragma once

#include "contacts/contact.h"

#include <QAbstractTableModel>

class ContactRepository;

// The contacts as a table: number, name, tags, custom fields, subscription state, last message from them.
// Holds every contact in memory (a few hundred bytes each); reload() reads them again after a change.
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

    explicit ContactTableModel(ContactRepository& repository, QObject* parent = nullptr);

    // Reads the contacts again; returns the error, if any, for the view to show.
    QString reload();
    Contact contact(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ContactRepository& m_repository;
    QList<Contact> m_contacts;
};
