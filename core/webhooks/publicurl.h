#pragma once

#include <QString>
#include <QUrl>

// The receiver's public address as the owner gives it (a tunnel's or a proxy's): the window's settings and every
// tandem-cli command that takes --public-url check it the same way. It must be https:// (Meta calls nothing else;
// http:// only on this computer, for tests), name a host, and carry no user name, query or fragment; a path is
// allowed (a proxy that serves Tandem under /tandem). Twilio signs the exact address it calls, so an address
// Tandem cannot read exactly would make every genuine callback fail its signature.
namespace PublicUrl {
// What is wrong with it, for people; empty when it will do (an empty address will do: there is none).
QString problem(const QString& text);
// The address as Tandem signs and shows it: trimmed, without a trailing slash.
QUrl normalized(const QString& text);
} // namespace PublicUrl
