/* qc-store-articles.c: articles, importing with detection, new versions
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qc-anchor.h"
#include "qc-article-private.h"
#include "qc-claim-private.h"
#include "qc-detect.h"
#include "qc-import.h"
#include "qc-store-private.h"

#define ARTICLE_SELECT \
  "SELECT a.id, a.uuid, a.title, a.outlet, a.author, a.url, a.published_at, a.language," \
  " a.body_sha256, a.imported_at, a.source_name, a.source_format, a.annotator_id," \
  " (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.deleted = 0)," \
  " (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.deleted = 0" \
  "   AND c.evidence = 'unassessed')"

static char *
body_sha256 (QcText *body)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                      (const guchar *) qc_text_get_data (body),
                                      qc_text_get_length (body));
}

static const char *
nonempty (const char *value)
{
  return value && *value ? value : NULL;
}

static gint64
find_live_article (QcStore     *self,
                   const char  *sql,
                   const char  *key,
                   GError     **error)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  _qc_store_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return -1;
    }
  return 0;
}

static gint64
insert_article (QcStore              *self,
                QcText               *body,
                const char           *sha256,
                const QcArticleInfo  *info,
                GError              **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(QcStoreStmt) stmt = NULL;
  QcArticleInfo none = { 0 };
  gint64 id;

  if (info == NULL)
    info = &none;
  stmt = _qc_store_prepare (self,
                            "INSERT INTO article (uuid, annotator_id, title, outlet, author, url,"
                            " published_at, language, source_name, source_format, body, body_sha256,"
                            " imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, self->local_annotator);
  _qc_store_bind_text (stmt, 3, nonempty (info->title));
  _qc_store_bind_text (stmt, 4, nonempty (info->outlet));
  _qc_store_bind_text (stmt, 5, nonempty (info->author));
  _qc_store_bind_text (stmt, 6, nonempty (info->url));
  _qc_store_bind_text (stmt, 7, nonempty (info->published_at));
  _qc_store_bind_text (stmt, 8, nonempty (info->language));
  _qc_store_bind_text (stmt, 9, nonempty (info->source_name));
  _qc_store_bind_text (stmt, 10, nonempty (info->source_format));
  sqlite3_bind_text (stmt, 11, qc_text_get_data (body), (int) qc_text_get_length (body), SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, _qc_store_now (self), -1, SQLITE_STATIC);
  if (!_qc_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);
  if (!_qc_store_log_insert (self, "article", id, uuid, id, error))
    return 0;
  return id;
}

/**
 * qc_store_add_article:
 * @body: the text; stored as it is (normalised by #QcText)
 * @info: (nullable): metadata
 *
 * Adds an article without running detection; see qc_store_import_text().
 *
 * Returns: the new article's id, or 0 with @error set
 */
