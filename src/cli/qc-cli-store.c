/* qc-cli-store.c: the database commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * import, articles, claims, speakers, claim set|add|delete, source add,
 * speaker merge, undo, redo, history. Every command takes --db PATH
 * (default $XDG_DATA_HOME/quotecheck/quotecheck.db). ARTICLE and CLAIM are
 * a row id or a UUID; a speaker is an id, a UUID, a name or an alias.
 *
 * Exit status: 0 success, 1 runtime error (one line "quotecheck-cli:
 * message" on stderr), 2 usage error.
 *
 * JSON output (--json), one document per run, stable; fields are never
 * removed, new ones may be added; absent values are null; offsets are
 * Unicode code points into the article body, end exclusive:
 *
 *   import:   [{"file", "id", "uuid", "status": "new"|"existing"|"updated",
 *               "claims_added", "speakers_created", "reanchored", "orphaned"}]
 *   articles: [{"id", "uuid", "title", "outlet", "author", "url",
 *               "published_at", "language", "source_name", "source_format",
 *               "sha256", "imported_at", "claims", "unassessed"}]
 *   claims:   [{"id", "uuid", "article_id", "annotator_id", "kind",
 *               "origin", "speaker": {"id", "name"}|null,
 *               "cue": {"start", "end"}|null, "confidence", "evidence",
 *               "rating", "note", "review_state", "orphaned", "text",
 *               "segments": [{"start", "end", "quote", "prefix", "suffix"}],
 *               "sources": [{"id", "uuid", "url", "title", "note", "stance"}],
 *               "created_at", "updated_at"}]
 *   speakers: [{"id", "uuid", "name", "kind", "role", "aliases": [...],
 *               "claims"}]
 *   history:  [{"id", "action_id", "action", "annotator", "changed_at",
 *               "table", "row_id", "row_uuid", "op", "field", "old", "new",
 *               "undone", "discarded"}]
 */

#define G_LOG_DOMAIN "qc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-cli-common.h"
#include "qc-cli-store.h"
#include "qc-store.h"

#define TEXT_COLUMN_CHARS 60

static json_object *
json_string_or_null (const char *str)
{
  return str ? json_object_new_string (str) : NULL;
}

/* qc_cli_append_cell() for a field that may be NULL, or not UTF-8 */
static void
append_cell (GString    *out,
             const char *str,
             guint       width,
             gboolean    pad)
{
  if (str == NULL)
    str = "";
  if (!g_utf8_validate (str, -1, NULL))
    str = "?";
  qc_cli_append_cell (out, str, strlen (str), width, pad);
}

/* Options shared by every command */

typedef struct
{
  char     *db;
  gboolean  json;
} Common;

static void
common_clear (Common *common)
{
  g_clear_pointer (&common->db, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Common, common_clear)

/* Adds --db, and --json where @with_json, before @entries (%NULL for
 * none), so that every command's help lists them first. */
static gboolean
parse_options (const char    *command,
               const char    *parameters,
               const char    *summary,
               GOptionEntry  *entries,
               Common        *common,
               gboolean       with_json,
               int           *argc,
               char        ***argv,
               const char    *synopsis)
{
  GOptionEntry common_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &common->db,
      N_("Use the database at PATH (default: ~/.local/share/quotecheck/quotecheck.db)"), N_("PATH") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common->json,
      N_("Print JSON"), NULL },
  };
  g_autoptr(GArray) all = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  g_array_append_vals (all, common_entries, with_json ? 2 : 1);
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    g_array_append_val (all, entries[i]);
  return qc_cli_parse_options (command, parameters, summary, (GOptionEntry *) all->data,
                               argc, argv, synopsis);
}

static gint64
find_article (QcStore    *store,
              const char *arg,
              GError    **error)
{
  return qc_store_find_article (store, arg, error);
}

