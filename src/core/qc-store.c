/* qc-store.c: opening the database, transactions, the change log, undo
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-store-private.h"

#define DEFAULT_BUSY_TIMEOUT_MS 5000

G_DEFINE_QUARK (qc-store-error-quark, qc_store_error)
G_DEFINE_FINAL_TYPE (QcStore, qc_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
G_DEFINE_BOXED_TYPE (QcEvidenceSource, qc_evidence_source, qc_evidence_source_copy, qc_evidence_source_free)
G_DEFINE_BOXED_TYPE (QcComment, qc_comment, qc_comment_copy, qc_comment_free)
G_DEFINE_BOXED_TYPE (QcChange, qc_change, qc_change_copy, qc_change_free)

/* The columns undo and redo may write, per table. SQL is only ever built
 * from these constants, never from text read out of the database. */
typedef struct
{
  const char *name;
  const char *article_sql;     /* expression for the row's article id */
  gboolean    has_uuid;
  gboolean    has_updated_at;
  const char *fields[14];
} TableInfo;

static const TableInfo tables[] = {
  { "article", "id", TRUE, FALSE,
    { "title", "outlet", "author", "url", "published_at", "language", "source_name",
      "source_format", "body", "body_sha256", "deleted", NULL } },
  { "claim", "article_id", TRUE, TRUE,
    { "kind", "speaker_id", "cue_start", "cue_end", "evidence", "rating", "note",
      "review_state", "orphaned", "deleted", "segments", NULL } },
  { "speaker", "NULL", TRUE, FALSE,
    { "name", "name_key", "kind", "role", "merged_into", "deleted", NULL } },
  { "speaker_alias", "NULL", FALSE, FALSE,
    { "speaker_id", "deleted", NULL } },
  { "evidence_source", "(SELECT article_id FROM claim WHERE claim.id = evidence_source.claim_id)", TRUE, FALSE,
    { "url", "title", "note", "stance", "deleted", NULL } },
  { "comment", "(SELECT article_id FROM claim WHERE claim.id = comment.claim_id)", TRUE, FALSE,
    { "text", "deleted", NULL } },
  { "annotator", "NULL", TRUE, FALSE,
    { "display_name", NULL } },
};

static const TableInfo *
lookup_table (const char  *table,
              const char  *field,
              const char **canonical_field)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (strcmp (tables[i].name, table) != 0)
        continue;
      for (guint j = 0; tables[i].fields[j] != NULL; j++)
        if (strcmp (tables[i].fields[j], field) == 0)
          {
            *canonical_field = tables[i].fields[j];
            return &tables[i];
          }
      return NULL;
    }
  return NULL;
}

/* Boxed types */

QcEvidenceSource *
qc_evidence_source_copy (const QcEvidenceSource *source)
{
  QcEvidenceSource *copy;

  g_return_val_if_fail (source != NULL, NULL);

  copy = g_memdup2 (source, sizeof *source);
  copy->uuid = g_strdup (source->uuid);
  copy->url = g_strdup (source->url);
  copy->title = g_strdup (source->title);
  copy->note = g_strdup (source->note);
  copy->created_at = g_strdup (source->created_at);
  return copy;
}

void
qc_evidence_source_free (QcEvidenceSource *source)
{
  if (source == NULL)
    return;
  g_free (source->uuid);
  g_free (source->url);
  g_free (source->title);
  g_free (source->note);
  g_free (source->created_at);
  g_free (source);
}

QcComment *
qc_comment_copy (const QcComment *comment)
{
  QcComment *copy;

  g_return_val_if_fail (comment != NULL, NULL);

  copy = g_memdup2 (comment, sizeof *comment);
  copy->uuid = g_strdup (comment->uuid);
  copy->annotator_name = g_strdup (comment->annotator_name);
  copy->text = g_strdup (comment->text);
  copy->created_at = g_strdup (comment->created_at);
  return copy;
}

void
qc_comment_free (QcComment *comment)
{
  if (comment == NULL)
    return;
  g_free (comment->uuid);
  g_free (comment->annotator_name);
  g_free (comment->text);
  g_free (comment->created_at);
  g_free (comment);
}

QcChange *
qc_change_copy (const QcChange *change)
{
  QcChange *copy;

  g_return_val_if_fail (change != NULL, NULL);

  copy = g_memdup2 (change, sizeof *change);
  copy->action_label = g_strdup (change->action_label);
  copy->annotator_name = g_strdup (change->annotator_name);
  copy->changed_at = g_strdup (change->changed_at);
  copy->table_name = g_strdup (change->table_name);
  copy->row_uuid = g_strdup (change->row_uuid);
  copy->op = g_strdup (change->op);
  copy->field = g_strdup (change->field);
  copy->old_value = g_strdup (change->old_value);
  copy->new_value = g_strdup (change->new_value);
  return copy;
}

void
qc_change_free (QcChange *change)
{
  if (change == NULL)
    return;
  g_free (change->action_label);
  g_free (change->annotator_name);
  g_free (change->changed_at);
  g_free (change->table_name);
  g_free (change->row_uuid);
  g_free (change->op);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

/* Statements and errors */

void
_qc_store_stmt_release (QcStoreStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/**
 * _qc_store_set_error:
 * @rc: an SQLite result code
 *
 * Turns @rc and the connection's message into a #QC_STORE_ERROR that
 * says what happened and what was kept.
 */
void
_qc_store_set_error (QcStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *message = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_DISK_FULL,
                   _("The disk is full: the change to %s was not saved. "
                     "Everything saved before is safe; free some space and try again."),
                   self->display_path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY,
                   _("The database %s is read-only: the change was not saved"),
                   self->display_path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_BUSY,
                   _("The database %s is locked by another program (waited %.1f s); "
                     "nothing was changed, try again"),
                   self->display_path, self->busy_timeout_ms / 1000.0);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("The database %s is damaged or is not a Quotecheck database (%s)"),
                   self->display_path, message);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      {
        int err = self->db ? sqlite3_system_errno (self->db) : 0;

        if (err == ENOSPC || err == EDQUOT)
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_DISK_FULL,
                       _("The disk is full: the change to %s was not saved. "
                         "Everything saved before is safe; free some space and try again."),
                       self->display_path);
        else if (err == EROFS || err == EACCES || err == EPERM)
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY,
                       _("The database %s cannot be written: %s"),
                       self->display_path, g_strerror (err));
        else
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_IO,
                       _("Could not read or write the database %s: %s"),
                       self->display_path, err ? g_strerror (err) : message);
      }
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The change does not fit the database's rules: %s"), message);
      break;
    default:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED,
                   _("Database error in %s: %s"), self->display_path, message);
    }
}

