/* qc-export-report.c: the content of an export, read from the store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "qc-export-private.h"
#include "qc-store-private.h"

G_DEFINE_BOXED_TYPE (QcReport, qc_report, qc_report_ref, qc_report_unref)

static void
report_annotator_free (gpointer data)
{
  QcReportAnnotator *annotator = data;

  g_free (annotator->uuid);
  g_free (annotator->name);
  g_free (annotator);
}

static void
report_claim_free (gpointer data)
{
  QcReportClaim *claim = data;

  g_clear_object (&claim->claim);
  g_clear_pointer (&claim->sources, g_ptr_array_unref);
  g_clear_pointer (&claim->comments, g_ptr_array_unref);
  g_free (claim->text);
  g_free (claim);
}

static void
report_article_free (gpointer data)
{
  QcReportArticle *article = data;

  g_clear_object (&article->article);
  g_clear_pointer (&article->text, qc_text_unref);
  g_clear_pointer (&article->claims, g_ptr_array_unref);
  g_free (article);
}

QcReport *
qc_report_ref (QcReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  g_atomic_ref_count_inc (&report->ref_count);
  return report;
}

void
qc_report_unref (QcReport *report)
{
  g_return_if_fail (report != NULL);

  if (!g_atomic_ref_count_dec (&report->ref_count))
    return;
  g_free (report->title);
  g_clear_object (&report->subject);
  g_clear_pointer (&report->articles, g_ptr_array_unref);
  g_clear_pointer (&report->speakers_by_id, g_hash_table_unref);
  g_clear_pointer (&report->speaker_times, g_hash_table_unref);
  g_clear_pointer (&report->speakers, g_ptr_array_unref);
  g_clear_pointer (&report->annotators_by_id, g_hash_table_unref);
  g_clear_pointer (&report->annotators, g_ptr_array_unref);
  g_free (report->generated_at);
  g_free (report->generator);
  g_free (report);
}

const char *
qc_report_get_title (QcReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->title;
}

guint
qc_report_get_n_articles (QcReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->articles->len;
}

guint
qc_report_get_n_claims (QcReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->n_claims;
}

/* Loading */

static QcReportAnnotator *
get_annotator (QcReport  *report,
               QcStore   *store,
               gint64     id,
               GError   **error)
{
  QcReportAnnotator *annotator = g_hash_table_lookup (report->annotators_by_id, &id);
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  if (annotator != NULL)
    return annotator;

  stmt = _qc_store_prepare (store, "SELECT uuid, display_name FROM annotator WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("There is no annotator with id %" G_GINT64_FORMAT), id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _qc_store_set_error (store, rc, error);
      return NULL;
    }
  annotator = g_new0 (QcReportAnnotator, 1);
  annotator->id = id;
  annotator->uuid = _qc_store_column_dup (stmt, 0);
  annotator->name = _qc_store_column_dup (stmt, 1);
  g_ptr_array_add (report->annotators, annotator);
  g_hash_table_insert (report->annotators_by_id, &annotator->id, annotator);
  return annotator;
}

/* A claim may still name a speaker that was deleted since: it is then
 * shown by the name the claim kept, without a speaker record. */
static gboolean
get_speaker (QcReport   *report,
             QcStore    *store,
             gint64      id,
             QcSpeaker **speaker,
             GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  QcSpeaker *found;

  *speaker = NULL;
  if (id <= 0)
    return TRUE;
  found = g_hash_table_lookup (report->speakers_by_id, &id);
  if (found == NULL)
    {
      found = qc_store_get_speaker (store, id, &local_error);
      if (found == NULL)
        {
          if (g_error_matches (local_error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND))
            return TRUE;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_ptr_array_add (report->speakers, found);
      g_hash_table_insert (report->speakers_by_id, g_memdup2 (&id, sizeof id), found);

      /* Not part of QcSpeaker, but of a lossless export */
      {
        g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (store, "SELECT created_at FROM speaker WHERE id = ?1", error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          g_hash_table_insert (report->speaker_times, g_memdup2 (&id, sizeof id), _qc_store_column_dup (stmt, 0));
      }
    }
  *speaker = found;
  return TRUE;
}

static char *
join_segments (QcClaim *claim)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      if (i > 0)
        g_string_append (text, " … ");
      g_string_append (text, qc_claim_get_segment (claim, i)->quote);
    }
  return g_string_free (text, FALSE);
}

