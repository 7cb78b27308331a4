// The contact importer over a corpus of good and bad files: quotes, BOM, delimiters, embedded newlines, bad numbers
// in several countries, duplicates, blank lines, a 5 MB field, invalid UTF-8. Every rejected row is reported with
// its line number; the good rows are imported. Plus: export -> import round trip, merging with existing contacts,
// and a cancelled import leaving the database as it was.
#include "contacts/contactexporter.h"
#include "contacts/contactimporter.h"
#include "contacts/contactrepository.h"
#include "csv/csvreader.h"
#include "storage/database.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Lines = QList<int>;

class TestContactImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"contacts-%1.sqlite"_s.arg(++m_counter))).isOk());
    }
    void cleanup()
    {
        m_db.close();
    }

    void corpus_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("imported"); // the phones in the database afterwards
        QTest::addColumn<int>("merged");
        QTest::addColumn<Lines>("rejectedLines");
        QTest::addColumn<QString>("firstReason"); // part of the first rejection's reason

        QTest::newRow("quoted comma and quotes")
            << QByteArray("phone,name\n+14155552671,\"Smith, Ann\"\n+14155552672,\"Cara \"\"CJ\"\" Jones\"\n")
            << u"US"_s << QStringList {u"+14155552671"_s, u"+14155552672"_s} << 0 << Lines {} << QString();
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFphone,name\n+14155552671,Ann\n") << u"US"_s
                                   << QStringList {u"+14155552671"_s} << 0 << Lines {} << QString();
        QTest::newRow("semicolons") << QByteArray("Name;Mobile;City\nAnn;0151 23456789;Berlin\n") << u"DE"_s
                                    << QStringList {u"+4915123456789"_s} << 0 << Lines {} << QString();
        QTest::newRow("tabs") << QByteArray("phone\tname\n+447911123456\tAnn\n") << u""_s
                              << QStringList {u"+447911123456"_s} << 0 << Lines {} << QString();
        QTest::newRow("embedded newline keeps line numbers")
            << QByteArray("phone,notes\n+14155552671,\"first line\nsecond line\"\n12345,bad\n") << u"US"_s
            << QStringList {u"+14155552671"_s} << 0 << Lines {4} << u"12345"_s;
        QTest::newRow("bad numbers in several countries")
            << QByteArray("phone,name\n+49 151 234,Short DE\n+44 20 1234,Short UK\n+91 12345,Short IN\n"
                          "+55 11 91234-5678,Good BR\n0151 23456789,No country\ncall me,Words\n,Empty\n")
            << u""_s << QStringList {u"+5511912345678"_s} << 0 << Lines {2, 3, 4, 6, 7, 8}
            << u"not a valid phone number"_s;
        QTest::newRow("duplicates merged")
            << QByteArray("phone,name,tags\n+1 415 555 2671,Ann,vip\n(415) 555-2671,Ann Smith,north\n") << u"US"_s
            << QStringList {u"+14155552671"_s} << 1 << Lines {} << QString();
        QTest::newRow("blank lines") << QByteArray("phone\n\n+14155552671\n\n\n12\n") << u"US"_s
                                     << QStringList {u"+14155552671"_s} << 0 << Lines {6} << u"\"12\""_s;
        QTest::newRow("5 MB field") << QByteArray("phone,notes\n+14155552671,") + QByteArray(5 * 1024 * 1024, 'x')
                + QByteArray("\n+14155552672,short\n")
                                    << u"US"_s << QStringList {u"+14155552672"_s} << 0 << Lines {2} << u"64 KB"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("phone,name\n+14155552671,Ann\n+14155552672,Bo\xff\xfe\n")
                                       << u"US"_s << QStringList {u"+14155552671"_s} << 0 << Lines {3} << u"UTF-8"_s;
        QTest::newRow("more values than columns") << QByteArray("phone,name\n+14155552671,Ann,extra\n") << u"US"_s
                                                  << QStringList {} << 0 << Lines {2} << u"3 values"_s;
        // A quote never closed would swallow every line after it into one field; only its own line is lost.
        QTest::newRow("unterminated quote")
            << QByteArray("phone,name\n+14155552671,Ann\n+14155552672,\"Bo\n+14155552673,Cy\n+14155552674,Di\n")
            << u"US"_s << QStringList {u"+14155552671"_s, u"+14155552673"_s, u"+14155552674"_s} << 0 << Lines {3}
            << u"never closed"_s;
    }
    void corpus()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, region);
        QFETCH(QStringList, imported);
        QFETCH(int, merged);
        QFETCH(Lines, rejectedLines);
        QFETCH(QString, firstReason);
        ContactImporter importer(m_db, region);
        const Result<ContactImporter::Report> report = importer.import(csv);
        QVERIFY2(report.isOk(), qPrintable(report.error()));
        QCOMPARE(report.value().imported, imported.size());
        QCOMPARE(report.value().merged, merged);
        Lines lines;
        for (const ContactImporter::Rejected& r : report.value().rejected)
            lines << r.line;
        QCOMPARE(lines, rejectedLines);
        if (!firstReason.isEmpty())
            QVERIFY2(report.value().rejected.first().reason.contains(firstReason),
                qPrintable(report.value().rejected.first().reason));
        QStringList phones;
        ContactRepository(m_db).forEach([&](const Contact& c) { phones << c.phone; });
        imported.sort();
        QCOMPARE(phones, imported);
    }

    void fieldsNamesAndTagsAreKept()
    {
        const QByteArray csv = "Phone,Name,Tags,First Visit,opted_out\n"
                               "+1 415 555 2671,Ann,vip;north,2025-03-01,\n"
                               "+14155552671,,south,,\n"
                               "+14155552672,Bob,,,yes\n";
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer.import(csv).isOk());
        ContactRepository repository(m_db);
        const Contact ann = *repository.findByPhone(u"+14155552671"_s).value();
        QCOMPARE(ann.name, u"Ann"_s); // the later row had no name: the earlier one stays
        QCOMPARE(ann.tags, (QStringList {u"vip"_s, u"north"_s, u"south"_s}));
        QCOMPARE(ann.fields.value(u"First Visit"_s), u"2025-03-01"_s);
        QVERIFY(!ann.optedOut);
        QVERIFY(repository.findByPhone(u"+14155552672"_s).value()->optedOut);
    }

    void mergesWithExistingContacts()
    {
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer.import("phone,name,tags\n+14155552671,Ann,vip\n").isOk());
        const Result<ContactImporter::Report> again
            = importer.import("phone,tags\n+14155552671,north\n+14155552672,\n");
        QCOMPARE(again.value().imported, 1);
        QCOMPARE(again.value().merged, 1);
        const Contact ann = *ContactRepository(m_db).findByPhone(u"+14155552671"_s).value();
        QCOMPARE(ann.name, u"Ann"_s);
        QCOMPARE(ann.tags, (QStringList {u"vip"_s, u"north"_s}));
    }

    void exportReadsBackTheSame()
    {
        const QByteArray csv = "phone,name,tags,city,notes,opted_out\n"
                               "+14155552671,\"Smith, Ann\",vip;north,Springfield,\"said \"\"hi\"\"\nand left\",\n"
                               "+447911123456,Bob,,London,,yes\n";
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer.import(csv).isOk());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(exportContacts(ContactRepository(m_db), out).value(), 2);

        Database second;
        QVERIFY(second.open(m_dir.filePath(u"second-%1.sqlite"_s.arg(m_counter))).isOk());
        ContactImporter reimport(second, QString());
        const Result<ContactImporter::Report> report = reimport.import(out.data());
        QVERIFY2(report.isOk(), qPrintable(report.error()));
        QCOMPARE(report.value().imported, 2);
        QVERIFY(report.value().rejected.isEmpty());
        QList<Contact> before;
        QList<Contact> after;
        ContactRepository(m_db).forEach([&](const Contact& c) { before << c; });
        ContactRepository(second).forEach([&](const Contact& c) { after << c; });
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).phone, before.at(i).phone);
            QCOMPARE(after.at(i).name, before.at(i).name);
            QCOMPARE(after.at(i).tags, before.at(i).tags);
            QCOMPARE(after.at(i).fields, before.at(i).fields);
            QCOMPARE(after.at(i).optedOut, before.at(i).optedOut);
        }
        QCOMPARE(before.at(0).fields.value(u"notes"_s), u"said \"hi\"\nand left"_s);
    }

    // A value that a spreadsheet would run as a formula is exported as text, and comes back as it was.
    void exportIsSafeToOpenInASpreadsheet()
    {
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer
                    .import("phone,name,note\n+14155552671,\"=HYPERLINK(\"\"http://x\"\",\"\"win\"\")\",@SUM(A1)\n"
                            "+14155552672,-2+3,plain\n+14155552673,Ann,-5\n")
                    .isOk());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exportContacts(ContactRepository(m_db), out).isOk());
        const QList<CsvReader::Record> lines = CsvReader::parse(out.data());
        QCOMPARE(lines.size(), 4);
        const QStringList ann = lines.at(1).fields;
        QCOMPARE(ann.at(0), u"+14155552671"_s); // a phone number is only a number: written as it is
        QCOMPARE(ann.at(1), u"'=HYPERLINK(\"http://x\",\"win\")"_s);
        QCOMPARE(ann.at(4), u"'@SUM(A1)"_s);
        QCOMPARE(lines.at(2).fields.at(1), u"'-2+3"_s);
        QCOMPARE(lines.at(3).fields.at(4), u"-5"_s);
        for (const CsvReader::Record& line : lines) {
            for (const QString& cell : line.fields) {
                const QChar first = cell.isEmpty() ? QChar() : cell.front();
                QVERIFY2(
                    !(first == u'=' || first == u'@') && !(first == u'+' && !cell.at(1).isDigit()), qPrintable(cell));
            }
        }
        // Imported again, nothing changed.
        Database copy;
        QVERIFY(copy.open(m_dir.filePath(u"roundtrip-%1.sqlite"_s.arg(++m_counter))).isOk());
        QVERIFY(ContactImporter(copy, u"US"_s).import(out.data()).isOk());
        QCOMPARE(ContactRepository(copy).findByPhone(u"+14155552671"_s).value()->name,
            u"=HYPERLINK(\"http://x\",\"win\")"_s);
        QCOMPARE(ContactRepository(copy).findByPhone(u"+14155552672"_s).value()->name, u"-2+3"_s);
        copy.close();
    }

    void cancelledImportLeavesTheDatabaseAsItWas()
    {
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer.import("phone,name,tags\n+14155552671,Ann,vip\n").isOk());
        // The big file changes Ann too (a new name and tag), after its first chunk.
        QByteArray big = "phone,name,tags\n";
        for (int i = 0; i < 30000; ++i)
            big += "+1415" + QByteArray::number(2000000 + i) + ",C,new\n";
        big += "+14155552671,Annie,new\n";
        Database other; // what the window (or another Tandem) sees meanwhile
        QVERIFY(other.open(m_db.path()).isOk());
        int visibleWhileRunning = 0;
        const Result<ContactImporter::Report> report = importer.import(
            big, ContactImporter::Mapping::guess({u"phone"_s, u"name"_s, u"tags"_s}), [&](int done, int) {
                if (done >= 16384 && visibleWhileRunning == 0) {
                    // Chunks are committed as they go, so nobody waits for the whole file...
                    visibleWhileRunning = ContactRepository(other).count().value();
                    importer.cancel(); // ...and Cancel (from the GUI thread) still takes back every one of them
                }
            });
        QVERIFY(report.isOk());
        QVERIFY(report.value().cancelled);
        QVERIFY2(visibleWhileRunning > 8000, qPrintable(QString::number(visibleWhileRunning)));
        QCOMPARE(ContactRepository(m_db).count().value(), 1);
        const Contact ann = ContactRepository(m_db).findByPhone(u"+14155552671"_s).value().value();
        QCOMPARE(ann.name, u"Ann"_s);
        QCOMPARE(ann.tags, QStringList({u"vip"_s}));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM contact_import_journal"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        other.close();
    }

    void cancelRestoresContactsAChunkAlreadyChanged()
    {
        ContactImporter importer(m_db, u"US"_s);
        QVERIFY(importer.import("phone,name,tags\n+14155552671,Ann,vip\n").isOk());
        QByteArray big = "phone,name,tags\n+14155552671,Annie,new\n";
        for (int i = 0; i < 20000; ++i)
            big += "+1415" + QByteArray::number(2000000 + i) + ",C,new\n";
        const Result<ContactImporter::Report> report = importer.import(
            big, ContactImporter::Mapping::guess({u"phone"_s, u"name"_s, u"tags"_s}), [&](int done, int) {
                if (done >= 16384)
                    importer.cancel();
            });
        QVERIFY(report.value().cancelled);
        const Contact ann = ContactRepository(m_db).findByPhone(u"+14155552671"_s).value().value();
        QCOMPARE(ann.name, u"Ann"_s);
        QCOMPARE(ann.tags, QStringList({u"vip"_s}));
        QCOMPARE(ContactRepository(m_db).count().value(), 1);
    }

    void saysWhichColumnIsMissing()
    {
        ContactImporter importer(m_db, u"US"_s);
        const Result<ContactImporter::Report> report = importer.import("name,email\nAnn,a@example.com\n");
        QVERIFY(!report.isOk());
        QVERIFY(report.error().contains(u"name, email"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
