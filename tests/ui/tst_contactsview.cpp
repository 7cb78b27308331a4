// The contacts screen as an owner uses it: the table model under QAbstractItemModelTester, search, tag filter and
// sorting through the proxy, several rows selected and marked opted out or deleted, a contact edited, and the CSV
// import dialog: column mapping guessed from the header, a preview, rejected lines listed with their numbers,
// and a large import cancelled from the dialog leaving the contacts as they were.
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "consent/consentlog.h"
#include "contacts/contactfilterproxy.h"
#include "contacts/contactimporter.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "contacts/importdialog.h"
#include "fakes/testapp.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Five customers of a bakery in Lisbon and Porto; one already opted out.
const QByteArray kBakery = "phone,name,tags,city,opted_out\n"
                           "+351912345001,Ana Lopes,vip;lisbon,Lisboa,\n"
                           "+351912345002,Bruno Dias,lisbon,Lisboa,\n"
                           "+351912345003,Carla Mota,vip;porto,Porto,\n"
                           "+351912345004,Duarte Reis,porto,Porto,yes\n"
                           "+351912345005,Eva Sousa,,Faro,\n";

void importBakery(AppContext& app)
{
    ContactImporter importer(app.database(), u"PT"_s);
    const Result<ContactImporter::Report> r = importer.import(kBakery);
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    QCOMPARE(r.value().imported, 5);
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(bytes);
    return f.fileName();
}
} // namespace

class TestContactsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The screen reads the contacts when it is shown, not while the owner is elsewhere; a change made meanwhile is
    // read when the screen is next shown.
    void contactsAreReadWhenTheScreenIsShown()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        importBakery(*app);
        ContactsView view(app->services());
        QSignalSpy reloaded(view.model(), &ContactTableModel::reloaded);
        view.reload();
        QVERIFY(!reloaded.wait(300));
        QCOMPARE(view.model()->rowCount(), 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), 5);
        view.hide();
        Contact more;
        more.phone = u"+351912345699"_s;
        QVERIFY(ContactRepository(app->database()).insert(more).isOk());
        view.reload();
        QVERIFY(!reloaded.wait(300));
        QCOMPARE(view.model()->rowCount(), 5);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 6);
    }

    void modelAndProxyFilterAndSort()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        ContactTableModel model(app->services().dataAddress, app->services().registry);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContactFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &ContactTableModel::reloaded);
        QCOMPARE(model.rowCount(), 0);
        importBakery(*app);
        // Read off the window's thread: nothing changes until the rows are in.
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.last().first().toString(), QString());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.tags(), QStringList({u"lisbon"_s, u"porto"_s, u"vip"_s}));

        proxy.sort(ContactTableModel::NameColumn, Qt::DescendingOrder); // sorted off the thread too
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(column(proxy, ContactTableModel::NameColumn),
            QStringList({u"Eva Sousa"_s, u"Duarte Reis"_s, u"Carla Mota"_s, u"Bruno Dias"_s, u"Ana Lopes"_s}));
        proxy.setTag(u"vip"_s);
        QCOMPARE(column(proxy, ContactTableModel::NameColumn), QStringList({u"Carla Mota"_s, u"Ana Lopes"_s}));
        proxy.setTag(QString());
        proxy.setSearchText(u"PORTO"_s); // a custom field's value, any case
        QCOMPARE(column(proxy, ContactTableModel::NameColumn), QStringList({u"Duarte Reis"_s, u"Carla Mota"_s}));
        proxy.setSearchText(u"345005"_s); // part of a number
        QCOMPARE(column(proxy, ContactTableModel::NameColumn), QStringList({u"Eva Sousa"_s}));
        proxy.setSearchText(QString());
        proxy.sort(ContactTableModel::StatusColumn, Qt::DescendingOrder);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(proxy.index(0, ContactTableModel::StatusColumn).data().toString().startsWith(u"Opted out"_s));
        QCOMPARE(proxy.index(0, ContactTableModel::NameColumn).data().toString(), u"Duarte Reis"_s);
    }

    void selectMarkOptedOutEditAndDelete()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        importBakery(*app);
        ContactsView view(app->services());
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* table = view.findChild<QTableView*>(u"contactsTableView"_s);
        auto* search = view.findChild<QLineEdit*>(u"contactSearchLineEdit"_s);
        auto* optOut = view.findChild<QPushButton*>(u"optOutButton"_s);
        QVERIFY(!optOut->isEnabled());

        QTRY_COMPARE(table->model()->rowCount(), 5); // read off the window's thread
        QTest::keyClicks(search, u"lisbon"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        table->setFocus();
        table->selectAll();
        QCOMPARE(view.selectedIds().size(), 2);
        QVERIFY(optOut->isEnabled());
        QTest::mouseClick(optOut, Qt::LeftButton);
        for (const QString& phone : {u"+351912345001"_s, u"+351912345002"_s})
            QVERIFY(app->services().data.contacts.findByPhone(phone).value()->optedOut);
        QVERIFY(!app->services().data.contacts.findByPhone(u"+351912345003"_s).value()->optedOut);
        QTRY_VERIFY(!view.model()->isLoading()); // the table reads the change back off the window's thread

        // Edit Eva: a name fix, a tag and a field, through the dialog.
        search->clear();
        QTest::keyClicks(search, u"Eva"_s);
        table->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
            name->selectAll();
            QTest::keyClicks(name, u"Eva Sousa Lima"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"tagsLineEdit"_s), u"faro, vip"_s);
            auto* fields = dialog->findChild<QPlainTextEdit*>(u"fieldsPlainTextEdit"_s);
            fields->moveCursor(QTextCursor::End);
            QTest::keyClick(fields, Qt::Key_Return);
            QTest::keyClicks(fields, u"birthday: 12 May"_s);
            dialog->accept();
        });
        QTest::mouseClick(view.findChild<QPushButton*>(u"editContactButton"_s), Qt::LeftButton);
        const Contact eva = *app->services().data.contacts.findByPhone(u"+351912345005"_s).value();
        QCOMPARE(eva.name, u"Eva Sousa Lima"_s);
        QCOMPARE(eva.tags, QStringList({u"faro"_s, u"vip"_s}));
        QCOMPARE(eva.fields.value(u"city"_s), u"Faro"_s);
        QCOMPARE(eva.fields.value(u"birthday"_s), u"12 May"_s);

        // The tag filter offers the new tag.
        auto* tag = view.findChild<QComboBox*>(u"tagFilterComboBox"_s);
        QTRY_VERIFY(tag->findData(u"faro"_s) >= 0);

        // Delete asks first; "No" keeps the contact.
        QTRY_VERIFY(!view.model()->isLoading());
        search->clear();
        QTest::keyClicks(search, u"Bruno"_s);
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(view.findChild<QPushButton*>(u"deleteContactsButton"_s), Qt::LeftButton);
        QCOMPARE(app->services().data.contacts.count().value(), 5);
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(view.findChild<QPushButton*>(u"deleteContactsButton"_s), Qt::LeftButton);
        QCOMPARE(app->services().data.contacts.count().value(), 4);
        QVERIFY(!app->services().data.contacts.findByPhone(u"+351912345002"_s).value().has_value());
    }

    // A customer who opted out comes back in only as a recorded act: "Subscribe again…" asks why, and the edit
    // dialog cannot untick the opt-out silently.
    void subscribingAgainAsksWhyAndKeepsIt()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        importBakery(*app);
        ContactsView view(app->services());
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* table = view.findChild<QTableView*>(u"contactsTableView"_s);
        auto* search = view.findChild<QLineEdit*>(u"contactSearchLineEdit"_s);
        auto* optIn = view.findChild<QPushButton*>(u"optInButton"_s);
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QTest::keyClicks(search, u"Bruno"_s);
        table->selectRow(0);
        QVERIFY(!optIn->isEnabled()); // subscribed: nothing to take back
        QTest::mouseClick(view.findChild<QPushButton*>(u"optOutButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!view.model()->isLoading());
        table->selectRow(0);
        QTRY_VERIFY(optIn->isEnabled());

        // The edit dialog shows the opt-out but cannot take it back.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* optedOut = dialog->findChild<QCheckBox*>(u"optedOutCheckBox"_s);
            QVERIFY(optedOut->isChecked());
            QVERIFY(!optedOut->isEnabled());
            dialog->reject();
        });
        QTest::mouseClick(view.findChild<QPushButton*>(u"editContactButton"_s), Qt::LeftButton);

        MessageBox::setNextText(QString()); // no reason: nothing changes, and the screen says why
        QTest::mouseClick(optIn, Qt::LeftButton);
        QVERIFY(app->services().data.contacts.findByPhone(u"+351912345002"_s).value()->optedOut);
        QVERIFY(view.findChild<QLabel*>(u"contactSummaryLabel"_s)->text().contains(u"why"_s));
        table->selectRow(0);
        MessageBox::setNextText(u"asked at the counter on Tuesday"_s);
        QTest::mouseClick(optIn, Qt::LeftButton);
        QVERIFY(!app->services().data.contacts.findByPhone(u"+351912345002"_s).value()->optedOut);
        const QList<ConsentLog::Event> history
            = ConsentLog::history(app->database().connection(), u"+351912345002"_s).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().change, ConsentLog::Change::OptedIn);
        QCOMPARE(history.last().reason, u"asked at the counter on Tuesday"_s);
        QVERIFY(history.last().byWhom.startsWith(u"Tandem window"_s));
    }

    void importDialogMapsPreviewsAndReportsRejectedLines()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        QTemporaryDir dir;
        // Semicolons, a BOM, national numbers (Portugal chosen in the dialog), a quoted name with a comma, a bad
        // number on line 4 and an empty number on line 6.
        const QString path = writeFile(dir, u"clientes.csv"_s,
            "\xEF\xBB\xBF"
            "Telemovel;Nome;Grupo\n"
            "912 345 101;\"Silva, Rita\";vip\n"
            "912345102;Tiago;\n"
            "12;Nobody;\n"
            "+34 612 345 678;Lucia;spain\n"
            ";Empty;\n");
        ImportDialog dialog(app->database().path(), u"US"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QVERIFY(!importButton->isEnabled());
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"chooseFileButton"_s), Qt::LeftButton);
        auto* phone = dialog.findChild<QComboBox*>(u"phoneColumnComboBox"_s);
        auto* tags = dialog.findChild<QComboBox*>(u"tagsColumnComboBox"_s);
        // "Telemovel" is not a header Tandem guesses: the owner picks it; "Grupo" neither.
        QCOMPARE(phone->currentData().toString(), QString());
        QVERIFY(!importButton->isEnabled());
        phone->setCurrentIndex(phone->findText(u"Telemovel"_s));
        tags->setCurrentIndex(tags->findText(u"Grupo"_s));
        auto* name = dialog.findChild<QComboBox*>(u"nameColumnComboBox"_s);
        name->setCurrentIndex(name->findText(u"Nome"_s));
        QVERIFY(importButton->isEnabled());
        auto* preview = dialog.findChild<QTableWidget*>(u"previewTableWidget"_s);
        QCOMPARE(preview->columnCount(), 4); // how each number is read, then the file's three columns
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->item(0, 2)->text(), u"Silva, Rita"_s);
        // Read as a United States number, "912 345 101" is no number at all; with Portugal chosen it is Rita's.
        QVERIFY2(preview->item(0, 0)->text().startsWith(u"rejected"_s), qPrintable(preview->item(0, 0)->text()));
        auto* region = dialog.findChild<QComboBox*>(u"regionComboBox"_s);
        region->setCurrentIndex(region->findData(u"PT"_s));
        QCOMPARE(preview->item(0, 0)->text(), u"+351912345101"_s);
        QCOMPARE(preview->item(3, 0)->text(), u"+34612345678"_s);

        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(dialog.report().has_value());
        QCOMPARE(dialog.report()->imported, 3);
        QCOMPARE(dialog.report()->rejected.size(), 2);
        const QString rejected = dialog.findChild<QPlainTextEdit*>(u"rejectedPlainTextEdit"_s)->toPlainText();
        QVERIFY2(rejected.contains(u"Line 4:"_s) && rejected.contains(u"Line 6:"_s), qPrintable(rejected));
        QVERIFY(!rejected.contains(u"Line 2:"_s));
        const auto rita = app->services().data.contacts.findByPhone(u"+351912345101"_s).value();
        QVERIFY(rita.has_value());
        QCOMPARE(rita->name, u"Silva, Rita"_s);
        QCOMPARE(rita->tags, QStringList({u"vip"_s}));
        QVERIFY(app->services().data.contacts.findByPhone(u"+34612345678"_s).value().has_value());
    }

    // A newcomer walking the README's demo: the country preselected for national numbers is the sender's, and a
    // path typed or pasted into the file field loads the file.
    void importDialogTakesTheSendersCountryAndATypedPath()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        QCOMPARE(ImportDialog::defaultRegionFrom(app->services().data.profiles), QString()); // no sender yet
        Profile sender;
        sender.name = u"Padaria"_s;
        sender.kind = u"meta_cloud"_s;
        sender.settings = {{u"phone_number_id"_s, u"106540352242922"_s}, {u"default_region"_s, u"BR"_s}};
        QVERIFY(app->services().data.profiles.create(sender).isOk());
        QCOMPARE(ImportDialog::defaultRegionFrom(app->services().data.profiles), u"BR"_s);

        QTemporaryDir dir;
        const QString path = writeFile(dir, u"demo.csv"_s, "phone,name\n(11) 98765-4325,Ana\n");
        ImportDialog dialog(app->database().path(), ImportDialog::defaultRegionFrom(app->services().data.profiles));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QComboBox*>(u"regionComboBox"_s)->currentData().toString(), u"BR"_s);
        auto* file = dialog.findChild<QLineEdit*>(u"fileLineEdit"_s);
        QVERIFY(!file->isReadOnly());
        file->setFocus();
        QTest::keyClicks(file, path);
        QTest::keyClick(file, Qt::Key_Return);
        auto* preview = dialog.findChild<QTableWidget*>(u"previewTableWidget"_s);
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(preview->item(0, 0)->text(), u"+5511987654325"_s);
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QVERIFY(importButton->isEnabled());
        // On with the keyboard alone: Alt and the Import button's letter imports.
        QApplication::setActiveWindow(&dialog);
        const QKeySequence alt = QKeySequence::mnemonic(importButton->text());
        QVERIFY2(!alt.isEmpty(), qPrintable(importButton->text()));
        QTest::keyClick(&dialog, Qt::Key(alt[0].key() & ~Qt::ALT), Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app->services().data.contacts.count().value(), 1, 10000);

        // Without a sender and with no country in the locale, the list does not fall to its first entry
        // (Ascension Island).
        ImportDialog bare(app->database().path(), u"??"_s);
        QCOMPARE(bare.findChild<QComboBox*>(u"regionComboBox"_s)->currentData().toString(), u"US"_s);
    }

    void cancellingALargeImportKeepsTheContactsAsTheyWere()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        importBakery(*app);
        QTemporaryDir dir;
        QByteArray big = "phone,name\n";
        for (int i = 0; i < 100000; ++i)
            big += "+3519130" + QByteArray::number(i).rightJustified(5, '0') + ",Customer " + QByteArray::number(i)
                + '\n';
        const QString path = writeFile(dir, u"big.csv"_s, big);
        ImportDialog dialog(app->database().path(), u"PT"_s);
        dialog.show();
        QVERIFY(dialog.loadFile(path));
        auto* progress = dialog.findChild<QProgressBar*>(u"importProgressBar"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        // Cancel, as the owner would: the dialog's Cancel button stops the import rather than closing.
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 20000);
        QVERIFY(dialog.report()->cancelled);
        QCOMPARE(app->services().data.contacts.count().value(), 5);
        QVERIFY(dialog.findChild<QLabel*>(u"importStatusLabel"_s)->text().contains(u"as they were"_s));
    }
};

QTEST_MAIN(TestContactsView)
#include "tst_contactsview.moc"