/**
 * _qc_store_prepare:
 *
 * Returns: (transfer none): the cached statement for @sql, ready to bind;
 *   release it with _qc_store_stmt_release() (a g_autoptr does)
 */
QcStoreStmt *
_qc_store_prepare (QcStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_qc_store_exec (QcStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_qc_store_step_done (QcStore      *self,
                     QcStoreStmt  *stmt,
                     GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
_qc_store_bind_text (QcStoreStmt *stmt,
                     int          index,
                     const char  *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_qc_store_bind_value (QcStoreStmt        *stmt,
                      int                 index,
                      const QcStoreValue *value)
{
  switch (value->type)
    {
    case SQLITE_INTEGER:
      sqlite3_bind_int64 (stmt, index, value->i);
      break;
    case SQLITE_FLOAT:
      sqlite3_bind_double (stmt, index, value->d);
      break;
    case SQLITE_TEXT:
      _qc_store_bind_text (stmt, index, value->s);
      break;
    default:
      sqlite3_bind_null (stmt, index);
    }
}

char *
_qc_store_column_dup (QcStoreStmt *stmt,
                      int          column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  return g_strndup ((const char *) text, sqlite3_column_bytes (stmt, column));
}

static void
value_from_sqlite (QcStoreValue  *value,
                   sqlite3_value *sv)
{
  value->type = sv ? sqlite3_value_type (sv) : SQLITE_NULL;
  value->i = 0;
  value->d = 0.0;
  value->s = NULL;
  switch (value->type)
    {
    case SQLITE_INTEGER:
      value->i = sqlite3_value_int64 (sv);
      break;
    case SQLITE_FLOAT:
      value->d = sqlite3_value_double (sv);
      break;
    case SQLITE_TEXT:
    case SQLITE_BLOB:
      value->type = SQLITE_TEXT;
      value->s = (const char *) sqlite3_value_text (sv);
      break;
    default:
      value->type = SQLITE_NULL;
    }
}

static gboolean
value_equal (const QcStoreValue *a,
             const QcStoreValue *b)
{
  if (a->type != b->type)
    return FALSE;
  switch (a->type)
    {
    case SQLITE_INTEGER:
      return a->i == b->i;
    case SQLITE_FLOAT:
      return a->d == b->d;
    case SQLITE_TEXT:
      return g_strcmp0 (a->s, b->s) == 0;
    default:
      return TRUE;
    }
}

sqlite3 *
_qc_store_get_db (QcStore *self)
{
  return self->db;
}

void
_qc_store_set_busy_timeout (QcStore *self,
                            int      ms)
{
  self->busy_timeout_ms = ms;
  sqlite3_busy_timeout (self->db, ms);
}

/* Case-insensitive matching beyond ASCII: NFKC, case-folded, inner runs
 * of white space collapsed to one space. Invalid UTF-8 is repaired first
 * so hostile names still get a key. */
char *
_qc_store_fold (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *normal = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal ? normal : valid, -1);
  GString *key = g_string_sized_new (strlen (folded));
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/**
 * _qc_store_uuid:
 * @out: (out caller-allocates): 37 bytes for the UUID and its NUL
 *
 * A time-ordered (version 7, RFC 9562) UUID: 48 bits of Unix time in
 * milliseconds, then 74 random bits from the same generator as
 * g_uuid_string_random(), formatted without printf. Rows created one after
 * another get increasing keys, so the UNIQUE index on uuid grows at its
 * right edge instead of taking each insert at a random page of it, which
 * cost a bulk insert its page-cache locality. The time in the key says
 * no more than the row's created_at, which is stored and exported anyway.
 */
void
_qc_store_uuid (char out[37])
{
  static const char hex[] = "0123456789abcdef";
  guint8 bytes[16];
  guint64 ms = (guint64) (g_get_real_time () / 1000);
  guint k = 0;

  for (guint i = 0; i < 6; i++)
    bytes[i] = (ms >> (40 - 8 * i)) & 0xff;
  for (guint i = 0; i < 3; i++)
    {
      guint32 r = g_random_int ();

      bytes[6 + 4 * i] = r & 0xff;
      bytes[6 + 4 * i + 1] = (r >> 8) & 0xff;
      if (i < 2)
        {
          bytes[6 + 4 * i + 2] = (r >> 16) & 0xff;
          bytes[6 + 4 * i + 3] = (r >> 24) & 0xff;
        }
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;   /* version 7 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80;   /* RFC 4122 variant */

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[k++] = '-';
      out[k++] = hex[bytes[i] >> 4];
      out[k++] = hex[bytes[i] & 0x0f];
    }
  out[k] = '\0';
}

const char *
_qc_store_now (QcStore *self)
{
  if (self->now == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      self->now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
    }
  return self->now;
}

gboolean
_qc_store_check_writable (QcStore  *self,
                          GError  **error)
{
  if (self->read_only)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY,
                   _("The database %s is read-only: the change was not saved"),
                   self->display_path);
      return FALSE;
    }
  return TRUE;
}

/* What an action changed
 *
 * Two sources, so that nothing is missed: the change log names the claim
 * of every logged change, spans included (their rows are in a WITHOUT
 * ROWID table, which the update hook does not see), and SQLite's update
 * hook sees every row written, logged or not. Any row other than a
 * claim's, its sources' and comments' (and the log's own) makes the
 * action a "reload everything" one. */

/* Past this many claims, reading them all again is as cheap */
#define MAX_CHANGED_CLAIMS 512

static void
note_changed_claim (QcStore *self,
                    gint64   claim_id)
{
  if (!self->changes.claims_only)
    return;
  if (self->changes.claim_ids->len >= MAX_CHANGED_CLAIMS)
    {
      self->changes.claims_only = FALSE;
      g_array_set_size (self->changes.claim_ids, 0);
      return;
    }
  g_array_append_val (self->changes.claim_ids, claim_id);
}

static void
on_row_written (void          *data,
                int            op,
                const char    *database,
                const char    *table,
                sqlite3_int64  row_id)
{
  QcStore *self = data;

  if (!self->changes.claims_only)
    return;

  if (strcmp (table, "claim") == 0)
    note_changed_claim (self, row_id);
  else if (strcmp (table, "change_log") != 0
           && strcmp (table, "action") != 0
           && strcmp (table, "evidence_source") != 0
           && strcmp (table, "comment") != 0)
    {
      self->changes.claims_only = FALSE;
      g_array_set_size (self->changes.claim_ids, 0);
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
sort_unique_ids (GArray *ids)
{
  guint kept = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (kept == 0 || g_array_index (ids, gint64, i) != g_array_index (ids, gint64, kept - 1))
      g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, kept);
}

/**
 * qc_store_get_changes:
 *
 * What the action that committed last changed: meant for handlers of
 * #QcStore::changed, which may update the claims listed instead of
 * reading everything again when #QcStoreChanges.claims_only is set.
 *
 * Returns: (transfer none): valid until the next action begins
 */
const QcStoreChanges *
qc_store_get_changes (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), NULL);

  return &self->changes;
}

/* Transactions
 *
 * The outermost level is BEGIN IMMEDIATE (take the write lock at once, so
 * two writers queue on the busy timeout instead of failing with
 * SQLITE_BUSY_SNAPSHOT on upgrade). Inner levels are not savepoints: a
 * savepoint copies every page a mutation touches to the statement
 * journal, which made a bulk insert four times slower. Instead a mutation
 * that fails inside a larger action after it wrote something spoils the
 * action: its commit rolls everything back. One that fails before writing
 * (a missing row, a bad span: nearly all failures) leaves it usable. */

gboolean
_qc_store_begin (QcStore     *self,
                 const char  *label,
                 GError     **error)
{
  gint64 changes;

  if (!_qc_store_check_writable (self, error))
    return FALSE;

  if (self->depth == 0)
    {
      g_autoptr(QcStoreStmt) stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_BEGIN, "BEGIN IMMEDIATE", error);

      if (stmt == NULL || !_qc_store_step_done (self, stmt, error))
        return FALSE;
      self->depth = 1;
      self->action_id = 0;
      g_free (self->action_label);
      self->action_label = g_strdup (label);
      g_clear_pointer (&self->now, g_free);
      g_array_set_size (self->change_stack, 0);
      self->spoiled = FALSE;
      self->text_checked = FALSE;
      self->changes.claims_only = TRUE;
      g_array_set_size (self->changes.claim_ids, 0);
      return TRUE;
    }

  changes = sqlite3_total_changes64 (self->db);
  g_array_append_val (self->change_stack, changes);
  self->depth++;
  return TRUE;
}

