#pragma once

#include "broadcast/variablemapping.h"

#include <QWidget>

class QTableWidget;

// Where each template variable gets its value: a contact field (name, number or a custom field from the import)
// or a fixed text, and what to use when a contact's field is empty. One row a variable.
class VariableMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VariableMappingEditor(QWidget* parent = nullptr);

    // The custom fields the audience's contacts have, offered as sources.
    void setFieldNames(const QStringList& fields);
    // Keeps the rows of variables still named, adds new ones with a guessed source, drops the rest.
    void setVariables(const QStringList& names);
    QStringList variables() const;
    // The sources of the rows in order, and setting them back in order: the same message in another sender's
    // account may name its variables differently ({{first_name}} at Meta, {{1}} at Twilio).
    QList<VariableSource> sources() const;
    void setSources(const QList<VariableSource>& inOrder);
    VariableMapping mapping() const;

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString& name);
    void fillSources(int row, const QString& keep);

    QTableWidget* m_table;
    QStringList m_fields;
};
