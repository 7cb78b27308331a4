#include "contactimporter.h"

#include "contactrepository.h"
#include "csv/csvreader.h"
#include "csv/spreadsheetsafety.h"
#include "importjournal.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentMap>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("ContactImporter").
struct ContactImporterText
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)
};
} // namespace

namespace {
constexpr qsizetype kLongestField = 64 * 1024;

QString pick(const QStringList& header, std::initializer_list<const char16_t*> names)
{
    for (const char16_t* name : names) {
        const QString n = QString::fromUtf16(name);
        for (const QString& h : header) {
            if (h.trimmed().compare(n, Qt::CaseInsensitive) == 0)
                return h;
        }
    }
    return QString();
}

bool truthy(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == u"yes"_s || v == u"true"_s || v == u"1"_s || v == u"y"_s || v == u"x"_s;
}
} // namespace

ContactImporter::Mapping ContactImporter::Mapping::guess(const QStringList& header)
{
    Mapping m;
    m.phoneColumn = pick(header, {u"phone", u"mobile", u"phone number", u"number", u"whatsapp", u"telephone", u"tel"});
    m.nameColumn = pick(header, {u"name", u"full name", u"first name", u"first_name", u"customer"});
    m.tagsColumn = pick(header, {u"tags", u"tag", u"groups", u"labels"});
    m.optedOutColumn = pick(header, {u"opted_out", u"opted out", u"unsubscribed"});
    return m;
}

ContactImporter::ContactImporter(Database& database, QString defaultRegion, std::shared_ptr<std::atomic_bool> cancelled)
    : m_database(database)
    , m_region(std::move(defaultRegion))
    , m_cancelled(cancelled ? std::move(cancelled) : std::make_shared<std::atomic_bool>(false))
{ }

QStringList ContactImporter::header(const QByteArray& csv)
{
    const qsizetype end = csv.indexOf('\n');
    const QList<CsvReader::Record> first = CsvReader::parse(end < 0 ? csv : csv.left(end));
    return first.isEmpty() ? QStringList() : first.first().fields;
}

void ContactImporter::cancel()
{
    m_cancelled->store(true);
}

Result<ContactImporter::Report> ContactImporter::import(const QByteArray& csv)
{
    return import(csv, Mapping::guess(header(csv)));
}

