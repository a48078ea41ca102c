/* qc-store-schema.c: the database schema and its forward migrations
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "qc-store-private.h"

/* Version 1, the first schema.
 *
 * Nothing is ever deleted: rows carry a "deleted" flag that undo can
 * clear, and every change is a change_log row grouped into an action (one
 * user action, one undo step). Character offsets are Unicode code points
 * into article.body, end exclusive. Times are ISO 8601 UTC text.
 * *_key columns hold the case-folded, NFKC-normalised name used for
 * case-insensitive matching beyond ASCII.
 *
 * CHECKs are written as OR chains: "x IN (...)" builds a temporary b-tree
 * on every insert and made bulk inserts three times slower.
 *
 * Never edit a released step: add a new one to migrations[] and raise
 * QC_STORE_SCHEMA_VERSION. */
static const char schema_v1[] =
  "CREATE TABLE annotator ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  display_name  TEXT NOT NULL,"
  "  is_local      INTEGER NOT NULL DEFAULT 0 CHECK (is_local = 0 OR is_local = 1),"
  "  created_at    TEXT NOT NULL"
  ");"
  "CREATE UNIQUE INDEX annotator_local ON annotator (is_local) WHERE is_local = 1;"

  "CREATE TABLE article ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  title         TEXT,"
  "  outlet        TEXT,"
  "  author        TEXT,"
  "  url           TEXT,"
  "  published_at  TEXT,"
  "  language      TEXT,"
  "  source_name   TEXT,"
  "  source_format TEXT,"
  "  body_sha256   TEXT NOT NULL,"
  "  imported_at   TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),"
  /* last: reading the columns before it never walks its overflow pages */
  "  body          TEXT NOT NULL"
  ");"
  "CREATE INDEX article_body_sha256 ON article (body_sha256);"
  "CREATE INDEX article_url ON article (url);"

  "CREATE TABLE speaker ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  name          TEXT NOT NULL,"
  "  name_key      TEXT NOT NULL,"
  "  kind          TEXT NOT NULL DEFAULT 'unknown'"
  "                CHECK (kind = 'unknown' OR kind = 'person' OR kind = 'organisation'),"
  "  role          TEXT,"
  "  merged_into   INTEGER REFERENCES speaker (id),"
  "  created_at    TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1)"
  ");"
  "CREATE INDEX speaker_name_key ON speaker (name_key);"

  "CREATE TABLE speaker_alias ("
  "  id            INTEGER PRIMARY KEY,"
  "  speaker_id    INTEGER NOT NULL REFERENCES speaker (id),"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  alias         TEXT NOT NULL,"
  "  alias_key     TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1)"
  ");"
  "CREATE INDEX speaker_alias_speaker ON speaker_alias (speaker_id);"
  "CREATE INDEX speaker_alias_key ON speaker_alias (alias_key);"

  "CREATE TABLE claim ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  article_id    INTEGER NOT NULL REFERENCES article (id),"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  kind          TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'partial' OR kind = 'indirect'),"
  "  speaker_id    INTEGER REFERENCES speaker (id),"
  "  cue_start     INTEGER,"
  "  cue_end       INTEGER,"
  "  origin        TEXT NOT NULL CHECK (origin = 'detected' OR origin = 'manual'),"
  "  confidence    REAL,"
  "  evidence      TEXT NOT NULL DEFAULT 'unassessed'"
  "                CHECK (evidence = 'unassessed' OR evidence = 'supported' OR evidence = 'unsupported' OR evidence = 'disputed'),"
  "  rating        TEXT,"
  "  note          TEXT,"
  "  review_state  TEXT NOT NULL DEFAULT 'draft'"
  "                CHECK (review_state = 'draft' OR review_state = 'approved' OR review_state = 'disputed'),"
  "  orphaned      INTEGER NOT NULL DEFAULT 0 CHECK (orphaned = 0 OR orphaned = 1),"
  "  created_at    TEXT NOT NULL,"
  "  updated_at    TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1)"
  ");"
  "CREATE INDEX claim_article ON claim (article_id);"
  "CREATE INDEX claim_speaker ON claim (speaker_id) WHERE speaker_id IS NOT NULL;"

  /* Clustered by claim: a claim's segments are read together, and a
   * rowid table would need a second b-tree for (claim_id, ordinal). */
  "CREATE TABLE claim_segment ("
  "  claim_id      INTEGER NOT NULL REFERENCES claim (id),"
  "  ordinal       INTEGER NOT NULL,"
  "  start         INTEGER NOT NULL,"
  "  \"end\"         INTEGER NOT NULL,"
  "  quote         TEXT NOT NULL,"
  "  prefix        TEXT NOT NULL,"
  "  suffix        TEXT NOT NULL,"
  "  PRIMARY KEY (claim_id, ordinal)"
  ") WITHOUT ROWID;"

  "CREATE TABLE evidence_source ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  claim_id      INTEGER NOT NULL REFERENCES claim (id),"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  url           TEXT,"
  "  title         TEXT,"
  "  note          TEXT,"
  "  stance        TEXT NOT NULL DEFAULT 'context'"
  "                CHECK (stance = 'supports' OR stance = 'refutes' OR stance = 'context'),"
  "  created_at    TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1)"
  ");"
  "CREATE INDEX evidence_source_claim ON evidence_source (claim_id);"

  "CREATE TABLE comment ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  claim_id      INTEGER NOT NULL REFERENCES claim (id),"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  text          TEXT NOT NULL,"
  "  created_at    TEXT NOT NULL,"
  "  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1)"
  ");"
  "CREATE INDEX comment_claim ON comment (claim_id);"

  /* One row per user action; undo and redo walk these per annotator. */
  "CREATE TABLE action ("
  "  id            INTEGER PRIMARY KEY,"
  "  annotator_id  INTEGER NOT NULL REFERENCES annotator (id),"
  "  label         TEXT NOT NULL,"
  "  created_at    TEXT NOT NULL,"
  "  undone        INTEGER NOT NULL DEFAULT 0 CHECK (undone = 0 OR undone = 1),"
  "  discarded     INTEGER NOT NULL DEFAULT 0 CHECK (discarded = 0 OR discarded = 1)"
  ");"
  "CREATE INDEX action_annotator ON action (annotator_id, undone, discarded);"

  /* One row per changed field (an inserted row: its "deleted" flag going
   * from 1 to 0). Who and when are the action's; the row's UUID is in its
   * table. No foreign keys: the log points into every table, and is only
   * written by the same transaction as its action. old_value and new_value
   * have no type: they keep the column's. */
  "CREATE TABLE change_log ("
  "  id            INTEGER PRIMARY KEY,"
  "  action_id     INTEGER NOT NULL,"
  "  table_name    TEXT NOT NULL,"
  "  row_id        INTEGER NOT NULL,"
  "  article_id    INTEGER,"
  "  op            TEXT NOT NULL,"
  "  field         TEXT NOT NULL,"
  "  old_value,"
  "  new_value"
  ");"
  "CREATE INDEX change_log_action ON change_log (action_id);"
  "CREATE INDEX change_log_article ON change_log (article_id);";

