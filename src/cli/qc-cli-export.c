/* qc-cli-export.c: the export and import-annotations commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   export ARTICLE --format F [-o FILE]      one article
 *   export --all --format F [-o FILE]        every article in one file
 *   export --speaker S --format F [-o FILE]  one speaker's claims
 *   import-annotations FILE.json             a colleague's Quotecheck JSON
 *   import-annotations OTHER.db [--annotator NAME|UUID]…
 *                                            a colleague's layer from their
 *                                            Quotecheck database
 *
 * Without -o a text format goes to standard output; with -o the file is
 * written atomically (a temporary file, then rename). The format may be
 * left out when -o names a file with a known extension.
 *
 * import-annotations --json prints one object:
 *   {"file", "annotator_id", "articles": [ids], "articles_created",
 *    "articles_reanchored", "claims_added", "claims_updated",
 *    "claims_unchanged", "speakers_created", "speakers_matched",
 *    "sources_added", "comments_added",
 *    "unplaced": [{"uuid", "claim_id", "quote"}]}
 * (for a database, one such line per imported layer).
 *
 * Exit status: 0 success, 1 runtime error (one line on stderr), 2 usage.
 */

#define G_LOG_DOMAIN "qc-cli"

/* isatty under -std=c11 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "qc-autocleanups.h"
#include "qc-cli-common.h"
#include "qc-cli-export.h"
#include "qc-export-json.h"
#include "qc-export.h"
#include "qc-store-review.h"
#include "qc-store.h"

/* "all", "me" or a row id */
static gboolean
resolve_annotator (QcStore     *store,
                   const char  *who,
                   gint64      *id,
                   GError     **error)
{
  guint64 number;

  if (who == NULL)
    {
      *id = 0;
      return TRUE;
    }
  if (g_ascii_strcasecmp (who, "all") == 0)
    {
      *id = QC_EXPORT_ALL_ANNOTATORS;
      return TRUE;
    }
  if (g_ascii_strcasecmp (who, "me") == 0 || g_ascii_strcasecmp (who, "local") == 0)
    {
      *id = qc_store_get_local_annotator (store);
      return TRUE;
    }
  if (g_ascii_string_to_unsigned (who, 10, 1, G_MAXINT64, &number, NULL))
    {
      g_autofree char *name = qc_store_dup_annotator_name (store, (gint64) number, error);

      if (name == NULL)
        return FALSE;
      *id = (gint64) number;
      return TRUE;
    }
  g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
               _("--annotator takes “all”, “me” or an annotator id, not “%s”"), who);
  return FALSE;
}

/* export */

static int
run_export (const char  *synopsis,
            int          argc,
            char       **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *annotator = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *organisation_url = NULL;
  g_autofree char *review_url = NULL;
  g_autofree char *paper = NULL;
  gboolean all = FALSE;
  gboolean bom = FALSE;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db,
      N_("Use the database at PATH (default: ~/.local/share/quotecheck/quotecheck.db)"), N_("PATH") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("json, claimreview, webannotation, html, pdf, md or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (replaced atomically) instead of standard output"), N_("FILE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Export every article into one file"), NULL },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker,
      N_("Export the claims of one speaker (id, UUID, name or alias)"), N_("SPEAKER") },
    { "annotator", 0, 0, G_OPTION_ARG_STRING, &annotator,
      N_("Whose claims: “me” (default), “all” or an annotator id"), N_("WHO") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation,
      N_("The reviewing organisation (ClaimReview author, report footer)"), N_("NAME") },
    { "organisation-url", 0, 0, G_OPTION_ARG_STRING, &organisation_url,
      N_("The organisation's home page"), N_("URL") },
    { "review-url", 0, 0, G_OPTION_ARG_STRING, &review_url,
      N_("The page publishing the fact check (ClaimReview url)"), N_("URL") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("PDF page size: a4 (default) or letter"), N_("SIZE") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("Start CSV with a byte order mark (for spreadsheets)"), NULL },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  QcExportOptions options = { 0 };
  QcExportFormat format = QC_EXPORT_FORMAT_JSON;
  QcExportScope scope = QC_EXPORT_SCOPE_ARTICLE;
  gint64 id = 0;
  int n_scopes;

  if (!qc_cli_parse_options ("export", _("[ARTICLE]"),
                             _("Write an article's claims as Quotecheck JSON, ClaimReview or Web Annotation "
                               "JSON-LD, or an HTML, PDF, Markdown or CSV report.\n"
                               "ARTICLE is a row id or a UUID; --all and --speaker export several articles "
                               "into one file."),
                             entries, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;

  n_scopes = (argc >= 2) + (all ? 1 : 0) + (speaker != NULL);
  if (argc > 2)
    return qc_cli_usage_error (synopsis, _("too many arguments"));
  if (n_scopes == 0)
    return qc_cli_usage_error (synopsis, _("no ARTICLE given (or --all, or --speaker)"));
  if (n_scopes > 1)
    return qc_cli_usage_error (synopsis, _("give one of ARTICLE, --all and --speaker"));

  if (format_name != NULL)
    {
      if (!qc_export_format_from_string (format_name, &format))
        {
          g_autofree char *message = g_strdup_printf (_("unknown format “%s” (json, claimreview, webannotation, "
                                                        "html, pdf, md, csv)"), format_name);

          return qc_cli_usage_error (synopsis, message);
        }
    }
  else if (output == NULL || !qc_export_format_guess_for_filename (output, &format))
    return qc_cli_usage_error (synopsis, _("--format is needed (json, claimreview, webannotation, html, pdf, md, csv)"));

  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "a4") == 0)
        options.paper = QC_PAPER_A4;
      else if (g_ascii_strcasecmp (paper, "letter") == 0)
        options.paper = QC_PAPER_LETTER;
      else
        return qc_cli_usage_error (synopsis, _("--paper takes a4 or letter"));
    }
  if (output == NULL && qc_export_format_is_binary (format) && isatty (STDOUT_FILENO))
    return qc_cli_usage_error (synopsis, _("a PDF is not for the terminal: give -o FILE or redirect the output"));

  options.organisation = organisation;
  options.organisation_url = organisation_url;
  options.review_url = review_url;
  options.csv_bom = bom;

  store = qc_cli_open_store (db, &error);
  if (store == NULL)
    return qc_cli_fail (error->message);
  if (!resolve_annotator (store, annotator, &options.annotator_id, &error))
    return qc_cli_fail (error->message);

  if (all)
    scope = QC_EXPORT_SCOPE_ALL;
  else if (speaker != NULL)
    {
      scope = QC_EXPORT_SCOPE_SPEAKER;
      id = qc_store_find_speaker (store, speaker, &error);
    }
  else
    id = qc_store_find_article (store, argv[1], &error);
  if (scope != QC_EXPORT_SCOPE_ALL && id == 0)
    return qc_cli_fail (error->message);

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!qc_export_to_file (store, scope, id, format, &options, file, &error))
        return qc_cli_fail (error->message);
      return QC_CLI_STATUS_OK;
    }

  bytes = qc_export_to_bytes (store, scope, id, format, &options, &error);
  if (bytes == NULL)
    return qc_cli_fail (error->message);
  return qc_cli_write_bytes (bytes);
}

