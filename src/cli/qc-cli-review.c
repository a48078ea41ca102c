/* qc-cli-review.c: the agreement and compare commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   agreement (ARTICLE | --all) --annotators A,B [--json] [--db PATH]
 *       how far two annotators of the database agree
 *   compare A.json B.json [--json]
 *       the same figures for two export files, without a database
 *
 * A is the reference (precision = matched / B's claims). The figures and
 * the JSON document are described in docs/review.md.
 *
 * Exit status: 0 success, 1 runtime error (one line on stderr), 2 usage.
 */

#define G_LOG_DOMAIN "qc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-agreement.h"
#include "qc-autocleanups.h"
#include "qc-cli-common.h"
#include "qc-cli-review.h"
#include "qc-store-review.h"
#include "qc-store.h"

static int
print_agreement (QcAgreement *agreement,
                 gboolean     json)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (json)
    {
      g_autoptr(json_object) root = qc_agreement_to_json (agreement);

      qc_cli_append_json (out, root);
    }
  else
    qc_agreement_append_text (agreement, out);
  return qc_cli_write_output (out);
}

/* agreement */

/* "A,B", or two --annotators options */
static gboolean
split_annotators (char       **values,
                  GPtrArray   *names)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_autofree char *name = g_strstrip (g_strdup (parts[k]));

          if (*name == '\0')
            return FALSE;
          g_ptr_array_add (names, g_steal_pointer (&name));
        }
    }
  return names->len == 2;
}

static int
run_agreement (const char  *synopsis,
               int          argc,
               char       **argv)
{
  g_autofree char *db = NULL;
  g_auto(GStrv) annotators = NULL;
  gboolean all = FALSE;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db,
      N_("Use the database at PATH (default: ~/.local/share/quotecheck/quotecheck.db)"), N_("PATH") },
    { "annotators", 0, 0, G_OPTION_ARG_STRING_ARRAY, &annotators,
      N_("The two annotators, A (the reference) and B: names, UUIDs or ids, comma-separated"), N_("A,B") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Every article both annotated, one by one and pooled"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(QcStore) store = NULL;
  g_autoptr(QcAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  gint64 article_id = 0;
  gint64 a, b;

  if (!qc_cli_parse_options ("agreement", _("ARTICLE | --all"),
                             _("How far two annotators agree on an article (or on every article both annotated): "
                               "span precision, recall and F1 (exact and overlap, A as the reference), speaker and "
                               "kind agreement on paired claims, Cohen's kappa on the evidence state, and the claims "
                               "only one has. ARTICLE is a row id or a UUID."),
                             entries, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc > 2)
    return qc_cli_usage_error (synopsis, _("too many arguments"));
  if ((argc == 2) == all)
    return qc_cli_usage_error (synopsis, _("give one ARTICLE or --all"));
  if (annotators == NULL)
    return qc_cli_usage_error (synopsis, _("--annotators A,B is needed"));
  if (!split_annotators (annotators, names))
    return qc_cli_usage_error (synopsis, _("--annotators takes exactly two annotators: A,B"));

  store = qc_cli_open_store (db, &error);
  if (store == NULL)
    return qc_cli_fail (error->message);
  a = qc_store_find_annotator (store, g_ptr_array_index (names, 0), &error);
  if (a == 0)
    return qc_cli_fail (error->message);
  b = qc_store_find_annotator (store, g_ptr_array_index (names, 1), &error);
  if (b == 0)
    return qc_cli_fail (error->message);
  if (!all)
    {
      article_id = qc_store_find_article (store, argv[1], &error);
      if (article_id == 0)
        return qc_cli_fail (error->message);
    }

  agreement = qc_agreement_compute (store, article_id, a, b, &error);
  if (agreement == NULL)
    return qc_cli_fail (error->message);
  if (agreement->articles->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s and %s have no article they both annotated"),
                                                  agreement->name_a, agreement->name_b);

      return qc_cli_fail (message);
    }
  return print_agreement (agreement, json);
}

/* compare */

static int
run_compare (const char  *synopsis,
             int          argc,
             char       **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(QcAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  if (!qc_cli_parse_options ("compare", _("A.json B.json"),
                             _("The agreement figures of two Quotecheck JSON exports (two annotators' claims on the "
                               "same articles), without a database. A is the reference. Articles are matched by "
                               "their text, then by UUID or URL."),
                             entries, &argc, &argv, synopsis))
    return QC_CLI_STATUS_USAGE;
  if (argc < 3)
    return qc_cli_usage_error (synopsis, _("two files are needed: A.json B.json"));
  if (argc > 3)
    return qc_cli_usage_error (synopsis, _("too many arguments"));

  agreement = qc_agreement_compare_files (argv[1], argv[2], &error);
  if (agreement == NULL)
    return qc_cli_fail (error->message);
  return print_agreement (agreement, json);
}

/* Dispatch */

static const QcCliCommand commands[] = {
  { "agreement", N_("agreement [--db PATH] [--json] --annotators A,B (ARTICLE | --all)"),
    N_("How far two annotators agree (span F1, speaker, kind, evidence kappa)"), run_agreement },
  { "compare", N_("compare [--json] A.json B.json"),
    N_("The agreement of two Quotecheck JSON exports, without a database"), run_compare },
};

/**
 * qc_cli_review_handles:
 * @command: the first word after the program name
 *
 * Returns: whether qc_cli_review_run() runs @command
 */
gboolean
qc_cli_review_handles (const char *command)
{
  g_return_val_if_fail (command != NULL, FALSE);

  return qc_cli_find_command (commands, G_N_ELEMENTS (commands), command) != NULL;
}

void
qc_cli_review_print_help (FILE *out)
{
  qc_cli_print_commands (out, commands, G_N_ELEMENTS (commands));
}

/**
 * qc_cli_review_run:
 * @argc: the number of arguments in @argv
 * @argv: the command and its arguments: argv[0] is "agreement" or
 *   "compare" (the program name is not included)
 *
 * Returns: the exit status: 0 success, 1 runtime error, 2 usage error
 */
int
qc_cli_review_run (int    argc,
                   char **argv)
{
  g_return_val_if_fail (argc >= 1 && argv != NULL, QC_CLI_STATUS_USAGE);

  return qc_cli_run_command (commands, G_N_ELEMENTS (commands), argc, argv,
                             _("agreement … | compare …"));
}