/* Version 2: the bulk insert path, one claim in as few b-tree writes as
 * possible (issue 3: 100,000 claims/s).
 *
 * A claim's first segment moves into its claim row (quote_start,
 * quote_end, quote, prefix, suffix): nearly every claim has one segment,
 * and a row of its own cost each claim a second insert, a second b-tree
 * and a foreign-key lookup, a quarter of a bulk insert's time. Segments
 * after the first (a split quote) stay in claim_more_segment, the old
 * claim_segment table. claim_segment is now a view over both with the
 * same columns, and INSTEAD OF triggers keep INSERT, UPDATE and DELETE on
 * it working with the old table's rules (NOT NULL, the claim must exist,
 * one row per claim and ordinal). The store itself reads and writes the
 * two tables directly.
 *
 * change_log_article goes: no query could use it (the history query
 * filters on "?1 = 0 OR article_id = ?1", which SQLite answers with a scan),
 * and it cost each logged change a third b-tree insert. */
static const char schema_v2[] =
  "ALTER TABLE claim ADD COLUMN quote_start INTEGER;"
  "ALTER TABLE claim ADD COLUMN quote_end INTEGER;"
  "ALTER TABLE claim ADD COLUMN quote TEXT;"
  "ALTER TABLE claim ADD COLUMN prefix TEXT;"
  "ALTER TABLE claim ADD COLUMN suffix TEXT;"
  "UPDATE claim SET (quote_start, quote_end, quote, prefix, suffix) ="
  "  (SELECT g.start, g.\"end\", g.quote, g.prefix, g.suffix FROM claim_segment g"
  "   WHERE g.claim_id = claim.id AND g.ordinal = 0);"
  "DELETE FROM claim_segment WHERE ordinal = 0;"
  "ALTER TABLE claim_segment RENAME TO claim_more_segment;"

  "CREATE VIEW claim_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix) AS"
  "  SELECT id, 0, quote_start, quote_end, quote, prefix, suffix FROM claim"
  "  WHERE quote_start IS NOT NULL"
  "  UNION ALL"
  "  SELECT claim_id, ordinal, start, \"end\", quote, prefix, suffix FROM claim_more_segment;"

  "CREATE TRIGGER claim_segment_insert INSTEAD OF INSERT ON claim_segment BEGIN"
  "  SELECT RAISE (ABORT, 'NOT NULL constraint failed: claim_segment')"
  "  WHERE NEW.claim_id IS NULL OR NEW.ordinal IS NULL OR NEW.start IS NULL OR NEW.\"end\" IS NULL"
  "     OR NEW.quote IS NULL OR NEW.prefix IS NULL OR NEW.suffix IS NULL;"
  "  SELECT RAISE (ABORT, 'FOREIGN KEY constraint failed')"
  "  WHERE NOT EXISTS (SELECT 1 FROM claim WHERE id = NEW.claim_id);"
  "  SELECT RAISE (ABORT, 'UNIQUE constraint failed: claim_segment.claim_id, claim_segment.ordinal')"
  "  WHERE NEW.ordinal = 0 AND (SELECT quote_start FROM claim WHERE id = NEW.claim_id) IS NOT NULL;"
  "  UPDATE claim SET quote_start = NEW.start, quote_end = NEW.\"end\", quote = NEW.quote,"
  "    prefix = NEW.prefix, suffix = NEW.suffix"
  "  WHERE id = NEW.claim_id AND NEW.ordinal = 0;"
  "  INSERT INTO claim_more_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
  "  SELECT NEW.claim_id, NEW.ordinal, NEW.start, NEW.\"end\", NEW.quote, NEW.prefix, NEW.suffix"
  "  WHERE NEW.ordinal <> 0;"
  "END;"

  "CREATE TRIGGER claim_segment_delete INSTEAD OF DELETE ON claim_segment BEGIN"
  "  UPDATE claim SET quote_start = NULL, quote_end = NULL, quote = NULL, prefix = NULL, suffix = NULL"
  "  WHERE id = OLD.claim_id AND OLD.ordinal = 0;"
  "  DELETE FROM claim_more_segment WHERE claim_id = OLD.claim_id AND ordinal = OLD.ordinal;"
  "END;"

  /* A changed claim_id or ordinal is a delete and an insert. */
  "CREATE TRIGGER claim_segment_update INSTEAD OF UPDATE ON claim_segment BEGIN"
  "  DELETE FROM claim_segment WHERE claim_id = OLD.claim_id AND ordinal = OLD.ordinal;"
  "  INSERT INTO claim_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
  "  VALUES (NEW.claim_id, NEW.ordinal, NEW.start, NEW.\"end\", NEW.quote, NEW.prefix, NEW.suffix);"
  "END;"

  "DROP INDEX change_log_article;";

