#include "variablemappingeditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    SourceColumn,
    FixedColumn,
    FallbackColumn
};
const QString kFixed = u"\x01fixed"_s; // the source combo's "fixed text" entry; not a possible field name
} // namespace

VariableMappingEditor::VariableMappingEditor(QWidget* parent) : QWidget(parent), m_table(new QTableWidget(0, 4, this))
{
    setObjectName(u"variableMappingEditor"_s);
    m_table->setObjectName(u"variablesTableWidget"_s);
    m_table->setAccessibleName(tr("Template variables"));
    m_table->setAccessibleDescription(
        tr("Each variable of the template, and the contact field or fixed text that fills it."));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Filled from"), tr("Fixed text"), tr("If empty, use")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Cell widgets don't size their columns: give the combo room for "Field: first_name".
    m_table->setColumnWidth(NameColumn, 90);
    m_table->setColumnWidth(SourceColumn, 220);
    m_table->setColumnWidth(FixedColumn, 200);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void VariableMappingEditor::setFieldNames(const QStringList& fields)
{
    m_fields = fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, SourceColumn));
        fillSources(row, combo->currentData().toString());
    }
}

void VariableMappingEditor::setVariables(const QStringList& names)
{
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        if (!names.contains(m_table->item(row, NameColumn)->text()))
            m_table->removeRow(row);
    }
    const QStringList present = variables();
    for (const QString& name : names) {
        if (!present.contains(name))
            addRow(name);
    }
    Q_EMIT changed();
}

QStringList VariableMappingEditor::variables() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        names << m_table->item(row, NameColumn)->text();
    return names;
}

void VariableMappingEditor::addRow(const QString& name)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto* source = new QComboBox(m_table);
    source->setObjectName(u"sourceComboBox_"_s + name);
    auto* fixed = new QLineEdit(m_table);
    fixed->setObjectName(u"fixedLineEdit_"_s + name);
    fixed->setPlaceholderText(tr("same text for everyone"));
    auto* fallback = new QLineEdit(m_table);
    fallback->setObjectName(u"fallbackLineEdit_"_s + name);
    fallback->setPlaceholderText(tr("leave empty to skip such contacts"));
    m_table->setCellWidget(row, SourceColumn, source);
    m_table->setCellWidget(row, FixedColumn, fixed);
    m_table->setCellWidget(row, FallbackColumn, fallback);
    // A guess the owner can change: a variable named like a field takes it, a numbered one the contact's name.
    QString guess = m_fields.contains(name) ? name : u"name"_s;
    if (name.compare(u"phone"_s, Qt::CaseInsensitive) == 0)
        guess = u"phone"_s;
    fillSources(row, guess);
    auto update = [this, source, fixed, fallback] {
        const bool isFixed = source->currentData().toString() == kFixed;
        fixed->setEnabled(isFixed);
        fallback->setEnabled(!isFixed);
        Q_EMIT changed();
    };
    connect(source, &QComboBox::currentIndexChanged, this, update);
    connect(fixed, &QLineEdit::textChanged, this, &VariableMappingEditor::changed);
    connect(fallback, &QLineEdit::textChanged, this, &VariableMappingEditor::changed);
    update();
}

void VariableMappingEditor::fillSources(int row, const QString& keep)
{
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, SourceColumn));
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Contact's name"), u"name"_s);
    combo->addItem(tr("Contact's number"), u"phone"_s);
    for (const QString& field : m_fields)
        combo->addItem(tr("Field: %1").arg(field), field);
    combo->addItem(tr("Fixed text"), kFixed);
    combo->setCurrentIndex(qMax(0, combo->findData(keep)));
}

VariableMapping VariableMappingEditor::mapping() const
{
    VariableMapping mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text();
        const QString source
            = qobject_cast<QComboBox*>(m_table->cellWidget(row, SourceColumn))->currentData().toString();
        VariableSource s;
        if (source == kFixed) {
            s.kind = VariableSource::Kind::Fixed;
            s.value = qobject_cast<QLineEdit*>(m_table->cellWidget(row, FixedColumn))->text();
        } else {
            s.value = source;
            s.fallback = qobject_cast<QLineEdit*>(m_table->cellWidget(row, FallbackColumn))->text();
        }
        mapping.insert(name, s);
    }
    return mapping;
}

QList<VariableSource> VariableMappingEditor::sources() const
{
    const VariableMapping all = mapping();
    QList<VariableSource> inOrder;
    for (const QString& name : variables())
        inOrder << all.value(name);
    return inOrder;
}

void VariableMappingEditor::setSources(const QList<VariableSource>& inOrder)
{
    for (int row = 0; row < m_table->rowCount() && row < inOrder.size(); ++row) {
        const VariableSource& s = inOrder.at(row);
        const bool isFixed = s.kind == VariableSource::Kind::Fixed;
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, SourceColumn));
        combo->setCurrentIndex(qMax(0, combo->findData(isFixed ? kFixed : s.value)));
        qobject_cast<QLineEdit*>(m_table->cellWidget(row, FixedColumn))->setText(isFixed ? s.value : QString());
        qobject_cast<QLineEdit*>(m_table->cellWidget(row, FallbackColumn))->setText(s.fallback);
    }
    Q_EMIT changed();
}
