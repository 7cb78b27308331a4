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
        // The outbox: a row exists before any byte leaves the machine, and every attempt is kept.
        {3, u"broadcasts and the outbox"_s,
            {u"CREATE TABLE broadcasts ("
             "  id {{id}},"
             "  profile_id INTEGER NOT NULL REFERENCES profiles(id),"
             "  message TEXT NOT NULL,"
             "  state TEXT NOT NULL DEFAULT 'running',"
             "  pause_reason TEXT NOT NULL DEFAULT '',"
             "  created_at TEXT NOT NULL,"
             "  finished_at TEXT)"_s,
                u"CREATE TABLE outbox ("
                "  id {{id}},"
                "  broadcast_id INTEGER REFERENCES broadcasts(id),"
                "  profile_id INTEGER NOT NULL,"
                "  recipient TEXT NOT NULL,"
                "  variables TEXT NOT NULL DEFAULT '{}',"
                "  state TEXT NOT NULL DEFAULT 'queued',"
                "  attempts INTEGER NOT NULL DEFAULT 0,"
                "  next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                "  claimed_at INTEGER,"
                "  provider_message_id TEXT,"
                "  error_class TEXT NOT NULL DEFAULT '',"
                "  error_code TEXT NOT NULL DEFAULT '',"
                "  error_explanation TEXT NOT NULL DEFAULT '',"
                "  updated_at INTEGER NOT NULL DEFAULT 0,"
                "  UNIQUE (broadcast_id, recipient))"_s,
                // Claims walk this index in order: a sender's due rows, state by state, oldest first.
                u"CREATE INDEX outbox_due ON outbox (profile_id, state, next_attempt_at, id)"_s,
                u"CREATE INDEX outbox_broadcast_state ON outbox (broadcast_id, state)"_s,
                u"CREATE TABLE outbox_attempts ("
                "  outbox_id INTEGER NOT NULL REFERENCES outbox(id),"
                "  attempt INTEGER NOT NULL,"
                "  profile_id INTEGER NOT NULL,"
                "  at INTEGER NOT NULL,"
                "  outcome TEXT NOT NULL,"
                "  error_code TEXT NOT NULL DEFAULT '',"
                "  provider_message_id TEXT)"_s}},
        // Contacts belong to the database, shared by every sender profile, so switching provider keeps them.
        {4, u"contacts"_s,
            {u"CREATE TABLE contacts ("
             "  id {{id}},"
             "  phone TEXT NOT NULL UNIQUE,"
             "  name TEXT NOT NULL DEFAULT '',"
             "  tags TEXT NOT NULL DEFAULT '',"
             "  fields TEXT NOT NULL DEFAULT '{}',"
             "  opt_in_source TEXT NOT NULL DEFAULT '',"
             "  opted_in_at TEXT,"
             "  opted_out INTEGER NOT NULL DEFAULT 0,"
             "  opted_out_at TEXT,"
             "  last_inbound_at TEXT,"
             "  created_at TEXT NOT NULL,"
             "  updated_at TEXT NOT NULL)"_s}},
        // The composer: a broadcast can wait for its time ('scheduled'), carries a title for the activity list,
        // and the activity view reads only the rows that changed since it last looked.
        {5, u"scheduled broadcasts and live activity"_s,
            {u"ALTER TABLE broadcasts ADD COLUMN scheduled_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE broadcasts ADD COLUMN title TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE INDEX outbox_broadcast_updated ON outbox (broadcast_id, updated_at)"_s}},
        // Several Tandems on one database: a claim carries a lease (who, until when) renewed by a heartbeat, and
        // one process at a time owns a sender. Only an expired lease turns a row unconfirmed, with its reason.
        // Senders with history are archived instead of deleted. An import journals what each chunk changed, so
        // Cancel can take back chunks that were already committed.
        {6, u"leases, unconfirmed reasons, archived senders, import journal"_s,
            {u"ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE outbox ADD COLUMN lease_expires_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN unconfirmed_reason TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE outbox ADD COLUMN resends INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN throttles INTEGER NOT NULL DEFAULT 0"_s,
                u"CREATE INDEX outbox_leases ON outbox (state, lease_expires_at)"_s,
                u"CREATE INDEX outbox_recipient ON outbox (recipient)"_s,
                u"CREATE TABLE sender_leases ("
                "  profile_id INTEGER PRIMARY KEY,"
                "  owner TEXT NOT NULL,"
                "  holder TEXT NOT NULL DEFAULT '',"
                "  expires_at INTEGER NOT NULL)"_s,
                u"ALTER TABLE profiles ADD COLUMN archived_at TEXT"_s,
                u"CREATE TABLE contact_import_journal ("
                "  import_id TEXT NOT NULL,"
                "  contact_id INTEGER NOT NULL,"
                "  previous TEXT)"_s,
                u"CREATE INDEX contact_import_journal_import ON contact_import_journal (import_id)"_s}},
        // What happens after "accepted": every status report a webhook (or a poll of Twilio) brings is kept once,
        // and moves its row forward (sent, delivered, read) or to failed; a report that beats the send's own answer
        // waits (applied = 0) until the row has that message id. Customers' messages are kept too; since 2026 a
        // customer may be known by a business-scoped user ID instead of a number.
        {7, u"delivery statuses, webhook events, inbound messages"_s,
            {u"ALTER TABLE outbox ADD COLUMN sent_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN delivered_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN read_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN next_poll_at INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN polls INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox ADD COLUMN pricing_category TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE outbox ADD COLUMN billable INTEGER"_s,
                u"ALTER TABLE outbox ADD COLUMN price TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE outbox ADD COLUMN price_unit TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE INDEX outbox_provider_message ON outbox (provider_message_id)"_s,
                u"CREATE INDEX outbox_polls ON outbox (next_poll_at) WHERE next_poll_at > 0"_s,
                u"CREATE TABLE webhook_events ("
                "  id {{id}},"
                "  provider TEXT NOT NULL,"
                "  profile_id INTEGER NOT NULL,"
                "  kind TEXT NOT NULL,"
                "  event_key TEXT NOT NULL UNIQUE,"
                "  message_id TEXT NOT NULL DEFAULT '',"
                "  status TEXT NOT NULL DEFAULT '',"
                "  error_code TEXT NOT NULL DEFAULT '',"
                "  occurred_at INTEGER NOT NULL DEFAULT 0,"
                "  received_at INTEGER NOT NULL,"
                "  source TEXT NOT NULL DEFAULT 'webhook',"
                "  payload TEXT NOT NULL DEFAULT '{}',"
                "  applied INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX webhook_events_waiting ON webhook_events (message_id) WHERE applied = 0"_s,
                u"CREATE TABLE inbound_messages ("
                "  id {{id}},"
                "  profile_id INTEGER NOT NULL,"
                "  provider TEXT NOT NULL,"
                "  provider_message_id TEXT NOT NULL UNIQUE,"
                "  from_phone TEXT NOT NULL DEFAULT '',"
                "  user_id TEXT NOT NULL DEFAULT '',"
                "  profile_name TEXT NOT NULL DEFAULT '',"
                "  message_type TEXT NOT NULL DEFAULT 'text',"
                "  body TEXT NOT NULL DEFAULT '',"
                "  media_url TEXT NOT NULL DEFAULT '',"
                "  media_id TEXT NOT NULL DEFAULT '',"
                "  media_type TEXT NOT NULL DEFAULT '',"
                "  reply_to TEXT NOT NULL DEFAULT '',"
                "  received_at INTEGER NOT NULL,"
                "  payload TEXT NOT NULL DEFAULT '{}')"_s,
                u"CREATE INDEX inbound_messages_from ON inbound_messages (from_phone, received_at)"_s,
                u"ALTER TABLE contacts ADD COLUMN user_id TEXT NOT NULL DEFAULT ''"_s}},
        // Hearing the customer: each message they write is linked to their contact (made, tagged "inbound", when
        // the number is new) and opens the 24-hour window; STOP and its kin opt them out, START back in; a Meta
        // 131050 or a user_preferences "stop" opts them out of marketing only. Replies the owner writes go through
        // the outbox as one-recipient "reply" broadcasts, which Activity leaves out.
        {8, u"replies, opt-out sources, marketing opt-outs"_s,
            {u"ALTER TABLE contacts ADD COLUMN opted_out_source TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE contacts ADD COLUMN marketing_opted_out INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE contacts ADD COLUMN marketing_opted_out_at TEXT"_s,
                u"ALTER TABLE contacts ADD COLUMN replies_seen_at INTEGER NOT NULL DEFAULT 0"_s,
                u"CREATE INDEX contacts_user ON contacts (user_id) WHERE user_id <> ''"_s,
                u"ALTER TABLE inbound_messages ADD COLUMN contact_id INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE inbound_messages ADD COLUMN keyword TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE INDEX inbound_messages_contact ON inbound_messages (contact_id, received_at)"_s,
                u"ALTER TABLE broadcasts ADD COLUMN kind TEXT NOT NULL DEFAULT 'broadcast'"_s,
                u"CREATE TABLE twilio_inbound_cursors ("
                "  profile_id INTEGER PRIMARY KEY,"
                "  seen_until INTEGER NOT NULL)"_s}},
        // The templates of each sender's account, as its provider lists them (Meta's message templates, Twilio's
        // Content with its WhatsApp approval), refreshed by a sync; and how many management requests each sender
        // made in the current hour (Meta allows 200).
        {9, u"template catalogue"_s,
            {u"CREATE TABLE templates ("
             "  id {{id}},"
             "  profile_id INTEGER NOT NULL,"
             "  template_key TEXT NOT NULL,"
             "  provider_id TEXT NOT NULL DEFAULT '',"
             "  name TEXT NOT NULL,"
             "  language TEXT NOT NULL DEFAULT '',"
             "  status TEXT NOT NULL DEFAULT '',"
             "  category TEXT NOT NULL DEFAULT '',"
             "  rejection_reason TEXT NOT NULL DEFAULT '',"
             "  definition TEXT NOT NULL DEFAULT '{}',"
             "  synced_at INTEGER NOT NULL DEFAULT 0,"
             "  UNIQUE (profile_id, template_key))"_s,
                u"CREATE TABLE template_syncs ("
                "  profile_id INTEGER PRIMARY KEY,"
                "  synced_at INTEGER NOT NULL DEFAULT 0,"
                "  hour_started_at INTEGER NOT NULL DEFAULT 0,"
                "  requests_this_hour INTEGER NOT NULL DEFAULT 0)"_s}},
        // Which database this is, made once: the keychain's entries for its senders are scoped by it, so two
        // databases on one computer (a practice file and the shop's shared one) never read each other's tokens.
        // `db copy` carries it over, and the tokens with it.
        {10, u"database identity"_s,
            {u"CREATE TABLE database_identity (id TEXT NOT NULL)"_s,
                u"INSERT INTO database_identity (id) VALUES ('{{new_uuid}}')"_s}},
        // "The same message" in several senders' accounts: a Meta template and the Twilio Content the owner made
        // to match it share a link_id, so the composer keeps its choices when the owner switches sender. Keyed by
        // the catalogue's key, not its row, because a sync replaces the rows.
        {11, u"template links"_s,
            {u"CREATE TABLE template_links ("
             "  profile_id INTEGER NOT NULL,"
             "  template_key TEXT NOT NULL,"
             "  link_id TEXT NOT NULL,"
             "  PRIMARY KEY (profile_id, template_key))"_s,
                u"CREATE INDEX template_links_link ON template_links (link_id)"_s}},
        // A report changes only its own sender's rows: every deduplication key names the sender, so another sender's
        // report about the same message id is another report (and cannot make the genuine one look repeated). The
        // keys kept so far are rewritten to the new shape; customers' messages are kept once per sender, which
        // SQLite can only change by building the table again (in id order, so the conversations read the same).
        // Customers may come with a parent business-scoped ID too (US.ENT.…), kept beside their own.
        {12, u"deduplication per sender, parent user ids"_s,
            {u"UPDATE webhook_events SET event_key = provider || ':' || CAST(profile_id AS TEXT) || "
             "substr(event_key, length(provider) + 1) WHERE kind = 'status' AND event_key LIKE provider || ':%'"_s,
                u"UPDATE webhook_events SET event_key = kind || ':' || CAST(profile_id AS TEXT) || "
                "substr(event_key, length(kind) + 1) WHERE kind <> 'status' AND event_key LIKE kind || ':%'"_s,
                u"CREATE TABLE inbound_messages_per_sender ("
                "  id {{id}},"
                "  profile_id INTEGER NOT NULL,"
                "  provider TEXT NOT NULL,"
                "  provider_message_id TEXT NOT NULL,"
                "  from_phone TEXT NOT NULL DEFAULT '',"
                "  user_id TEXT NOT NULL DEFAULT '',"
                "  profile_name TEXT NOT NULL DEFAULT '',"
                "  message_type TEXT NOT NULL DEFAULT 'text',"
                "  body TEXT NOT NULL DEFAULT '',"
                "  media_url TEXT NOT NULL DEFAULT '',"
                "  media_id TEXT NOT NULL DEFAULT '',"
                "  media_type TEXT NOT NULL DEFAULT '',"
                "  reply_to TEXT NOT NULL DEFAULT '',"
                "  received_at INTEGER NOT NULL,"
                "  payload TEXT NOT NULL DEFAULT '{}',"
                "  contact_id INTEGER NOT NULL DEFAULT 0,"
                "  keyword TEXT NOT NULL DEFAULT '',"
                "  UNIQUE (profile_id, provider_message_id))"_s,
                u"INSERT INTO inbound_messages_per_sender (profile_id, provider, provider_message_id, from_phone, "
                "user_id, profile_name, message_type, body, media_url, media_id, media_type, reply_to, received_at, "
                "payload, contact_id, keyword) SELECT profile_id, provider, provider_message_id, from_phone, user_id, "
                "profile_name, message_type, body, media_url, media_id, media_type, reply_to, received_at, payload, "
                "contact_id, keyword FROM inbound_messages ORDER BY id"_s,
                u"DROP TABLE inbound_messages"_s,
                u"ALTER TABLE inbound_messages_per_sender RENAME TO inbound_messages"_s,
                u"CREATE INDEX inbound_messages_from ON inbound_messages (from_phone, received_at)"_s,
                u"CREATE INDEX inbound_messages_contact ON inbound_messages (contact_id, received_at)"_s,
                u"ALTER TABLE contacts ADD COLUMN parent_user_id TEXT NOT NULL DEFAULT ''"_s}},
        // The owner's rules hold at every door: the dispatcher looks once more at each row before it goes out, so a
        // broadcast keeps what it needs for that look (its template's category, whether the owner said the customers
        // wrote outside Tandem, whether it confirms a STOP). Every opt-out and opt-in is kept as an event (when, how,
        // by whom or which keyword, and why), so subscribing a customer again is a recorded act.
        {13, u"rules at sending time, consent events"_s,
            {u"ALTER TABLE broadcasts ADD COLUMN category TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE broadcasts ADD COLUMN ignore_window INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE broadcasts ADD COLUMN confirms_opt_out INTEGER NOT NULL DEFAULT 0"_s,
                u"CREATE TABLE consent_events ("
                "  id {{id}},"
                "  contact TEXT NOT NULL,"
                "  change TEXT NOT NULL,"
                "  source TEXT NOT NULL DEFAULT '',"
                "  reason TEXT NOT NULL DEFAULT '',"
                "  by_whom TEXT NOT NULL DEFAULT '',"
                "  at TEXT NOT NULL)"_s,
                u"CREATE INDEX consent_events_contact ON consent_events (contact, at)"_s}},
        // Moving a number to another sender: the assistant's progress, and what it moved, so it can go on after a
        // stop and be undone until the new sender sends.
        {14, u"moving a number between senders"_s,
            {u"CREATE TABLE sender_moves ("
             "  id {{id}},"
             "  from_profile INTEGER NOT NULL,"
             "  to_profile INTEGER NOT NULL,"
             "  from_name TEXT NOT NULL,"
             "  state TEXT NOT NULL DEFAULT 'planned',"
             "  moved TEXT NOT NULL DEFAULT '[]',"
             "  moved_at INTEGER NOT NULL DEFAULT 0,"
             "  created_at INTEGER NOT NULL,"
             "  updated_at INTEGER NOT NULL)"_s,
                u"CREATE INDEX sender_moves_from ON sender_moves (from_profile, state)"_s}},
        // Costs and budgets: each row's estimated price when it was queued (Meta's rate card for its market and
        // category, plus the provider's fee), the owner's budgets, and the rate cards the owner imported.
        {15, u"costs and budgets"_s,
            {u"ALTER TABLE outbox ADD COLUMN cost_estimate DOUBLE PRECISION"_s,
                u"ALTER TABLE broadcasts ADD COLUMN budget_usd DOUBLE PRECISION"_s,
                u"ALTER TABLE profiles ADD COLUMN monthly_budget_usd DOUBLE PRECISION"_s,
                // Reports over days and a sender's month walk the rows by when they went out.
                u"CREATE INDEX outbox_claimed ON outbox (claimed_at, profile_id)"_s,
                u"CREATE INDEX inbound_messages_received ON inbound_messages (received_at, profile_id)"_s,
                // Figures of settled days (older than a week: no status report changes them any more), per sender,
                // kept so a year of results reads in a few milliseconds; keyed by the owner's distance from UTC,
                // which decides where a day starts.
                u"CREATE TABLE report_days ("
                "  offset_ms INTEGER NOT NULL,"
                "  day INTEGER NOT NULL,"
                "  profile_id INTEGER NOT NULL,"
                "  sent INTEGER NOT NULL,"
                "  delivered INTEGER NOT NULL,"
                "  read_count INTEGER NOT NULL,"
                "  failed INTEGER NOT NULL,"
                "  estimated DOUBLE PRECISION NOT NULL,"
                "  reported DOUBLE PRECISION NOT NULL,"
                "  PRIMARY KEY (offset_ms, day, profile_id))"_s,
                u"CREATE TABLE report_days_done ("
                "  offset_ms INTEGER NOT NULL,"
                "  day INTEGER NOT NULL,"
                "  PRIMARY KEY (offset_ms, day))"_s,
                u"CREATE TABLE rate_card_imports ("
                "  id {{id}},"
                "  effective TEXT NOT NULL,"
                "  source TEXT NOT NULL,"
                "  imported_at TEXT NOT NULL,"
                "  card TEXT NOT NULL)"_s}},
        // A row's whole history: when the owner retries a failure the row counts every attempt it took, and each
        // attempt keeps the provider's explanation beside its code.
        {16, u"every attempt of a row kept; the number a check found"_s,
            {u"ALTER TABLE outbox ADD COLUMN earlier_attempts INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE outbox_attempts ADD COLUMN error_explanation TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE INDEX outbox_attempts_row ON outbox_attempts (outbox_id, at)"_s,
                // The number a sender's last check found (Meta's display number), for the senders list.
                u"ALTER TABLE profiles ADD COLUMN verified_number TEXT NOT NULL DEFAULT ''"_s}},
        // The owner's own numbers (where test messages went): a reply from one is the owner, not a customer.
        {17, u"the owner's own numbers"_s,
            {u"CREATE TABLE own_numbers ("
             "  phone TEXT PRIMARY KEY,"
             "  noted_at TEXT NOT NULL)"_s}},
        // What the provider says each day cost (Meta's pricing_analytics), per sender, UTC day, market and category,
        // shown beside Tandem's own estimate.
        {18, u"costs the provider reported per day"_s,
            {u"CREATE TABLE reported_costs ("
             "  profile_id INTEGER NOT NULL,"
             "  day_start INTEGER NOT NULL,"
             "  country TEXT NOT NULL,"
             "  category TEXT NOT NULL,"
             "  volume INTEGER NOT NULL,"
             "  cost DOUBLE PRECISION NOT NULL,"
             "  PRIMARY KEY (profile_id, day_start, country, category))"_s,
                u"CREATE TABLE reported_cost_syncs ("
                "  profile_id INTEGER PRIMARY KEY,"
                "  synced_at INTEGER NOT NULL)"_s}},
    };
    return migrations;
}