gint64
qc_store_add_article (QcStore              *self,
                      QcText               *body,
                      const QcArticleInfo  *info,
                      GError              **error)
{
  g_autofree char *sha256 = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (body != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (qc_text_get_length (body) > G_MAXINT)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The article is too large to store (over 2 GB)"));
      return 0;
    }
  sha256 = body_sha256 (body);
  if (!_qc_store_begin (self, _("Add article"), error))
    return 0;
  ok = (id = insert_article (self, body, sha256, info, error)) != 0;
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

/* Detection */

typedef struct
{
  guint     utterance;
  gint      speaker;
  GArray   *spans;      /* QcRange, characters */
  GArray   *pieces;     /* guint, indices of the engine's claims */
} Utterance;

static void
utterance_free (gpointer data)
{
  Utterance *u = data;

  g_array_unref (u->spans);
  g_array_unref (u->pieces);
  g_free (u);
}

static gboolean
overlaps_any (const GArray *taken,
              gsize         start,
              gsize         end)
{
  for (guint i = 0; i < taken->len; i++)
    {
      const QcRange *r = &g_array_index (taken, QcRange, i);

      if (start < r->end && r->start < end)
        return TRUE;
    }
  return FALSE;
}

/* Stores what the engine found: pieces of one utterance (same utterance
 * number and speaker) become one claim with several segments; speakers
 * are matched to stored ones by name and alias or created. Claims that
 * overlap a span in @taken (claims kept from an earlier version) are
 * left out. */
static gboolean
store_detection (QcStore         *self,
                 gint64           article_id,
                 QcText          *body,
                 const GArray    *taken,
                 QcImportResult  *result,
                 GError         **error)
{
  g_autoptr(QcDetection) detection = qc_detect (body);
  g_autoptr(GPtrArray) utterances = g_ptr_array_new_with_free_func (utterance_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autofree gint64 *speaker_ids = NULL;
  guint n_claims = qc_detection_get_n_claims (detection);
  guint n_speakers = qc_detection_get_n_speakers (detection);
  gsize n_chars = qc_text_get_n_chars (body);

  speaker_ids = g_new0 (gint64, n_speakers + 1);

  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      char *key;
      Utterance *u;
      QcRange span;

      if (claim->start >= claim->end || claim->end > n_chars)
        continue;
      if (taken != NULL && overlaps_any (taken, claim->start, claim->end))
        continue;
      key = g_strdup_printf ("%u/%d", claim->utterance, claim->speaker);
      u = g_hash_table_lookup (by_key, key);
      if (u == NULL)
        {
          u = g_new0 (Utterance, 1);
          u->utterance = claim->utterance;
          u->speaker = claim->speaker;
          u->spans = g_array_new (FALSE, FALSE, sizeof (QcRange));
          u->pieces = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (utterances, u);
          g_hash_table_insert (by_key, key, u);
          g_ptr_array_add (keys, key);
        }
      else
        g_free (key);
      span.start = claim->start;
      span.end = claim->end;
      g_array_append_val (u->spans, span);
      g_array_append_val (u->pieces, i);
    }

  for (guint i = 0; i < utterances->len; i++)
    {
      Utterance *u = g_ptr_array_index (utterances, i);
      const QcDetectedClaim *first = qc_detection_get_claim (detection, g_array_index (u->pieces, guint, 0));
      gint64 speaker_id = 0;
      gsize cue_start = 0;
      gsize cue_end = 0;
      double confidence = 0.0;

      if (u->speaker >= 0 && (guint) u->speaker < n_speakers)
        {
          if (speaker_ids[u->speaker] == 0)
            {
              const QcDetectedSpeaker *ds = qc_detection_get_speaker (detection, (guint) u->speaker);
              g_autoptr(GError) local_error = NULL;
              g_autofree char *key = _qc_store_fold (ds->name ? ds->name : "");

              if (*key != '\0')
                {
                  speaker_ids[u->speaker] = _qc_store_match_speaker (self, ds->name,
                                                                     (const char * const *) ds->aliases,
                                                                     &local_error);
                  if (local_error != NULL)
                    {
                      g_propagate_error (error, g_steal_pointer (&local_error));
                      return FALSE;
                    }
                  if (speaker_ids[u->speaker] == 0)
                    {
                      speaker_ids[u->speaker] =
                        _qc_store_insert_speaker (self, ds->name, ds->kind, ds->role,
                                                  (const char * const *) ds->aliases, error);
                      if (speaker_ids[u->speaker] == 0)
                        return FALSE;
                      result->n_speakers_created++;
                    }
                }
            }
          speaker_id = speaker_ids[u->speaker];
        }

      /* The cue and confidence of the utterance: its first piece with a cue. */
      for (guint k = 0; k < u->pieces->len; k++)
        {
          const QcDetectedClaim *piece = qc_detection_get_claim (detection, g_array_index (u->pieces, guint, k));

          confidence = MAX (confidence, piece->confidence);
          if (cue_end <= cue_start && piece->cue_end > piece->cue_start && piece->cue_end <= n_chars)
            {
              cue_start = piece->cue_start;
              cue_end = piece->cue_end;
            }
        }

      if (!_qc_store_insert_claim (self, article_id, body, first->kind,
                                   (const QcRange *) u->spans->data, u->spans->len,
                                   speaker_id, QC_CLAIM_ORIGIN_DETECTED,
                                   CLAMP (confidence, 0.0, 1.0), cue_start, cue_end, NULL, error))
        return FALSE;
      result->n_claims_added++;
    }
  return TRUE;
}

/* Re-anchoring */

typedef struct
{
  gint64   id;
  gboolean orphaned;
  gsize    cue_start;
  gsize    cue_end;
  GArray  *segments;   /* QcClaimSegment */
} OldClaim;

static void
old_claim_free (gpointer data)
{
  OldClaim *claim = data;

  g_array_unref (claim->segments);
  g_free (claim);
}

static GPtrArray *
load_old_claims (QcStore  *self,
                 gint64    article_id,
                 GError  **error)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (old_claim_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  int rc;

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (self,
                         "SELECT id, orphaned, cue_start, cue_end,"
                         " quote_start, quote_end, quote, prefix, suffix FROM claim"
                         " WHERE article_id = ?1 AND deleted = 0 ORDER BY id",
                         error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, article_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        OldClaim *claim = g_new0 (OldClaim, 1);

        claim->id = sqlite3_column_int64 (stmt, 0);
        claim->orphaned = sqlite3_column_int (stmt, 1) != 0;
        claim->cue_start = (gsize) sqlite3_column_int64 (stmt, 2);
        claim->cue_end = (gsize) sqlite3_column_int64 (stmt, 3);
        claim->segments = g_array_new (FALSE, TRUE, sizeof (QcClaimSegment));
        g_array_set_clear_func (claim->segments, (GDestroyNotify) _qc_claim_segment_clear);
        if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
          {
            QcClaimSegment segment;

            segment.start = (gsize) sqlite3_column_int64 (stmt, 4);
            segment.end = (gsize) sqlite3_column_int64 (stmt, 5);
            segment.quote = _qc_store_column_dup (stmt, 6);
            segment.prefix = _qc_store_column_dup (stmt, 7);
            segment.suffix = _qc_store_column_dup (stmt, 8);
            g_array_append_val (claim->segments, segment);
          }
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
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (self,
                         "SELECT g.claim_id, g.start, g.\"end\", g.quote, g.prefix, g.suffix"
                         " FROM claim_more_segment g JOIN claim c ON c.id = g.claim_id"
                         " WHERE c.article_id = ?1 AND c.deleted = 0 ORDER BY g.claim_id, g.ordinal",
                         error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, article_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 claim_id = sqlite3_column_int64 (stmt, 0);
        OldClaim *claim = g_hash_table_lookup (by_id, &claim_id);
        QcClaimSegment segment;

        if (claim == NULL)
          continue;
        segment.start = (gsize) sqlite3_column_int64 (stmt, 1);
        segment.end = (gsize) sqlite3_column_int64 (stmt, 2);
        segment.quote = _qc_store_column_dup (stmt, 3);
        segment.prefix = _qc_store_column_dup (stmt, 4);
        segment.suffix = _qc_store_column_dup (stmt, 5);
        g_array_append_val (claim->segments, segment);
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (self, rc, error);
        return NULL;
      }
  }
  return g_steal_pointer (&claims);
}

/* The cue has no stored quote: take its text and context from the old
 * body and find it in the new one, near where the claim moved. */
static gboolean
reanchor_cue (QcText   *old_body,
              QcText   *new_body,
              gsize     cue_start,
              gsize     cue_end,
              gssize    shift,
              QcRange  *found)
{
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  gssize hint = (gssize) cue_start + shift;

  if (cue_end <= cue_start || cue_end > qc_text_get_n_chars (old_body))
    return FALSE;
  qc_anchor_make_selector (old_body, cue_start, cue_end, QC_STORE_CONTEXT_CHARS,
                           &quote, &prefix, &suffix);
  return qc_anchor_find (new_body, quote, prefix, suffix, (gsize) MAX (hint, 0), found);
}

static gboolean
reanchor_claims (QcStore         *self,
                 gint64           article_id,
                 QcText          *old_body,
                 QcText          *new_body,
                 GArray          *taken,
                 QcImportResult  *result,
                 GError         **error)
{
  g_autoptr(GPtrArray) claims = load_old_claims (self, article_id, error);

  if (claims == NULL)
    return FALSE;

  for (guint i = 0; i < claims->len; i++)
    {
      OldClaim *claim = g_ptr_array_index (claims, i);
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (QcRange));
      gboolean all_found = claim->segments->len > 0;
      QcStoreValue flag;
      gssize shift = 0;

      for (guint k = 0; all_found && k < claim->segments->len; k++)
        {
          const QcClaimSegment *segment = &g_array_index (claim->segments, QcClaimSegment, k);
          QcRange found;

          if (!qc_anchor_find (new_body, segment->quote, segment->prefix, segment->suffix,
                               segment->start, &found))
            {
              all_found = FALSE;
              break;
            }
          if (k == 0)
            shift = (gssize) found.start - (gssize) segment->start;
          g_array_append_val (spans, found);
        }

      if (!all_found)
        {
          flag = qc_store_value_int (1);
          if (!_qc_store_update_field (self, "claim", claim->id, "orphaned", &flag, error))
            return FALSE;
          result->n_orphaned++;
          continue;
        }

      {
        g_autofree char *old_json = _qc_store_dup_segments_json (self, claim->id, error);
        g_autofree char *new_json = NULL;
        QcStoreValue old_value;
        QcStoreValue new_value;
        QcRange cue;

        if (old_json == NULL)
          return FALSE;
        if (!_qc_store_clear_segments (self, claim->id, error))
          return FALSE;
        for (guint k = 0; k < spans->len; k++)
          {
            const QcRange *span = &g_array_index (spans, QcRange, k);
            g_autofree char *quote = NULL;
            g_autofree char *prefix = NULL;
            g_autofree char *suffix = NULL;
            QcStoreSegment segment;

            qc_anchor_make_selector (new_body, span->start, span->end, QC_STORE_CONTEXT_CHARS,
                                     &quote, &prefix, &suffix);
            segment.start = span->start;
            segment.end = span->end;
            segment.quote = quote;
            segment.quote_len = (int) strlen (quote);
            segment.prefix = prefix;
            segment.prefix_len = (int) strlen (prefix);
            segment.suffix = suffix;
            segment.suffix_len = (int) strlen (suffix);
            if (!_qc_store_put_segment (self, claim->id, k, &segment, error))
              return FALSE;
            g_array_append_val (taken, *span);
          }
        new_json = _qc_store_dup_segments_json (self, claim->id, error);
        if (new_json == NULL)
          return FALSE;
        if (strcmp (old_json, new_json) != 0)
          {
            old_value = qc_store_value_text (old_json);
            new_value = qc_store_value_text (new_json);
            if (!_qc_store_log_change (self, "claim", claim->id, NULL, article_id, "update",
                                       "segments", &old_value, &new_value, error))
              return FALSE;
          }

        if (claim->cue_end > claim->cue_start)
          {
            QcStoreValue start_value = qc_store_value_null ();
            QcStoreValue end_value = qc_store_value_null ();

            if (reanchor_cue (old_body, new_body, claim->cue_start, claim->cue_end, shift, &cue))
              {
                start_value = qc_store_value_int ((gint64) cue.start);
                end_value = qc_store_value_int ((gint64) cue.end);
              }
            if (!_qc_store_update_field (self, "claim", claim->id, "cue_start", &start_value, error)
                || !_qc_store_update_field (self, "claim", claim->id, "cue_end", &end_value, error))
              return FALSE;
          }

        if (claim->orphaned)
          {
            flag = qc_store_value_int (0);
            if (!_qc_store_update_field (self, "claim", claim->id, "orphaned", &flag, error))
              return FALSE;
          }
        result->n_reanchored++;
      }
    }
  return TRUE;
}