static void
rollback_all (QcStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    _qc_store_exec (self, "ROLLBACK", NULL);
  self->depth = 0;
  self->action_id = 0;
  g_clear_pointer (&self->action_label, g_free);
  g_clear_pointer (&self->now, g_free);
  g_array_set_size (self->change_stack, 0);
  self->spoiled = FALSE;
  /* The cached body may belong to a rolled-back version. */
  self->text_article_id = 0;
  self->text_checked = FALSE;
}

/**
 * _qc_store_end:
 * @ok: whether the work since the matching _qc_store_begin() succeeded
 *
 * At the outermost level, commits when @ok (and no inner mutation failed
 * halfway), otherwise rolls back. Inner levels only note a failure.
 *
 * Returns: %TRUE when @ok and the commit succeeded
 */
gboolean
_qc_store_end (QcStore   *self,
               gboolean   ok,
               GError   **error)
{
  g_assert (self->depth > 0);

  /* SQLite rolls back by itself on some errors (SQLITE_FULL, IOERR): the
   * transaction is gone, whatever the level. */
  if (sqlite3_get_autocommit (self->db))
    {
      rollback_all (self);
      if (ok)
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED,
                     _("The transaction on %s was rolled back by an earlier error"),
                     self->display_path);
      return FALSE;
    }

  if (self->depth > 1)
    {
      gint64 changes = g_array_index (self->change_stack, gint64, self->change_stack->len - 1);

      self->depth--;
      g_array_set_size (self->change_stack, self->change_stack->len - 1);
      if (!ok && sqlite3_total_changes64 (self->db) != changes)
        self->spoiled = TRUE;
      return ok;
    }

  if (ok && self->spoiled)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED,
                   _("A change in this action failed halfway, so none of it was saved"));
      ok = FALSE;
    }
  if (!ok)
    {
      rollback_all (self);
      return FALSE;
    }

  /* A new edit gives up the redo branch (the rows stay, flagged). */
  if (self->action_id != 0)
    {
      g_autoptr(QcStoreStmt) stmt =
        _qc_store_prepare_hot (self, QC_STORE_HOT_DISCARD_REDO,
                               "UPDATE action SET discarded = 1"
                               " WHERE annotator_id = ?1 AND undone = 1 AND discarded = 0",
                               error);

      if (stmt == NULL)
        {
          rollback_all (self);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, self->local_annotator);
      if (!_qc_store_step_done (self, stmt, error))
        {
          g_clear_pointer (&stmt, _qc_store_stmt_release);
          rollback_all (self);
          return FALSE;
        }
    }

  {
    g_autoptr(QcStoreStmt) commit = _qc_store_prepare_hot (self, QC_STORE_HOT_COMMIT, "COMMIT", error);

    if (commit == NULL || !_qc_store_step_done (self, commit, error))
      {
        g_clear_pointer (&commit, _qc_store_stmt_release);
        rollback_all (self);
        return FALSE;
      }
  }

  self->depth = 0;
  self->action_id = 0;
  self->text_checked = FALSE;
  g_clear_pointer (&self->action_label, g_free);
  g_clear_pointer (&self->now, g_free);

  sort_unique_ids (self->changes.claim_ids);

  /* Every committed write, undo and redo passes here, so views that
   * reload on this signal never miss a change. */
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * qc_store_begin_action:
 * @label: what the user is doing, shown in history and undo ("Merge speakers")
 *
 * Groups the mutations up to qc_store_commit_action() into one
 * transaction and one undo step. A mutation inside that fails before it
 * writes anything (a missing row, a bad argument: nearly every failure)
 * leaves no trace and the action may go on; one that fails after writing
 * (a full disk) makes qc_store_commit_action() roll the whole action back.
 *
 * Returns: %FALSE with @error set when the database cannot be written
 */
gboolean
qc_store_begin_action (QcStore     *self,
                       const char  *label,
                       GError     **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _qc_store_begin (self, label, error);
}

gboolean
qc_store_commit_action (QcStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _qc_store_end (self, TRUE, error);
}

