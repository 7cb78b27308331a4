#pragma once

#include "model/outgoingmessage.h"
#include "util/result.h"

#include <QString>

// A file on this computer that a broadcast sends as its picture, video, audio or document: uploaded once to the
// sender (Meta's and 360dialog's POST …/media) and sent to everyone by the id the upload returns. open() checks
// it the way WhatsApp will, before a byte leaves: the types WhatsApp takes and their sizes (AWS's copy of Meta's
// "Supported media types" table, shared/reference/providers.md §2.9).
struct MediaFile
{
    QString path;
    QString fileName; // what a document is called on the customer's phone
    QString mimeType;
    qint64 size = 0;
    OutgoingMessage::MediaType type = OutgoingMessage::MediaType::Image;

    // The file at `path` as a `type`; an error in the owner's words when WhatsApp would refuse it.
    static Result<MediaFile> open(const QString& path, OutgoingMessage::MediaType type);
    // The largest file of this type WhatsApp takes, in bytes.
    static qint64 maxSize(OutgoingMessage::MediaType type);
    // The MIME types WhatsApp takes for this type.
    static QStringList acceptedTypes(OutgoingMessage::MediaType type);
    // A filter for a file chooser ("Pictures (*.jpg *.jpeg *.png)").
    static QString nameFilter(OutgoingMessage::MediaType type);
};