/* A speaker by id, UUID, name or alias; a new name makes a new speaker. */
static gint64
find_or_add_speaker (QcStore    *store,
                     const char *name,
                     GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = qc_store_find_speaker (store, name, &local_error);

  if (id != 0)
    return id;
  if (!g_error_matches (local_error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  return qc_store_add_speaker (store, name, QC_SPEAKER_KIND_UNKNOWN, NULL, error);
}

/* import */

static const char *
status_name (QcImportStatus status)
{
  switch (status)
    {
    case QC_IMPORT_EXISTING:
      return "existing";
    case QC_IMPORT_UPDATED:
      return "updated";
    case QC_IMPORT_NEW:
    default:
      return "new";
    }
}

static int
run_import (const char  *synopsis,
            int          argc,
            char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *url = NULL;
  g_autofree char *author = NULL;
  g_autofree char *date = NULL;
  g_autofree char *replace = NULL;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Headline"), N_("T") },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet, N_("Publication"), N_("O") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Address of the article"), N_("U") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Byline"), N_("A") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Publication date"), N_("YYYY-MM-DD") },
    { "replace", 0, 0, G_OPTION_ARG_STRING, &replace,
      N_("The file is a new version of ARTICLE: re-anchor its claims"), N_("ARTICLE") },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) array = json_object_new_array ();
  g_autoptr(GString) out = g_string_new (NULL);
  QcArticleInfo info = { 0 };
  gint64 replace_id = 0;
  int status = QC_CLI_STATUS_OK;

  if (!parse_options ("import", _("FILE…"),
                      _("Store articles (text, Markdown or HTML; “-” reads standard input) "
                        "with the claims the engine finds, and print their ids.\n"
                        "A body already stored is not stored twice; a file with the URL of a "
                        "stored article is a new version of it."),
                      entries, &common, TRUE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 2)
    return qc_cli_usage_error (synopsis, _("no FILE given"));
  if (date != NULL)
    {
      int y, m, dd;

      if (strlen (date) != 10 || sscanf (date, "%4d-%2d-%2d", &y, &m, &dd) != 3
          || !g_date_valid_dmy (dd, m, y))
        return qc_cli_usage_error (synopsis, _("--date needs a date as YYYY-MM-DD"));
    }
  if (replace != NULL && argc != 2)
    return qc_cli_usage_error (synopsis, _("--replace takes exactly one FILE"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL)
    return qc_cli_fail (error->message);
  if (replace != NULL && (replace_id = find_article (store, replace, &error)) == 0)
    return qc_cli_fail (error->message);

  info.title = title;
  info.outlet = outlet;
  info.url = url;
  info.author = author;
  info.published_at = date;

  for (int i = 1; i < argc; i++)
    {
      QcImportResult result = { 0 };
      gboolean ok;

      if (strcmp (argv[i], "-") == 0)
        {
          g_autofree char *data = NULL;
          gsize length = 0;

          data = qc_cli_read_stdin (G_MAXSIZE, &length, &error);
          ok = data != NULL
               && qc_store_import_data (store, data, length, NULL, &info, replace_id, &result, &error);
        }
      else
        ok = qc_store_import_file (store, argv[i], &info, replace_id, &result, &error);

      if (!ok)
        {
          /* The other files still go in; the status says one failed. */
          qc_cli_fail (error->message);
          g_clear_error (&error);
          status = QC_CLI_STATUS_ERROR;
          continue;
        }

      if (common.json)
        {
          g_autoptr(QcArticle) article = qc_store_get_article (store, result.article_id, NULL);
          json_object *obj = json_object_new_object ();

          json_object_object_add (obj, "file", json_object_new_string (argv[i]));
          json_object_object_add (obj, "id", json_object_new_int64 (result.article_id));
          json_object_object_add (obj, "uuid", json_string_or_null (article ? qc_article_get_uuid (article) : NULL));
          json_object_object_add (obj, "status", json_object_new_string (status_name (result.status)));
          json_object_object_add (obj, "claims_added", json_object_new_int64 (result.n_claims_added));
          json_object_object_add (obj, "speakers_created", json_object_new_int64 (result.n_speakers_created));
          json_object_object_add (obj, "reanchored", json_object_new_int64 (result.n_reanchored));
          json_object_object_add (obj, "orphaned", json_object_new_int64 (result.n_orphaned));
          json_object_array_add (array, obj);
        }
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT "\n", result.article_id);
    }

  if (common.json)
    qc_cli_append_json (out, array);
  if (qc_cli_write_output (out) != QC_CLI_STATUS_OK)
    return QC_CLI_STATUS_ERROR;
  return status;
}

/* articles */