void
qc_store_rollback_action (QcStore *self)
{
  g_return_if_fail (QC_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  _qc_store_end (self, FALSE, NULL);
}

/* The change log */

static gboolean
ensure_action (QcStore  *self,
               GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;

  if (self->action_id != 0)
    return TRUE;

  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_INSERT_ACTION,
                                "INSERT INTO action (annotator_id, label, created_at)"
                                " VALUES (?1, ?2, ?3)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->local_annotator);
  _qc_store_bind_text (stmt, 2, self->action_label ? self->action_label : _("Edit"));
  sqlite3_bind_text (stmt, 3, _qc_store_now (self), -1, SQLITE_STATIC);
  if (!_qc_store_step_done (self, stmt, error))
    return FALSE;
  self->action_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
_qc_store_log_change (QcStore             *self,
                      const char          *table,
                      gint64               row_id,
                      const char          *row_uuid,
                      gint64               article_id,
                      const char          *op,
                      const char          *field,
                      const QcStoreValue  *old_value,
                      const QcStoreValue  *new_value,
                      GError             **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;

  g_assert (self->depth > 0);

  if (strcmp (table, "claim") == 0)
    note_changed_claim (self, row_id);
  if (self->replaying)
    return TRUE;
  if (!ensure_action (self, error))
    return FALSE;

  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_INSERT_CHANGE,
                                "INSERT INTO change_log (action_id, table_name, row_id, article_id, op,"
                                " field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->action_id);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, row_id);
  if (article_id > 0)
    sqlite3_bind_int64 (stmt, 4, article_id);
  sqlite3_bind_text (stmt, 5, op, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, field, -1, SQLITE_STATIC);
  _qc_store_bind_value (stmt, 7, old_value);
  _qc_store_bind_value (stmt, 8, new_value);
  return _qc_store_step_done (self, stmt, error);
}

/* A new row is logged as its "deleted" flag going from 1 to 0: undo sets
 * it back, redo clears it again. */
gboolean
_qc_store_log_insert (QcStore     *self,
                      const char  *table,
                      gint64       row_id,
                      const char  *row_uuid,
                      gint64       article_id,
                      GError     **error)
{
  QcStoreValue was = qc_store_value_int (1);
  QcStoreValue is = qc_store_value_int (0);

  return _qc_store_log_change (self, table, row_id, row_uuid, article_id,
                               "insert", "deleted", &was, &is, error);
}

static gboolean
update_field_op (QcStore             *self,
                 const char          *table,
                 gint64               row_id,
                 const char          *field,
                 const QcStoreValue  *value,
                 const char          *op,
                 GError             **error)
{
  const char *column = NULL;
  const TableInfo *info = lookup_table (table, field, &column);
  g_autofree char *select_sql = NULL;
  g_autofree char *update_sql = NULL;
  g_autofree char *uuid = NULL;
  sqlite3_value *old_sv = NULL;
  QcStoreValue old_value;
  gint64 article_id;
  gboolean ok = FALSE;
  int rc;

  g_assert (info != NULL);
  g_assert (self->depth > 0);

  select_sql = g_strdup_printf ("SELECT \"%s\", %s, %s, %s FROM %s WHERE id = ?1",
                                column, info->has_uuid ? "uuid" : "NULL", info->article_sql,
                                strcmp (info->name, "annotator") == 0 ? "0" : "deleted",
                                info->name);
  {
    g_autoptr(QcStoreStmt) select = _qc_store_prepare (self, select_sql, error);

    if (select == NULL)
      return FALSE;
    sqlite3_bind_int64 (select, 1, row_id);
    rc = sqlite3_step (select);
    if (rc == SQLITE_DONE || (rc == SQLITE_ROW && sqlite3_column_int (select, 3) != 0))
      {
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                     _("There is no %s with id %" G_GINT64_FORMAT), table, row_id);
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      {
        _qc_store_set_error (self, rc, error);
        return FALSE;
      }
    old_sv = sqlite3_value_dup (sqlite3_column_value (select, 0));
    uuid = _qc_store_column_dup (select, 1);
    article_id = sqlite3_column_int64 (select, 2);
  }
  value_from_sqlite (&old_value, old_sv);

  if (value_equal (&old_value, value))
    {
      ok = TRUE;
      goto out;
    }

  update_sql = g_strdup_printf ("UPDATE %s SET \"%s\" = ?1%s WHERE id = ?2",
                                info->name, column,
                                info->has_updated_at ? ", updated_at = ?3" : "");
  {
    g_autoptr(QcStoreStmt) update = _qc_store_prepare (self, update_sql, error);

    if (update == NULL)
      goto out;
    if (strcmp (column, "body") == 0)
      self->text_checked = FALSE;
    _qc_store_bind_value (update, 1, value);
    sqlite3_bind_int64 (update, 2, row_id);
    if (info->has_updated_at)
      sqlite3_bind_text (update, 3, _qc_store_now (self), -1, SQLITE_STATIC);
    if (!_qc_store_step_done (self, update, error))
      goto out;
  }

  ok = _qc_store_log_change (self, info->name, row_id, uuid, article_id, op, column,
                             &old_value, value, error);

out:
  sqlite3_value_free (old_sv);
  return ok;
}

/**
 * _qc_store_update_field:
 *
 * Sets one column of a live row and logs the change; nothing is written
 * when the value is already @value. Must run inside _qc_store_begin().
 */
gboolean
_qc_store_update_field (QcStore             *self,
                        const char          *table,
                        gint64               row_id,
                        const char          *field,
                        const QcStoreValue  *value,
                        GError             **error)
{
  return update_field_op (self, table, row_id, field, value, "update", error);
}

gboolean
_qc_store_delete_row (QcStore     *self,
                      const char  *table,
                      gint64       row_id,
                      GError     **error)
{
  QcStoreValue one = qc_store_value_int (1);

  return update_field_op (self, table, row_id, "deleted", &one, "delete", error);
}

/**
 * _qc_store_find_row:
 * @id_or_uuid: a decimal row id or a UUID
 *
 * Returns: the id of the live row, or 0 with @error set
 */
gint64
_qc_store_find_row (QcStore     *self,
                    const char  *table,
                    const char  *id_or_uuid,
                    const char  *what,
                    GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(QcStoreStmt) stmt = NULL;
  guint64 id = 0;
  gboolean numeric;
  int rc;

  numeric = id_or_uuid[0] != '\0'
            && g_ascii_string_to_unsigned (id_or_uuid, 10, 1, G_MAXINT64, &id, NULL);
  sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 AND deleted = 0",
                         table, numeric ? "id" : "uuid");
  stmt = _qc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return 0;
  if (numeric)
    sqlite3_bind_int64 (stmt, 1, (gint64) id);
  else
    _qc_store_bind_text (stmt, 1, id_or_uuid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return 0;
    }
  g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
               _("There is no %s “%s”"), what, id_or_uuid);
  return 0;
}

/* GObject overrides */

static void
qc_store_dispose (GObject *object)
{
  QcStore *self = QC_STORE (object);

  if (self->db != NULL && self->depth > 0)
    {
      g_warning ("Store closed with an action still open; rolling it back");
      rollback_all (self);
    }

  G_OBJECT_CLASS (qc_store_parent_class)->dispose (object);
}

static void
qc_store_finalize (GObject *object)
{
  QcStore *self = QC_STORE (object);

  memset (self->hot, 0, sizeof self->hot);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->display_path, g_free);
  g_clear_pointer (&self->action_label, g_free);
  g_clear_pointer (&self->now, g_free);
  g_clear_pointer (&self->change_stack, g_array_unref);
  g_clear_pointer (&self->changes.claim_ids, g_array_unref);
  g_clear_pointer (&self->text, qc_text_unref);
  g_clear_pointer (&self->text_sha256, g_free);

  G_OBJECT_CLASS (qc_store_parent_class)->finalize (object);
}