Result<ContactImporter::Report> ContactImporter::import(
    const QByteArray& csv, const Mapping& mapping, const Progress& progress)
{
    CsvReader reader(csv);
    CsvReader::Record headerRecord;
    if (!reader.next(headerRecord))
        return Result<Report>::failure(ContactImporterText::tr("The file is empty."));
    const QStringList header = headerRecord.fields;
    const qsizetype phoneIndex = header.indexOf(mapping.phoneColumn);
    if (mapping.phoneColumn.isEmpty() || phoneIndex < 0)
        return Result<Report>::failure(
            ContactImporterText::tr("Choose the column with the phone numbers. The columns are: %1.")
                .arg(header.join(u", "_s)));
    const qsizetype nameIndex = mapping.nameColumn.isEmpty() ? -1 : header.indexOf(mapping.nameColumn);
    const qsizetype tagsIndex = mapping.tagsColumn.isEmpty() ? -1 : header.indexOf(mapping.tagsColumn);
    const qsizetype optedOutIndex = mapping.optedOutColumn.isEmpty() ? -1 : header.indexOf(mapping.optedOutColumn);
    static const QRegularExpression tagSeparators(u"[;|,]"_s);
    // A rough total for progress: one record a line.
    const int total = int(csv.count('\n'));

    // Committed a chunk at a time, so the write lock is never held long (the window and the sender keep going),
    // with every change journaled: a cancelled or failed import is taken back whole, chunks already committed
    // included. Memory holds only the numbers seen so far, never every contact.
    ContactRepository repository(m_database);
    ImportJournal journal(m_database, QUuid::createUuid().toString(QUuid::WithoutBraces));
    Result<QHash<QString, qint64>> known = repository.phoneIndex();
    if (!known.isOk())
        return known.status();
    QHash<QString, qint64>& phones = known.value();
    std::optional<WriteTransaction> chunkTransaction;
    auto abandon = [&](const Status& why) {
        if (chunkTransaction)
            chunkTransaction->rollback(); // the chunk under way first, then what earlier chunks committed
        const Status undone = journal.undo(repository);
        return Result<Report>(undone.isOk() ? why : Status::failure(why.error() + u' ' + undone.error()));
    };
    Report report;
    int done = 0;
    const QString region = m_region;
    // Records are read and checked a chunk at a time; the chunk's numbers are normalised on every core.
    constexpr int kChunk = 8192;
    QList<CsvReader::Record> chunk;
    chunk.reserve(kChunk);
    bool more = true;
    while (more) {
        chunk.clear();
        CsvReader::Record record;
        while (chunk.size() < kChunk && (more = reader.next(record))) {
            for (QString& field : record.fields)
                field = SpreadsheetSafety::unescape(field); // as Tandem's export protected it
            chunk.append(record);
        }
        if (m_cancelled->load()) {
            const Status undone = journal.undo(repository);
            if (!undone.isOk())
                return undone;
            report = Report();
            report.cancelled = true;
            return report;
        }
        chunkTransaction.emplace(m_database.connection());
        if (!chunkTransaction->isOpen())
            return abandon(chunkTransaction->status());
        const QList<Result<QString>> normalized
            = QtConcurrent::blockingMapped(chunk, [phoneIndex, region](const CsvReader::Record& r) {
                  const QString raw = r.fields.value(phoneIndex).trimmed();
                  return raw.isEmpty() ? Result<QString>::failure(ContactImporterText::tr("No phone number."))
                                       : normalizePhoneNumber(raw, region);
              });
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const CsvReader::Record& rec = chunk.at(i);
            auto reject = [&](const QString& reason) {
                report.rejected.append({rec.line, reason});
            };
            if (!rec.error.isEmpty()) {
                reject(rec.error);
                continue;
            }
            const auto tooLong = std::find_if(
                rec.fields.cbegin(), rec.fields.cend(), [](const QString& f) { return f.size() > kLongestField; });
            if (tooLong != rec.fields.cend()) {
                reject(ContactImporterText::tr("A value is longer than 64 KB."));
                continue;
            }
            if (std::any_of(rec.fields.cbegin(), rec.fields.cend(),
                    [](const QString& f) { return f.contains(QChar::ReplacementCharacter); })) {
                reject(ContactImporterText::tr(
                    "The line is not valid UTF-8 text. Save the file as UTF-8 and import it again."));
                continue;
            }
            if (rec.fields.size() > header.size()) {
                reject(ContactImporterText::tr("The line has %1 values but the header names %2 columns.")
                           .arg(rec.fields.size())
                           .arg(header.size()));
                continue;
            }
            const Result<QString>& phone = normalized.at(i);
            if (!phone.isOk()) {
                reject(phone.error());
                continue;
            }
            Contact c;
            c.phone = phone.value();
            c.name = rec.fields.value(nameIndex).trimmed();
            if (tagsIndex >= 0) {
                for (const QString& tag : rec.fields.value(tagsIndex).split(tagSeparators, Qt::SkipEmptyParts)) {
                    if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
                        c.tags << tag.trimmed();
                }
            }
            for (const QString& tag : mapping.extraTags) {
                if (!tag.isEmpty() && !c.tags.contains(tag))
                    c.tags << tag;
            }
            if (optedOutIndex >= 0 && truthy(rec.fields.value(optedOutIndex))) {
                c.optedOut = true;
                c.optedOutAt = QDateTime::currentDateTimeUtc();
            }
            for (qsizetype column = 0; column < header.size(); ++column) {
                if (column == phoneIndex || column == nameIndex || column == tagsIndex || column == optedOutIndex
                    || mapping.ignoredColumns.contains(header.at(column)))
                    continue;
                const QString value = rec.fields.value(column).trimmed();
                if (!value.isEmpty())
                    c.fields.insert(header.at(column).trimmed(), value);
            }
            // Known already (earlier in this file, from before, or just written by another Tandem): merge into it.
            Result<std::optional<Contact>> stored = phones.contains(c.phone)
                ? repository.findByPhone(c.phone)
                : Result<std::optional<Contact>>(std::optional<Contact>());
            if (!stored.isOk())
                return abandon(stored.status());
            if (!stored.value() && !phones.contains(c.phone)) {
                const Result<qint64> inserted = repository.insert(c);
                if (inserted.isOk()) {
                    const Status journaled = journal.record(inserted.value(), std::nullopt);
                    if (!journaled.isOk())
                        return abandon(journaled);
                    phones.insert(c.phone, inserted.value());
                    ++report.imported;
                    continue;
                }
                stored = repository.findByPhone(c.phone);
                if (!stored.isOk() || !stored.value())
                    return abandon(inserted.status());
            }
            if (!stored.value())
                return abandon(Status::failure(
                    ContactImporterText::tr("The contact %1 vanished while it was imported.").arg(c.phone)));
            Contact merged = *stored.value();
            const Status journaled = journal.record(merged.id, merged);
            if (!journaled.isOk())
                return abandon(journaled);
            merged.mergeFrom(c);
            const Status updated = repository.update(merged);
            if (!updated.isOk())
                return abandon(updated);
            phones.insert(c.phone, merged.id);
            ++report.merged;
        }
        const Status committed = chunkTransaction->commit();
        if (!committed.isOk())
            return abandon(committed);
        chunkTransaction.reset();
        done += int(chunk.size());
        if (progress)
            progress(qMin(done, total), total);
    }
    const Status forgotten = journal.forget();
    if (!forgotten.isOk())
        return forgotten;
    return report;
}