static gboolean
replace_body (QcStore         *self,
              gint64           article_id,
              QcText          *body,
              const char      *sha256,
              QcImportResult  *result,
              GError         **error)
{
  g_autoptr(QcText) old_body = NULL;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (QcRange));
  QcStoreValue body_value;
  QcStoreValue sha_value = qc_store_value_text (sha256);
  QcText *cached;

  cached = _qc_store_get_text (self, article_id, error);
  if (cached == NULL)
    return FALSE;
  old_body = qc_text_ref (cached);

  result->article_id = article_id;
  if (strcmp (self->text_sha256, sha256) == 0)
    {
      result->status = QC_IMPORT_EXISTING;
      return TRUE;
    }
  result->status = QC_IMPORT_UPDATED;

  body_value.type = SQLITE_TEXT;
  body_value.s = qc_text_get_data (body);
  if (!_qc_store_update_field (self, "article", article_id, "body", &body_value, error)
      || !_qc_store_update_field (self, "article", article_id, "body_sha256", &sha_value, error))
    return FALSE;

  return reanchor_claims (self, article_id, old_body, body, taken, result, error)
         && store_detection (self, article_id, body, taken, result, error);
}

/**
 * qc_store_replace_body:
 * @body: the new version of the article's text
 * @result: (out) (optional): what was done
 *
 * Replaces the body (the old one stays in the change log; undo restores
 * it) and re-anchors every claim of the article by its quote, prefix and
 * suffix, nearest to its old place. Claims whose quote is gone are kept
 * with their old offsets and flagged orphaned. New text is run through
 * detection; claims found where no kept claim is are added.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_replace_body (QcStore         *self,
                       gint64           article_id,
                       QcText          *body,
                       QcImportResult  *result,
                       GError         **error)
{
  g_autofree char *sha256 = NULL;
  QcImportResult local_result = { 0 };
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sha256 = body_sha256 (body);
  if (!_qc_store_begin (self, _("Update article text"), error))
    return FALSE;
  ok = replace_body (self, article_id, body, sha256, &local_result, error);
  if (!_qc_store_end (self, ok, error))
    return FALSE;
  if (result)
    *result = local_result;
  return TRUE;
}

static gboolean
import_text (QcStore              *self,
             QcText               *body,
             const QcArticleInfo  *info,
             gint64                replace_id,
             QcImportResult       *result,
             GError              **error)
{
  g_autofree char *sha256 = body_sha256 (body);
  gint64 id;

  if (qc_text_is_blank (body))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("%s has no text to import"), qc_text_get_name (body));
      return FALSE;
    }
  if (qc_text_get_length (body) > G_MAXINT)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("%s is too large to store (over 2 GB)"), qc_text_get_name (body));
      return FALSE;
    }

  if (replace_id != 0)
    return replace_body (self, replace_id, body, sha256, result, error);

  id = find_live_article (self, "SELECT id FROM article WHERE body_sha256 = ?1 AND deleted = 0 ORDER BY id",
                          sha256, error);
  if (id < 0)
    return FALSE;
  if (id > 0)
    {
      result->article_id = id;
      result->status = QC_IMPORT_EXISTING;
      return TRUE;
    }

  /* A new text at a known address is a new version of that article. */
  if (info != NULL && nonempty (info->url) != NULL)
    {
      id = find_live_article (self, "SELECT id FROM article WHERE url = ?1 AND deleted = 0 ORDER BY id DESC",
                              info->url, error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        return replace_body (self, id, body, sha256, result, error)
               && (info == NULL || qc_store_update_article (self, id, info, error));
    }

  id = insert_article (self, body, sha256, info, error);
  if (id == 0)
    return FALSE;
  result->article_id = id;
  result->status = QC_IMPORT_NEW;
  return store_detection (self, id, body, NULL, result, error);
}

