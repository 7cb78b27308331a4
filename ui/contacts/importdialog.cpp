#include "importdialog.h"
#include "common/screenfit.h"

#include "common/filedialog.h"
#include "contacts/contactimportjob.h"
#include "csv/csvreader.h"
#include "phone/countrynames.h"
#include "phone/phonenumbers.h"
#include "profiles/profilerepository.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPreviewRows = 5;
constexpr qsizetype kPreviewBytes = 64 * 1024;
} // namespace

ImportDialog::ImportDialog(QString databasePath, QString defaultRegion, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_file(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_phoneColumn(columnCombo(u"phoneColumnComboBox"_s, false))
    , m_nameColumn(columnCombo(u"nameColumnComboBox"_s, true))
    , m_tagsColumn(columnCombo(u"tagsColumnComboBox"_s, true))
    , m_optedOutColumn(columnCombo(u"optedOutColumnComboBox"_s, true))
    , m_extraTag(new QLineEdit(this))
    , m_preview(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rejected(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import contacts"));
    fitToScreen(this, {760, 560});
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setPlaceholderText(tr("A CSV file with a column of phone numbers: type or paste its path, or choose it"));
    m_file->setAccessibleName(tr("CSV file path"));
    m_file->installEventFilter(this); // Return there loads the file rather than pressing Import
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadTypedPath);
    auto* choose = new QPushButton(tr("C&hoose file…"), this);
    choose->setObjectName(u"chooseFileButton"_s);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_region->setObjectName(u"regionComboBox"_s);
    QList<std::pair<QString, QString>> regions; // name in the owner's language, code
    for (const QString& region : supportedPhoneRegions())
        regions.append({countryName(region), region});
    std::sort(regions.begin(), regions.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, region] : std::as_const(regions))
        m_region->addItem(tr("%1 (%2)").arg(name, region), region);
    if (defaultRegion.isEmpty())
        defaultRegion = QLocale::territoryToCode(QLocale().territory());
    // With no country known (a "C" locale), the list's first entry would be Ascension Island: the United States is
    // the likelier guess, and the preview shows how each number is read either way.
    const int regionIndex = m_region->findData(defaultRegion.toUpper());
    m_region->setCurrentIndex(regionIndex >= 0 ? regionIndex : qMax(0, m_region->findData(u"US"_s)));
    connect(m_region, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    m_extraTag->setObjectName(u"extraTagLineEdit"_s);
    m_extraTag->setPlaceholderText(tr("optional, for example: spring-sale"));

    m_preview->setObjectName(u"previewTableWidget"_s);
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMaximumHeight(170);
    m_progress->setObjectName(u"importProgressBar"_s);
    m_progress->setVisible(false);
    m_status->setObjectName(u"importStatusLabel"_s);
    m_status->setWordWrap(true);
    m_rejected->setObjectName(u"rejectedPlainTextEdit"_s);
    m_rejected->setTabChangesFocus(true); // Tab moves on, as in every form
    m_rejected->setReadOnly(true);
    m_rejected->setVisible(false);

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_phoneColumn, &QComboBox::currentIndexChanged, this, [this] {
        m_importButton->setEnabled(!m_csv.isEmpty() && !m_phoneColumn->currentData().toString().isEmpty());
        showPreview();
    });

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Numbers without +code are in:"), m_region);
    form->addRow(tr("&Phone number column:"), m_phoneColumn);
    form->addRow(tr("&Name column:"), m_nameColumn);
    form->addRow(tr("&Tags column:"), m_tagsColumn);
    form->addRow(tr("&Opted-out column:"), m_optedOutColumn);
    form->addRow(tr("Add this tag to &every row:"), m_extraTag);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* previewTitle = new QLabel(tr("The first rows of the file. Columns not chosen above become fields you can use "
                                       "in templates."),
        this);
    previewTitle->setWordWrap(true);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_buttons);
}

QComboBox* ImportDialog::columnCombo(const QString& objectName, bool optional)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setProperty("optionalColumn", optional);
    return combo;
}