static gboolean
add_claim (QcReport         *report,
           QcStore          *store,
           QcReportArticle  *article,
           QcClaim          *claim,
           GError          **error)
{
  QcReportClaim *item = g_new0 (QcReportClaim, 1);

  g_ptr_array_add (article->claims, item);
  item->claim = g_object_ref (claim);
  item->number = ++report->n_claims;
  item->text = join_segments (claim);
  report->n_by_evidence[MIN (qc_claim_get_evidence (claim), QC_EVIDENCE_DISPUTED)]++;

  if (!get_speaker (report, store, qc_claim_get_speaker_id (claim), &item->speaker, error))
    return FALSE;
  item->annotator = get_annotator (report, store, qc_claim_get_annotator_id (claim), error);
  if (item->annotator == NULL)
    return FALSE;
  item->sources = qc_store_list_sources (store, qc_claim_get_id (claim), error);
  if (item->sources == NULL)
    return FALSE;
  item->comments = qc_store_list_comments (store, qc_claim_get_id (claim), error);
  if (item->comments == NULL)
    return FALSE;
  for (guint i = 0; i < item->sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (item->sources, i);

      if (get_annotator (report, store, source->annotator_id, error) == NULL)
        return FALSE;
    }
  for (guint i = 0; i < item->comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (item->comments, i);

      if (get_annotator (report, store, comment->annotator_id, error) == NULL)
        return FALSE;
    }
  return TRUE;
}

static QcReportArticle *
add_article (QcReport  *report,
             QcStore   *store,
             gint64     article_id,
             GError   **error)
{
  g_autoptr(QcArticle) article = qc_store_get_article (store, article_id, error);
  QcReportArticle *item;
  const char *body;
  QcText *text;

  if (article == NULL)
    return NULL;
  body = qc_article_get_body (article);
  text = qc_text_new (body ? body : "", -1, _qc_export_article_title (article), error);
  if (text == NULL)
    return NULL;

  item = g_new0 (QcReportArticle, 1);
  item->article = g_steal_pointer (&article);
  item->text = text;
  item->claims = g_ptr_array_new_with_free_func (report_claim_free);
  g_ptr_array_add (report->articles, item);
  item->annotator = get_annotator (report, store, qc_article_get_annotator_id (item->article), error);
  if (item->annotator == NULL)
    return NULL;
  return item;
}

static gboolean
wanted (QcReport *report,
        QcClaim  *claim)
{
  return report->owner == NULL || qc_claim_get_annotator_id (claim) == report->owner->id;
}

