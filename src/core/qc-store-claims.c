/* qc-store-claims.c: claims, their segments, evidence sources, comments
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-c/json.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-claim-private.h"
#include "qc-store-private.h"

#define CLAIM_SELECT \
  "SELECT c.id, c.uuid, c.article_id, c.annotator_id, c.kind, c.speaker_id, s.name," \
  " c.cue_start, c.cue_end, c.origin, c.confidence, c.evidence, c.rating, c.note," \
  " c.review_state, c.orphaned, c.created_at, c.updated_at," \
  " c.quote_start, c.quote_end, c.quote, c.prefix, c.suffix" \
  " FROM claim c LEFT JOIN speaker s ON s.id = c.speaker_id"

/* The segments after the first, which is in the claim row (schema 2) */
#define MORE_SEGMENT_SELECT \
  "SELECT g.claim_id, g.start, g.\"end\", g.quote, g.prefix, g.suffix FROM claim_more_segment g"

/* The article body */

/**
 * _qc_store_get_text:
 *
 * Returns: (transfer none): the body of a live article, cached while its
 *   SHA-256 stays the same, or %NULL with @error set
 */
QcText *
_qc_store_get_text (QcStore  *self,
                    gint64    article_id,
                    GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  QcText *text;
  int rc;

  /* Under the write lock nobody else changes the body, and our own
   * changes clear text_checked: one check per transaction is enough. */
  if (self->text_checked && self->depth > 0 && self->text != NULL && self->text_article_id == article_id)
    return self->text;

  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_CHECK_BODY,
                                "SELECT body_sha256 FROM article WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("There is no article with id %" G_GINT64_FORMAT), article_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  if (self->text != NULL && self->text_article_id == article_id
      && g_strcmp0 (self->text_sha256, (const char *) sqlite3_column_text (stmt, 0)) == 0)
    {
      self->text_checked = self->depth > 0;
      return self->text;
    }
  g_clear_pointer (&stmt, _qc_store_stmt_release);

  stmt = _qc_store_prepare (self, "SELECT body, body_sha256 FROM article WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _qc_store_set_error (self, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
      return NULL;
    }
  text = qc_text_new ((const char *) sqlite3_column_text (stmt, 0), sqlite3_column_bytes (stmt, 0),
                      NULL, &local_error);
  if (text == NULL)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("The body of article %" G_GINT64_FORMAT " in %s is damaged: %s"),
                   article_id, self->display_path, local_error->message);
      return NULL;
    }
  g_clear_pointer (&self->text, qc_text_unref);
  g_free (self->text_sha256);
  self->text = text;
  self->text_sha256 = _qc_store_column_dup (stmt, 1);
  self->text_article_id = article_id;
  self->text_checked = self->depth > 0;
  return text;
}

static gboolean
check_spans (QcText         *body,
             const QcRange  *spans,
             guint           n_spans,
             GError        **error)
{
  gsize n_chars = qc_text_get_n_chars (body);

  if (n_spans == 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("A claim needs at least one span of text"));
      return FALSE;
    }
  for (guint i = 0; i < n_spans; i++)
    {
      if (spans[i].start >= spans[i].end)
        {
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                       _("The span %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT " is empty: "
                         "its end must come after its start"),
                       spans[i].start, spans[i].end);
          return FALSE;
        }
      if (spans[i].end > n_chars)
        {
          g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                       _("The span %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT " goes past the end "
                         "of the article (%" G_GSIZE_FORMAT " characters)"),
                       spans[i].start, spans[i].end, n_chars);
          return FALSE;
        }
    }
  return TRUE;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const QcRange *x = a;
  const QcRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/* Segments are kept in text order. */
static QcRange *
sorted_spans (const QcRange *spans,
              guint          n_spans)
{
  QcRange *copy = g_memdup2 (spans, sizeof (QcRange) * n_spans);

  qsort (copy, n_spans, sizeof (QcRange), compare_spans);
  return copy;
}

/* The byte offset @n characters before @offset in valid UTF-8: the
 * context around a segment, without two more searches of the body's
 * character index per segment. */
static gsize
utf8_back (const char *data,
           gsize       offset,
           gsize       n)
{
  while (n > 0 && offset > 0)
    {
      offset--;
      if (((guchar) data[offset] & 0xc0) != 0x80)
        n--;
    }
  return offset;
}

/* The byte offset @n characters after @offset, at most @length. */
static gsize
utf8_forward (const char *data,
              gsize       length,
              gsize       offset,
              gsize       n)
{
  while (n > 0 && offset < length)
    {
      offset++;
      while (offset < length && ((guchar) data[offset] & 0xc0) == 0x80)
        offset++;
      n--;
    }
  return offset;
}

#define QUOTE_WALK_CHARS 1024

