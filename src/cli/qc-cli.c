/* qc-cli.c: quotecheck-cli, the command-line front end of libqc-core
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built twice. quotecheck-cli links only the detection engine (GLib and
 * json-c) and runs detect and eval itself; for every other command (and
 * --help) it executes quotecheck-cli-store, the same file built with
 * QC_CLI_HELPER and linked with the whole of libqc-core. So detect loads
 * no SQLite, libxml2, Pango or Cairo, which would be most of a short run.
 */

#define G_LOG_DOMAIN "qc-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-autocleanups.h"
#include "qc-cli-common.h"
#ifdef QC_CLI_HELPER
#include "qc-cli-export.h"
#include "qc-cli-review.h"
#include "qc-cli-store.h"
#endif
#include "qc-detect.h"
#include "qc-detection-json.h"
#include "qc-eval.h"

#define HELPER_PROGRAM "quotecheck-cli-store"

#define TEXT_COLUMN_CHARS 60
#define SPEAKER_COLUMN_MAX 24

/* The program's own usage errors (no command, an unknown one, detect's
 * and eval's) end with a pointer to --help; a command file's do not. */
static int
print_help_hint (void)
{
  fprintf (stderr, _("Try “%s --help” for more information.\n"), QC_CLI_PROGRAM);
  return QC_CLI_STATUS_USAGE;
}

static int
usage_error (const char *synopsis,
             const char *message)
{
  qc_cli_usage_error (synopsis, message);
  return print_help_hint ();
}

static void
append_detection_table (GString     *out,
                        QcDetection *detection)
{
  QcText *text = qc_detection_get_text (detection);
  const char *data = qc_text_get_data (text);
  guint n_claims = qc_detection_get_n_claims (detection);
  guint n_speakers = qc_detection_get_n_speakers (detection);
  guint speaker_width = (guint) strlen (_("SPEAKER"));
  guint span_width = (guint) strlen (_("SPAN"));

  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (detection, i);

      speaker_width = MAX (speaker_width, (guint) g_utf8_strlen (speaker->name, -1));
    }
  speaker_width = MIN (speaker_width, SPEAKER_COLUMN_MAX);
  if (n_claims > 0)
    {
      g_autofree char *widest = g_strdup_printf ("%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                                                 qc_text_get_n_chars (text),
                                                 qc_text_get_n_chars (text));
      span_width = MAX (span_width, (guint) strlen (widest));
    }

  g_string_append_printf (out, ngettext ("%u claim\n", "%u claims\n", n_claims), n_claims);
  if (n_claims > 0)
    {
      qc_cli_append_cell (out, _("KIND"), strlen (_("KIND")), 9, TRUE);
      g_string_append_c (out, ' ');
      qc_cli_append_cell (out, _("SPAN"), strlen (_("SPAN")), span_width, TRUE);
      g_string_append_c (out, ' ');
      qc_cli_append_cell (out, _("SPEAKER"), strlen (_("SPEAKER")), speaker_width, TRUE);
      g_string_append_c (out, ' ');
      qc_cli_append_cell (out, _("CONF"), strlen (_("CONF")), 4, TRUE);
      g_string_append_c (out, ' ');
      g_string_append (out, _("TEXT"));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      g_autofree char *span = g_strdup_printf ("%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                                               claim->start, claim->end);
      gsize start = qc_text_char_to_byte (text, claim->start);
      gsize end = qc_text_char_to_byte (text, claim->end);
      const char *speaker = "-";

      if (claim->speaker >= 0 && (guint) claim->speaker < n_speakers)
        speaker = qc_detection_get_speaker (detection, (guint) claim->speaker)->name;

      qc_cli_append_cell (out, qc_claim_kind_to_string (claim->kind),
                          strlen (qc_claim_kind_to_string (claim->kind)), 9, TRUE);
      g_string_append_c (out, ' ');
      g_string_append_printf (out, "%-*s ", (int) span_width, span);
      qc_cli_append_cell (out, speaker, strlen (speaker), speaker_width, TRUE);
      g_string_append_printf (out, " %.2f ", claim->confidence);
      qc_cli_append_cell (out, data + start, end - start, TEXT_COLUMN_CHARS, FALSE);
      g_string_append_c (out, '\n');
    }

  g_string_append_c (out, '\n');
  g_string_append_printf (out, ngettext ("%u speaker\n", "%u speakers\n", n_speakers), n_speakers);
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (detection, i);
      const char *kind = qc_speaker_kind_to_string (speaker->kind);

      qc_cli_append_cell (out, speaker->name, strlen (speaker->name), speaker_width, TRUE);
      g_string_append_c (out, ' ');
      qc_cli_append_cell (out, kind, strlen (kind), 12, TRUE);
      if (speaker->role != NULL)
        {
          g_string_append (out, " ");
          qc_cli_append_cell (out, speaker->role, strlen (speaker->role), 40, FALSE);
        }
      if (speaker->aliases != NULL && speaker->aliases[0] != NULL)
        {
          g_autofree char *aliases = g_strjoinv (", ", speaker->aliases);

          g_string_append (out, speaker->role != NULL ? "; " : " ");
          g_string_append_printf (out, _("also “%s”"), aliases);
        }
      g_string_append_c (out, '\n');
    }
}

