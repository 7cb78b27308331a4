#pragma once

#include "contacts/contactimporter.h"

#include <QDialog>

class ContactImportJob;
class ProfileRepository;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Imports a CSV of contacts: the owner picks the file, checks which column holds what against a preview, picks
// the country for numbers written without +code, and watches the import run off the GUI thread with a progress
// bar and Cancel. Every rejected line is listed with its number and reason; the good rows are imported.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // defaultRegion: the country preselected for national numbers; empty: the system's.
    explicit ImportDialog(QString databasePath, QString defaultRegion = {}, QWidget* parent = nullptr);
    // Lets go of the file field first: ~QDialog moves the focus away from it, and its editingFinished must not
    // reach a dialog that is no longer an ImportDialog.
    ~ImportDialog() override;

    // The country for numbers written without +code: the first sender's default country, else the system's.
    static QString defaultRegionFrom(const ProfileRepository& profiles);

    // Loads a file as if chosen with "Choose file…"; returns false (and says why in the dialog) if unreadable.
    bool loadFile(const QString& path);
    // A tag every imported row receives (a CSV audience for the composer).
    void setExtraTag(const QString& tag);
    ContactImporter::Mapping mapping() const;
    // The last import's outcome (empty before one finished).
    std::optional<ContactImporter::Report> report() const;

    void startImport();
    void cancelImport();

Q_SIGNALS:
    void fileLoaded(const QString& path);
    void imported(const ContactImporter::Report& report);

protected:
    void reject() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseFile();
    void showPreview();
    void loadTypedPath();
    void finishImport(const Result<ContactImporter::Report>& result);
    QComboBox* columnCombo(const QString& objectName, bool optional);

    QString m_databasePath;
    QString m_loadedPath;
    QByteArray m_csv;
    QStringList m_header;
    QLineEdit* m_file;
    QComboBox* m_region;
    QComboBox* m_phoneColumn;
    QComboBox* m_nameColumn;
    QComboBox* m_tagsColumn;
    QComboBox* m_optedOutColumn;
    QLineEdit* m_extraTag;
    QTableWidget* m_preview;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_rejected;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
    ContactImportJob* m_job = nullptr;
    std::optional<ContactImporter::Report> m_report;
};
