#include "mediaform.h"

#include "media/mediafile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpMultiPart>

using namespace Qt::StringLiterals;

namespace {
QHttpPart field(const QByteArray& name, const QByteArray& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value);
    return part;
}

// A filename inside a quoted header parameter: quotes, backslashes and line breaks would end it early.
QByteArray quotedFileName(const QString& name)
{
    QByteArray safe = name.toUtf8();
    for (char& c : safe) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return safe;
}
} // namespace

QHttpMultiPart* whatsAppMediaForm(const MediaFile& file, QString* error)
{
    auto* content = new QFile(file.path);
    if (!content->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("MediaFile", "Tandem could not read %1: %2")
                     .arg(file.fileName, content->errorString());
        delete content;
        return nullptr;
    }
    auto* form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    content->setParent(form);
    form->append(field("messaging_product", "whatsapp"));
    form->append(field("type", file.mimeType.toLatin1()));
    QHttpPart bytes;
    bytes.setHeader(QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"file\"; filename=\"" + quotedFileName(file.fileName) + '"'));
    bytes.setHeader(QNetworkRequest::ContentTypeHeader, file.mimeType.toLatin1());
    bytes.setBodyDevice(content);
    form->append(bytes);
    return form;
}