/* import-annotations */

static void
append_import_result (GString             *out,
                      QcStore             *store,
                      const char          *file,
                      QcAnnotationImport  *result,
                      gboolean             json)
{
  if (json)
    {
      g_autoptr(json_object) root = json_object_new_object ();
      json_object *articles = json_object_new_array ();
      json_object *unplaced = json_object_new_array ();

      for (guint i = 0; i < result->article_ids->len; i++)
        json_object_array_add (articles, json_object_new_int64 (g_array_index (result->article_ids, gint64, i)));
      for (guint i = 0; i < result->unplaced->len; i++)
        {
          QcUnplacedClaim *claim = g_ptr_array_index (result->unplaced, i);
          json_object *obj = json_object_new_object ();

          json_object_object_add (obj, "uuid", json_object_new_string (claim->uuid));
          json_object_object_add (obj, "claim_id", json_object_new_int64 (claim->claim_id));
          json_object_object_add (obj, "quote", json_object_new_string (claim->quote));
          json_object_array_add (unplaced, obj);
        }
      json_object_object_add (root, "file", json_object_new_string (file));
      json_object_object_add (root, "annotator_id", json_object_new_int64 (result->annotator_id));
      json_object_object_add (root, "articles", articles);
      json_object_object_add (root, "articles_created", json_object_new_int64 (result->n_articles_created));
      json_object_object_add (root, "articles_reanchored", json_object_new_int64 (result->n_articles_reanchored));
      json_object_object_add (root, "claims_added", json_object_new_int64 (result->n_claims_added));
      json_object_object_add (root, "claims_updated", json_object_new_int64 (result->n_claims_updated));
      json_object_object_add (root, "claims_unchanged", json_object_new_int64 (result->n_claims_unchanged));
      json_object_object_add (root, "speakers_created", json_object_new_int64 (result->n_speakers_created));
      json_object_object_add (root, "speakers_matched", json_object_new_int64 (result->n_speakers_matched));
      json_object_object_add (root, "sources_added", json_object_new_int64 (result->n_sources_added));
      json_object_object_add (root, "comments_added", json_object_new_int64 (result->n_comments_added));
      json_object_object_add (root, "unplaced", unplaced);
      qc_cli_append_json (out, root);
    }
  else
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      g_autofree char *annotator = qc_store_dup_annotator_name (store, result->annotator_id, NULL);

      for (guint i = 0; i < result->article_ids->len; i++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? ", " : "",
                                g_array_index (result->article_ids, gint64, i));
      g_string_append_printf (out, _("Imported the annotations of %s.\n"), annotator ? annotator : "?");
      g_string_append_printf (out, _("Articles: %s (%u new, %u with another version of the text).\n"),
                              ids->str, result->n_articles_created, result->n_articles_reanchored);
      g_string_append_printf (out, _("Claims: %u added, %u updated, %u unchanged.\n"),
                              result->n_claims_added, result->n_claims_updated, result->n_claims_unchanged);
      g_string_append_printf (out, _("Speakers: %u new, %u matched. Sources: %u added. Comments: %u added.\n"),
                              result->n_speakers_created, result->n_speakers_matched,
                              result->n_sources_added, result->n_comments_added);
      if (result->unplaced->len > 0)
        {
          g_string_append_printf (out, _("%u claims were not found in the stored text; they are kept, "
                                         "marked as orphaned:\n"), result->unplaced->len);
          for (guint i = 0; i < result->unplaced->len; i++)
            {
              QcUnplacedClaim *claim = g_ptr_array_index (result->unplaced, i);
              g_autofree char *quote = g_utf8_substring (claim->quote, 0, MIN (g_utf8_strlen (claim->quote, -1), 70));

              g_string_append_printf (out, "  %s  %s%s\n", claim->uuid, quote,
                                      g_utf8_strlen (claim->quote, -1) > 70 ? "…" : "");
            }
        }
    }
}

