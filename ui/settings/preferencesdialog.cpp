#include "preferencesdialog.h"
#include "common/screenfit.h"

#include "util/extraca.h"
#include "util/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_certificates(new QLineEdit(this))
    , m_certificatesResult(new QLabel(this))
    , m_restartNote(new QLabel(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"languageComboBox"_s);
    // A system without a language (the C locale) gets English.
    const QString systemLanguage = QLocale::system().language() == QLocale::C
        ? QLocale(QLocale::English).nativeLanguageName()
        : QLocale::system().nativeLanguageName();
    m_language->addItem(tr("As the system (%1)").arg(systemLanguage), QString());
    for (const QString& name : Language::available()) {
        const QLocale locale(name);
        QString label = locale.nativeLanguageName();
        if (name.contains(u'_'))
            label += u" (%1)"_s.arg(locale.nativeTerritoryName());
        m_language->addItem(label.left(1).toUpper() + label.mid(1), name);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::saved())));
    m_language->setAccessibleName(tr("Language"));
    m_restartNote->setObjectName(u"languageRestartLabel"_s);
    m_restartNote->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const bool changed = m_language->currentData().toString() != Language::saved();
        m_restartNote->setText(changed ? tr("Tandem speaks the new language from its next start.") : QString());
    });

    m_certificates->setObjectName(u"extraCertificatesLineEdit"_s);
    m_certificates->setPlaceholderText(tr("none: only the system's certificate authorities"));
    m_certificates->setText(ExtraCa::savedFile());
    m_certificates->setAccessibleName(tr("Extra certificate authorities file"));
    m_certificatesResult->setObjectName(u"extraCertificatesResultLabel"_s);
    m_certificatesResult->setWordWrap(true);
    m_certificatesResult->setTextFormat(Qt::PlainText);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseCertificatesButton"_s);
    browse->setAccessibleDescription(tr("Choose a PEM file of certificate authorities"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authorities"), m_certificates->text(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_certificates->setText(file);
    });
    connect(m_certificates, &QLineEdit::textChanged, this, &PreferencesDialog::describeCertificates);

    auto* general = new QFormLayout;
    general->addRow(tr("&Language:"), m_language);
    general->addRow(QString(), m_restartNote);

    auto* advanced = new QGroupBox(tr("Advanced"), this);
    auto* explanation = new QLabel(tr("An antivirus or a company network that inspects secure connections signs "
                                      "them with its own certificate. Name its PEM file here and Tandem trusts it "
                                      "besides the system's, to reach Twilio and Meta."),
        advanced);
    explanation->setWordWrap(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_certificates, 1);
    fileRow->addWidget(browse);
    auto* advancedForm = new QFormLayout;
    auto* certificatesLabel = new QLabel(tr("Extra &certificates:"), advanced);
    certificatesLabel->setBuddy(m_certificates); // a row of two widgets has no buddy of its own
    advancedForm->addRow(certificatesLabel, fileRow);
    advancedForm->addRow(QString(), m_certificatesResult);
    auto* advancedLayout = new QVBoxLayout(advanced);
    advancedLayout->addWidget(explanation);
    advancedLayout->addLayout(advancedForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePreferencesButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(advanced);
    layout->addStretch();
    layout->addWidget(buttons);
    fitToScreen(this, {620, 360});
    describeCertificates();
}

void PreferencesDialog::describeCertificates()
{
    const QString file = m_certificates->text().trimmed();
    if (file.isEmpty()) {
        m_certificatesResult->clear();
        return;
    }
    const Result<QStringList> subjects = ExtraCa::describe(file);
    m_certificatesResult->setText(subjects.isOk()
            ? tr("%n certificate(s): %1", nullptr, int(subjects.value().size())).arg(subjects.value().join(u"; "_s))
            : subjects.error());
}

bool PreferencesDialog::save()
{
    const QString file = m_certificates->text().trimmed();
    if (!file.isEmpty()) {
        const Status trusted = ExtraCa::trust(file); // at once: the next request already trusts it
        if (!trusted.isOk()) {
            m_certificatesResult->setText(trusted.error());
            return false;
        }
    }
    ExtraCa::saveFile(file);
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Language::saved();
    Language::save(language);
    Q_EMIT saved(languageChanged);
    return true;
}