/**
 * qc_store_import_text:
 * @body: the article's text
 * @info: (nullable): metadata
 * @replace_id: an article this text is a new version of, or 0
 * @result: (out) (optional): what was done
 *
 * One action: a body already stored (same SHA-256) reuses that article;
 * with @replace_id, or a URL some article already has, the text becomes
 * a new version of it (see qc_store_replace_body()); otherwise a new
 * article, with the engine's claims stored as origin "detected", evidence
 * "unassessed", for the local annotator, and their speakers matched to
 * stored speakers by name and alias, or created.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_import_text (QcStore              *self,
                      QcText               *body,
                      const QcArticleInfo  *info,
                      gint64                replace_id,
                      QcImportResult       *result,
                      GError              **error)
{
  QcImportResult local_result = { 0 };
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Import article"), error))
    return FALSE;
  ok = import_text (self, body, info, replace_id, &local_result, error);
  if (!_qc_store_end (self, ok, error))
    return FALSE;
  if (result)
    *result = local_result;
  return TRUE;
}

/* A text file's first paragraph is its headline when it is short. */
static char *
guess_title (QcText *text)
{
  guint n_paragraphs = 0;
  const QcRange *paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  gsize length;

  if (n_paragraphs < 2)
    return NULL;
  length = paragraphs[0].end - paragraphs[0].start;
  if (length == 0 || length > 200 || memchr (qc_text_get_data (text) + paragraphs[0].start, '\n', length))
    return NULL;
  return g_strndup (qc_text_get_data (text) + paragraphs[0].start, length);
}

