#include "shareddatabasedialog.h"
#include "common/screenfit.h"

#include "secrets/secretstore.h"
#include "storage/shareddatabase.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SharedDatabaseDialog::SharedDatabaseDialog(SecretStore& keychain, QString currentDatabase, QWidget* parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_check(new QPushButton(tr("&Check connection"), this))
    , m_use(new QPushButton(tr("&Use this database"), this))
    , m_local(new QPushButton(tr("Use this computer's &file"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"sharedDatabaseDialog"_s);
    setWindowTitle(tr("Shared database"));
    fitToScreen(this, {640, 340});
    auto* explanation = new QLabel(
        tr("Several computers (a second desk, or a small server running tandem-cli serve) can share one PostgreSQL "
           "database: every desk sees the same contacts, broadcasts and replies. Tokens stay in each computer's "
           "keychain; a computer without a sender's token shows it as \"token needed on this computer\" and the "
           "sending happens where the token is. Tandem opens the database at its next start."),
        this);
    explanation->setWordWrap(true);
    m_url->setObjectName(u"sharedDatabaseUrlLineEdit"_s);
    m_url->setPlaceholderText(u"postgresql://shop@db.example.com:5432/tandem"_s);
    const QString saved = SharedDatabase::savedUrl();
    m_url->setText(!saved.isEmpty() ? saved : SharedDatabase::isShared(currentDatabase) ? currentDatabase : QString());
    m_password->setObjectName(u"sharedDatabasePasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in this computer's keychain"));
    m_check->setObjectName(u"checkConnectionButton"_s);
    m_use->setObjectName(u"useSharedDatabaseButton"_s);
    m_local->setObjectName(u"useLocalDatabaseButton"_s);
    m_result->setObjectName(u"sharedDatabaseResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // the server's words, never markup

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addWidget(m_use);
    actions->addStretch();
    actions->addWidget(m_local);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_result, 1);
    layout->addWidget(close);

    connect(m_check, &QPushButton::clicked, this, &SharedDatabaseDialog::check);
    connect(m_use, &QPushButton::clicked, this, &SharedDatabaseDialog::use);
    connect(m_local, &QPushButton::clicked, this, &SharedDatabaseDialog::useLocalFile);
    connect(m_url, &QLineEdit::textChanged, this, &SharedDatabaseDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_checkedUrl.clear(); // a new password is checked again before it is saved
        updateButtons();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void SharedDatabaseDialog::updateButtons()
{
    const QString url = m_url->text().trimmed();
    m_check->setEnabled(!m_checking && !url.isEmpty());
    m_use->setEnabled(!m_checking && !url.isEmpty() && url == m_checkedUrl);
    m_local->setEnabled(!SharedDatabase::savedUrl().isEmpty());
}

void SharedDatabaseDialog::check()
{
    const QString url = m_url->text().trimmed();
    const QString problem = SharedDatabase::problem(url);
    if (!problem.isEmpty()) {
        m_result->setText(u"✘ "_s + problem);
        Q_EMIT checked(false);
        return;
    }
    m_checking = true;
    m_checkedUrl.clear();
    m_result->setText(tr("Connecting to %1…").arg(url));
    updateButtons();
    // The password stays in memory, for this process's connections; use() saves it to the keychain.
    SharedDatabase::check(this, url, m_password->text(), [this, url](const Result<int>& version) {
        m_checking = false;
        if (version.isOk()) {
            m_checkedUrl = url;
            m_result->setText(tr("✔ Connected. The database is ready for Tandem (format %1). \"Use this "
                                 "database\" saves it for the next start.")
                                  .arg(version.value()));
        } else {
            m_result->setText(u"✘ "_s + version.error());
        }
        updateButtons();
        Q_EMIT checked(version.isOk());
    });
}

void SharedDatabaseDialog::use()
{
    const QString url = m_checkedUrl;
    if (url.isEmpty())
        return;
    const QString key = SharedDatabase::passwordKey(url);
    SecretJob* job = m_password->text().isEmpty() ? m_keychain.remove(key) : m_keychain.write(key, m_password->text());
    m_use->setEnabled(false);
    connect(job, &SecretJob::finished, this, [this, url](const SecretResult& result) {
        if (!result.isOk() && result.error != SecretResult::Error::NotFound) {
            m_result->setText(u"✘ "_s + result.message);
            updateButtons();
            return;
        }
        SharedDatabase::save(url);
        m_result->setText(tr("Saved. Tandem opens %1 at its next start; restart it now to switch.").arg(url));
        updateButtons();
        Q_EMIT saved();
    });
}

void SharedDatabaseDialog::useLocalFile()
{
    SharedDatabase::forget();
    m_result->setText(tr("Tandem opens this computer's own file again at its next start."));
    updateButtons();
    Q_EMIT saved();
}
