#include "migrations.h"

using namespace Qt::StringLiterals;

const QList<Migration>& tandemMigrations()
{
    // The profile table carries the columns of the original plan (whatsapp_provider, whatsapp_business_phone_id,
    // whatsapp_app_id) so reports can query them directly. The plan's whatsapp_access_token column is left out on
    // purpose: tokens live in the OS keychain, never in this database.
    static const QList<Migration> migrations = {
        {1, u"sender profiles"_s,
            {u"CREATE TABLE profiles ("
             "  id {{id}},"
             "  name TEXT NOT NULL UNIQUE,"
             "  whatsapp_provider TEXT NOT NULL,"
             "  whatsapp_business_phone_id TEXT,"
             "  whatsapp_app_id TEXT,"
             "  settings TEXT NOT NULL DEFAULT '{}',"
             "  created_at TEXT NOT NULL,"
             "  updated_at TEXT NOT NULL)"_s}},
        {2, u"last credentials check per profile"_s,
            {u"ALTER TABLE profiles ADD COLUMN verified_at TEXT"_s,
                u"ALTER TABLE profiles ADD COLUMN verified_ok INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE profiles ADD COLUMN verification_summary TEXT NOT NULL DEFAULT ''"_s}},
    };
    return migrations;
}