static int
run_import_annotations (const char  *synopsis,
                        int          argc,
                        char       **argv)
{
  g_autofree char *db = NULL;
  g_auto(GStrv) annotators = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db,
      N_("Use the database at PATH (default: ~/.local/share/quotecheck/quotecheck.db)"), N_("PATH") },
    { "annotator", 0, 0, G_OPTION_ARG_STRING_ARRAY, &annotators,
      N_("From a database file: import this annotator's layer (name, UUID or id; repeatable; "
         "default: the database's own user)"), N_("NAME|UUID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean ok;

  if (!qc_cli_parse_options ("import-annotations", _("FILE"),
                             _("Read a Quotecheck JSON export (a colleague's annotations; “-” reads standard "
                               "input), or a colleague's Quotecheck database (their own layer, or those named with "
                               "--annotator), into the database. Articles are matched by their text, speakers by name; "
                               "claims keep their UUIDs, so importing a file twice changes nothing."),
                             entries, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 2)
    return qc_cli_usage_error (synopsis, _("no FILE given"));
  if (argc > 2)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  store = qc_cli_open_store (db, &error);
  if (store == NULL)
    return qc_cli_fail (error->message);

  if (strcmp (argv[1], "-") != 0 && qc_annotations_is_database_file (argv[1]))
    {
      results = qc_annotations_import_database (store, argv[1], (const char * const *) annotators, &error);
      ok = results != NULL;
    }
  else
    {
      QcAnnotationImport *result = NULL;

      if (annotators != NULL)
        return qc_cli_usage_error (synopsis, _("--annotator is for a database file; a JSON export has one annotator"));
      if (strcmp (argv[1], "-") == 0)
        {
          g_autofree char *data = NULL;
          gsize length = 0;

          data = qc_cli_read_stdin (QC_JSON_MAX_FILE_SIZE, &length, &error);
          ok = data != NULL
               && qc_annotations_import_data (store, data, length, _("standard input"), &result, &error);
        }
      else
        ok = qc_annotations_import_file (store, argv[1], &result, &error);
      results = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_annotation_import_free);
      if (ok)
        g_ptr_array_add (results, result);
    }
  if (!ok)
    return qc_cli_fail (error->message);

  for (guint i = 0; i < results->len; i++)
    append_import_result (out, store, argv[1], g_ptr_array_index (results, i), json);
  return qc_cli_write_output (out);
}

/* Dispatch */

static const QcCliCommand commands[] = {
  { "export",
    N_("export [--db PATH] (ARTICLE | --all | --speaker SPEAKER) --format json|claimreview|webannotation|html|pdf|md|csv "
       "[-o FILE] [--annotator WHO] [--organisation NAME] [--organisation-url URL] [--review-url URL] "
       "[--paper a4|letter] [--bom]"),
    N_("Export claims as JSON, JSON-LD or a report"), run_export },
  { "import-annotations", N_("import-annotations [--db PATH] [--json] FILE.json | "
                              "import-annotations [--db PATH] [--json] [--annotator NAME|UUID]… OTHER.db"),
    N_("Import a colleague's Quotecheck JSON or database"), run_import_annotations },
};

/**
 * qc_cli_export_handles:
 * @command: the first word after the program name
 *
 * Returns: whether qc_cli_export_run() runs @command
 */
gboolean
qc_cli_export_handles (const char *command)
{
  g_return_val_if_fail (command != NULL, FALSE);

  return qc_cli_find_command (commands, G_N_ELEMENTS (commands), command) != NULL;
}

void
qc_cli_export_print_help (FILE *out)
{
  qc_cli_print_commands (out, commands, G_N_ELEMENTS (commands));
}

/**
 * qc_cli_export_run:
 * @argc: the number of arguments in @argv
 * @argv: the command and its arguments: argv[0] is "export" or
 *   "import-annotations" (the program name is not included)
 *
 * Returns: the exit status: 0 success, 1 runtime error, 2 usage error
 */
int
qc_cli_export_run (int    argc,
                   char **argv)
{
  g_return_val_if_fail (argc >= 1 && argv != NULL, QC_CLI_STATUS_USAGE);

  return qc_cli_run_command (commands, G_N_ELEMENTS (commands), argc, argv,
                             _("export … | import-annotations …"));
}
