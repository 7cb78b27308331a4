#pragma once

#include <QSortFilterProxyModel>

// Narrows the contacts table to a search text (number, name, tags, fields) and a tag, and sorts it.
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setTag(const QString& tag); // empty: every tag

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_tag;
};
