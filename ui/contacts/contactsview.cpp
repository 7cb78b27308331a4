#include "contactsview.h"
#include "services/dataservices.h"

#include "util/whoami.h"

#include "appservices.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "contacteditdialog.h"
#include "contactfilterproxy.h"
#include "contacts/contactexporter.h"
#include "contacts/contactrepository.h"
#include "contacttablemodel.h"
#include "importdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContactsView::ContactsView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new ContactTableModel(services.dataAddress, services.registry, this))
    , m_proxy(new ContactFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"contactsView"_s);
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(u"contactSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search number, name, tag or field"));
    m_search->setClearButtonEnabled(true);
    m_tag->setObjectName(u"tagFilterComboBox"_s);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "All tags" whole, in every language
    m_table->setObjectName(u"contactsTableView"_s);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Fixed row heights: the view never measures 100,000 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Column widths from a sample of rows, not from the first thousand.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The other fields take the room that is left; each other column is as wide as what it shows, within limits.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContactTableModel::FieldsColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"contactSummaryLabel"_s);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContactFilterProxy::setSearchText);
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContactsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContactsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &ContactsView::editCurrent);
    connect(m_model, &ContactTableModel::reloaded, this, &ContactsView::showLoaded);

    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* tagLabel = new QLabel(tr("Ta&g:"), this);
    tagLabel->setBuddy(m_tag);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag);

    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& name, const QString& text, void (ContactsView::*slot)(), bool needsSelection) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        if (needsSelection)
            m_selectionButtons << button;
        return button;
    };
    add(u"importButton"_s, tr("&Import CSV…"), &ContactsView::importCsv, false);
    add(u"exportButton"_s, tr("E&xport CSV…"), &ContactsView::exportCsv, false);
    buttons->addStretch();
    m_editButton = add(u"editContactButton"_s, tr("&Edit…"), &ContactsView::editCurrent, true);
    add(u"optOutButton"_s, tr("Mark &opted out"), &ContactsView::markSelectedOptedOut, true);
    m_optInButton = add(u"optInButton"_s, tr("S&ubscribe again…"), &ContactsView::optInCurrent, true);
    m_optInButton->setToolTip(tr("For a customer who opted out and asked to get messages again: Tandem keeps your "
                                 "reason, the date and who did it."));
    add(u"deleteContactsButton"_s, tr("&Delete"), &ContactsView::removeSelected, true);
    auto* compose = new QPushButton(tr("&Message selected…"), this);
    compose->setObjectName(u"messageSelectedButton"_s);
    connect(compose, &QPushButton::clicked, this, [this] { Q_EMIT composeRequested(selectedIds()); });
    buttons->addWidget(compose);
    m_selectionButtons << compose;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    updateActions();
}

ContactTableModel* ContactsView::model() const
{
    return m_model;
}

void ContactsView::reload()
{
    m_stale = !isVisible();
    if (!m_stale)
        m_model->reload(); // read off the window's thread; showLoaded() follows
}

void ContactsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ContactsView::showLoaded(const QString& error)
{
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents(); // it looks at the first rows only
        // A long status or tag list does not push the rest out of sight: its whole text is in the tooltip.
        constexpr int kWidest = 240;
        for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
            if (column != ContactTableModel::FieldsColumn && m_table->columnWidth(column) > kWidest)
                m_table->setColumnWidth(column, kWidest);
        }
        m_columnsSized = true;
    }
    updateTagFilter();
    updateActions();
    if (!error.isEmpty())
        m_summary->setText(tr("The contacts could not be read: %1").arg(error));
}

void ContactsView::updateTagFilter()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : m_model->tags())
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
    m_proxy->setTag(m_tag->currentData().toString());
}

void ContactsView::updateActions()
{
    const int selected = int(selectedIds().size());
    for (QPushButton* button : std::as_const(m_selectionButtons))
        button->setEnabled(selected > 0);
    m_editButton->setEnabled(selected == 1);
    bool optedOut = false;
    if (selected == 1) {
        const Contact c
            = m_model->contact(m_proxy->mapToSource(m_table->selectionModel()->selectedRows().first()).row());
        optedOut = c.optedOut || c.marketingOptedOut;
    }
    m_optInButton->setEnabled(optedOut);
    m_summary->setText(tr("%1 of %2 contacts shown, %3 selected.")
                           .arg(QLocale().toString(m_proxy->rowCount()))
                           .arg(QLocale().toString(m_model->rowCount()))
                           .arg(selected));
}

QList<qint64> ContactsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(ContactTableModel::IdRole).toLongLong();
    return ids;
}

void ContactsView::importCsv()
{
    ImportDialog dialog(m_services.dataAddress, ImportDialog::defaultRegionFrom(m_services.data.profiles), this);
    connect(&dialog, &ImportDialog::imported, this, [this] {
        reload();
        Q_EMIT contactsChanged();
    });
    dialog.exec();
}

void ContactsView::exportCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Export contacts"), u"contacts.csv"_s);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_summary->setText(tr("Export failed: %1").arg(file.errorString()));
        return;
    }
    const Result<int> written = exportContacts(m_services.data.contacts, file);
    if (!written.isOk() || !file.commit()) {
        m_summary->setText(tr("Export failed: %1").arg(written.isOk() ? file.errorString() : written.error()));
        return;
    }
    m_summary->setText(tr("Exported %n contact(s) to %1.", nullptr, written.value()).arg(path));
}

void ContactsView::editCurrent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Contact contact = m_model->contact(m_proxy->mapToSource(rows.first()).row());
    ContactEditDialog dialog(contact, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status saved = m_services.data.contacts.update(dialog.contact());
    if (!saved.isOk())
        m_summary->setText(tr("The contact could not be saved: %1").arg(saved.error()));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsView::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()
        || MessageBox::question(this, tr("Delete contacts"),
               tr("Delete %n contact(s)? Broadcasts already sent keep their results.", nullptr, int(ids.size())),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const Status removed = m_services.data.contacts.remove(ids);
    reload();
    if (!removed.isOk())
        m_summary->setText(tr("Not deleted: %1").arg(removed.error()));
    Q_EMIT contactsChanged();
}

void ContactsView::optInCurrent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Contact contact = m_model->contact(m_proxy->mapToSource(rows.first()).row());
    bool ok = false;
    const QString reason = MessageBox::askText(this, tr("Subscribe again"),
        tr("%1 opted out. Why may they get messages again? (For example: \"asked in the shop on 3 December\".) "
           "Tandem keeps your answer with the date.")
            .arg(contact.name.isEmpty() ? contact.phone : contact.name),
        &ok);
    if (!ok)
        return;
    const Result<bool> done = m_services.data.contacts.optIn(contact.id, reason, whoAmI(tr("Tandem window")));
    if (!done.isOk()) {
        m_summary->setText(done.error()); // nothing changed
        return;
    }
    reload();
    Q_EMIT contactsChanged();
}

void ContactsView::markSelectedOptedOut()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Status marked = m_services.data.contacts.markOptedOut(ids, whoAmI(tr("Tandem window")));
    reload();
    if (!marked.isOk())
        m_summary->setText(tr("Not changed: %1").arg(marked.error()));
    Q_EMIT contactsChanged();
}