void ImportDialog::chooseFile()
{
    const QString path
        = FileDialog::openFileName(this, tr("Import contacts"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString& path)
{
    m_loadedPath = path; // Return and leaving the field both ask; the file is read once
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    m_csv = file.readAll();
    m_file->setText(path);
    m_header = ContactImporter::header(m_csv);
    const ContactImporter::Mapping guess = ContactImporter::Mapping::guess(m_header);
    const std::pair<QComboBox*, QString> combos[] = {{m_phoneColumn, guess.phoneColumn},
        {m_nameColumn, guess.nameColumn}, {m_tagsColumn, guess.tagsColumn}, {m_optedOutColumn, guess.optedOutColumn}};
    for (const auto& [combo, guessed] : combos) {
        combo->clear();
        combo->addItem(combo->property("optionalColumn").toBool() ? tr("(none)") : tr("(choose)"), QString());
        for (const QString& column : m_header)
            combo->addItem(column, column);
        combo->setCurrentIndex(qMax(0, combo->findData(guessed)));
    }
    m_rejected->clear();
    m_rejected->setVisible(false);
    m_status->setText(m_phoneColumn->currentData().toString().isEmpty()
            ? tr("Choose the column that holds the phone numbers.")
            : tr("About %n row(s) to import.", nullptr, qMax(0, int(m_csv.count('\n')) - 1)));
    m_importButton->setEnabled(!m_phoneColumn->currentData().toString().isEmpty());
    showPreview();
    Q_EMIT fileLoaded(path);
    return true;
}

ImportDialog::~ImportDialog()
{
    m_file->removeEventFilter(this);
    disconnect(m_file, nullptr, this, nullptr);
}

QString ImportDialog::defaultRegionFrom(const ProfileRepository& profiles)
{
    const Result<QList<Profile>> senders = profiles.list();
    if (senders.isOk()) {
        for (const Profile& sender : senders.value()) {
            if (!sender.setting(u"default_region"_s).isEmpty())
                return sender.setting(u"default_region"_s);
        }
    }
    return QString();
}

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadTypedPath();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::loadTypedPath()
{
    const QString path = m_file->text().trimmed();
    if (!path.isEmpty() && path != m_loadedPath)
        loadFile(path);
}

void ImportDialog::showPreview()
{
    if (m_csv.isEmpty())
        return;
    CsvReader reader(m_csv.left(kPreviewBytes));
    CsvReader::Record record;
    m_preview->clear();
    // The first column shows how each phone number will be read with the country chosen above.
    const qsizetype phoneColumn = m_header.indexOf(m_phoneColumn->currentData().toString());
    const QString region = m_region->currentData().toString();
    m_preview->setColumnCount(int(m_header.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList {tr("Will be read as")} + m_header);
    m_preview->setRowCount(0);
    reader.next(record); // the header
    while (m_preview->rowCount() < kPreviewRows && reader.next(record)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        QString readAs;
        if (phoneColumn >= 0 && phoneColumn < record.fields.size()) {
            const Result<QString> phone = normalizePhoneNumber(record.fields.at(phoneColumn), region);
            readAs = phone.isOk() ? phone.value() : tr("rejected: %1").arg(phone.error());
        }
        auto* readItem = new QTableWidgetItem(readAs);
        readItem->setToolTip(readAs);
        m_preview->setItem(row, 0, readItem);
        for (int column = 0; column < record.fields.size() && column < m_header.size(); ++column)
            m_preview->setItem(row, column + 1, new QTableWidgetItem(record.fields.at(column)));
    }
    m_preview->resizeColumnsToContents();
}

void ImportDialog::setExtraTag(const QString& tag)
{
    m_extraTag->setText(tag);
}

ContactImporter::Mapping ImportDialog::mapping() const
{
    ContactImporter::Mapping m;
    m.phoneColumn = m_phoneColumn->currentData().toString();
    m.nameColumn = m_nameColumn->currentData().toString();
    m.tagsColumn = m_tagsColumn->currentData().toString();
    m.optedOutColumn = m_optedOutColumn->currentData().toString();
    if (!m_extraTag->text().trimmed().isEmpty())
        m.extraTags << m_extraTag->text().trimmed().replace(u',', u' ');
    return m;
}

std::optional<ContactImporter::Report> ImportDialog::report() const
{
    return m_report;
}

void ImportDialog::startImport()
{
    if (m_job || m_csv.isEmpty())
        return;
    m_report.reset();
    m_job = new ContactImportJob(m_databasePath, m_csv, mapping(), m_region->currentData().toString(), this);
    connect(m_job, &ContactImportJob::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Importing… %1 of about %2 rows").arg(done).arg(total));
    });
    connect(m_job, &ContactImportJob::finished, this, &ImportDialog::finishImport);
    m_progress->setRange(0, 0); // busy until the first chunk reports
    m_progress->setVisible(true);
    m_importButton->setEnabled(false);
    m_status->setText(tr("Importing…"));
    m_job->start();
}

void ImportDialog::cancelImport()
{
    if (m_job) {
        m_status->setText(tr("Cancelling… nothing of this file will be kept."));
        m_job->cancel();
    }
}

void ImportDialog::reject()
{
    // Cancel stops a running import first; the dialog closes once it has rolled back.
    if (m_job) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finishImport(const Result<ContactImporter::Report>& result)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->setVisible(false);
    m_importButton->setEnabled(true);
    if (!result.isOk()) {
        m_status->setText(tr("Nothing was imported: %1").arg(result.error()));
        return;
    }
    const ContactImporter::Report& r = result.value();
    m_report = r;
    if (r.cancelled) {
        m_status->setText(tr("Import cancelled. Your contacts are as they were before."));
        return;
    }
    m_status->setText(tr("%n new contact(s)", nullptr, r.imported) + u", "_s
        + tr("%n merged with existing ones", nullptr, r.merged) + u", "_s
        + tr("%n line(s) rejected.", nullptr, int(r.rejected.size())));
    QStringList lines;
    for (const ContactImporter::Rejected& rejected : r.rejected)
        lines << tr("Line %1: %2").arg(rejected.line).arg(rejected.reason);
    m_rejected->setPlainText(lines.join(u'\n'));
    m_rejected->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_importButton->setEnabled(false);
    Q_EMIT imported(r);
}
