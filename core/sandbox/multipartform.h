#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// One part of a multipart/form-data body (RFC 7578): its field name, its file name when it is a file, its
// Content-Type and its bytes.
struct MultipartPart
{
    QByteArray name;
    QByteArray fileName;
    bool isFile = false;
    QByteArray contentType;
    QByteArray body;
};

// The parts of a multipart/form-data body, or nothing when the Content-Type names no boundary or the body does not
// follow it (no closing delimiter, a part without Content-Disposition). The sandbox reads media uploads with it.
std::optional<QList<MultipartPart>> parseMultipartForm(const QByteArray& contentType, const QByteArray& body);