static gboolean
load_article (QcReport  *report,
              QcStore   *store,
              gint64     article_id,
              GError   **error)
{
  QcReportArticle *article = add_article (report, store, article_id, error);
  g_autoptr(GListModel) claims = NULL;

  if (article == NULL)
    return FALSE;
  claims = qc_store_list_claims (store, article_id, report->owner ? report->owner->id : 0, error);
  if (claims == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      if (wanted (report, claim) && !add_claim (report, store, article, claim, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_all (QcReport  *report,
          QcStore   *store,
          GError   **error)
{
  g_autoptr(GListModel) articles = qc_store_list_articles (store, error);
  guint n;

  if (articles == NULL)
    return FALSE;
  n = g_list_model_get_n_items (articles);
  if (n == 0)
    {
      g_set_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY,
                   _("There are no articles to export"));
      return FALSE;
    }
  /* The store lists the newest first; a report reads oldest first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(QcArticle) article = g_list_model_get_item (articles, i - 1);

      if (!load_article (report, store, qc_article_get_id (article), error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_claims_by_article (gconstpointer a,
                           gconstpointer b)
{
  QcClaim *x = *(QcClaim **) a;
  QcClaim *y = *(QcClaim **) b;
  gint64 xa = qc_claim_get_article_id (x);
  gint64 ya = qc_claim_get_article_id (y);

  if (xa != ya)
    return xa < ya ? -1 : 1;
  return qc_claim_compare_position (x, y);
}

static gboolean
load_speaker (QcReport  *report,
              QcStore   *store,
              gint64     speaker_id,
              GError   **error)
{
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  QcReportArticle *article = NULL;

  report->subject = qc_store_get_speaker (store, speaker_id, error);
  if (report->subject == NULL)
    return FALSE;
  claims = qc_store_list_speaker_claims (store, speaker_id, error);
  if (claims == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      QcClaim *claim = g_list_model_get_item (claims, i);

      if (wanted (report, claim))
        g_ptr_array_add (sorted, claim);
      else
        g_object_unref (claim);
    }
  if (sorted->len == 0)
    {
      g_set_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY,
                   _("%s has no claims to export"), qc_speaker_get_name (report->subject));
      return FALSE;
    }
  g_ptr_array_sort (sorted, compare_claims_by_article);
  for (guint i = 0; i < sorted->len; i++)
    {
      QcClaim *claim = g_ptr_array_index (sorted, i);

      if (article == NULL || qc_article_get_id (article->article) != qc_claim_get_article_id (claim))
        {
          article = add_article (report, store, qc_claim_get_article_id (claim), error);
          if (article == NULL)
            return FALSE;
        }
      if (!add_claim (report, store, article, claim, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_speakers (gconstpointer a,
                  gconstpointer b)
{
  QcSpeaker *x = *(QcSpeaker **) a;
  QcSpeaker *y = *(QcSpeaker **) b;
  int cmp = g_utf8_collate (qc_speaker_get_name (x), qc_speaker_get_name (y));

  if (cmp != 0)
    return cmp;
  return qc_speaker_get_id (x) < qc_speaker_get_id (y) ? -1 : qc_speaker_get_id (x) > qc_speaker_get_id (y);
}

/**
 * qc_report_load:
 * @store: the database
 * @scope: an article, every article, or a speaker's claims
 * @id: the article or speaker row (ignored for %QC_EXPORT_SCOPE_ALL)
 * @options: (nullable): whose claims (@options->annotator_id) and the time
 *   written into the report
 *
 * Reads everything an export of @scope needs, in one read transaction's
 * worth of queries.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 *   (%QC_EXPORT_ERROR_EMPTY when there is no article or the speaker has
 *   no claims; a #QC_STORE_ERROR otherwise)
 */
QcReport *
qc_report_load (QcStore                *store,
                QcExportScope           scope,
                gint64                  id,
                const QcExportOptions  *options,
                GError                **error)
{
  g_autoptr(QcReport) report = NULL;
  QcExportOptions defaults = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (scope <= QC_EXPORT_SCOPE_SPEAKER, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;

  report = g_new0 (QcReport, 1);
  g_atomic_ref_count_init (&report->ref_count);
  report->scope = scope;
  report->include_text = scope != QC_EXPORT_SCOPE_SPEAKER;
  report->articles = g_ptr_array_new_with_free_func (report_article_free);
  report->speakers = g_ptr_array_new_with_free_func (g_object_unref);
  report->speakers_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  report->speaker_times = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  report->annotators = g_ptr_array_new_with_free_func (report_annotator_free);
  report->annotators_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  report->generator = g_strdup ("Quotecheck " PACKAGE_VERSION);
  if (options->now != NULL)
    report->generated_at = g_strdup (options->now);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      report->generated_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    }

  if (options->annotator_id != QC_EXPORT_ALL_ANNOTATORS)
    {
      gint64 owner = options->annotator_id > 0 ? options->annotator_id
                                               : qc_store_get_local_annotator (store);

      report->owner = get_annotator (report, store, owner, error);
      if (report->owner == NULL)
        return NULL;
    }

  switch (scope)
    {
    case QC_EXPORT_SCOPE_ARTICLE:
      ok = load_article (report, store, id, error);
      break;
    case QC_EXPORT_SCOPE_ALL:
      ok = load_all (report, store, error);
      break;
    case QC_EXPORT_SCOPE_SPEAKER:
      ok = load_speaker (report, store, id, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return NULL;

  g_ptr_array_sort (report->speakers, compare_speakers);

  switch (scope)
    {
    case QC_EXPORT_SCOPE_ARTICLE:
      {
        QcReportArticle *article = g_ptr_array_index (report->articles, 0);

        report->title = g_strdup (_qc_export_article_title (article->article));
      }
      break;
    case QC_EXPORT_SCOPE_ALL:
      report->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Claims in %u article",
                                                    "Claims in %u articles", report->articles->len),
                                       report->articles->len);
      break;
    case QC_EXPORT_SCOPE_SPEAKER:
    default:
      report->title = g_strdup_printf (_("Claims by %s"), qc_speaker_get_name (report->subject));
      break;
    }

  return g_steal_pointer (&report);
}

/* Words shared by the formats */

const char *
_qc_export_kind_label (QcClaimKind kind)
{
  switch (kind)
    {
    case QC_CLAIM_KIND_PARTIAL:
      return _("Partial quote");
    case QC_CLAIM_KIND_INDIRECT:
      return _("Reported claim");
    case QC_CLAIM_KIND_DIRECT:
    default:
      return _("Direct quote");
    }
}

const char *
_qc_export_evidence_label (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_SUPPORTED:
      return _("Supported");
    case QC_EVIDENCE_UNSUPPORTED:
      return _("Unsupported");
    case QC_EVIDENCE_DISPUTED:
      return _("Disputed");
    case QC_EVIDENCE_UNASSESSED:
    default:
      return _("Unassessed");
    }
}

const char *
_qc_export_review_state_label (QcReviewState state)
{
  switch (state)
    {
    case QC_REVIEW_STATE_APPROVED:
      return _("Approved");
    case QC_REVIEW_STATE_DISPUTED:
      return _("Disputed in review");
    case QC_REVIEW_STATE_DRAFT:
    default:
      return _("Draft");
    }
}

const char *
_qc_export_stance_label (QcStance stance)
{
  switch (stance)
    {
    case QC_STANCE_SUPPORTS:
      return _("supports");
    case QC_STANCE_REFUTES:
      return _("refutes");
    case QC_STANCE_CONTEXT:
    default:
      return _("context");
    }
}

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  unsigned y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) < 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  if (sscanf (iso, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * _qc_export_format_date:
 * @iso: (nullable): YYYY-MM-DD or a full ISO 8601 time
 *
 * Returns: (transfer full) (nullable): "26 November 2026", or @iso as it
 *   is when it is no date
 */
char *
_qc_export_format_date (const char *iso)
{
  GDate date;
  char buffer[128];
  gsize n;

  if (iso == NULL || *iso == '\0')
    return NULL;
  if (!parse_date (iso, &date))
    return g_strdup (iso);
  n = g_date_strftime (buffer, sizeof buffer, "%d %B %Y", &date);
  if (n == 0)
    return g_strdup (iso);
  return g_strdup (buffer[0] == '0' ? buffer + 1 : buffer);
}

/* "26 November 2026, 14:03 UTC" */
char *
_qc_export_format_time (const char *iso)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *date = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;
  time = g_date_time_new_from_iso8601 (iso, NULL);
  date = _qc_export_format_date (iso);
  if (time == NULL)
    return g_steal_pointer (&date);
  return g_strdup_printf ("%s, %02d:%02d UTC", date,
                          g_date_time_get_hour (time), g_date_time_get_minute (time));
}

/* "2026-11-26", or NULL */
char *
_qc_export_date_only (const char *iso)
{
  GDate date;

  if (!parse_date (iso, &date))
    return NULL;
  return g_strndup (iso, 10);
}

/**
 * _qc_export_is_safe_url:
 *
 * Returns: whether @url may become a link: http, https or mailto, and no
 *   control characters (never `javascript:` or `data:`)
 */
gboolean
_qc_export_is_safe_url (const char *url)
{
  if (url == NULL)
    return FALSE;
  if (g_ascii_strncasecmp (url, "http://", 7) != 0
      && g_ascii_strncasecmp (url, "https://", 8) != 0
      && g_ascii_strncasecmp (url, "mailto:", 7) != 0)
    return FALSE;
  for (const char *p = url; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f || *p == ' ')
      return FALSE;
  return g_utf8_validate (url, -1, NULL);
}

const char *
_qc_export_organisation (QcReport              *report,
                         const QcExportOptions *options)
{
  if (options->organisation != NULL && *options->organisation != '\0')
    return options->organisation;
  if (report->owner != NULL && report->owner->name != NULL && *report->owner->name != '\0')
    return report->owner->name;
  return "Quotecheck";
}

const char *
_qc_export_article_title (QcArticle *article)
{
  const char *title = qc_article_get_title (article);

  return title != NULL && *title != '\0' ? title : _("Untitled article");
}

/* "By Jane Roe · The Riverton Ledger · 26 November 2026", or NULL */
char *
_qc_export_byline (QcArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *author = qc_article_get_author (article);
  const char *outlet = qc_article_get_outlet (article);
  char *date = _qc_export_format_date (qc_article_get_published_at (article));

  if (author != NULL && *author != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("By %s"), author));
  if (outlet != NULL && *outlet != '\0')
    g_ptr_array_add (parts, g_strdup (outlet));
  if (date != NULL)
    g_ptr_array_add (parts, date);
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* "Harold Brandt (Council President)", the name the claim kept, or
 * "Unattributed" */
char *
_qc_export_speaker_label (QcReportClaim *claim)
{
  if (claim->speaker != NULL)
    {
      const char *role = qc_speaker_get_role (claim->speaker);

      if (role != NULL && *role != '\0')
        return g_strdup_printf ("%s (%s)", qc_speaker_get_name (claim->speaker), role);
      return g_strdup (qc_speaker_get_name (claim->speaker));
    }
  if (qc_claim_get_speaker_name (claim->claim) != NULL)
    return g_strdup (qc_claim_get_speaker_name (claim->claim));
  return g_strdup (_("Unattributed"));
}

void
_qc_export_append_json (GByteArray  *out,
                        json_object *root)
{
  size_t length = 0;
  const char *str = json_object_to_json_string_length (root,
                                                       JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
                                                       | JSON_C_TO_STRING_NOSLASHESCAPE,
                                                       &length);

  g_byte_array_append (out, (const guint8 *) str, (guint) length);
  g_byte_array_append (out, (const guint8 *) "\n", 1);
}

/* Start first; at one start the longer span first, so highlights nest. */
static int
compare_spans_outer_first (gconstpointer a,
                           gconstpointer b)
{
  const QcReportSpan *x = *(const QcReportSpan **) a;
  const QcReportSpan *y = *(const QcReportSpan **) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->claim->number < y->claim->number ? -1 : x->claim->number > y->claim->number;
}

/* For g_array_sort() over gsize offsets. */
int
_qc_report_compare_offsets (gconstpointer a,
                            gconstpointer b)
{
  gsize x = *(const gsize *) a;
  gsize y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

/**
 * _qc_report_article_dup_spans:
 *
 * Every segment of the article's claims that lies in the text, as byte
 * ranges sorted by start, outermost first; orphaned claims are left out.
 *
 * Returns: (transfer full) (element-type QcReportSpan): the spans
 */
GPtrArray *
_qc_report_article_dup_spans (QcReportArticle *article)
{
  QcText *text = article->text;
  gsize n_chars = qc_text_get_n_chars (text);
  GPtrArray *spans = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < article->claims->len; k++)
    {
      QcReportClaim *item = g_ptr_array_index (article->claims, k);

      if (qc_claim_get_orphaned (item->claim))
        continue;
      for (guint s = 0; s < qc_claim_get_n_segments (item->claim); s++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (item->claim, s);
          QcReportSpan *span;

          if (segment->end > n_chars || segment->start >= segment->end)
            continue;
          span = g_new0 (QcReportSpan, 1);
          span->start = qc_text_char_to_byte (text, segment->start);
          span->end = qc_text_char_to_byte (text, segment->end);
          span->claim = item;
          span->first = s == 0;
          g_ptr_array_add (spans, span);
        }
    }
  g_ptr_array_sort (spans, compare_spans_outer_first);
  return spans;
}