static void
qc_store_class_init (QcStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qc_store_dispose;
  object_class->finalize = qc_store_finalize;

  /**
   * QcStore::changed:
   *
   * Emitted after every committed action, undo and redo, when the
   * database holds the new state.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
qc_store_init (QcStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  self->change_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->changes.claim_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->busy_timeout_ms = DEFAULT_BUSY_TIMEOUT_MS;
}

/* Opening */

/**
 * qc_store_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/quotecheck/quotecheck.db`
 */
char *
qc_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "quotecheck", "quotecheck.db", NULL);
}

/* Looks at the first bytes without SQLite: a file that is not a database
 * must never reach it (SQLite would happily turn a 0-byte header into a
 * new database, and some errors would rewrite the file). */
static gboolean
check_file (const char  *path,
            const char  *display,
            gboolean    *exists,
            GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  GStatBuf st;
  char header[16];
  FILE *file;
  size_t n;

  *exists = FALSE;
  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_IO,
                   _("Could not open the database %s: %s"), display, g_strerror (errno));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("%s is not a Quotecheck database (it is not a regular file)"), display);
      return FALSE;
    }
  *exists = TRUE;
  if (st.st_size == 0)
    return TRUE;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, QC_STORE_ERROR,
                   saved_errno == EACCES ? QC_STORE_ERROR_READ_ONLY : QC_STORE_ERROR_IO,
                   _("Could not open the database %s: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n != sizeof header || memcmp (header, magic, sizeof header) != 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("%s is not a Quotecheck database (not an SQLite file); it was left untouched"),
                   display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_writable (const char *path,
             gboolean    exists)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* WAL needs to create the -wal and -shm files beside the database. */
  if (access (dir, W_OK) != 0)
    return FALSE;
  return !exists || access (path, W_OK) == 0;
}

/* Reads what the file says about itself before anything is written. */
static gboolean
check_schema (QcStore  *self,
              GError  **error)
{
  int app_id = 0;
  int version = 0;
  int n_tables = 0;

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (self,
                         "SELECT (SELECT application_id FROM pragma_application_id),"
                         " (SELECT user_version FROM pragma_user_version),"
                         " (SELECT count(*) FROM sqlite_schema)",
                         error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        _qc_store_set_error (self, rc, error);
        return FALSE;
      }
    app_id = sqlite3_column_int (stmt, 0);
    version = sqlite3_column_int (stmt, 1);
    n_tables = sqlite3_column_int (stmt, 2);
  }

  if ((app_id != 0 && app_id != QC_STORE_APPLICATION_ID)
      || (app_id == 0 && n_tables > 0))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("%s is an SQLite database of another program, not a Quotecheck "
                     "database; it was left untouched"),
                   self->display_path);
      return FALSE;
    }

  if (version > QC_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("The database %s was written by a newer version of Quotecheck "
                     "(schema %d; this version understands up to %d). It was left untouched."),
                   self->display_path, version, QC_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  self->schema_version = version;

  /* A second connection to a file the first one checked need not wait
   * for a scan of the whole file again */
  if (n_tables > 0 && !self->checked)
    {
      g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, "PRAGMA quick_check", error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          _qc_store_set_error (self, rc, error);
          return FALSE;
        }
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        {
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                       _("The database %s is damaged (%s); it was left untouched. "
                         "Restore it from a backup."),
                       self->display_path, (const char *) sqlite3_column_text (stmt, 0));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
ensure_local_annotator (QcStore  *self,
                        GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  const char *name;
  int rc;

  stmt = _qc_store_prepare (self, "SELECT id FROM annotator WHERE is_local = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      self->local_annotator = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, _qc_store_stmt_release);

  if (self->read_only)
    return TRUE;

  name = g_get_real_name ();
  if (name == NULL || *name == '\0' || strcmp (name, "Unknown") == 0)
    name = g_get_user_name ();
  uuid = g_uuid_string_random ();

  /* INSERT OR IGNORE: another process may create it at the same moment. */
  stmt = _qc_store_prepare (self,
                            "INSERT OR IGNORE INTO annotator (uuid, display_name, is_local, created_at)"
                            " VALUES (?1, ?2, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!_qc_store_step_done (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, _qc_store_stmt_release);
  return ensure_local_annotator (self, error);
}

static gboolean
open_db (QcStore     *self,
         const char  *name,
         int          flags,
         GError     **error)
{
  int rc = sqlite3_open_v2 (name, &self->db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, self->busy_timeout_ms);
  sqlite3_update_hook (self->db, on_row_written, self);
  return TRUE;
}

static gboolean
is_wal_unreadable (QcStore *self)
{
  int rc = self->db ? sqlite3_extended_errcode (self->db) : SQLITE_OK;

  return (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN;
}

static QcStore *open_store (const char  *path,
                            gboolean     checked,
                            GError     **error);

/**
 * qc_store_open:
 * @path: a file name in the GLib file name encoding, or ":memory:"
 * @error: return location for a #QC_STORE_ERROR
 *
 * Opens the database at @path, creating it (and its folder) when missing,
 * and brings its schema up to date. Turns on WAL, foreign keys and a busy
 * timeout of 5 s. In WAL mode with synchronous=NORMAL a committed
 * transaction survives a crash of the program; a power cut may lose the
 * last few transactions, never the file's consistency.
 *
 * A file that is not a Quotecheck database, fails `PRAGMA quick_check`,
 * or was written by a newer Quotecheck is refused and not written to. A
 * file that cannot be written is opened read-only: reading works and every
 * change fails with %QC_STORE_ERROR_READ_ONLY (in a folder that cannot be
 * written either, it is read as an immutable snapshot).
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
QcStore *
qc_store_open (const char  *path,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, FALSE, error);
}

static QcStore *
open_store (const char  *path,
            gboolean     checked,
            GError     **error)
{
  g_autoptr(QcStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  gboolean memory;
  gboolean exists = FALSE;
  int flags;

  self = g_object_new (QC_TYPE_STORE, NULL);
  self->checked = checked;
  self->path = g_strdup (path);
  self->display_path = g_filename_display_name (path);
  memory = strcmp (path, ":memory:") == 0;

  if (!memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (!check_file (path, self->display_path, &exists, error))
        return NULL;
      if (!exists && g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, QC_STORE_ERROR,
                       saved_errno == EACCES || saved_errno == EROFS
                         ? QC_STORE_ERROR_READ_ONLY : QC_STORE_ERROR_IO,
                       _("Could not create the folder for the database %s: %s"),
                       self->display_path, g_strerror (saved_errno));
          return NULL;
        }
      self->read_only = exists && !is_writable (path, exists);
    }

  flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
  flags |= self->read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!open_db (self, path, flags, error))
    return NULL;

  if (!check_schema (self, &local_error))
    {
      /* A WAL database in a folder we cannot write has no shared-memory
       * index to read through: read it as an immutable snapshot. */
      if (!self->read_only || !is_wal_unreadable (self))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_clear_error (&local_error);
      memset (self->hot, 0, sizeof self->hot);
      g_clear_pointer (&self->statements, g_hash_table_unref);
      self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
      g_clear_pointer (&self->db, sqlite3_close);
      uri = g_strconcat ("file:", escaped = g_uri_escape_string (path, "/", FALSE), "?immutable=1", NULL);
      if (!open_db (self, uri, flags | SQLITE_OPEN_URI, error) || !check_schema (self, error))
        return NULL;
    }

  /* Only now, with the file known to be ours and current enough, write.
   * A 64 MiB page cache (allocated as used) keeps a large import from
   * spilling and re-reading index pages mid-transaction. */
  if (!_qc_store_exec (self, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
                       " PRAGMA temp_store = MEMORY", error))
    return NULL;

  if (self->read_only)
    {
      if (self->schema_version < QC_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY,
                       _("The database %s needs an upgrade to this version of Quotecheck, "
                         "but it is read-only"),
                       self->display_path);
          return NULL;
        }
    }
  else
    {
      /* Only a new file takes it (and only before WAL is on): larger
       * pages make a bulk insert's commit about a third cheaper */
      if (!exists && !_qc_store_exec (self, "PRAGMA page_size = 8192", error))
        return NULL;
      if (!memory && !_qc_store_exec (self, "PRAGMA journal_mode = WAL", error))
        return NULL;
      if (!_qc_store_exec (self, "PRAGMA synchronous = NORMAL", error))
        return NULL;
      if (self->schema_version < QC_STORE_SCHEMA_VERSION && !_qc_store_migrate (self, error))
        return NULL;
    }

  if (!ensure_local_annotator (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * qc_store_get_path:
 *
 * Returns: (transfer none): the file name given to qc_store_open()
 */
const char *
qc_store_get_path (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  return self->path;
}

gboolean
qc_store_is_read_only (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), TRUE);
  return self->read_only;
}

int
qc_store_get_schema_version (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), 0);
  return self->schema_version;
}