static QcText *
load_text (const char  *path,
           GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  guint8 buffer[65536];
  gsize n;

  if (strcmp (path, "-") != 0)
    return qc_text_new_from_file (path, error);

  bytes = g_byte_array_new ();
  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_byte_array_append (bytes, buffer, (guint) n);
  if (ferror (stdin))
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   _("cannot read standard input: %s"), g_strerror (errno));
      return NULL;
    }
  return qc_text_new ((const char *) bytes->data, (gssize) bytes->len,
                      _("standard input"), error);
}

static int
run_detect (const char  *synopsis,
            int          argc,
            char       **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the claims and speakers as JSON"), NULL },
    { NULL }
  };
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;

  if (!qc_cli_parse_options ("detect", _("FILE"),
                             _("Find the quotes and reported claims in FILE and who made them.\n"
                               "FILE is a UTF-8 text; “-” reads standard input."),
                             entries, &argc, &argv, synopsis))
    return print_help_hint ();
  if (argc < 2)
    return usage_error (synopsis, _("no FILE given"));
  if (argc > 2)
    return usage_error (synopsis, _("too many arguments"));

  text = load_text (argv[1], &error);
  if (text == NULL)
    return qc_cli_fail (error->message);

  detection = qc_detect (text);
  if (json)
    {
      /* Written as it is printed, a piece at a time: a json-c tree of a
       * novel's claims would cost more than finding them, and the whole
       * document in memory would be about the size of the input. */
      if (!qc_detection_write_json (detection, stdout, &error) ||
          fputc ('\n', stdout) == EOF || fflush (stdout) != 0)
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("cannot write the output: %s"),
                                     error != NULL ? error->message : g_strerror (errno));
          return qc_cli_fail (message);
        }
      return QC_CLI_STATUS_OK;
    }

  out = g_string_new (NULL);
  append_detection_table (out, detection);
  return qc_cli_write_output (out);
}

/* Eval */

static void
append_document_row (GString            *out,
                     const char         *name,
                     const QcEvalScores *scores)
{
  const QcEvalCounts *quoted = &scores->counts[QC_EVAL_CATEGORY_QUOTED];
  const QcEvalCounts *indirect = &scores->counts[QC_EVAL_CATEGORY_INDIRECT];
  guint correct, total;
  double accuracy = qc_eval_scores_speaker_accuracy (scores, QC_EVAL_MATCH_OVERLAP,
                                                     &correct, &total);
  g_autofree char *speaker = g_strdup_printf ("%.3f (%u/%u)", accuracy, correct, total);

  qc_cli_append_cell (out, name, strlen (name), 32, TRUE);
  g_string_append_printf (out, " %5u %5u %8.3f %5u %5u %8.3f  %s\n",
                          quoted->n_gold, quoted->n_predicted,
                          qc_eval_counts_f1 (quoted, QC_EVAL_MATCH_EXACT),
                          indirect->n_gold, indirect->n_predicted,
                          qc_eval_counts_f1 (indirect, QC_EVAL_MATCH_OVERLAP),
                          speaker);
}

static json_object *
document_to_json (const char         *name,
                  const char         *article,
                  const char         *gold,
                  const QcEvalScores *scores)
{
  json_object *obj = json_object_new_object ();

  json_object_object_add (obj, "name", json_object_new_string (name));
  json_object_object_add (obj, "article", json_object_new_string (article));
  json_object_object_add (obj, "gold", json_object_new_string (gold));
  json_object_object_add (obj, "scores", qc_eval_scores_to_json (scores));
  return obj;
}