/* The quote and context of @span, as slices of the body. */
static void
segment_from_body (QcText         *body,
                   const QcRange  *span,
                   QcStoreSegment *segment)
{
  const char *data = qc_text_get_data (body);
  gsize length = qc_text_get_length (body);
  gsize n_chars = qc_text_get_n_chars (body);
  gsize b_start = qc_text_char_to_byte (body, span->start);
  gsize b_end;
  gsize b_before = utf8_back (data, b_start, MIN (span->start, QC_STORE_CONTEXT_CHARS));
  gsize b_after;

  /* A quote is short: walking it beats a second search of the index. */
  if (span->end - span->start <= QUOTE_WALK_CHARS)
    b_end = utf8_forward (data, length, b_start, span->end - span->start);
  else
    b_end = qc_text_char_to_byte (body, span->end);
  b_after = utf8_forward (data, length, b_end, MIN (n_chars - span->end, QC_STORE_CONTEXT_CHARS));

  segment->start = span->start;
  segment->end = span->end;
  segment->quote = data + b_start;
  segment->quote_len = (int) (b_end - b_start);
  segment->prefix = data + b_before;
  segment->prefix_len = (int) (b_start - b_before);
  segment->suffix = data + b_end;
  segment->suffix_len = (int) (b_after - b_end);
}

/* Binds start, end, quote, prefix and suffix to @first and the four
 * parameters after it. The texts must outlive the step. */
static void
bind_segment (QcStoreStmt          *stmt,
              int                   first,
              const QcStoreSegment *segment)
{
  sqlite3_bind_int64 (stmt, first, (gint64) segment->start);
  sqlite3_bind_int64 (stmt, first + 1, (gint64) segment->end);
  sqlite3_bind_text (stmt, first + 2, segment->quote, segment->quote_len, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 3, segment->prefix, segment->prefix_len, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, segment->suffix, segment->suffix_len, SQLITE_STATIC);
}

/**
 * _qc_store_put_segment:
 * @ordinal: 0 for the first segment, kept in the claim row; the others go
 *   to claim_more_segment
 *
 * Writes one segment of a claim whose old segments were cleared (or that
 * has none yet).
 */
gboolean
_qc_store_put_segment (QcStore               *self,
                       gint64                 claim_id,
                       guint                  ordinal,
                       const QcStoreSegment  *segment,
                       GError               **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;

  if (ordinal == 0)
    {
      stmt = _qc_store_prepare (self,
                                "UPDATE claim SET quote_start = ?2, quote_end = ?3, quote = ?4,"
                                " prefix = ?5, suffix = ?6 WHERE id = ?1",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, claim_id);
      bind_segment (stmt, 2, segment);
      return _qc_store_step_done (self, stmt, error);
    }

  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_INSERT_SEGMENT,
                                "INSERT INTO claim_more_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  sqlite3_bind_int (stmt, 2, (int) ordinal);
  bind_segment (stmt, 3, segment);
  return _qc_store_step_done (self, stmt, error);
}

/**
 * _qc_store_clear_segments:
 *
 * Removes every segment of a claim, to write new ones.
 */
gboolean
_qc_store_clear_segments (QcStore  *self,
                          gint64    claim_id,
                          GError  **error)
{
  g_autoptr(QcStoreStmt) first = NULL;
  g_autoptr(QcStoreStmt) more = NULL;

  first = _qc_store_prepare (self,
                             "UPDATE claim SET quote_start = NULL, quote_end = NULL, quote = NULL,"
                             " prefix = NULL, suffix = NULL WHERE id = ?1",
                             error);
  if (first == NULL)
    return FALSE;
  sqlite3_bind_int64 (first, 1, claim_id);
  if (!_qc_store_step_done (self, first, error))
    return FALSE;

  more = _qc_store_prepare (self, "DELETE FROM claim_more_segment WHERE claim_id = ?1", error);
  if (more == NULL)
    return FALSE;
  sqlite3_bind_int64 (more, 1, claim_id);
  return _qc_store_step_done (self, more, error);
}

/* The segments of a claim whose old segments were cleared, from @first
 * on: the first one is in the claim row already when @first is 1. */