/* Annotators */

/**
 * qc_store_get_local_annotator:
 *
 * The local annotator is created on first use from the user's real name.
 *
 * Returns: its row id (0 only in a read-only database that has none)
 */
gint64
qc_store_get_local_annotator (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), 0);
  return self->local_annotator;
}

/**
 * qc_store_dup_annotator_name:
 *
 * Returns: (transfer full): the display name, or %NULL with @error set
 */
char *
qc_store_dup_annotator_name (QcStore  *self,
                             gint64    annotator_id,
                             GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self, "SELECT display_name FROM annotator WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, annotator_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _qc_store_column_dup (stmt, 0);
  if (rc == SQLITE_DONE)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no annotator with id %" G_GINT64_FORMAT), annotator_id);
  else
    _qc_store_set_error (self, rc, error);
  return NULL;
}

gboolean
qc_store_set_annotator_name (QcStore     *self,
                             gint64       annotator_id,
                             const char  *name,
                             GError     **error)
{
  QcStoreValue value = qc_store_value_text (name);
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*name == '\0')
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("An annotator needs a name"));
      return FALSE;
    }
  if (!_qc_store_begin (self, _("Rename annotator"), error))
    return FALSE;
  ok = _qc_store_update_field (self, "annotator", annotator_id, "display_name", &value, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_add_annotator:
 * @uuid: (nullable): the colleague's annotator UUID, from their export
 * @name: display name
 *
 * Adds a colleague, or returns the existing row with the same @uuid.
 *
 * Returns: the annotator's row id, or 0 with @error set
 */
gint64
qc_store_add_annotator (QcStore     *self,
                        const char  *uuid,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *new_uuid = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (uuid == NULL)
    uuid = new_uuid = g_uuid_string_random ();

  if (!_qc_store_begin (self, _("Add annotator"), error))
    return 0;
  {
    g_autoptr(QcStoreStmt) find = _qc_store_prepare (self, "SELECT id FROM annotator WHERE uuid = ?1", error);

    ok = find != NULL;
    if (ok)
      {
        _qc_store_bind_text (find, 1, uuid);
        if (sqlite3_step (find) == SQLITE_ROW)
          id = sqlite3_column_int64 (find, 0);
      }
  }
  if (ok && id == 0)
    {
      g_autoptr(QcStoreStmt) insert =
        _qc_store_prepare (self,
                           "INSERT INTO annotator (uuid, display_name, created_at) VALUES (?1, ?2, ?3)",
                           error);

      ok = insert != NULL;
      if (ok)
        {
          _qc_store_bind_text (insert, 1, uuid);
          _qc_store_bind_text (insert, 2, name);
          _qc_store_bind_text (insert, 3, _qc_store_now (self));
          ok = _qc_store_step_done (self, insert, error);
          id = sqlite3_last_insert_rowid (self->db);
        }
    }
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

/* Undo and redo */

typedef struct
{
  char          *table;
  char          *field;
  gint64         row_id;
  sqlite3_value *old_value;
  sqlite3_value *new_value;
} LoggedChange;

static void
logged_change_free (gpointer data)
{
  LoggedChange *change = data;

  g_free (change->table);
  g_free (change->field);
  sqlite3_value_free (change->old_value);
  sqlite3_value_free (change->new_value);
  g_free (change);
}

static GPtrArray *
load_action_changes (QcStore  *self,
                     gint64    action_id,
                     GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (logged_change_free);
  int rc;

  stmt = _qc_store_prepare (self,
                            "SELECT table_name, field, row_id, old_value, new_value"
                            " FROM change_log WHERE action_id = ?1 ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, action_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LoggedChange *change = g_new0 (LoggedChange, 1);

      change->table = _qc_store_column_dup (stmt, 0);
      change->field = _qc_store_column_dup (stmt, 1);
      change->row_id = sqlite3_column_int64 (stmt, 2);
      change->old_value = sqlite3_value_dup (sqlite3_column_value (stmt, 3));
      change->new_value = sqlite3_value_dup (sqlite3_column_value (stmt, 4));
      g_ptr_array_add (changes, change);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&changes);
}

/* Writes @target where the row still holds @expected; anything else
 * means someone changed it since, and the whole undo is refused. */
static gboolean
apply_change (QcStore        *self,
              LoggedChange   *change,
              sqlite3_value  *target,
              sqlite3_value  *expected,
              const char     *label,
              GError        **error)
{
  const char *column = NULL;
  const TableInfo *info = lookup_table (change->table ? change->table : "",
                                        change->field ? change->field : "", &column);
  g_autofree char *sql = NULL;

  if (info == NULL)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("The change log of %s names an unknown column (%s.%s)"),
                   self->display_path, change->table, change->field);
      return FALSE;
    }
  if (strcmp (info->name, "claim") == 0)
    note_changed_claim (self, change->row_id);

  if (strcmp (column, "segments") == 0)
    {
      g_autofree char *current = _qc_store_dup_segments_json (self, change->row_id, error);

      if (current == NULL)
        return FALSE;
      if (g_strcmp0 (current, (const char *) sqlite3_value_text (expected)) != 0)
        goto conflict;
      return _qc_store_write_segments (self, change->row_id,
                                       (const char *) sqlite3_value_text (target), error);
    }

  if (strcmp (column, "body") == 0)
    self->text_checked = FALSE;
  sql = g_strdup_printf ("UPDATE %s SET \"%s\" = ?1 WHERE id = ?2 AND \"%s\" IS ?3",
                         info->name, column, column);
  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_value (stmt, 1, target);
    sqlite3_bind_int64 (stmt, 2, change->row_id);
    sqlite3_bind_value (stmt, 3, expected);
    if (!_qc_store_step_done (self, stmt, error))
      return FALSE;
  }
  if (sqlite3_changes (self->db) == 1)
    return TRUE;