static char *
stem_of (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The articles (*.txt) of @articles_dir that have a gold file
 * (<stem>.json) in @gold_dir, sorted by name. */
static GPtrArray *
list_pairs (const char  *articles_dir,
            const char  *gold_dir,
            GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (articles_dir, 0, error);
  if (dir == NULL)
    return NULL;
  if (!g_file_test (gold_dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("%s is not a folder"), gold_dir);
      return NULL;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *gold = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      stem = stem_of (name);
      gold = g_strconcat (gold_dir, G_DIR_SEPARATOR_S, stem, ".json", NULL);
      if (g_file_test (gold, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (stems, g_steal_pointer (&stem));
    }
  g_ptr_array_sort (stems, compare_strings);
  return g_steal_pointer (&stems);
}

static int
run_eval (const char  *synopsis,
          int          argc,
          char       **argv)
{
  gboolean json = FALSE;
  gboolean dir_mode = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the scores as JSON"), NULL },
    { "dir", 0, 0, G_OPTION_ARG_NONE, &dir_mode,
      N_("Score every ARTICLES_DIR/NAME.txt that has a GOLD_DIR/NAME.json"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) golds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(json_object) documents = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  QcEvalScores total = { 0, };

  if (!qc_cli_parse_options ("eval", _("ARTICLE GOLD | --dir ARTICLES_DIR GOLD_DIR"),
                             _("Score detection against gold annotations (shared/corpus/README.md,\n"
                               "“Gold format”): precision, recall and F1 per kind with exact and\n"
                               "overlap (IoU >= 0.5) matching, and speaker accuracy."),
                             entries, &argc, &argv, synopsis))
    return print_help_hint ();
  if (argc < 3)
    return usage_error (synopsis, dir_mode ? _("ARTICLES_DIR and GOLD_DIR are needed")
                                           : _("ARTICLE and GOLD are needed"));
  if (argc > 3)
    return usage_error (synopsis, _("too many arguments"));

  if (dir_mode)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) stems = list_pairs (argv[1], argv[2], &error);

      if (stems == NULL)
        return qc_cli_fail (error->message);
      if (stems->len == 0)
        {
          g_autofree char *message = g_strdup_printf (_("no article in %s has a gold file in %s"),
                                                      argv[1], argv[2]);
          return qc_cli_fail (message);
        }
      for (guint i = 0; i < stems->len; i++)
        {
          const char *stem = g_ptr_array_index (stems, i);

          g_ptr_array_add (names, g_strdup (stem));
          g_ptr_array_add (articles, g_strconcat (argv[1], G_DIR_SEPARATOR_S, stem, ".txt", NULL));
          g_ptr_array_add (golds, g_strconcat (argv[2], G_DIR_SEPARATOR_S, stem, ".json", NULL));
        }
    }
  else
    {
      g_ptr_array_add (names, stem_of (argv[1]));
      g_ptr_array_add (articles, g_strdup (argv[1]));
      g_ptr_array_add (golds, g_strdup (argv[2]));
    }

  documents = json_object_new_array ();
  if (!json)
    {
      qc_cli_append_cell (out, _("document"), strlen (_("document")), 32, TRUE);
      g_string_append_printf (out, " %5s %5s %8s %5s %5s %8s  %s\n",
                              _("d+p"), _("pred"), _("exact F1"),
                              _("ind"), _("pred"), _("ovl F1"), _("speaker"));
    }
  for (guint i = 0; i < articles->len; i++)
    {
      g_autoptr(GError) error = NULL;
      QcEvalScores scores = { 0, };

      if (!qc_eval_scores_add_files (&scores, g_ptr_array_index (articles, i),
                                     g_ptr_array_index (golds, i), &error))
        return qc_cli_fail (error->message);
      qc_eval_scores_add (&total, &scores);
      if (json)
        json_object_array_add (documents,
                               document_to_json (g_ptr_array_index (names, i),
                                                 g_ptr_array_index (articles, i),
                                                 g_ptr_array_index (golds, i),
                                                 &scores));
      else
        append_document_row (out, g_ptr_array_index (names, i), &scores);
    }

  if (json)
    {
      g_autoptr(json_object) root = json_object_new_object ();

      json_object_object_add (root, "documents", g_steal_pointer (&documents));
      json_object_object_add (root, "total", qc_eval_scores_to_json (&total));
      qc_cli_append_json (out, root);
    }
  else
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, ngettext ("Total over %u document (micro-averaged):\n",
                                             "Total over %u documents (micro-averaged):\n",
                                             total.n_documents),
                              total.n_documents);
      qc_eval_scores_append_table (&total, out);
    }
  return qc_cli_write_output (out);
}

