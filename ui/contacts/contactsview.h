#pragma once

#include <QWidget>

struct AppServices;
class ContactFilterProxy;
class ContactTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The contacts screen: search, filter by tag, sort, select several, edit, delete, mark opted out, import and
// export CSV, and start a broadcast to the selected contacts.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(AppServices& services, QWidget* parent = nullptr);

    // Reads the contacts again; while the screen is hidden, only when it is next shown (100,000 contacts take
    // tens of megabytes that an owner on another screen does not need).
    void reload();
    QList<qint64> selectedIds() const;
    ContactTableModel* model() const;

    void importCsv();
    void exportCsv();
    void editCurrent();
    void removeSelected();
    void markSelectedOptedOut();
    void optInCurrent();

Q_SIGNALS:
    void contactsChanged();
    void composeRequested(const QList<qint64>& contactIds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showLoaded(const QString& error);
    void updateTagFilter();
    void updateActions();

    AppServices& m_services;
    ContactTableModel* m_model;
    ContactFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_tag;
    QTableView* m_table;
    QLabel* m_summary;
    QList<QPushButton*> m_selectionButtons;
    QPushButton* m_optInButton = nullptr;
    QPushButton* m_editButton = nullptr;
    bool m_columnsSized = false;
    bool m_stale = true; // changed since last read, or never read
};