/* Version 3: the counts every article row shows (its claims, those
 * unassessed) come from the index alone. claim_article indexed article_id
 * only, so counting read each claim row, big since version 2: 6-12 ms
 * per listing of two 1 MB articles, on every library reload and after
 * each edit. The wider index serves every query the narrow one did. */
static const char schema_v3[] =
  "DROP INDEX claim_article;"
  "CREATE INDEX claim_article ON claim (article_id, deleted, evidence);";

typedef struct
{
  int         version;
  const char *sql;
} Migration;

static const Migration migrations[] = {
  { 1, schema_v1 },
  { 2, schema_v2 },
  { 3, schema_v3 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == QC_STORE_SCHEMA_VERSION);

static gboolean
read_int_pragma (QcStore     *self,
                 const char  *sql,
                 int         *value,
                 GError     **error)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Runs the missing steps in one transaction. The version is read again
 * under the write lock: another process may have migrated meanwhile. */
gboolean
_qc_store_migrate (QcStore  *self,
                   GError  **error)
{
  int version = 0;
  int found;

  if (!_qc_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!read_int_pragma (self, "PRAGMA user_version", &version, error))
    goto fail;

  if (version > QC_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("The database %s was written by a newer version of Quotecheck "
                     "(schema %d; this version understands up to %d). It was left untouched."),
                   self->display_path, version, QC_STORE_SCHEMA_VERSION);
      goto fail;
    }

  found = version;
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      g_autofree char *set_version = NULL;

      if (migrations[i].version <= version)
        continue;
      if (found > 0)
        g_debug ("Migrating %s to schema %d", self->display_path, migrations[i].version);
      if (!_qc_store_exec (self, migrations[i].sql, error))
        goto fail;
      set_version = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);
      if (!_qc_store_exec (self, set_version, error))
        goto fail;
      version = migrations[i].version;
    }

  if (!_qc_store_exec (self, "PRAGMA application_id = " G_STRINGIFY (QC_STORE_APPLICATION_ID), error))
    goto fail;
  if (!_qc_store_exec (self, "COMMIT", error))
    goto fail;

  self->schema_version = version;
  return TRUE;

fail:
  if (!sqlite3_get_autocommit (self->db))
    _qc_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}