static const QcCliCommand commands[] = {
  { "detect", N_("detect [--json] FILE"),
    N_("Find quotes, reported claims and their speakers in FILE (“-”: standard input)"),
    run_detect },
  { "eval", N_("eval [--json] ARTICLE GOLD | eval [--json] --dir ARTICLES_DIR GOLD_DIR"),
    N_("Score detection against gold annotations"),
    run_eval },
};

#ifdef QC_CLI_HELPER

static void
print_help (FILE *stream)
{
  g_autofree char *hint = NULL;

  fprintf (stream, _("Usage: %s COMMAND [OPTION…] ARGUMENTS\n"), QC_CLI_PROGRAM);
  fprintf (stream, "\n%s\n", _("Quotecheck finds quotes and reported claims in news articles and who made them."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-8s %s\n      %s %s\n", commands[i].name, _(commands[i].summary),
             QC_CLI_PROGRAM, _(commands[i].synopsis));
  qc_cli_store_print_help (stream);
  qc_cli_export_print_help (stream);
  qc_cli_review_print_help (stream);
  fprintf (stream, "\n%s\n", _("Options:"));
  fprintf (stream, "  -h, --help     %s\n", _("Show this help"));
  fprintf (stream, "  --version      %s\n", _("Show the version"));
  fprintf (stream, "\n");
  hint = g_strdup_printf (_("Run “%s COMMAND --help” for the options of a command."),
                          QC_CLI_PROGRAM);
  fprintf (stream, "%s\n", hint);
  fprintf (stream, "%s\n", _("Exit status: 0 on success, 1 when the input cannot be read or is invalid, 2 on a usage error."));
}

#else /* !QC_CLI_HELPER */

/* Replaces this process with quotecheck-cli-store and the same @argv; it
 * is looked for next to this program (the build tree), then in the
 * libexec directory. Returns only on failure. */
static int
run_helper (char **argv)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *helper = NULL;
  g_autofree char *message = NULL;

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);

      helper = g_build_filename (dir, HELPER_PROGRAM, NULL);
      if (!g_file_test (helper, G_FILE_TEST_IS_EXECUTABLE))
        g_clear_pointer (&helper, g_free);
    }
  if (helper == NULL)
    helper = g_build_filename (QC_CLI_LIBEXECDIR, HELPER_PROGRAM, NULL);

  fflush (stdout);
  execv (helper, argv);
  message = g_strdup_printf (_("cannot run %s: %s"), helper, g_strerror (errno));
  return qc_cli_fail (message);
}

#endif /* QC_CLI_HELPER */

int
main (int   argc,
      char *argv[])
{
  const QcCliCommand *command;
  const char *name;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (QC_CLI_PROGRAM);

  if (argc < 2)
    return usage_error (_("COMMAND [OPTION…] ARGUMENTS"), _("no command given"));

  name = argv[1];
#ifdef QC_CLI_HELPER
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 ||
      strcmp (name, "-?") == 0 || strcmp (name, "help") == 0)
    {
      print_help (stdout);
      return fflush (stdout) == 0 ? QC_CLI_STATUS_OK : QC_CLI_STATUS_ERROR;
    }
#endif
  if (strcmp (name, "--version") == 0)
    {
      printf ("%s %s\n", QC_CLI_PROGRAM, PACKAGE_VERSION);
      return fflush (stdout) == 0 ? QC_CLI_STATUS_OK : QC_CLI_STATUS_ERROR;
    }

  command = qc_cli_find_command (commands, G_N_ELEMENTS (commands), name);
  if (command != NULL)
    return command->run (_(command->synopsis), argc - 1, argv + 1);

#ifndef QC_CLI_HELPER
  /* The help, the database, export and review commands and the unknown
   * ones: all answered by the helper. */
  return run_helper (argv);
#else
  if (qc_cli_store_handles (name))
    return qc_cli_store_run (argc - 1, argv + 1);
  if (qc_cli_export_handles (name))
    return qc_cli_export_run (argc - 1, argv + 1);
  if (qc_cli_review_handles (name))
    return qc_cli_review_run (argc - 1, argv + 1);

  {
    g_autofree char *message = NULL;

    if (name[0] == '-')
      message = g_strdup_printf (_("unknown option “%s”"), name);
    else
      message = g_strdup_printf (_("unknown command “%s”"), name);
    return usage_error (_("COMMAND [OPTION…] ARGUMENTS"), message);
  }
#endif
}
