#pragma once

#include "broadcast/audience.h"

#include <QWidget>

#include <functional>

struct AppServices;
class QButtonGroup;
class QLabel;
class QListWidget;
class QRadioButton;

// Step 1 of the composer: who gets the message. Every contact, contacts with chosen tags, the contacts selected
// on the contacts screen, or a CSV file (imported as contacts with a tag of its own, then chosen by that tag).
class AudiencePage : public QWidget
{
    Q_OBJECT
public:
    explicit AudiencePage(AppServices& services, QWidget* parent = nullptr);

    // Reads the contacts and tags again (after an import or an edit), off the window's thread; `then` runs once they
    // are in.
    void reload(std::function<void()> then = {});
    bool isLoading() const;
    void setSelection(const QList<qint64>& contactIds);
    Audience audience() const;
    // The audience's contacts, opted-out ones included (the pre-flight check counts and excludes them).
    QList<Contact> contacts() const;
    void importCsv();

Q_SIGNALS:
    void changed();

private:
    void updateCount();

    AppServices& m_services;
    QList<Contact> m_all;
    QList<Contact> m_members; // m_all narrowed to the audience chosen
    QList<qint64> m_selection;
    QButtonGroup* m_kinds;
    QRadioButton* m_allRadio;
    QRadioButton* m_tagsRadio;
    QRadioButton* m_selectionRadio;
    QListWidget* m_tags;
    QLabel* m_count;
    int m_generation = 0;
    int m_loaded = 0;
};
