#include "configform.h"
#include "phone/countrynames.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString camelCase(const QString& key)
{
    QString result;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        result += upper ? c.toUpper() : c;
        upper = false;
    }
    return result;
}

QComboBox* regionBox(const ConfigField& field, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    QList<std::pair<QString, QString>> items;
    for (const QString& code : field.choices) {
        items.append({countryName(code), code});
    }
    std::sort(items.begin(), items.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, code] : items)
        box->addItem(u"%1 (%2)"_s.arg(name, code), code);
    return box;
}
} // namespace

QString ConfigForm::objectNameFor(const QString& key, const QString& widgetClass)
{
    return camelCase(key) + widgetClass;
}

ConfigForm::ConfigForm(const ProviderDescriptor& descriptor, QWidget* parent)
    : QWidget(parent), m_descriptor(descriptor)
{
    setObjectName(camelCase(descriptor.kind) + u"ConfigForm"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A grid rather than a form layout: a help text that wraps to three lines gets the height it needs under its
    // field, instead of being drawn over the next row.
    auto grid = [](QWidget* container) {
        auto* rows = new QGridLayout(container);
        rows->setColumnStretch(1, 1);
        rows->setVerticalSpacing(2);
        rows->setContentsMargins(0, 0, 0, 0);
    };
    auto* basic = new QWidget(this);
    grid(basic);
    auto* advanced = new QWidget(this);
    advanced->setObjectName(u"advancedSettingsWidget"_s);
    grid(advanced);
    for (const ConfigField& field : descriptor.fields)
        addRow(field, field.advanced ? advanced : basic);

    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formErrorLabel"_s);
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(u"color: #b00020;"_s);
    m_formError->hide();

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggleButton"_s);
    m_advancedToggle->setText(tr("Advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this, advanced](bool open) {
        advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    layout->addWidget(basic);
    layout->addWidget(m_formError);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(advanced);
    layout->addStretch();
    revalidate();
}

void ConfigForm::addRow(const ConfigField& field, QWidget* container)
{
    auto* grid = static_cast<QGridLayout*>(container->layout());
    Row row;
    row.field = field;
    if (field.kind == ConfigField::Kind::Choice) {
        QComboBox* box = regionBox(field, container);
        box->setObjectName(objectNameFor(field.key, u"ComboBox"_s));
        const int index = box->findData(field.defaultValue);
        box->setCurrentIndex(index >= 0 ? index : 0);
        connect(box, &QComboBox::currentIndexChanged, this, [this, key = field.key] {
            m_touched.insert(key);
            revalidate();
        });
        row.input = box;
    } else {
        auto* edit = new QLineEdit(container);
        edit->setObjectName(objectNameFor(field.key, u"LineEdit"_s));
        edit->setPlaceholderText(field.placeholder);
        edit->setText(field.isSecret() ? QString() : field.defaultValue);
        if (field.isSecret()) {
            edit->setEchoMode(QLineEdit::Password);
            QAction* show = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
            show->setObjectName(objectNameFor(field.key, u"ShowAction"_s));
            show->setText(tr("Show"));
            show->setToolTip(tr("Show or hide what you typed"));
            show->setCheckable(true);
            connect(show, &QAction::toggled, edit,
                [edit](bool visible) { edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password); });
        }
        if (field.kind == ConfigField::Kind::Phone)
            edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        connect(edit, &QLineEdit::textEdited, this, [this, key = field.key] {
            m_touched.insert(key);
            revalidate();
        });
        row.input = edit;
    }
    auto* label = new QLabel(field.label + (field.required ? u" *"_s : QString()), container);
    label->setObjectName(objectNameFor(field.key, u"Label"_s));
    label->setBuddy(row.input);
    row.input->setToolTip(field.help);
    // A screen reader reads the field's own name and description, whatever sits around it.
    row.input->setAccessibleName(field.label);
    row.input->setAccessibleDescription(field.help);

    // Each field takes three rows of the grid: the field beside its label, its help text, and its error when it
    // has one (a hidden error takes no room); the help's bottom margin keeps one field apart from the next.
    const int top = grid->rowCount() == 1 && !grid->itemAtPosition(0, 1) ? 0 : grid->rowCount();
    grid->addWidget(label, top, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(row.input, top, 1);
    auto* help = new QLabel(field.help, container);
    help->setObjectName(objectNameFor(field.key, u"HelpLabel"_s));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    help->setContentsMargins(0, 0, 0, 6);
    grid->addWidget(help, top + 1, 1);
    row.error = new QLabel(container);
    row.error->setObjectName(objectNameFor(field.key, u"ErrorLabel"_s));
    row.error->setWordWrap(true);
    row.error->setStyleSheet(u"color: #b00020;"_s);
    row.error->setContentsMargins(0, 0, 0, 6);
    row.error->hide();
    grid->addWidget(row.error, top + 2, 1);
    m_rows.append(row);
}

QString ConfigForm::text(const Row& row) const
{
    if (auto* box = qobject_cast<QComboBox*>(row.input))
        return box->currentData().toString();
    return static_cast<QLineEdit*>(row.input)->text().trimmed();
}

QString ConfigForm::problem(const Row& row) const
{
    const QString value = text(row);
    if (row.field.isSecret() && value.isEmpty() && m_storedSecrets.contains(row.field.key))
        return QString(); // kept as stored
    return row.field.validate(value);
}

void ConfigForm::setSecretsInMemory(bool inMemory)
{
    m_secretsInMemory = inMemory;
}

void ConfigForm::setValues(const QVariantMap& settings, const QSet<QString>& storedSecrets)
{
    m_storedSecrets = storedSecrets;
    for (const Row& row : std::as_const(m_rows)) {
        if (auto* box = qobject_cast<QComboBox*>(row.input)) {
            const int index = box->findData(settings.value(row.field.key, row.field.defaultValue));
            if (index >= 0)
                box->setCurrentIndex(index);
            continue;
        }
        auto* edit = static_cast<QLineEdit*>(row.input);
        if (row.field.isSecret()) {
            edit->clear();
            edit->setPlaceholderText(!storedSecrets.contains(row.field.key) ? row.field.placeholder
                    : m_secretsInMemory                                     ? tr("Kept for this demo; type to replace")
                                        : tr("Stored in the system keychain; type to replace"));
        } else {
            edit->setText(settings.value(row.field.key, row.field.defaultValue).toString());
        }
    }
    m_touched.clear();
    revalidate();
}

void ConfigForm::setSecret(const QString& key, const QString& value)
{
    if (auto* edit = findChild<QLineEdit*>(objectNameFor(key, u"LineEdit"_s)))
        edit->setText(value);
    revalidate();
}

ConfigForm::Values ConfigForm::values() const
{
    Values v;
    for (const Row& row : m_rows) {
        const QString value = row.field.normalized(text(row));
        if (value.isEmpty())
            continue;
        if (row.field.isSecret())
            v.secrets.insert(row.field.key, value);
        else
            v.settings.insert(row.field.key, value);
    }
    return v;
}

QStringList ConfigForm::problems() const
{
    QStringList result;
    QVariantMap all;
    for (const Row& row : m_rows) {
        const QString p = problem(row);
        if (!p.isEmpty())
            result << p;
        const QString value = text(row);
        // A secret kept in the keychain counts as present for the either/or rules.
        all.insert(row.field.key, value.isEmpty() && m_storedSecrets.contains(row.field.key) ? u"stored"_s : value);
    }
    if (result.isEmpty() && m_descriptor.crossCheck)
        result << m_descriptor.crossCheck(all);
    return result;
}

bool ConfigForm::isComplete() const
{
    return problems().isEmpty();
}

void ConfigForm::revalidate()
{
    bool fieldsOk = true;
    for (const Row& row : std::as_const(m_rows)) {
        const QString p = problem(row);
        fieldsOk = fieldsOk && p.isEmpty();
        const bool show = !p.isEmpty() && m_touched.contains(row.field.key);
        row.error->setText(p);
        row.error->setVisible(show);
        if (show && row.field.advanced && !m_advancedToggle->isChecked())
            m_advancedToggle->setChecked(true);
    }
    const QStringList all = problems();
    const bool showForm = fieldsOk && !all.isEmpty() && !m_touched.isEmpty();
    m_formError->setText(all.join(u'\n'));
    m_formError->setVisible(showForm);
    Q_EMIT changed();
}

QWidget* ConfigForm::firstInput() const
{
    return m_rows.isEmpty() ? nullptr : m_rows.first().input;
}

const ProviderDescriptor& ConfigForm::descriptor() const
{
    return m_descriptor;
}
