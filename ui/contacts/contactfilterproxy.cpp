#include "contactfilterproxy.h"

#include "contacttablemodel.h"

ContactFilterProxy::ContactFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{ }

void ContactFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void ContactFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed().toLower();
    invalidateFilter();
}

void ContactFilterProxy::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_tag.isEmpty() && m_search.isEmpty())
        return true; // 100,000 rows pass through here after every reload
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(ContactTableModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return m_search.isEmpty() || index.data(ContactTableModel::SearchTextRole).toString().contains(m_search);
}
