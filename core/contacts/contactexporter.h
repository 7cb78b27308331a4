#pragma once

#include "util/result.h"

#include <QIODevice>

class ContactRepository;

// Writes every contact as CSV that ContactImporter reads back: phone, name, tags, opted_out, then one column per
// custom field. Quotes what needs quoting (RFC 4180).
Result<int> exportContacts(const ContactRepository& contacts, QIODevice& out);