static int
run_articles (const char  *synopsis,
              int          argc,
              char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) articles = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(json_object) array = json_object_new_array ();
  guint n;

  if (!parse_options ("articles", NULL, _("List the stored articles, newest first."),
                      NULL, &common, TRUE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc > 1)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (articles = qc_store_list_articles (store, &error)) == NULL)
    return qc_cli_fail (error->message);

  n = g_list_model_get_n_items (articles);
  if (!common.json && n > 0)
    g_string_append_printf (out, "%6s  %6s  %10s  %-10s  %-16s  %s\n",
                            "ID", _("CLAIMS"), _("UNASSESSED"), _("DATE"), _("OUTLET"), _("TITLE"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcArticle) a = g_list_model_get_item (articles, i);

      if (common.json)
        {
          json_object *obj = json_object_new_object ();

          json_object_object_add (obj, "id", json_object_new_int64 (qc_article_get_id (a)));
          json_object_object_add (obj, "uuid", json_string_or_null (qc_article_get_uuid (a)));
          json_object_object_add (obj, "title", json_string_or_null (qc_article_get_title (a)));
          json_object_object_add (obj, "outlet", json_string_or_null (qc_article_get_outlet (a)));
          json_object_object_add (obj, "author", json_string_or_null (qc_article_get_author (a)));
          json_object_object_add (obj, "url", json_string_or_null (qc_article_get_url (a)));
          json_object_object_add (obj, "published_at", json_string_or_null (qc_article_get_published_at (a)));
          json_object_object_add (obj, "language", json_string_or_null (qc_article_get_language (a)));
          json_object_object_add (obj, "source_name", json_string_or_null (qc_article_get_source_name (a)));
          json_object_object_add (obj, "source_format", json_string_or_null (qc_article_get_source_format (a)));
          json_object_object_add (obj, "sha256", json_string_or_null (qc_article_get_body_sha256 (a)));
          json_object_object_add (obj, "imported_at", json_string_or_null (qc_article_get_imported_at (a)));
          json_object_object_add (obj, "claims", json_object_new_int64 (qc_article_get_n_claims (a)));
          json_object_object_add (obj, "unassessed", json_object_new_int64 (qc_article_get_n_unassessed (a)));
          json_object_array_add (array, obj);
          continue;
        }
      g_string_append_printf (out, "%6" G_GINT64_FORMAT "  %6u  %10u  ", qc_article_get_id (a),
                              qc_article_get_n_claims (a), qc_article_get_n_unassessed (a));
      append_cell (out, qc_article_get_published_at (a), 10, TRUE);
      g_string_append (out, "  ");
      append_cell (out, qc_article_get_outlet (a), 16, TRUE);
      g_string_append (out, "  ");
      append_cell (out, qc_article_get_title (a) ? qc_article_get_title (a) : qc_article_get_source_name (a),
                   TEXT_COLUMN_CHARS, FALSE);
      g_string_append_c (out, '\n');
    }
  if (common.json)
    qc_cli_append_json (out, array);
  return qc_cli_write_output (out);
}

/* claims */

static json_object *
claim_to_json (QcStore *store,
               QcClaim *claim)
{
  json_object *obj = json_object_new_object ();
  json_object *segments = json_object_new_array ();
  json_object *sources_json = json_object_new_array ();
  g_autoptr(GPtrArray) sources = qc_store_list_sources (store, qc_claim_get_id (claim), NULL);
  g_autofree char *text = qc_claim_dup_text (claim);
  char confidence[G_ASCII_DTOSTR_BUF_SIZE];
  gsize cue_start;
  gsize cue_end;

  json_object_object_add (obj, "id", json_object_new_int64 (qc_claim_get_id (claim)));
  json_object_object_add (obj, "uuid", json_string_or_null (qc_claim_get_uuid (claim)));
  json_object_object_add (obj, "article_id", json_object_new_int64 (qc_claim_get_article_id (claim)));
  json_object_object_add (obj, "annotator_id", json_object_new_int64 (qc_claim_get_annotator_id (claim)));
  json_object_object_add (obj, "kind", json_object_new_string (qc_claim_kind_to_string (qc_claim_get_kind (claim))));
  json_object_object_add (obj, "origin", json_object_new_string (qc_claim_origin_to_string (qc_claim_get_origin (claim))));
  if (qc_claim_get_speaker_id (claim) != 0)
    {
      json_object *speaker = json_object_new_object ();

      json_object_object_add (speaker, "id", json_object_new_int64 (qc_claim_get_speaker_id (claim)));
      json_object_object_add (speaker, "name", json_string_or_null (qc_claim_get_speaker_name (claim)));
      json_object_object_add (obj, "speaker", speaker);
    }
  else
    json_object_object_add (obj, "speaker", NULL);
  if (qc_claim_get_cue (claim, &cue_start, &cue_end))
    {
      json_object *cue = json_object_new_object ();

      json_object_object_add (cue, "start", json_object_new_int64 ((gint64) cue_start));
      json_object_object_add (cue, "end", json_object_new_int64 ((gint64) cue_end));
      json_object_object_add (obj, "cue", cue);
    }
  else
    json_object_object_add (obj, "cue", NULL);
  g_ascii_formatd (confidence, sizeof confidence, "%.2f", qc_claim_get_confidence (claim));
  json_object_object_add (obj, "confidence",
                          json_object_new_double_s (g_ascii_strtod (confidence, NULL), confidence));
  json_object_object_add (obj, "evidence", json_object_new_string (qc_evidence_to_string (qc_claim_get_evidence (claim))));
  json_object_object_add (obj, "rating", json_string_or_null (qc_claim_get_rating (claim)));
  json_object_object_add (obj, "note", json_string_or_null (qc_claim_get_note (claim)));
  json_object_object_add (obj, "review_state",
                          json_object_new_string (qc_review_state_to_string (qc_claim_get_review_state (claim))));
  json_object_object_add (obj, "orphaned", json_object_new_boolean (qc_claim_get_orphaned (claim)));
  json_object_object_add (obj, "text", json_object_new_string (text));
  for (guint k = 0; k < qc_claim_get_n_segments (claim); k++)
    {
      const QcClaimSegment *s = qc_claim_get_segment (claim, k);
      json_object *segment = json_object_new_object ();

      json_object_object_add (segment, "start", json_object_new_int64 ((gint64) s->start));
      json_object_object_add (segment, "end", json_object_new_int64 ((gint64) s->end));
      json_object_object_add (segment, "quote", json_object_new_string (s->quote));
      json_object_object_add (segment, "prefix", json_object_new_string (s->prefix));
      json_object_object_add (segment, "suffix", json_object_new_string (s->suffix));
      json_object_array_add (segments, segment);
    }
  json_object_object_add (obj, "segments", segments);
  for (guint k = 0; sources && k < sources->len; k++)
    {
      QcEvidenceSource *s = sources->pdata[k];
      json_object *source = json_object_new_object ();

      json_object_object_add (source, "id", json_object_new_int64 (s->id));
      json_object_object_add (source, "uuid", json_string_or_null (s->uuid));
      json_object_object_add (source, "url", json_string_or_null (s->url));
      json_object_object_add (source, "title", json_string_or_null (s->title));
      json_object_object_add (source, "note", json_string_or_null (s->note));
      json_object_object_add (source, "stance", json_object_new_string (qc_stance_to_string (s->stance)));
      json_object_array_add (sources_json, source);
    }
  json_object_object_add (obj, "sources", sources_json);
  json_object_object_add (obj, "created_at", json_string_or_null (qc_claim_get_created_at (claim)));
  json_object_object_add (obj, "updated_at", json_string_or_null (qc_claim_get_updated_at (claim)));
  return obj;
}

