#include "contacttablemodel.h"

#include "contacts/contactrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString fieldsText(const QMap<QString, QString>& fields)
{
    QStringList parts;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        parts << it.key() + u": "_s + it.value();
    return parts.join(u", "_s);
}
} // namespace

ContactTableModel::ContactTableModel(ContactRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{ }

QString ContactTableModel::reload()
{
    Result<QList<Contact>> all = m_repository.all();
    beginResetModel();
    m_contacts = all.isOk() ? all.takeValue() : QList<Contact>();
    endResetModel();
    return all.isOk() ? QString() : all.error();
}

Contact ContactTableModel::contact(int row) const
{
    return m_contacts.value(row);
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& c = m_contacts.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case TagsRole:
        return c.tags;
    case SearchTextRole:
        return QStringList({c.phone, c.name, c.tags.join(u' '), fieldsText(c.fields)}).join(u' ').toLower();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && c.optedOut)
            return tr("Opted out on %1. Tandem never sends to this number.")
                .arg(QLocale().toString(c.optedOutAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PhoneColumn:
            return c.phone;
        case NameColumn:
            return c.name;
        case TagsColumn:
            return c.tags.join(u", "_s);
        case FieldsColumn:
            return fieldsText(c.fields);
        case StatusColumn:
            return c.optedOut ? tr("Opted out") : tr("Subscribed");
        case LastInboundColumn:
            return c.lastInboundAt.isValid() ? QLocale().toString(c.lastInboundAt.toLocalTime(), QLocale::ShortFormat)
                                             : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole: // what sorting compares
        if (index.column() == LastInboundColumn)
            return c.lastInboundAt;
        if (index.column() == StatusColumn)
            return c.optedOut;
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PhoneColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case TagsColumn:
        return tr("Tags");
    case FieldsColumn:
        return tr("Other fields");
    case StatusColumn:
        return tr("Status");
    case LastInboundColumn:
        return tr("Last message from them");
    case ColumnCount:
        break;
    }
    return {};
}
