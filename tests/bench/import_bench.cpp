// import_bench: imports N generated contacts (default 100,000) into a fresh SQLite file through ContactImporter and
// prints the time and the process's peak RSS as one JSON line.   import_bench [--rows N]
#include "contacts/contactimporter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"rows"_s, u"How many contacts."_s, u"N"_s, u"100000"_s});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();

    // A realistic file: national and international formats, a tag list, two custom fields, 1 % duplicates.
    QByteArray csv = "Phone;Name;Tags;City;Last order\n";
    csv.reserve(rows * 60);
    for (int i = 0; i < rows; ++i) {
        const int n = i % 100 == 99 ? i - 1 : i;
        csv += (i % 2 ? "+1 415 " : "(415) ") + QByteArray::number(2000000 + n).insert(3, '-') + ";Customer "
            + QByteArray::number(i) + ";" + (i % 3 ? "vip|north" : "south") + ";Springfield;2026-0"
            + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + "\n";
    }

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"import.sqlite"_s)).isOk())
        return 1;
    ContactImporter importer(db, u"US"_s);
    QElapsedTimer timer;
    timer.start();
    const Result<ContactImporter::Report> report = importer.import(csv);
    const double seconds = timer.elapsed() / 1000.0;
    csv.clear();
    csv.squeeze();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    if (!report.isOk()) {
        QTextStream(stderr) << report.error() << Qt::endl;
        return 1;
    }
    const QJsonObject result {{u"rows"_s, rows}, {u"imported"_s, report.value().imported},
        {u"merged"_s, report.value().merged}, {u"rejected"_s, int(report.value().rejected.size())},
        {u"seconds"_s, seconds}, {u"rows_per_s"_s, qRound(rows / seconds)},
        {u"peak_rss_mb"_s, qRound(usage.ru_maxrss / 102.4) / 10.0}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