/**
 * qc_store_import_data:
 * @data: the file's bytes: UTF-8 text, Markdown or HTML
 * @name: (nullable): the file name (its extension picks the format;
 *   without one the bytes are looked at), or %NULL for stdin
 * @overrides: (nullable): metadata that wins over what the file says
 * @replace_id: an article this is a new version of, or 0
 * @result: (out) (optional): what was done
 *
 * Reads the article out of @data (see qc_import_parse()) and imports it
 * with qc_store_import_text().
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_import_data (QcStore              *self,
                      const char           *data,
                      gsize                 length,
                      const char           *name,
                      const QcArticleInfo  *overrides,
                      gint64                replace_id,
                      QcImportResult       *result,
                      GError              **error)
{
  g_autoptr(QcImportedArticle) parsed = NULL;
  g_autoptr(QcText) text = NULL;
  g_autofree char *title = NULL;
  QcArticleInfo none = { 0 };
  QcArticleInfo info;
  const char *display = name ? name : "stdin";

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (overrides == NULL)
    overrides = &none;
  parsed = qc_import_parse (data, length, display, QC_IMPORT_FORMAT_AUTO, error);
  if (parsed == NULL)
    return FALSE;
  text = qc_text_new (parsed->text, (gssize) parsed->text_length, display, error);
  if (text == NULL)
    return FALSE;

  info.title = nonempty (overrides->title) ? overrides->title : parsed->title;
  if (info.title == NULL && parsed->format == QC_IMPORT_FORMAT_TEXT)
    info.title = title = guess_title (text);
  info.outlet = nonempty (overrides->outlet) ? overrides->outlet : parsed->outlet;
  info.author = nonempty (overrides->author) ? overrides->author : parsed->author;
  info.url = nonempty (overrides->url) ? overrides->url : parsed->url;
  info.published_at = nonempty (overrides->published_at) ? overrides->published_at : parsed->published_at;
  info.language = nonempty (overrides->language) ? overrides->language : parsed->language;
  info.source_name = nonempty (overrides->source_name) ? overrides->source_name : display;
  info.source_format = qc_import_format_to_string (parsed->format);

  return qc_store_import_text (self, text, &info, replace_id, result, error);
}

/**
 * qc_store_import_file:
 * @path: a file in the GLib file name encoding
 *
 * qc_store_import_data() on the contents of @path.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_import_file (QcStore              *self,
                      const char           *path,
                      const QcArticleInfo  *overrides,
                      gint64                replace_id,
                      QcImportResult       *result,
                      GError              **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("%s is a folder, not an article"), display);
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  basename = g_filename_display_basename (path);
  return qc_store_import_data (self, contents, length, basename, overrides, replace_id, result, error);
}

/**
 * qc_store_update_article:
 * @info: the fields to set; %NULL fields are left as they are, empty
 *   strings clear them
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_update_article (QcStore              *self,
                         gint64                article_id,
                         const QcArticleInfo  *info,
                         GError              **error)
{
  struct { const char *field; const char *value; } fields[] = {
    { "title", info ? info->title : NULL },
    { "outlet", info ? info->outlet : NULL },
    { "author", info ? info->author : NULL },
    { "url", info ? info->url : NULL },
    { "published_at", info ? info->published_at : NULL },
    { "language", info ? info->language : NULL },
    { "source_name", info ? info->source_name : NULL },
    { "source_format", info ? info->source_format : NULL },
  };
  gboolean ok = TRUE;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Edit article details"), error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (fields); i++)
    {
      QcStoreValue value;

      if (fields[i].value == NULL)
        continue;
      value = qc_store_value_text (nonempty (fields[i].value));
      ok = _qc_store_update_field (self, "article", article_id, fields[i].field, &value, error);
    }
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_delete_article:
 *
 * Hides the article and its claims (flagged, undo brings them back).
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_delete_article (QcStore  *self,
                         gint64    article_id,
                         GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Delete article"), error))
    return FALSE;
  ok = _qc_store_delete_row (self, "article", article_id, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_find_article:
 * @id_or_uuid: an article's row id or UUID
 *
 * Returns: the id of the live article, or 0 with @error set
 */
