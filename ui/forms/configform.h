#pragma once

#include "providers/providerdescriptor.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QToolButton;

// A provider's settings form, generated from its ProviderDescriptor: nothing provider-specific is laid out by
// hand. Inputs are named after their keys ("account_sid" -> accountSidLineEdit, "default_region" ->
// defaultRegionComboBox) so tests and screen readers can find them.
class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    struct Values
    {
        QVariantMap settings; // non-secret fields that have a value
        QHash<QString, QString> secrets; // secret fields that were typed in
    };

    explicit ConfigForm(const ProviderDescriptor& descriptor, QWidget* parent = nullptr);

    // Fills the form from a saved profile; secrets already in the keychain are shown as stored, replaceable.
    void setValues(const QVariantMap& settings, const QSet<QString>& storedSecrets = {});
    // In the demo tokens are kept in memory, not in the keychain: the stored-token hint says so.
    void setSecretsInMemory(bool inMemory);
    // Types a secret in, as the demo's "fill in" button does.
    void setSecret(const QString& key, const QString& value);
    Values values() const;
    bool isComplete() const;
    QStringList problems() const;
    QWidget* firstInput() const;
    const ProviderDescriptor& descriptor() const;

    static QString objectNameFor(const QString& key, const QString& widgetClass);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        ConfigField field;
        QWidget* input = nullptr;
        QLabel* error = nullptr;
    };

    void addRow(const ConfigField& field, QWidget* container);
    QString text(const Row& row) const;
    QString problem(const Row& row) const;
    void revalidate();

    ProviderDescriptor m_descriptor;
    QList<Row> m_rows;
    QSet<QString> m_storedSecrets;
    bool m_secretsInMemory = false;
    QSet<QString> m_touched;
    QLabel* m_formError = nullptr;
    QToolButton* m_advancedToggle = nullptr;
};