conflict:
  g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CONFLICT,
               _("Cannot undo or redo “%s”: the %s was changed since by someone else"),
               label, change->table);
  return FALSE;
}

static gboolean
replay (QcStore   *self,
        gboolean   undo,
        char     **label_out,
        GError   **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *label = NULL;
  gint64 action_id = 0;
  gboolean ok = FALSE;

  if (!_qc_store_check_writable (self, error))
    return FALSE;
  if (self->depth > 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED,
                   _("Cannot undo or redo in the middle of an action"));
      return FALSE;
    }

  if (!_qc_store_begin (self, NULL, error))
    return FALSE;
  self->replaying = TRUE;

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (self,
                         undo
                         ? "SELECT id, label FROM action WHERE annotator_id = ?1 AND undone = 0"
                           " ORDER BY id DESC LIMIT 1"
                         : "SELECT id, label FROM action WHERE annotator_id = ?1 AND undone = 1"
                           " AND discarded = 0 ORDER BY id LIMIT 1",
                         error);
    int rc;

    if (stmt == NULL)
      goto out;
    sqlite3_bind_int64 (stmt, 1, self->local_annotator);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        if (undo)
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_UNDO, _("Nothing to undo"));
        else
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_REDO, _("Nothing to redo"));
        goto out;
      }
    if (rc != SQLITE_ROW)
      {
        _qc_store_set_error (self, rc, error);
        goto out;
      }
    action_id = sqlite3_column_int64 (stmt, 0);
    label = _qc_store_column_dup (stmt, 1);
  }

  changes = load_action_changes (self, action_id, error);
  if (changes == NULL)
    goto out;

  for (guint k = 0; k < changes->len; k++)
    {
      LoggedChange *change = g_ptr_array_index (changes, undo ? changes->len - 1 - k : k);

      if (!apply_change (self, change,
                         undo ? change->old_value : change->new_value,
                         undo ? change->new_value : change->old_value,
                         label, error))
        goto out;
    }

  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, "UPDATE action SET undone = ?1 WHERE id = ?2", error);

    if (stmt == NULL)
      goto out;
    sqlite3_bind_int (stmt, 1, undo ? 1 : 0);
    sqlite3_bind_int64 (stmt, 2, action_id);
    if (!_qc_store_step_done (self, stmt, error))
      goto out;
  }
  ok = TRUE;

out:
  self->replaying = FALSE;
  if (!_qc_store_end (self, ok, error))
    return FALSE;
  if (label_out)
    *label_out = g_steal_pointer (&label);
  return TRUE;
}

/**
 * qc_store_undo:
 * @label: (out) (optional) (transfer full): what was undone
 *
 * Undoes the local annotator's most recent action that is not undone,
 * across restarts. Refused with %QC_STORE_ERROR_CONFLICT (and nothing
 * changed) when a row it touched was changed since by another program.
 *
 * Returns: %FALSE with @error set (%QC_STORE_ERROR_NOTHING_TO_UNDO when
 *   there is nothing)
 */
gboolean
qc_store_undo (QcStore   *self,
               char     **label,
               GError   **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay (self, TRUE, label, error);
}

/**
 * qc_store_redo:
 * @label: (out) (optional) (transfer full): what was redone
 *
 * Redoes the earliest undone action, unless a new edit gave it up.
 *
 * Returns: %FALSE with @error set (%QC_STORE_ERROR_NOTHING_TO_REDO when
 *   there is nothing)
 */
gboolean
qc_store_redo (QcStore   *self,
               char     **label,
               GError   **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay (self, FALSE, label, error);
}

static gboolean
has_action (QcStore    *self,
            const char *sql)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->local_annotator);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gboolean
qc_store_can_undo (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  return !self->read_only
         && has_action (self, "SELECT 1 FROM action WHERE annotator_id = ?1 AND undone = 0 LIMIT 1");
}

gboolean
qc_store_can_redo (QcStore *self)
{
  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  return !self->read_only
         && has_action (self, "SELECT 1 FROM action WHERE annotator_id = ?1 AND undone = 1"
                              " AND discarded = 0 LIMIT 1");
}

/**
 * qc_store_list_history:
 * @article_id: an article, or 0 for every change
 *
 * The changes to the article, its claims and their sources and comments,
 * oldest first, including undone ones (see #QcChange's flags).
 *
 * Returns: (transfer full) (element-type QcChange): the changes, or %NULL
 *   with @error set
 */