static gboolean
insert_segments (QcStore        *self,
                 gint64          claim_id,
                 QcText         *body,
                 const QcRange  *spans,
                 guint           n_spans,
                 guint           first,
                 GError        **error)
{
  for (guint i = first; i < n_spans; i++)
    {
      QcStoreSegment segment;

      segment_from_body (body, &spans[i], &segment);
      if (!_qc_store_put_segment (self, claim_id, i, &segment, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _qc_store_insert_claim:
 * @spans: character offsets into @body, checked by the caller
 *
 * Inserts a claim, its segments and the change-log row; the body of the
 * bulk paths (import, bench), so no lookups beyond what must be written.
 */
gboolean
_qc_store_insert_claim (QcStore        *self,
                        gint64          article_id,
                        QcText         *body,
                        QcClaimKind     kind,
                        const QcRange  *spans,
                        guint           n_spans,
                        gint64          speaker_id,
                        QcClaimOrigin   origin,
                        double          confidence,
                        gsize           cue_start,
                        gsize           cue_end,
                        gint64         *claim_id,
                        GError        **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autofree QcRange *sorted = NULL;
  QcStoreSegment segment;
  char uuid[37];
  gint64 id;

  g_assert (self->depth > 0);

  _qc_store_uuid (uuid);
  if (n_spans > 1)
    spans = sorted = sorted_spans (spans, n_spans);

  /* The first segment goes in the claim row: one insert for nearly
   * every claim. */
  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_INSERT_CLAIM,
                                "INSERT INTO claim (uuid, article_id, annotator_id, kind, speaker_id,"
                                " cue_start, cue_end, origin, confidence, created_at, updated_at,"
                                " quote_start, quote_end, quote, prefix, suffix)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13, ?14, ?15)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, 36, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, article_id);
  sqlite3_bind_int64 (stmt, 3, self->local_annotator);
  sqlite3_bind_text (stmt, 4, qc_claim_kind_to_string (kind), -1, SQLITE_STATIC);
  if (speaker_id > 0)
    sqlite3_bind_int64 (stmt, 5, speaker_id);
  if (cue_end > cue_start)
    {
      sqlite3_bind_int64 (stmt, 6, (gint64) cue_start);
      sqlite3_bind_int64 (stmt, 7, (gint64) cue_end);
    }
  sqlite3_bind_text (stmt, 8, qc_claim_origin_to_string (origin), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 9, confidence);
  sqlite3_bind_text (stmt, 10, _qc_store_now (self), -1, SQLITE_STATIC);
  if (n_spans > 0)
    {
      segment_from_body (body, &spans[0], &segment);
      bind_segment (stmt, 11, &segment);
    }
  if (!_qc_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  if (!insert_segments (self, id, body, spans, n_spans, 1, error))
    return FALSE;
  if (!_qc_store_log_insert (self, "claim", id, uuid, article_id, error))
    return FALSE;
  if (claim_id)
    *claim_id = id;
  return TRUE;
}

static gboolean
check_speaker (QcStore  *self,
               gint64    speaker_id,
               GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  if (speaker_id == 0)
    return TRUE;
  stmt = _qc_store_prepare_hot (self, QC_STORE_HOT_CHECK_SPEAKER,
                                "SELECT 1 FROM speaker WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, speaker_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no speaker with id %" G_GINT64_FORMAT), speaker_id);
  else
    _qc_store_set_error (self, rc, error);
  return FALSE;
}

/**
 * qc_store_add_claim:
 * @article_id: the article
 * @kind: direct, partial or indirect
 * @spans: (array length=n_spans): character offsets into the body, end
 *   exclusive; several for a split quote. Sorted before they are stored.
 * @speaker_id: the speaker, or 0 for none yet
 *
 * Adds a manual claim for the local annotator; each segment's quote,
 * prefix and suffix come from the body.
 *
 * Returns: the new claim's id, or 0 with @error set
 */
gint64
qc_store_add_claim (QcStore        *self,
                    gint64          article_id,
                    QcClaimKind     kind,
                    const QcRange  *spans,
                    guint           n_spans,
                    gint64          speaker_id,
                    GError        **error)
{
  QcText *body;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (kind <= QC_CLAIM_KIND_INDIRECT, 0);
  g_return_val_if_fail (spans != NULL || n_spans == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* Inside an action the label is the action's: skip the translation
   * lookup, once per claim of a bulk insert. */
  if (!_qc_store_begin (self, self->depth > 0 ? NULL : _("Add claim"), error))
    return 0;
  ok = (body = _qc_store_get_text (self, article_id, error)) != NULL
       && check_spans (body, spans, n_spans, error)
       && check_speaker (self, speaker_id, error)
       && _qc_store_insert_claim (self, article_id, body, kind, spans, n_spans, speaker_id,
                                  QC_CLAIM_ORIGIN_MANUAL, 1.0, 0, 0, &id, error);
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

/* Segments as JSON: the change log's old and new value of the "segments"
 * pseudo-column, so a span change undoes like any other field. */

static json_object *
segments_json (QcStore  *self,
               gint64    claim_id,
               GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(json_object) array = json_object_new_array ();
  static const char *names[] = { "quote", "prefix", "suffix" };
  int rc;

  /* The same text as schema 1 wrote: the log compares it byte for byte. */
  stmt = _qc_store_prepare (self,
                            "SELECT 0, quote_start, quote_end, quote, prefix, suffix FROM claim"
                            " WHERE id = ?1 AND quote_start IS NOT NULL"
                            " UNION ALL"
                            " SELECT ordinal, start, \"end\", quote, prefix, suffix FROM claim_more_segment"
                            " WHERE claim_id = ?1 ORDER BY 1",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_object *segment = json_object_new_object ();

      json_object_object_add (segment, "start", json_object_new_int64 (sqlite3_column_int64 (stmt, 1)));
      json_object_object_add (segment, "end", json_object_new_int64 (sqlite3_column_int64 (stmt, 2)));
      for (int col = 3; col <= 5; col++)
        json_object_object_add (segment, names[col - 3],
                                json_object_new_string_len ((const char *) sqlite3_column_text (stmt, col),
                                                            sqlite3_column_bytes (stmt, col)));
      json_object_array_add (array, segment);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&array);
}

char *
_qc_store_dup_segments_json (QcStore  *self,
                             gint64    claim_id,
                             GError  **error)
{
  g_autoptr(json_object) array = segments_json (self, claim_id, error);

  if (array == NULL)
    return NULL;
  return g_strdup (json_object_to_json_string_ext (array, JSON_C_TO_STRING_PLAIN
                                                          | JSON_C_TO_STRING_NOSLASHESCAPE));
}

static void
segment_text (json_object  *object,
              const char   *name,
              const char  **text,
              int          *length)
{
  json_object *field = NULL;

  *text = NULL;
  if (json_object_object_get_ex (object, name, &field))
    {
      *text = json_object_get_string (field);
      *length = json_object_get_string_len (field);
    }
  if (*text == NULL)
    {
      *text = "";
      *length = 0;
    }
}

gboolean
_qc_store_write_segments (QcStore     *self,
                          gint64       claim_id,
                          const char  *json,
                          GError     **error)
{
  g_autoptr(json_object) array = json ? json_tokener_parse (json) : NULL;
  size_t n;

  if (array == NULL || !json_object_is_type (array, json_type_array))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("The change log of %s holds damaged segments for claim %" G_GINT64_FORMAT),
                   self->display_path, claim_id);
      return FALSE;
    }

  if (!_qc_store_clear_segments (self, claim_id, error))
    return FALSE;

  n = json_object_array_length (array);
  for (size_t i = 0; i < n; i++)
    {
      json_object *object = json_object_array_get_idx (array, i);
      json_object *field;
      QcStoreSegment segment;

      segment.start = (gsize) (json_object_object_get_ex (object, "start", &field)
                               ? json_object_get_int64 (field) : 0);
      segment.end = (gsize) (json_object_object_get_ex (object, "end", &field)
                             ? json_object_get_int64 (field) : 0);
      segment_text (object, "quote", &segment.quote, &segment.quote_len);
      segment_text (object, "prefix", &segment.prefix, &segment.prefix_len);
      segment_text (object, "suffix", &segment.suffix, &segment.suffix_len);
      if (!_qc_store_put_segment (self, claim_id, (guint) i, &segment, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
claim_article (QcStore  *self,
               gint64    claim_id,
               GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  stmt = _qc_store_prepare (self, "SELECT article_id FROM claim WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no claim with id %" G_GINT64_FORMAT), claim_id);
  else
    _qc_store_set_error (self, rc, error);
  return 0;
}

static gboolean
replace_segments (QcStore        *self,
                  gint64          claim_id,
                  gint64          article_id,
                  QcText         *body,
                  const QcRange  *spans,
                  guint           n_spans,
                  GError        **error)
{
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  g_autofree QcRange *sorted = sorted_spans (spans, n_spans);
  QcStoreValue old_value;
  QcStoreValue new_value;

  old_json = _qc_store_dup_segments_json (self, claim_id, error);
  if (old_json == NULL)
    return FALSE;

  if (!_qc_store_clear_segments (self, claim_id, error)
      || !insert_segments (self, claim_id, body, sorted, n_spans, 0, error))
    return FALSE;
  new_json = _qc_store_dup_segments_json (self, claim_id, error);
  if (new_json == NULL)
    return FALSE;
  if (strcmp (old_json, new_json) == 0)
    return TRUE;

  old_value = qc_store_value_text (old_json);
  new_value = qc_store_value_text (new_json);
  {
    g_autoptr(QcStoreStmt) touch = _qc_store_prepare (self, "UPDATE claim SET updated_at = ?1 WHERE id = ?2", error);

    if (touch == NULL)
      return FALSE;
    sqlite3_bind_text (touch, 1, _qc_store_now (self), -1, SQLITE_STATIC);
    sqlite3_bind_int64 (touch, 2, claim_id);
    if (!_qc_store_step_done (self, touch, error))
      return FALSE;
  }
  return _qc_store_log_change (self, "claim", claim_id, NULL, article_id, "update", "segments",
                               &old_value, &new_value, error);
}

/**
 * qc_store_set_claim_spans:
 * @spans: (array length=n_spans): new character offsets into the body
 *
 * Replaces the claim's segments (quote, prefix and suffix refilled from
 * the body) and clears its orphaned flag.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_claim_spans (QcStore        *self,
                          gint64          claim_id,
                          const QcRange  *spans,
                          guint           n_spans,
                          GError        **error)
{
  QcStoreValue zero = qc_store_value_int (0);
  QcText *body = NULL;
  gint64 article_id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (spans != NULL || n_spans == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Change claim span"), error))
    return FALSE;
  ok = (article_id = claim_article (self, claim_id, error)) != 0
       && (body = _qc_store_get_text (self, article_id, error)) != NULL
       && check_spans (body, spans, n_spans, error)
       && replace_segments (self, claim_id, article_id, body, spans, n_spans, error)
       && _qc_store_update_field (self, "claim", claim_id, "orphaned", &zero, error);
  return _qc_store_end (self, ok, error);
}

static gboolean
set_claim_field (QcStore             *self,
                 gint64               claim_id,
                 const char          *label,
                 const char          *field,
                 const QcStoreValue  *value,
                 GError             **error)
{
  gboolean ok;

  if (!_qc_store_begin (self, label, error))
    return FALSE;
  ok = _qc_store_update_field (self, "claim", claim_id, field, value, error);
  return _qc_store_end (self, ok, error);
}

gboolean
qc_store_set_claim_kind (QcStore      *self,
                         gint64        claim_id,
                         QcClaimKind   kind,
                         GError      **error)
{
  QcStoreValue value;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= QC_CLAIM_KIND_INDIRECT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  value = qc_store_value_text (qc_claim_kind_to_string (kind));
  return set_claim_field (self, claim_id, _("Set claim kind"), "kind", &value, error);
}

/**
 * qc_store_set_claim_speaker:
 * @speaker_id: a live speaker, or 0 to unset
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_claim_speaker (QcStore  *self,
                            gint64    claim_id,
                            gint64    speaker_id,
                            GError  **error)
{
  QcStoreValue value;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (speaker_id >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  value = speaker_id > 0 ? qc_store_value_int (speaker_id) : qc_store_value_null ();
  if (!_qc_store_begin (self, _("Set speaker"), error))
    return FALSE;
  ok = check_speaker (self, speaker_id, error)
       && _qc_store_update_field (self, "claim", claim_id, "speaker_id", &value, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_set_claim_cue:
 * @start: character offset of the speaker cue
 * @end: one past it; equal to @start to remove the cue
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_claim_cue (QcStore  *self,
                        gint64    claim_id,
                        gsize     start,
                        gsize     end,
                        GError  **error)
{
  QcStoreValue start_value = qc_store_value_null ();
  QcStoreValue end_value = qc_store_value_null ();
  QcText *body = NULL;
  gint64 article_id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (end > start)
    {
      start_value = qc_store_value_int ((gint64) start);
      end_value = qc_store_value_int ((gint64) end);
    }
  if (!_qc_store_begin (self, _("Set speaker cue"), error))
    return FALSE;
  ok = (article_id = claim_article (self, claim_id, error)) != 0
       && (body = _qc_store_get_text (self, article_id, error)) != NULL;
  if (ok && end > start && end > qc_text_get_n_chars (body))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The cue %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT " is not inside the article"),
                   start, end);
      ok = FALSE;
    }
  ok = ok
       && _qc_store_update_field (self, "claim", claim_id, "cue_start", &start_value, error)
       && _qc_store_update_field (self, "claim", claim_id, "cue_end", &end_value, error);
  return _qc_store_end (self, ok, error);
}

gboolean
qc_store_set_claim_evidence (QcStore     *self,
                             gint64       claim_id,
                             QcEvidence   evidence,
                             GError     **error)
{
  QcStoreValue value;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (evidence <= QC_EVIDENCE_DISPUTED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  value = qc_store_value_text (qc_evidence_to_string (evidence));
  return set_claim_field (self, claim_id, _("Set evidence"), "evidence", &value, error);
}

/**
 * qc_store_set_claim_rating:
 * @rating: (nullable): verdict text, %NULL to remove
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_claim_rating (QcStore     *self,
                           gint64       claim_id,
                           const char  *rating,
                           GError     **error)
{
  QcStoreValue value = qc_store_value_text (rating);

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_claim_field (self, claim_id, _("Set rating"), "rating", &value, error);
}

/**
 * qc_store_set_claim_note:
 * @note: (nullable): the note, %NULL to remove
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_claim_note (QcStore     *self,
                         gint64       claim_id,
                         const char  *note,
                         GError     **error)
{
  QcStoreValue value = qc_store_value_text (note);

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_claim_field (self, claim_id, _("Set note"), "note", &value, error);
}

gboolean
qc_store_set_claim_review_state (QcStore        *self,
                                 gint64          claim_id,
                                 QcReviewState   state,
                                 GError        **error)
{
  QcStoreValue value;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (state <= QC_REVIEW_STATE_DISPUTED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  value = qc_store_value_text (qc_review_state_to_string (state));
  return set_claim_field (self, claim_id, _("Set review state"), "review_state", &value, error);
}

/**
 * qc_store_delete_claim:
 *
 * Deletes the claim (flags it: undo brings it back with its segments,
 * sources and comments).
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_delete_claim (QcStore  *self,
                       gint64    claim_id,
                       GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Delete claim"), error))
    return FALSE;
  ok = _qc_store_delete_row (self, "claim", claim_id, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_find_claim:
 * @id_or_uuid: a claim's row id or UUID
 *
 * Returns: the id of the live claim, or 0 with @error set
 */
gint64
qc_store_find_claim (QcStore     *self,
                     const char  *id_or_uuid,
                     GError     **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (id_or_uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _qc_store_find_row (self, "claim", id_or_uuid, _("claim"), error);
}

/* Loading */

static QcClaim *
claim_from_row (QcStoreStmt *stmt)
{
  QcClaim *claim = _qc_claim_new ();
  const char *str;

  claim->id = sqlite3_column_int64 (stmt, 0);
  claim->uuid = _qc_store_column_dup (stmt, 1);
  claim->article_id = sqlite3_column_int64 (stmt, 2);
  claim->annotator_id = sqlite3_column_int64 (stmt, 3);
  str = (const char *) sqlite3_column_text (stmt, 4);
  if (str == NULL || !qc_claim_kind_from_string (str, &claim->kind))
    claim->kind = QC_CLAIM_KIND_DIRECT;
  claim->speaker_id = sqlite3_column_int64 (stmt, 5);
  claim->speaker_name = _qc_store_column_dup (stmt, 6);
  claim->cue_start = (gsize) sqlite3_column_int64 (stmt, 7);
  claim->cue_end = (gsize) sqlite3_column_int64 (stmt, 8);
  if (claim->cue_end < claim->cue_start)
    claim->cue_end = claim->cue_start;
  str = (const char *) sqlite3_column_text (stmt, 9);
  if (str == NULL || !qc_claim_origin_from_string (str, &claim->origin))
    claim->origin = QC_CLAIM_ORIGIN_MANUAL;
  claim->confidence = CLAMP (sqlite3_column_double (stmt, 10), 0.0, 1.0);
  str = (const char *) sqlite3_column_text (stmt, 11);
  if (str == NULL || !qc_evidence_from_string (str, &claim->evidence))
    claim->evidence = QC_EVIDENCE_UNASSESSED;
  claim->rating = _qc_store_column_dup (stmt, 12);
  claim->note = _qc_store_column_dup (stmt, 13);
  str = (const char *) sqlite3_column_text (stmt, 14);
  if (str == NULL || !qc_review_state_from_string (str, &claim->review_state))
    claim->review_state = QC_REVIEW_STATE_DRAFT;
  claim->orphaned = sqlite3_column_int (stmt, 15) != 0;
  claim->created_at = _qc_store_column_dup (stmt, 16);
  claim->updated_at = _qc_store_column_dup (stmt, 17);
  if (sqlite3_column_type (stmt, 18) != SQLITE_NULL)
    {
      QcClaimSegment segment;

      segment.start = (gsize) sqlite3_column_int64 (stmt, 18);
      segment.end = (gsize) sqlite3_column_int64 (stmt, 19);
      segment.quote = _qc_store_column_dup (stmt, 20);
      segment.prefix = _qc_store_column_dup (stmt, 21);
      segment.suffix = _qc_store_column_dup (stmt, 22);
      g_array_append_val (claim->segments, segment);
    }
  return claim;
}

static void
segment_from_row (QcStoreStmt    *stmt,
                  QcClaimSegment *segment)
{
  segment->start = (gsize) sqlite3_column_int64 (stmt, 1);
  segment->end = (gsize) sqlite3_column_int64 (stmt, 2);
  segment->quote = _qc_store_column_dup (stmt, 3);
  segment->prefix = _qc_store_column_dup (stmt, 4);
  segment->suffix = _qc_store_column_dup (stmt, 5);
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  return qc_claim_compare_position (*(QcClaim **) a, *(QcClaim **) b);
}

/* Two queries, claims with their first segment, then the segments after
 * the first ordered by claim, matched in one pass over a hash of ids: no
 * query per claim. */
static GListModel *
load_claims (QcStore     *self,
             const char  *claims_sql,
             const char  *segments_sql,
             gint64       key,
             gint64       annotator_id,
             GError     **error)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GListStore *store;
  int rc;

  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, claims_sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    if (sqlite3_bind_parameter_count (stmt) > 1)
      sqlite3_bind_int64 (stmt, 2, annotator_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        QcClaim *claim = claim_from_row (stmt);

        g_ptr_array_add (claims, claim);
        g_hash_table_insert (by_id, &claim->id, claim);
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (self, rc, error);
        return NULL;
      }
  }

  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, segments_sql, error);
    QcClaim *claim = NULL;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 claim_id = sqlite3_column_int64 (stmt, 0);
        QcClaimSegment segment;

        if (claim == NULL || claim->id != claim_id)
          claim = g_hash_table_lookup (by_id, &claim_id);
        if (claim == NULL)
          continue;
        segment_from_row (stmt, &segment);
        g_array_append_val (claim->segments, segment);
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (self, rc, error);
        return NULL;
      }
  }

  g_ptr_array_sort (claims, compare_claims);
  store = g_list_store_new (QC_TYPE_CLAIM);
  g_list_store_splice (store, 0, 0, claims->pdata, claims->len);
  return G_LIST_MODEL (store);
}

/**
 * qc_store_list_claims:
 * @article_id: the article
 * @annotator_id: only this annotator's claims, or 0 for everyone's
 *
 * Returns: (transfer full): a #GListModel of #QcClaim in text order, or
 *   %NULL with @error set
 */
GListModel *
qc_store_list_claims (QcStore  *self,
                      gint64    article_id,
                      gint64    annotator_id,
                      GError  **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_claims (self,
                      CLAIM_SELECT " WHERE c.article_id = ?1 AND c.deleted = 0"
                      " AND (?2 = 0 OR c.annotator_id = ?2)",
                      MORE_SEGMENT_SELECT " JOIN claim c ON c.id = g.claim_id"
                      " WHERE c.article_id = ?1 AND c.deleted = 0 ORDER BY g.claim_id, g.ordinal",
                      article_id, annotator_id, error);
}

/**
 * qc_store_list_speaker_claims:
 *
 * Returns: (transfer full): a #GListModel of the speaker's #QcClaim across
 *   all articles, or %NULL with @error set
 */
GListModel *
qc_store_list_speaker_claims (QcStore  *self,
                              gint64    speaker_id,
                              GError  **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_claims (self,
                      CLAIM_SELECT " JOIN article a ON a.id = c.article_id"
                      " WHERE c.speaker_id = ?1 AND c.deleted = 0 AND a.deleted = 0",
                      MORE_SEGMENT_SELECT " JOIN claim c ON c.id = g.claim_id"
                      " WHERE c.speaker_id = ?1 AND c.deleted = 0 ORDER BY g.claim_id, g.ordinal",
                      speaker_id, 0, error);
}

/**
 * qc_store_get_claim:
 *
 * Returns: (transfer full): the live claim, or %NULL with @error set
 */
QcClaim *
qc_store_get_claim (QcStore  *self,
                    gint64    claim_id,
                    GError  **error)
{
  g_autoptr(GListModel) model = NULL;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model = load_claims (self,
                       CLAIM_SELECT " WHERE c.id = ?1 AND c.deleted = 0",
                       MORE_SEGMENT_SELECT " WHERE g.claim_id = ?1 ORDER BY g.ordinal",
                       claim_id, 0, error);
  if (model == NULL)
    return NULL;
  if (g_list_model_get_n_items (model) == 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("There is no claim with id %" G_GINT64_FORMAT), claim_id);
      return NULL;
    }
  return g_list_model_get_item (model, 0);
}

/* Evidence sources */

/**
 * qc_store_add_source:
 * @url: (nullable): where the source is
 * @title: (nullable): its title
 * @note: (nullable): what it says
 * @stance: whether it supports or refutes the claim, or gives context
 *
 * Returns: the new source's id, or 0 with @error set
 */
gint64
qc_store_add_source (QcStore     *self,
                     gint64       claim_id,
                     const char  *url,
                     const char  *title,
                     const char  *note,
                     QcStance     stance,
                     GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  gint64 article_id = 0;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (stance <= QC_STANCE_CONTEXT, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_qc_store_begin (self, _("Add source"), error))
    return 0;
  ok = (article_id = claim_article (self, claim_id, error)) != 0;
  if (ok)
    {
      g_autoptr(QcStoreStmt) stmt =
        _qc_store_prepare (self,
                           "INSERT INTO evidence_source (uuid, claim_id, annotator_id, url, title,"
                           " note, stance, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);

      ok = stmt != NULL;
      if (ok)
        {
          _qc_store_bind_text (stmt, 1, uuid);
          sqlite3_bind_int64 (stmt, 2, claim_id);
          sqlite3_bind_int64 (stmt, 3, self->local_annotator);
          _qc_store_bind_text (stmt, 4, url);
          _qc_store_bind_text (stmt, 5, title);
          _qc_store_bind_text (stmt, 6, note);
          _qc_store_bind_text (stmt, 7, qc_stance_to_string (stance));
          _qc_store_bind_text (stmt, 8, _qc_store_now (self));
          ok = _qc_store_step_done (self, stmt, error);
          id = sqlite3_last_insert_rowid (self->db);
        }
    }
  ok = ok && _qc_store_log_insert (self, "evidence_source", id, uuid, article_id, error);
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

/**
 * qc_store_update_source:
 *
 * Sets every field of the source (%NULL clears a text field).
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_update_source (QcStore     *self,
                        gint64       source_id,
                        const char  *url,
                        const char  *title,
                        const char  *note,
                        QcStance     stance,
                        GError     **error)
{
  QcStoreValue url_value = qc_store_value_text (url);
  QcStoreValue title_value = qc_store_value_text (title);
  QcStoreValue note_value = qc_store_value_text (note);
  QcStoreValue stance_value;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (stance <= QC_STANCE_CONTEXT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stance_value = qc_store_value_text (qc_stance_to_string (stance));
  if (!_qc_store_begin (self, _("Edit source"), error))
    return FALSE;
  ok = _qc_store_update_field (self, "evidence_source", source_id, "url", &url_value, error)
       && _qc_store_update_field (self, "evidence_source", source_id, "title", &title_value, error)
       && _qc_store_update_field (self, "evidence_source", source_id, "note", &note_value, error)
       && _qc_store_update_field (self, "evidence_source", source_id, "stance", &stance_value, error);
  return _qc_store_end (self, ok, error);
}

gboolean
qc_store_delete_source (QcStore  *self,
                        gint64    source_id,
                        GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Delete source"), error))
    return FALSE;
  ok = _qc_store_delete_row (self, "evidence_source", source_id, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_list_sources:
 *
 * Returns: (transfer full) (element-type QcEvidenceSource): the claim's
 *   live sources in the order they were added, or %NULL with @error set
 */
GPtrArray *
qc_store_list_sources (QcStore  *self,
                       gint64    claim_id,
                       GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self,
                            "SELECT id, uuid, claim_id, url, title, note, stance, annotator_id, created_at"
                            " FROM evidence_source WHERE claim_id = ?1 AND deleted = 0 ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_evidence_source_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QcEvidenceSource *source = g_new0 (QcEvidenceSource, 1);
      const char *stance = (const char *) sqlite3_column_text (stmt, 6);

      source->id = sqlite3_column_int64 (stmt, 0);
      source->uuid = _qc_store_column_dup (stmt, 1);
      source->claim_id = sqlite3_column_int64 (stmt, 2);
      source->url = _qc_store_column_dup (stmt, 3);
      source->title = _qc_store_column_dup (stmt, 4);
      source->note = _qc_store_column_dup (stmt, 5);
      if (stance == NULL || !qc_stance_from_string (stance, &source->stance))
        source->stance = QC_STANCE_CONTEXT;
      source->annotator_id = sqlite3_column_int64 (stmt, 7);
      source->created_at = _qc_store_column_dup (stmt, 8);
      g_ptr_array_add (sources, source);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sources);
}

/* Comments */

/**
 * qc_store_add_comment:
 * @text: the comment, not empty
 *
 * Returns: the new comment's id, or 0 with @error set
 */
gint64
qc_store_add_comment (QcStore     *self,
                      gint64       claim_id,
                      const char  *text,
                      GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  gint64 article_id = 0;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (*text == '\0')
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID, _("A comment cannot be empty"));
      return 0;
    }
  if (!_qc_store_begin (self, _("Add comment"), error))
    return 0;
  ok = (article_id = claim_article (self, claim_id, error)) != 0;
  if (ok)
    {
      g_autoptr(QcStoreStmt) stmt =
        _qc_store_prepare (self,
                           "INSERT INTO comment (uuid, claim_id, annotator_id, text, created_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);

      ok = stmt != NULL;
      if (ok)
        {
          _qc_store_bind_text (stmt, 1, uuid);
          sqlite3_bind_int64 (stmt, 2, claim_id);
          sqlite3_bind_int64 (stmt, 3, self->local_annotator);
          _qc_store_bind_text (stmt, 4, text);
          _qc_store_bind_text (stmt, 5, _qc_store_now (self));
          ok = _qc_store_step_done (self, stmt, error);
          id = sqlite3_last_insert_rowid (self->db);
        }
    }
  ok = ok && _qc_store_log_insert (self, "comment", id, uuid, article_id, error);
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

gboolean
qc_store_delete_comment (QcStore  *self,
                         gint64    comment_id,
                         GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Delete comment"), error))
    return FALSE;
  ok = _qc_store_delete_row (self, "comment", comment_id, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_list_comments:
 *
 * Returns: (transfer full) (element-type QcComment): the claim's live
 *   comments, oldest first, or %NULL with @error set
 */
GPtrArray *
qc_store_list_comments (QcStore  *self,
                        gint64    claim_id,
                        GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self,
                            "SELECT m.id, m.uuid, m.claim_id, m.annotator_id, n.display_name, m.text,"
                            " m.created_at FROM comment m JOIN annotator n ON n.id = m.annotator_id"
                            " WHERE m.claim_id = ?1 AND m.deleted = 0 ORDER BY m.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  comments = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_comment_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QcComment *comment = g_new0 (QcComment, 1);

      comment->id = sqlite3_column_int64 (stmt, 0);
      comment->uuid = _qc_store_column_dup (stmt, 1);
      comment->claim_id = sqlite3_column_int64 (stmt, 2);
      comment->annotator_id = sqlite3_column_int64 (stmt, 3);
      comment->annotator_name = _qc_store_column_dup (stmt, 4);
      comment->text = _qc_store_column_dup (stmt, 5);
      comment->created_at = _qc_store_column_dup (stmt, 6);
      g_ptr_array_add (comments, comment);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&comments);
}
