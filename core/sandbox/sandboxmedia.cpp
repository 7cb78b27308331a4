#include "sandboxmedia.h"

#include "metasandbox.h"
#include "multipartform.h"
#include "sandboxstate.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMegabyte = 1024 * 1024;

struct Accepted
{
    QString kind; // the message type it can be sent as
    qint64 maxBytes;
};

// WhatsApp's supported media types and their sizes (shared/reference/providers.md §2.9).
const QHash<QString, Accepted>& acceptedTypes()
{
    static const QHash<QString, Accepted> types {
        {u"image/jpeg"_s, {u"image"_s, 5 * kMegabyte}},
        {u"image/png"_s, {u"image"_s, 5 * kMegabyte}},
        {u"video/mp4"_s, {u"video"_s, 16 * kMegabyte}},
        {u"video/3gpp"_s, {u"video"_s, 16 * kMegabyte}},
        {u"audio/aac"_s, {u"audio"_s, 16 * kMegabyte}},
        {u"audio/amr"_s, {u"audio"_s, 16 * kMegabyte}},
        {u"audio/mpeg"_s, {u"audio"_s, 16 * kMegabyte}},
        {u"audio/mp4"_s, {u"audio"_s, 16 * kMegabyte}},
        {u"audio/ogg"_s, {u"audio"_s, 16 * kMegabyte}},
        {u"text/plain"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/pdf"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/msword"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
            {u"document"_s, 100 * kMegabyte}},
        {u"application/vnd.ms-excel"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/vnd.ms-powerpoint"_s, {u"document"_s, 100 * kMegabyte}},
        {u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s,
            {u"document"_s, 100 * kMegabyte}},
    };
    return types;
}

// Whether the bytes are what their Content-Type says, for the types whose first bytes tell.
bool contentAgrees(const QString& mimeType, const QByteArray& bytes)
{
    if (mimeType == u"image/jpeg"_s)
        return bytes.startsWith("\xFF\xD8\xFF");
    if (mimeType == u"image/png"_s)
        return bytes.startsWith("\x89PNG\r\n\x1A\n");
    if (mimeType == u"application/pdf"_s)
        return bytes.startsWith("%PDF-");
    return true;
}

SandboxReply mediaError(const QString& details)
{
    return MetaSandbox::error(400, 131053, u"(#131053) Media upload error"_s, details);
}
} // namespace

namespace SandboxMedia {
SandboxReply upload(SandboxState& state, const SandboxRequest& request, const QString& phoneNumberId)
{
    const std::optional<QList<MultipartPart>> parts = parseMultipartForm(request.header("Content-Type"), request.body);
    if (!parts)
        return MetaSandbox::error(400, 100, u"(#100) The parameter messaging_product is required."_s);
    QByteArray product;
    QByteArray declaredType;
    const MultipartPart* file = nullptr;
    for (const MultipartPart& part : *parts) {
        if (part.name == "messaging_product" && !part.isFile)
            product = part.body;
        else if (part.name == "type" && !part.isFile)
            declaredType = part.body;
        else if (part.name == "file" && part.isFile)
            file = &part;
    }
    if (product.isEmpty())
        return MetaSandbox::error(400, 100, u"(#100) The parameter messaging_product is required."_s);
    if (product != "whatsapp")
        return MetaSandbox::error(400, 100,
            u"(#100) Param messaging_product must be one of {WHATSAPP} - got \"%1\"."_s.arg(
                QString::fromUtf8(product)));
    if (!file)
        return MetaSandbox::error(400, 100, u"(#100) The parameter file is required."_s);
    const QString mimeType = QString::fromLatin1(file->contentType.split(';').value(0).trimmed().toLower());
    const auto accepted = acceptedTypes().constFind(mimeType);
    if (accepted == acceptedTypes().constEnd()) {
        QStringList names = acceptedTypes().keys();
        names.sort();
        return MetaSandbox::error(400, 100,
            u"(#100) Param file must be a file with one of the following types: %1. Received file of type '%2'."_s.arg(
                names.join(u", "_s), mimeType));
    }
    if (!declaredType.isEmpty() && QString::fromLatin1(declaredType).toLower() != mimeType)
        return mediaError(u"The type parameter (%1) does not match the file's type (%2)."_s.arg(
            QString::fromLatin1(declaredType), mimeType));
    if (file->body.isEmpty())
        return mediaError(u"The file is empty."_s);
    if (file->body.size() > accepted->maxBytes)
        return mediaError(u"The %1 is %2 bytes; the limit for %3 is %4 bytes."_s.arg(mimeType)
                              .arg(file->body.size())
                              .arg(accepted->kind)
                              .arg(accepted->maxBytes));
    if (!contentAgrees(mimeType, file->body))
        return mediaError(u"The file's content is not %1."_s.arg(mimeType));
    SandboxState::UploadedMedia media;
    media.phoneNumberId = phoneNumberId;
    media.mimeType = mimeType;
    media.size = file->body.size();
    media.fileName = QString::fromUtf8(file->fileName);
    return SandboxReply::json(200, {{u"id"_s, state.addMedia(media)}});
}

int sendProblem(const SandboxState& state, const QString& phoneNumberId, const QString& type, const QString& id)
{
    const std::optional<SandboxState::UploadedMedia> media = state.media(id);
    if (!media || media->phoneNumberId != phoneNumberId)
        return 131053; // not an upload of this number: WhatsApp cannot fetch it
    const auto accepted = acceptedTypes().constFind(media->mimeType);
    return accepted != acceptedTypes().constEnd() && accepted->kind == type ? 0 : 131053;
}
} // namespace SandboxMedia
