#include "contacttablemodel.h"

#include "consent/optouts.h"
#include "services/backgroundtask.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

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

// What a reload hands back from its thread: the rows in order, with what a search matches for each.
struct LoadedContacts
{
    QList<Contact> contacts;
    QStringList searchText;
    QStringList tags;
};

namespace {
QString searchText(const Contact& c)
{
    return QStringList({c.phone, c.name, c.tags.join(u' '), fieldsText(c.fields)}).join(u' ').toLower();
}

// Sorts as a person reads the column: text by the locale's collation, the rest by value, ties by number.
void sortContacts(QList<Contact>& contacts, int column, Qt::SortOrder order)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    auto key = [column](const Contact& c) -> QString {
        switch (column) {
        case ContactTableModel::NameColumn:
            return c.name;
        case ContactTableModel::TagsColumn:
            return c.tags.join(u", "_s);
        case ContactTableModel::FieldsColumn:
            return fieldsText(c.fields);
        default:
            return c.phone;
        }
    };
    std::stable_sort(contacts.begin(), contacts.end(), [&](const Contact& a, const Contact& b) {
        int c = 0;
        if (column == ContactTableModel::StatusColumn)
            c = int(a.optedOut) - int(b.optedOut);
        else if (column == ContactTableModel::LastInboundColumn)
            c = a.lastInboundAt < b.lastInboundAt ? -1 : b.lastInboundAt < a.lastInboundAt ? 1 : 0;
        else
            c = collator.compare(key(a), key(b));
        if (c == 0)
            c = a.phone.compare(b.phone);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}
} // namespace

ContactTableModel::ContactTableModel(QString address, const ProviderRegistry& registry, QObject* parent)
    : QAbstractTableModel(parent), m_address(std::move(address)), m_registry(registry)
{ }

void ContactTableModel::reload()
{
    const int generation = ++m_generation;
    runInBackground<LoadedContacts>(
        this, m_address, m_registry,
        [column = m_sortColumn, order = m_sortOrder](DataServices& core) -> Result<LoadedContacts> {
            ContactRepository& repository = core.contacts;
            Result<QList<Contact>> all = repository.all();
            if (!all.isOk())
                return all.status();
            const Result<QStringList> tags = repository.tags();
            if (!tags.isOk())
                return tags.status();
            LoadedContacts loaded {all.takeValue(), {}, tags.value()};
            sortContacts(loaded.contacts, column, order);
            loaded.searchText.reserve(loaded.contacts.size());
            for (const Contact& c : std::as_const(loaded.contacts))
                loaded.searchText << searchText(c);
            return loaded;
        },
        [this, generation](const Result<LoadedContacts>& loaded) {
            if (generation != m_generation)
                return; // a newer reload (or sort) is on its way
            m_shown = generation;
            if (!loaded.isOk()) {
                Q_EMIT reloaded(loaded.error());
                return;
            }
            beginResetModel();
            m_contacts = loaded.value().contacts;
            m_searchText = loaded.value().searchText;
            m_tags = loaded.value().tags;
            endResetModel();
            Q_EMIT reloaded(QString());
        });
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_generation > 0) // never read yet: the first reload() sorts
        reload();
}

QStringList ContactTableModel::tags() const
{
    return m_tags;
}

bool ContactTableModel::isLoading() const
{
    return m_shown != m_generation;
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
        return m_searchText.value(index.row());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && c.optedOut)
            return tr("Opted out on %1 (%2). Tandem never sends to this number.")
                .arg(QLocale().toString(c.optedOutAt.toLocalTime(), QLocale::ShortFormat),
                    OptOuts::describe(c.optedOutSource));
        if (index.column() == StatusColumn && c.marketingOptedOut)
            return tr("Stopped marketing messages on %1: only utility and service messages reach them.")
                .arg(QLocale().toString(c.marketingOptedOutAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == LastInboundColumn && c.lastInboundAt.isValid())
            return c.windowOpen(QDateTime::currentDateTimeUtc())
                ? tr("Free text reaches them until %1.")
                      .arg(QLocale().toString(c.windowClosesAt().toLocalTime(), QLocale::ShortFormat))
                : tr("Their 24-hour window closed %1: only templates reach them.")
                      .arg(QLocale().toString(c.windowClosesAt().toLocalTime(), QLocale::ShortFormat));
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
            return c.optedOut         ? tr("Opted out: %1").arg(OptOuts::describe(c.optedOutSource))
                : c.marketingOptedOut ? tr("No marketing")
                                      : tr("Subscribed");
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