static void
append_claim_line (GString *out,
                   QcClaim *claim)
{
  g_autofree char *text = qc_claim_dup_text (claim);
  g_autofree char *span = g_strdup_printf ("%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                                           qc_claim_get_start (claim), qc_claim_get_end (claim));

  g_string_append_printf (out, "%6" G_GINT64_FORMAT "  %-8s  %-11s  %-13s  ", qc_claim_get_id (claim),
                          qc_claim_kind_to_string (qc_claim_get_kind (claim)),
                          qc_evidence_to_string (qc_claim_get_evidence (claim)), span);
  append_cell (out, qc_claim_get_speaker_name (claim) ? qc_claim_get_speaker_name (claim) : "–", 20, TRUE);
  g_string_append (out, "  ");
  if (qc_claim_get_orphaned (claim))
    g_string_append (out, _("[orphaned] "));
  append_cell (out, text, TEXT_COLUMN_CHARS, FALSE);
  g_string_append_c (out, '\n');
}

static int
run_claims (const char  *synopsis,
            int          argc,
            char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(json_object) array = json_object_new_array ();
  gint64 article;
  guint n;

  if (!parse_options ("claims", _("ARTICLE"), _("List the claims of ARTICLE in text order."),
                      NULL, &common, TRUE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 2)
    return qc_cli_usage_error (synopsis, _("no ARTICLE given"));
  if (argc > 2)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (article = find_article (store, argv[1], &error)) == 0
      || (claims = qc_store_list_claims (store, article, 0, &error)) == NULL)
    return qc_cli_fail (error->message);

  n = g_list_model_get_n_items (claims);
  if (!common.json && n > 0)
    g_string_append_printf (out, "%6s  %-8s  %-11s  %-13s  %-20s  %s\n", "ID", _("KIND"), _("EVIDENCE"),
                            _("CHARACTERS"), _("SPEAKER"), _("TEXT"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      if (common.json)
        json_object_array_add (array, claim_to_json (store, claim));
      else
        append_claim_line (out, claim);
    }
  if (common.json)
    qc_cli_append_json (out, array);
  return qc_cli_write_output (out);
}

/* speakers */

static int
run_speakers (const char  *synopsis,
              int          argc,
              char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(json_object) array = json_object_new_array ();
  guint n;

  if (!parse_options ("speakers", NULL, _("List the speakers of all articles."),
                      NULL, &common, TRUE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc > 1)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (speakers = qc_store_list_speakers (store, &error)) == NULL)
    return qc_cli_fail (error->message);

  n = g_list_model_get_n_items (speakers);
  if (!common.json && n > 0)
    g_string_append_printf (out, "%6s  %6s  %-12s  %-28s  %s\n", "ID", _("CLAIMS"), _("KIND"), _("NAME"),
                            _("ROLE / ALIASES"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcSpeaker) s = g_list_model_get_item (speakers, i);
      const char * const *aliases = qc_speaker_get_aliases (s);

      if (common.json)
        {
          json_object *obj = json_object_new_object ();
          json_object *list = json_object_new_array ();

          for (guint k = 0; aliases[k]; k++)
            json_object_array_add (list, json_object_new_string (aliases[k]));
          json_object_object_add (obj, "id", json_object_new_int64 (qc_speaker_get_id (s)));
          json_object_object_add (obj, "uuid", json_string_or_null (qc_speaker_get_uuid (s)));
          json_object_object_add (obj, "name", json_string_or_null (qc_speaker_get_name (s)));
          json_object_object_add (obj, "kind", json_object_new_string (qc_speaker_kind_to_string (qc_speaker_get_kind (s))));
          json_object_object_add (obj, "role", json_string_or_null (qc_speaker_get_role (s)));
          json_object_object_add (obj, "aliases", list);
          json_object_object_add (obj, "claims", json_object_new_int64 (qc_speaker_get_n_claims (s)));
          json_object_array_add (array, obj);
          continue;
        }
      g_string_append_printf (out, "%6" G_GINT64_FORMAT "  %6u  %-12s  ", qc_speaker_get_id (s),
                              qc_speaker_get_n_claims (s), qc_speaker_kind_to_string (qc_speaker_get_kind (s)));
      append_cell (out, qc_speaker_get_name (s), 28, TRUE);
      g_string_append (out, "  ");
      if (qc_speaker_get_role (s))
        {
          append_cell (out, qc_speaker_get_role (s), 40, FALSE);
          if (aliases[0])
            g_string_append (out, "; ");
        }
      if (aliases[0])
        {
          g_autofree char *joined = g_strjoinv (", ", (char **) aliases);

          append_cell (out, joined, TEXT_COLUMN_CHARS, FALSE);
        }
      g_string_append_c (out, '\n');
    }
  if (common.json)
    qc_cli_append_json (out, array);
  return qc_cli_write_output (out);
}

/* claim set | add | delete */

static int
run_claim_set (const char  *synopsis,
               int          argc,
               char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autofree char *speaker = NULL;
  g_autofree char *evidence_arg = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *note = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *review_arg = NULL;
  GOptionEntry entries[] = {
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker,
      N_("Speaker by id, name or alias; a new name adds a speaker; \"\" removes it"), N_("NAME") },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &evidence_arg,
      N_("unassessed, supported, unsupported or disputed"), N_("E") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg, N_("direct, partial or indirect"), N_("K") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Note (\"\" removes it)"), N_("TEXT") },
    { "rating", 0, 0, G_OPTION_ARG_STRING, &rating, N_("Verdict (\"\" removes it)"), N_("TEXT") },
    { "review", 0, 0, G_OPTION_ARG_STRING, &review_arg, N_("draft, approved or disputed"), N_("STATE") },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  QcEvidence evidence = QC_EVIDENCE_UNASSESSED;
  QcClaimKind kind = QC_CLAIM_KIND_DIRECT;
  QcReviewState review = QC_REVIEW_STATE_DRAFT;
  gint64 claim;
  gboolean ok;

  if (!parse_options ("claim set", _("CLAIM"), _("Change a claim; all changes are one undo step."),
                      entries, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 2)
    return qc_cli_usage_error (synopsis, _("no CLAIM given"));
  if (argc > 2)
    return qc_cli_usage_error (synopsis, _("too many arguments"));
  if (evidence_arg && !qc_evidence_from_string (evidence_arg, &evidence))
    return qc_cli_usage_error (synopsis, _("--evidence must be unassessed, supported, unsupported or disputed"));
  if (kind_arg && !qc_claim_kind_from_string (kind_arg, &kind))
    return qc_cli_usage_error (synopsis, _("--kind must be direct, partial or indirect"));
  if (review_arg && !qc_review_state_from_string (review_arg, &review))
    return qc_cli_usage_error (synopsis, _("--review must be draft, approved or disputed"));
  if (!speaker && !evidence_arg && !kind_arg && !note && !rating && !review_arg)
    return qc_cli_usage_error (synopsis, _("nothing to set"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (claim = qc_store_find_claim (store, argv[1], &error)) == 0)
    return qc_cli_fail (error->message);

  if (!qc_store_begin_action (store, _("Edit claim"), &error))
    return qc_cli_fail (error->message);
  ok = TRUE;
  if (ok && speaker)
    {
      gint64 speaker_id = 0;

      ok = *speaker == '\0' || (speaker_id = find_or_add_speaker (store, speaker, &error)) != 0;
      ok = ok && qc_store_set_claim_speaker (store, claim, speaker_id, &error);
    }
  ok = ok && (!evidence_arg || qc_store_set_claim_evidence (store, claim, evidence, &error));
  ok = ok && (!kind_arg || qc_store_set_claim_kind (store, claim, kind, &error));
  ok = ok && (!note || qc_store_set_claim_note (store, claim, *note ? note : NULL, &error));
  ok = ok && (!rating || qc_store_set_claim_rating (store, claim, *rating ? rating : NULL, &error));
  ok = ok && (!review_arg || qc_store_set_claim_review_state (store, claim, review, &error));
  if (!ok)
    {
      qc_store_rollback_action (store);
      return qc_cli_fail (error->message);
    }
  if (!qc_store_commit_action (store, &error))
    return qc_cli_fail (error->message);
  return QC_CLI_STATUS_OK;
}

static int
run_claim_add (const char  *synopsis,
               int          argc,
               char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autofree char *speaker = NULL;
  g_autofree char *kind_arg = NULL;
  GOptionEntry entries[] = {
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker,
      N_("Speaker by id, name or alias; a new name adds a speaker"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg, N_("direct (default), partial or indirect"), N_("K") },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (QcRange));
  g_autoptr(GString) out = g_string_new (NULL);
  QcClaimKind kind = QC_CLAIM_KIND_DIRECT;
  gint64 article;
  gint64 speaker_id = 0;
  gint64 claim = 0;

  if (!parse_options ("claim add", _("ARTICLE START END [START END…]"),
                      _("Add a claim over the given character spans (Unicode code points, end "
                        "exclusive); several spans make one claim, as for a split quote. "
                        "Prints the claim's id."),
                      entries, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 4 || (argc - 2) % 2 != 0)
    return qc_cli_usage_error (synopsis, _("give ARTICLE and pairs of START END"));
  if (kind_arg && !qc_claim_kind_from_string (kind_arg, &kind))
    return qc_cli_usage_error (synopsis, _("--kind must be direct, partial or indirect"));
  for (int i = 2; i + 1 < argc; i += 2)
    {
      guint64 start;
      guint64 end;
      QcRange span;

      if (!g_ascii_string_to_unsigned (argv[i], 10, 0, G_MAXINT32, &start, NULL)
          || !g_ascii_string_to_unsigned (argv[i + 1], 10, 0, G_MAXINT32, &end, NULL))
        return qc_cli_usage_error (synopsis,
                                   _("START and END must be character offsets (whole numbers)"));
      span.start = start;
      span.end = end;
      g_array_append_val (spans, span);
    }

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (article = find_article (store, argv[1], &error)) == 0)
    return qc_cli_fail (error->message);
  if (!qc_store_begin_action (store, _("Add claim"), &error))
    return qc_cli_fail (error->message);
  if ((speaker == NULL || *speaker == '\0' || (speaker_id = find_or_add_speaker (store, speaker, &error)) != 0)
      && (claim = qc_store_add_claim (store, article, kind, (QcRange *) spans->data, spans->len,
                                      speaker_id, &error)) != 0)
    {
      if (!qc_store_commit_action (store, &error))
        return qc_cli_fail (error->message);
      g_string_append_printf (out, "%" G_GINT64_FORMAT "\n", claim);
      return qc_cli_write_output (out);
    }
  qc_store_rollback_action (store);
  return qc_cli_fail (error->message);
}

static int
run_claim_delete (const char  *synopsis,
                  int          argc,
                  char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 claim;

  if (!parse_options ("claim delete", _("CLAIM"), _("Delete a claim (undo brings it back)."),
                      NULL, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc != 2)
    return qc_cli_usage_error (synopsis, argc < 2 ? _("no CLAIM given") : _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (claim = qc_store_find_claim (store, argv[1], &error)) == 0
      || !qc_store_delete_claim (store, claim, &error))
    return qc_cli_fail (error->message);
  return QC_CLI_STATUS_OK;
}

/* source add */

static int
run_source_add (const char  *synopsis,
                int          argc,
                char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  g_autofree char *stance_arg = NULL;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the source"), N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What the source says"), N_("TEXT") },
    { "stance", 0, 0, G_OPTION_ARG_STRING, &stance_arg, N_("supports, refutes or context (default)"), N_("S") },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  QcStance stance = QC_STANCE_CONTEXT;
  gint64 claim;
  gint64 source;

  if (!parse_options ("source add", _("CLAIM URL"), _("Add an evidence source to a claim; prints its id."),
                      entries, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc != 3)
    return qc_cli_usage_error (synopsis,
                               argc < 3 ? _("give CLAIM and URL") : _("too many arguments"));
  if (stance_arg && !qc_stance_from_string (stance_arg, &stance))
    return qc_cli_usage_error (synopsis, _("--stance must be supports, refutes or context"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (claim = qc_store_find_claim (store, argv[1], &error)) == 0
      || (source = qc_store_add_source (store, claim, argv[2], title, note, stance, &error)) == 0)
    return qc_cli_fail (error->message);
  g_string_append_printf (out, "%" G_GINT64_FORMAT "\n", source);
  return qc_cli_write_output (out);
}

/* speaker merge */

static int
run_speaker_merge (const char  *synopsis,
                   int          argc,
                   char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 into;
  gint64 from;

  if (!parse_options ("speaker merge", _("A B"),
                      _("Merge speaker B into A: B's claims move to A, B's names become A's aliases."),
                      NULL, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc != 3)
    return qc_cli_usage_error (synopsis,
                               argc < 3 ? _("give two speakers") : _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (into = qc_store_find_speaker (store, argv[1], &error)) == 0
      || (from = qc_store_find_speaker (store, argv[2], &error)) == 0
      || !qc_store_merge_speakers (store, into, from, &error))
    return qc_cli_fail (error->message);
  return QC_CLI_STATUS_OK;
}

/* undo, redo */

static int
run_replay (const char  *synopsis,
            int          argc,
            char       **argv,
            gboolean     undo)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *label = NULL;

  if (!parse_options (undo ? "undo" : "redo", NULL,
                      undo ? _("Undo your last action (also one from an earlier run).")
                           : _("Redo the action undone last."),
                      NULL, &common, FALSE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc > 1)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL)
    return qc_cli_fail (error->message);
  if (!(undo ? qc_store_undo (store, &label, &error) : qc_store_redo (store, &label, &error)))
    return qc_cli_fail (error->message);
  g_string_append_printf (out, undo ? _("Undone: %s\n") : _("Redone: %s\n"), label);
  return qc_cli_write_output (out);
}

static int
run_undo (const char  *synopsis,
          int          argc,
          char       **argv)
{
  return run_replay (synopsis, argc, argv, TRUE);
}

static int
run_redo (const char  *synopsis,
          int          argc,
          char       **argv)
{
  return run_replay (synopsis, argc, argv, FALSE);
}

/* history */

static int
run_history (const char  *synopsis,
             int          argc,
             char       **argv)
{
  g_auto(Common) common = { 0 };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(json_object) array = json_object_new_array ();
  gint64 article;

  if (!parse_options ("history", _("ARTICLE"),
                      _("Every change to ARTICLE, its claims and their sources, oldest first."),
                      NULL, &common, TRUE, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc != 2)
    return qc_cli_usage_error (synopsis,
                               argc < 2 ? _("no ARTICLE given") : _("too many arguments"));

  store = qc_cli_open_store (common.db, &error);
  if (store == NULL || (article = find_article (store, argv[1], &error)) == 0
      || (history = qc_store_list_history (store, article, &error)) == NULL)
    return qc_cli_fail (error->message);

  for (guint i = 0; i < history->len; i++)
    {
      QcChange *c = history->pdata[i];

      if (common.json)
        {
          json_object *obj = json_object_new_object ();

          json_object_object_add (obj, "id", json_object_new_int64 (c->id));
          json_object_object_add (obj, "action_id", json_object_new_int64 (c->action_id));
          json_object_object_add (obj, "action", json_string_or_null (c->action_label));
          json_object_object_add (obj, "annotator", json_string_or_null (c->annotator_name));
          json_object_object_add (obj, "changed_at", json_string_or_null (c->changed_at));
          json_object_object_add (obj, "table", json_string_or_null (c->table_name));
          json_object_object_add (obj, "row_id", json_object_new_int64 (c->row_id));
          json_object_object_add (obj, "row_uuid", json_string_or_null (c->row_uuid));
          json_object_object_add (obj, "op", json_string_or_null (c->op));
          json_object_object_add (obj, "field", json_string_or_null (c->field));
          json_object_object_add (obj, "old", json_string_or_null (c->old_value));
          json_object_object_add (obj, "new", json_string_or_null (c->new_value));
          json_object_object_add (obj, "undone", json_object_new_boolean (c->undone));
          json_object_object_add (obj, "discarded", json_object_new_boolean (c->discarded));
          json_object_array_add (array, obj);
          continue;
        }
      {
        g_autofree char *when = g_strndup (c->changed_at ? c->changed_at : "", 19);

        g_strdelimit (when, "T", ' ');
        g_string_append_printf (out, "%-19s  ", when);
      }
      append_cell (out, c->annotator_name, 16, TRUE);
      g_string_append (out, "  ");
      append_cell (out, c->action_label, 20, TRUE);
      g_string_append_printf (out, "  %s %s#%" G_GINT64_FORMAT, c->op, c->table_name, c->row_id);
      if (strcmp (c->op, "update") == 0)
        {
          g_string_append_printf (out, " %s: ", c->field);
          append_cell (out, c->old_value ? c->old_value : "∅", 24, FALSE);
          g_string_append (out, " → ");
          append_cell (out, c->new_value ? c->new_value : "∅", 24, FALSE);
        }
      if (c->discarded)
        g_string_append (out, _("  [undone, replaced]"));
      else if (c->undone)
        g_string_append (out, _("  [undone]"));
      g_string_append_c (out, '\n');
    }
  if (common.json)
    qc_cli_append_json (out, array);
  return qc_cli_write_output (out);
}

/* Dispatch */

static const QcCliCommand commands[] = {
  { "import", N_("import [--db PATH] [--title T] [--outlet O] [--url U] [--author A] [--date YYYY-MM-DD] [--replace ARTICLE] [--json] FILE…"),
    N_("Store articles and their detected claims"), run_import },
  { "articles", N_("articles [--db PATH] [--json]"), N_("List the stored articles"), run_articles },
  { "claims", N_("claims [--db PATH] [--json] ARTICLE"), N_("List the claims of an article"), run_claims },
  { "speakers", N_("speakers [--db PATH] [--json]"), N_("List the speakers"), run_speakers },
  { "claim set", N_("claim set [--db PATH] CLAIM [--speaker NAME] [--evidence E] [--kind K] [--note TEXT] [--rating TEXT] [--review STATE]"),
    N_("Change a claim"), run_claim_set },
  { "claim add", N_("claim add [--db PATH] [--speaker NAME] [--kind K] ARTICLE START END [START END…]"),
    N_("Add a claim"), run_claim_add },
  { "claim delete", N_("claim delete [--db PATH] CLAIM"), N_("Delete a claim"), run_claim_delete },
  { "source add", N_("source add [--db PATH] CLAIM URL [--title T] [--note TEXT] [--stance supports|refutes|context]"),
    N_("Add an evidence source to a claim"), run_source_add },
  { "speaker merge", N_("speaker merge [--db PATH] A B"), N_("Merge speaker B into A"), run_speaker_merge },
  { "undo", N_("undo [--db PATH]"), N_("Undo your last action"), run_undo },
  { "redo", N_("redo [--db PATH]"), N_("Redo the last undone action"), run_redo },
  { "history", N_("history [--db PATH] [--json] ARTICLE"), N_("Show the change history of an article"), run_history },
};

/**
 * qc_cli_store_handles:
 * @command: the first word after the program name
 *
 * Returns: whether qc_cli_store_run() runs @command
 */
gboolean
qc_cli_store_handles (const char *command)
{
  g_return_val_if_fail (command != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *name = commands[i].name;
      gsize n = strlen (command);

      if (strncmp (name, command, n) == 0 && (name[n] == '\0' || name[n] == ' '))
        return TRUE;
    }
  return FALSE;
}

void
qc_cli_store_print_help (FILE *out)
{
  qc_cli_print_commands (out, commands, G_N_ELEMENTS (commands));
}

/**
 * qc_cli_store_run:
 * @argc: the number of arguments in @argv
 * @argv: the command and its arguments: argv[0] is "import", "claim", ...
 *   (the program name is not included)
 *
 * Runs one database command. Errors are printed on stderr as one line
 * "quotecheck-cli: message".
 *
 * Returns: the exit status: 0 success, 1 runtime error, 2 usage error
 */
int
qc_cli_store_run (int    argc,
                  char **argv)
{
  g_return_val_if_fail (argc >= 1 && argv != NULL, QC_CLI_STATUS_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *name = commands[i].name;
      const char *space = strchr (name, ' ');

      if (space == NULL)
        {
          if (strcmp (argv[0], name) == 0)
            return commands[i].run (_(commands[i].synopsis), argc, argv);
          continue;
        }
      if (strncmp (argv[0], name, space - name) != 0 || argv[0][space - name] != '\0')
        continue;
      if (argc >= 2 && strcmp (argv[1], space + 1) == 0)
        return commands[i].run (_(commands[i].synopsis), argc - 1, argv + 1);
    }

  {
    g_autoptr(GString) subcommands = g_string_new (NULL);
    g_autofree char *message = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      if (g_str_has_prefix (commands[i].name, argv[0]) && commands[i].name[strlen (argv[0])] == ' ')
        g_string_append_printf (subcommands, "%s%s", subcommands->len ? "|" : "",
                                commands[i].name + strlen (argv[0]) + 1);
    if (subcommands->len > 0)
      {
        g_autofree char *synopsis = g_strdup_printf ("%s %s …", argv[0], subcommands->str);

        message = argc >= 2 ? g_strdup_printf (_("unknown subcommand “%s %s”"), argv[0], argv[1])
                            : g_strdup_printf (_("“%s” needs a subcommand"), argv[0]);
        return qc_cli_usage_error (synopsis, message);
      }
    message = g_strdup_printf (_("unknown command “%s”"), argv[0]);
    return qc_cli_usage_error (_("COMMAND [OPTION…]"), message);
  }
}