gint64
qc_store_find_article (QcStore     *self,
                       const char  *id_or_uuid,
                       GError     **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (id_or_uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _qc_store_find_row (self, "article", id_or_uuid, _("article"), error);
}

static QcArticle *
article_from_row (QcStoreStmt *stmt)
{
  QcArticle *article = _qc_article_new ();

  article->id = sqlite3_column_int64 (stmt, 0);
  article->uuid = _qc_store_column_dup (stmt, 1);
  article->title = _qc_store_column_dup (stmt, 2);
  article->outlet = _qc_store_column_dup (stmt, 3);
  article->author = _qc_store_column_dup (stmt, 4);
  article->url = _qc_store_column_dup (stmt, 5);
  article->published_at = _qc_store_column_dup (stmt, 6);
  article->language = _qc_store_column_dup (stmt, 7);
  article->body_sha256 = _qc_store_column_dup (stmt, 8);
  article->imported_at = _qc_store_column_dup (stmt, 9);
  article->source_name = _qc_store_column_dup (stmt, 10);
  article->source_format = _qc_store_column_dup (stmt, 11);
  article->annotator_id = sqlite3_column_int64 (stmt, 12);
  article->n_claims = (guint) sqlite3_column_int64 (stmt, 13);
  article->n_unassessed = (guint) sqlite3_column_int64 (stmt, 14);
  return article;
}

/* Runs @stmt, bound to @article_id, to its one row */
static gboolean
step_article_row (QcStore      *self,
                  QcStoreStmt  *stmt,
                  gint64        article_id,
                  GError      **error)
{
  int rc;

  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("There is no article with id %" G_GINT64_FORMAT), article_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      _qc_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * qc_store_get_article:
 *
 * Returns: (transfer full): the live article with its body, or %NULL
 *   with @error set
 */
QcArticle *
qc_store_get_article (QcStore  *self,
                      gint64    article_id,
                      GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  QcArticle *article;
  const char *body;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self, ARTICLE_SELECT ", a.body FROM article a WHERE a.id = ?1 AND a.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  if (!step_article_row (self, stmt, article_id, error))
    return NULL;
  article = article_from_row (stmt);
  /* Shared by qc_store_reload_article() */
  body = (const char *) sqlite3_column_text (stmt, 15);
  article->body = g_ref_string_new_len (body != NULL ? body : "", sqlite3_column_bytes (stmt, 15));
  return article;
}

/**
 * qc_store_reload_article:
 * @article: the article as read before, with its body or without
 *
 * Reads @article's row again, for its title, metadata and counts of
 * claims after an edit. The body is read again only when it changed (or
 * @article has none): otherwise the new article shares it, where reading
 * it would copy megabytes for a long article after every edit.
 *
 * Returns: (transfer full): the live article with its body, or %NULL
 *   with @error set
 */
QcArticle *
qc_store_reload_article (QcStore    *self,
                         QcArticle  *article,
                         GError    **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(QcArticle) fresh = NULL;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (QC_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (article->body == NULL)
    return qc_store_get_article (self, article->id, error);

  stmt = _qc_store_prepare (self, ARTICLE_SELECT " FROM article a WHERE a.id = ?1 AND a.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  if (!step_article_row (self, stmt, article->id, error))
    return NULL;

  fresh = article_from_row (stmt);
  if (g_strcmp0 (fresh->body_sha256, article->body_sha256) != 0)
    {
      g_clear_pointer (&stmt, _qc_store_stmt_release);
      return qc_store_get_article (self, article->id, error);
    }
  fresh->body = g_ref_string_acquire (article->body);
  return g_steal_pointer (&fresh);
}

/**
 * qc_store_list_articles:
 *
 * Returns: (transfer full): a #GListModel of every live #QcArticle, newest
 *   import first, without bodies; or %NULL with @error set
 */
GListModel *
qc_store_list_articles (QcStore  *self,
                        GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self, ARTICLE_SELECT " FROM article a WHERE a.deleted = 0 ORDER BY a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  store = g_list_store_new (QC_TYPE_ARTICLE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(QcArticle) article = article_from_row (stmt);

      g_list_store_append (store, article);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}
