#include "multipartform.h"

namespace {
// The value of `key` in a header's parameters (`form-data; name="file"; filename="a.jpg"`), quotes removed.
std::optional<QByteArray> parameter(const QByteArray& header, const QByteArray& key)
{
    const QList<QByteArray> pieces = header.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0 || piece.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return std::nullopt;
}

std::optional<MultipartPart> readPart(const QByteArray& raw)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    MultipartPart part;
    bool disposition = false;
    for (const QByteArray& line : raw.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (!value.toLower().startsWith("form-data"))
                return std::nullopt;
            disposition = true;
            part.name = parameter(value, "name").value_or(QByteArray());
            const std::optional<QByteArray> fileName = parameter(value, "filename");
            part.isFile = fileName.has_value();
            part.fileName = fileName.value_or(QByteArray());
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
    if (!disposition || part.name.isEmpty())
        return std::nullopt;
    part.body = raw.mid(headEnd + 4);
    return part;
}
} // namespace

std::optional<QList<MultipartPart>> parseMultipartForm(const QByteArray& contentType, const QByteArray& body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary").value_or(QByteArray());
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    const QByteArray delimiter = QByteArray("--" + boundary);
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    QList<MultipartPart> parts;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (next < 0)
            return std::nullopt;
        const std::optional<MultipartPart> part = readPart(body.mid(at, next - at));
        if (!part)
            return std::nullopt;
        parts << *part;
        at = next + 2;
    }
}
