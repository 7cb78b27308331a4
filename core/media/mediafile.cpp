#include "mediafile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace {
struct MediaText
{
    Q_DECLARE_TR_FUNCTIONS(MediaFile)
};

constexpr qint64 kMegabyte = 1024 * 1024;

QString typeWord(OutgoingMessage::MediaType type)
{
    switch (type) {
    case OutgoingMessage::MediaType::Image:
        return MediaText::tr("picture");
    case OutgoingMessage::MediaType::Document:
        return MediaText::tr("document");
    case OutgoingMessage::MediaType::Video:
        return MediaText::tr("video");
    case OutgoingMessage::MediaType::Audio:
        return MediaText::tr("audio");
    }
    return QString();
}
} // namespace

qint64 MediaFile::maxSize(OutgoingMessage::MediaType type)
{
    switch (type) {
    case OutgoingMessage::MediaType::Image:
        return 5 * kMegabyte;
    case OutgoingMessage::MediaType::Document:
        return 100 * kMegabyte;
    case OutgoingMessage::MediaType::Video:
    case OutgoingMessage::MediaType::Audio:
        return 16 * kMegabyte;
    }
    return 0;
}

QStringList MediaFile::acceptedTypes(OutgoingMessage::MediaType type)
{
    switch (type) {
    case OutgoingMessage::MediaType::Image:
        return {u"image/jpeg"_s, u"image/png"_s};
    case OutgoingMessage::MediaType::Document:
        return {u"application/pdf"_s, u"text/plain"_s, u"application/msword"_s,
            u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, u"application/vnd.ms-excel"_s,
            u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, u"application/vnd.ms-powerpoint"_s,
            u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s};
    case OutgoingMessage::MediaType::Video:
        return {u"video/mp4"_s, u"video/3gpp"_s};
    case OutgoingMessage::MediaType::Audio:
        return {u"audio/aac"_s, u"audio/amr"_s, u"audio/mpeg"_s, u"audio/mp4"_s, u"audio/ogg"_s};
    }
    return {};
}

QString MediaFile::nameFilter(OutgoingMessage::MediaType type)
{
    switch (type) {
    case OutgoingMessage::MediaType::Image:
        return MediaText::tr("Pictures (*.jpg *.jpeg *.png)");
    case OutgoingMessage::MediaType::Document:
        return MediaText::tr("Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)");
    case OutgoingMessage::MediaType::Video:
        return MediaText::tr("Videos (*.mp4 *.3gp)");
    case OutgoingMessage::MediaType::Audio:
        return MediaText::tr("Audio (*.aac *.amr *.mp3 *.m4a *.ogg)");
    }
    return QString();
}

Result<MediaFile> MediaFile::open(const QString& path, OutgoingMessage::MediaType type)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Result<MediaFile>::failure(MediaText::tr("There is no file at %1.").arg(path));
    if (!info.isReadable())
        return Result<MediaFile>::failure(MediaText::tr("Tandem may not read %1.").arg(path));
    MediaFile file;
    file.path = info.absoluteFilePath();
    file.fileName = info.fileName();
    file.size = info.size();
    file.type = type;
    // The content decides, as WhatsApp's processing does; a name that says otherwise does not help. The name only
    // narrows what the content says (a .docx is a zip archive, a .txt is text).
    const QMimeDatabase database;
    QMimeType mime = database.mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const QMimeType byName = database.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    if (byName.isValid() && byName.inherits(mime.name()))
        mime = byName;
    const QStringList accepted = acceptedTypes(type);
    file.mimeType = mime.name();
    for (const QString& name : accepted) {
        if (mime.inherits(name) && !(name == u"text/plain"_s && mime.name() != name)) {
            file.mimeType = name;
            break;
        }
    }
    if (!accepted.contains(file.mimeType))
        return Result<MediaFile>::failure(
            MediaText::tr("%1 is a %2 file; WhatsApp takes a %3 only as %4.")
                .arg(file.fileName, mime.comment().isEmpty() ? mime.name() : mime.comment(), typeWord(type),
                    nameFilter(type).section(u'(', 1).chopped(1)));
    if (file.size == 0)
        return Result<MediaFile>::failure(MediaText::tr("%1 is empty.").arg(file.fileName));
    if (file.size > maxSize(type)) {
        const QLocale locale;
        return Result<MediaFile>::failure(MediaText::tr("%1 is %2; WhatsApp takes a %3 of at most %4.")
                                              .arg(file.fileName, locale.formattedDataSize(file.size), typeWord(type),
                                                  locale.formattedDataSize(maxSize(type))));
    }
    return file;
}
