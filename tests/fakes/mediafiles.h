#pragma once

// Small real files of the kinds WhatsApp takes, as their first bytes make them (what the MIME database and the
// sandbox's upload check read), written where a test wants them.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

// A 1×1 PNG.
inline const QByteArray kPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa5b3"
    "d5a30000000049454e44ae426082");
// A JPEG's JFIF header and some bytes.
inline const QByteArray kJpeg
    = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb004300") + QByteArray(200, '\x10');
inline const QByteArray kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

// Writes `bytes` to `path` and returns the path; a test that cannot write its fixture stops.
inline QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
