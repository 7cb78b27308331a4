#pragma once

#include <QSortFilterProxyModel>

// Narrows the contacts table to a search text (number, name, tags, fields) and a tag. Sorting is the model's own,
// done off the window's thread: a proxy sorting 100,000 rows would hold the window up.
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setTag(const QString& tag); // empty: every tag
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_tag;
};
