#pragma once

#include <QString>

class QHttpMultiPart;
struct MediaFile;

// The multipart form of a media upload to the Cloud API, as Meta and 360dialog both document it:
// messaging_product=whatsapp, type=<MIME type> and file=<the bytes; filename; Content-Type>. The file is read as the
// request goes out. Returns nullptr, with the reason in *error, when the file cannot be opened.
QHttpMultiPart* whatsAppMediaForm(const MediaFile& file, QString* error);