GPtrArray *
qc_store_list_history (QcStore  *self,
                       gint64    article_id,
                       GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self,
                            "SELECT l.id, l.action_id, a.label, a.annotator_id, n.display_name,"
                            " a.created_at, l.table_name, l.row_id,"
                            " CASE l.table_name"
                            "  WHEN 'claim' THEN (SELECT uuid FROM claim WHERE id = l.row_id)"
                            "  WHEN 'article' THEN (SELECT uuid FROM article WHERE id = l.row_id)"
                            "  WHEN 'speaker' THEN (SELECT uuid FROM speaker WHERE id = l.row_id)"
                            "  WHEN 'evidence_source' THEN (SELECT uuid FROM evidence_source WHERE id = l.row_id)"
                            "  WHEN 'comment' THEN (SELECT uuid FROM comment WHERE id = l.row_id)"
                            "  WHEN 'annotator' THEN (SELECT uuid FROM annotator WHERE id = l.row_id)"
                            " END,"
                            " l.op, l.field, l.old_value, l.new_value, a.undone, a.discarded"
                            " FROM change_log l JOIN action a ON a.id = l.action_id"
                            " JOIN annotator n ON n.id = a.annotator_id"
                            " WHERE ?1 = 0 OR l.article_id = ?1 ORDER BY l.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_change_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QcChange *change = g_new0 (QcChange, 1);

      change->id = sqlite3_column_int64 (stmt, 0);
      change->action_id = sqlite3_column_int64 (stmt, 1);
      change->action_label = _qc_store_column_dup (stmt, 2);
      change->annotator_id = sqlite3_column_int64 (stmt, 3);
      change->annotator_name = _qc_store_column_dup (stmt, 4);
      change->changed_at = _qc_store_column_dup (stmt, 5);
      change->table_name = _qc_store_column_dup (stmt, 6);
      change->row_id = sqlite3_column_int64 (stmt, 7);
      change->row_uuid = _qc_store_column_dup (stmt, 8);
      change->op = _qc_store_column_dup (stmt, 9);
      change->field = _qc_store_column_dup (stmt, 10);
      change->old_value = _qc_store_column_dup (stmt, 11);
      change->new_value = _qc_store_column_dup (stmt, 12);
      change->undone = sqlite3_column_int (stmt, 13) != 0;
      change->discarded = sqlite3_column_int (stmt, 14) != 0;
      g_ptr_array_add (changes, change);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&changes);
}

/* Importing in a thread
 *
 * Detecting the claims of a long article takes a moment (about a second
 * for 5 MB) that a window must not freeze for. The import runs on a
 * second connection to the same file, in a worker thread; SQLite's WAL
 * lets this connection read meanwhile, and its busy timeout makes a write
 * here wait for the import's transaction instead of failing. */

typedef struct
{
  char           *db_path;
  char           *file;       /* the file to import, or NULL for data */
  GBytes         *data;
  char           *name;
  QcArticleInfo   info;       /* strings owned, in strings */
  char           *strings[8];
  gint64          replace_id;
  QcImportResult  result;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->db_path);
  g_free (job->file);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_free (job->name);
  for (guint i = 0; i < G_N_ELEMENTS (job->strings); i++)
    g_free (job->strings[i]);
  g_free (job);
}

static ImportJob *
import_job_new (QcStore             *self,
                const QcArticleInfo *overrides,
                gint64               replace_id)
{
  ImportJob *job = g_new0 (ImportJob, 1);
  const char **fields[] = {
    &job->info.title, &job->info.outlet, &job->info.author, &job->info.url,
    &job->info.published_at, &job->info.language, &job->info.source_name,
    &job->info.source_format,
  };
  QcArticleInfo none = { 0 };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (job->strings));

  if (overrides == NULL)
    overrides = &none;
  job->db_path = g_strdup (self->path);
  job->replace_id = replace_id;
  job->info = *overrides;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = job->strings[i] = g_strdup (*fields[i]);
  return job;
}

static gboolean
run_import_job (QcStore    *store,
                ImportJob  *job,
                GError    **error)
{
  gsize length = 0;
  const char *data;

  if (job->file != NULL)
    return qc_store_import_file (store, job->file, &job->info, job->replace_id, &job->result, error);

  data = g_bytes_get_data (job->data, &length);
  return qc_store_import_data (store, data != NULL ? data : "", length, job->name,
                               &job->info, job->replace_id, &job->result, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(QcStore) worker = NULL;
  GError *error = NULL;

  worker = open_store (job->db_path, TRUE, &error);
  if (worker == NULL || !run_import_job (worker, job, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Back on the caller's thread: the views hear of the new rows */
static void
on_import_thread_done_cb (GObject      *source_object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  QcStore *self = QC_STORE (source_object);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Written by the other connection: nothing known but "reload" */
  self->changes.claims_only = FALSE;
  g_array_set_size (self->changes.claim_ids, 0);
  g_signal_emit (self, signals[CHANGED], 0);
  g_task_return_boolean (task, TRUE);
}

static void
start_import (QcStore             *self,
              ImportJob           *job,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) worker = NULL;
  GError *error = NULL;

  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, job, import_job_free);

  /* Another connection to ":memory:" would be another database; a
   * read-only one fails the same either way; inside an action, the
   * import belongs to it */
  if (strcmp (self->path, ":memory:") == 0 || self->read_only || self->depth > 0)
    {
      if (run_import_job (self, job, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  worker = g_task_new (self, cancellable, on_import_thread_done_cb, g_object_ref (task));
  g_task_set_task_data (worker, job, NULL);
  g_task_run_in_thread (worker, import_thread);
}

/**
 * qc_store_import_file_async:
 * @path: a text, Markdown or HTML file
 * @overrides: (nullable): metadata to use instead of what the file says
 * @replace_id: an article whose body this is a new version of, or 0
 *
 * Like qc_store_import_file(), in a worker thread on a second connection
 * to the database. When it is done, this store emits #QcStore::changed
 * (on the thread that called this, before @callback runs). An in-memory
 * or read-only database, or one in the middle of an action, imports at
 * once instead.
 */
void
qc_store_import_file_async (QcStore             *self,
                            const char          *path,
                            const QcArticleInfo *overrides,
                            gint64               replace_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  ImportJob *job;

  g_return_if_fail (QC_IS_STORE (self));
  g_return_if_fail (path != NULL);

  job = import_job_new (self, overrides, replace_id);
  job->file = g_strdup (path);
  start_import (self, job, cancellable, callback, user_data);
}

/**
 * qc_store_import_data_async:
 * @data: the article's bytes (text, Markdown or HTML)
 * @name: (nullable): what to call it in messages, "stdin" when %NULL
 *
 * Like qc_store_import_data(), in a worker thread: see
 * qc_store_import_file_async().
 */
void
qc_store_import_data_async (QcStore             *self,
                            GBytes              *data,
                            const char          *name,
                            const QcArticleInfo *overrides,
                            gint64               replace_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  ImportJob *job;

  g_return_if_fail (QC_IS_STORE (self));
  g_return_if_fail (data != NULL);

  job = import_job_new (self, overrides, replace_id);
  job->data = g_bytes_ref (data);
  job->name = g_strdup (name);
  start_import (self, job, cancellable, callback, user_data);
}

/**
 * qc_store_import_finish:
 * @result: what the callback of qc_store_import_file_async() or
 *   qc_store_import_data_async() got
 * @import_result: (out) (optional): what was imported
 *
 * Returns: %FALSE with @error set when the import failed; nothing was
 *   stored then
 */
gboolean
qc_store_import_finish (QcStore         *self,
                        GAsyncResult    *result,
                        QcImportResult  *import_result,
                        GError         **error)
{
  ImportJob *job;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == start_import, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  if (import_result != NULL)
    *import_result = job->result;
  return TRUE;
}
