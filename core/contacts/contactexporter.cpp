#include "contactexporter.h"

#include "contactrepository.h"
#include "csv/csvwriter.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QByteArray quoted(const QString& raw)
{
    return CsvWriter::field(raw);
}
} // namespace

Result<int> exportContacts(const ContactRepository& contacts, QIODevice& out)
{
    // Custom field names make the header, so the first pass collects them.
    QStringList fieldNames;
    QSet<QString> known;
    Status scanned = contacts.forEach([&](const Contact& c) {
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            if (!known.contains(it.key())) {
                known.insert(it.key());
                fieldNames << it.key();
            }
        }
    });
    if (!scanned.isOk())
        return scanned;
    QStringList header = {u"phone"_s, u"name"_s, u"tags"_s, u"opted_out"_s};
    header << fieldNames;
    QByteArrayList line;
    for (const QString& h : header)
        line << quoted(h);
    out.write(line.join(',') + '\n');
    int written = 0;
    const Status wrote = contacts.forEach([&](const Contact& c) {
        QByteArrayList cells = {
            quoted(c.phone), quoted(c.name), quoted(c.tags.join(u';')), c.optedOut ? QByteArray("yes") : QByteArray()};
        for (const QString& f : fieldNames)
            cells << quoted(c.fields.value(f));
        out.write(cells.join(',') + '\n');
        ++written;
    });
    if (!wrote.isOk())
        return wrote;
    return written;
}
