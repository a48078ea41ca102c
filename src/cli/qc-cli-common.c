/* qc-cli-common.c: what every command file of quotecheck-cli shares
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "qc-cli-common.h"

/**
 * qc_cli_fail:
 * @message: what went wrong, one line
 *
 * Prints "quotecheck-cli: @message" on standard error.
 *
 * Returns: %QC_CLI_STATUS_ERROR
 */
int
qc_cli_fail (const char *message)
{
  fprintf (stderr, "%s: %s\n", QC_CLI_PROGRAM, message);
  return QC_CLI_STATUS_ERROR;
}

/**
 * qc_cli_usage_error:
 * @synopsis: the command's synopsis, translated
 * @message: (nullable): what is wrong with the command line
 *
 * Prints @message, if any, and the usage line on standard error.
 *
 * Returns: %QC_CLI_STATUS_USAGE
 */
int
qc_cli_usage_error (const char *synopsis,
                    const char *message)
{
  if (message != NULL)
    fprintf (stderr, "%s: %s\n", QC_CLI_PROGRAM, message);
  fprintf (stderr, _("Usage: %s %s\n"), QC_CLI_PROGRAM, synopsis);
  return QC_CLI_STATUS_USAGE;
}

/**
 * qc_cli_parse_options:
 * @command: the command's name, shown in its --help
 * @parameters: (nullable): what follows the options in --help's "Usage:" line
 * @summary: the command's --help text
 * @entries: the command's options
 * @argc: the command's argument count, updated
 * @argv: the command's arguments (argv[0] is the command), updated
 * @synopsis: the command's synopsis, translated, for the usage error
 *
 * Parses a command's options; --help prints the command's help and exits.
 *
 * Returns: %FALSE on a bad command line, after printing a usage error
 */
gboolean
qc_cli_parse_options (const char    *command,
                      const char    *parameters,
                      const char    *summary,
                      GOptionEntry  *entries,
                      int           *argc,
                      char        ***argv,
                      const char    *synopsis)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("%s %s", QC_CLI_PROGRAM, command);

  context = g_option_context_new (parameters);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  /* GOption prints the program name in the help's "Usage:" line. */
  g_set_prgname (prgname);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_set_prgname (QC_CLI_PROGRAM);
      qc_cli_usage_error (synopsis, error->message);
      return FALSE;
    }
  g_set_prgname (QC_CLI_PROGRAM);
  return TRUE;
}

/* A failed write (a full disk, a closed pipe) is an error, so that a
 * truncated document is never mistaken for a whole one. Empty bytes may
 * have no data pointer, which fwrite() must not be given. */
static int
write_data (const char *data,
            gsize       length)
{
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("cannot write the output: %s"),
                                                  g_strerror (errno));

      return qc_cli_fail (message);
    }
  return QC_CLI_STATUS_OK;
}

/**
 * qc_cli_write_output:
 * @out: what to print
 *
 * Writes @out to standard output and flushes it.
 *
 * Returns: %QC_CLI_STATUS_OK, or %QC_CLI_STATUS_ERROR after printing why
 */
int
qc_cli_write_output (GString *out)
{
  return write_data (out->str, out->len);
}

/**
 * qc_cli_write_bytes:
 * @bytes: what to print
 *
 * qc_cli_write_output() for a #GBytes.
 *
 * Returns: %QC_CLI_STATUS_OK, or %QC_CLI_STATUS_ERROR after printing why
 */
int
qc_cli_write_bytes (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return write_data (data, length);
}

/**
 * qc_cli_append_json:
 * @out: where to append
 * @root: the document
 *
 * Appends @root as one line of JSON, "/" unescaped.
 */
void
qc_cli_append_json (GString     *out,
                    json_object *root)
{
  g_string_append (out, json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN
                                                              | JSON_C_TO_STRING_NOSLASHESCAPE));
  g_string_append_c (out, '\n');
}

/**
 * qc_cli_append_cell:
 * @out: where to append
 * @str: valid UTF-8
 * @length: the length of @str in bytes
 * @width: the column's width in characters
 * @pad: whether to pad @str to @width
 *
 * Appends @str padded with spaces to @width characters, or cut to @width
 * characters ending in "…"; newlines and tabs become spaces, so that a
 * table row stays one line.
 */
void
qc_cli_append_cell (GString    *out,
                    const char *str,
                    gsize       length,
                    guint       width,
                    gboolean    pad)
{
  const char *end = str + length;
  guint n = 0;

  for (const char *p = str; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n + 1 == width && g_utf8_next_char (p) < end)
        {
          g_string_append (out, "…");
          n++;
          break;
        }
      if (c == '\n' || c == '\t' || c == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
      n++;
    }
  for (; pad && n < width; n++)
    g_string_append_c (out, ' ');
}

/**
 * qc_cli_read_stdin:
 * @max_length: stop reading once past this many bytes
 * @length: (out): the length of the result in bytes
 * @error: set when standard input cannot be read
 *
 * Reads standard input to its end, or until it is longer than
 * @max_length: the caller rejects a document that long, and need not
 * hold the rest of it.
 *
 * Returns: (transfer full) (nullable): what was read, NUL-terminated, or
 *   %NULL with @error set
 */
char *
qc_cli_read_stdin (gsize    max_length,
                   gsize   *length,
                   GError **error)
{
  GString *data = g_string_new (NULL);
  char buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_string_append_len (data, buffer, n);
      if (data->len > max_length)
        break;
    }
  if (ferror (stdin))
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   _("Could not read standard input: %s"), g_strerror (errno));
      g_string_free (data, TRUE);
      return NULL;
    }
  *length = data->len;
  return g_string_free (data, FALSE);
}

/**
 * qc_cli_find_command:
 * @commands: a file's commands
 * @n_commands: how many
 * @name: the first word after the program name
 *
 * Returns: (nullable) (transfer none): the command called @name
 */
const QcCliCommand *
qc_cli_find_command (const QcCliCommand *commands,
                     guint               n_commands,
                     const char         *name)
{
  for (guint i = 0; i < n_commands; i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

/**
 * qc_cli_print_commands:
 * @out: where to print
 * @commands: a file's commands
 * @n_commands: how many
 *
 * Prints a line a command, name and summary, for the program's --help.
 */
void
qc_cli_print_commands (FILE               *out,
                       const QcCliCommand *commands,
                       guint               n_commands)
{
  for (guint i = 0; i < n_commands; i++)
    fprintf (out, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
}

/**
 * qc_cli_run_command:
 * @commands: a file's commands
 * @n_commands: how many
 * @argc: the number of arguments in @argv
 * @argv: the command and its arguments (argv[0] is the command)
 * @synopsis: the usage line when @argv[0] is none of @commands
 *
 * Returns: the command's exit status
 */
int
qc_cli_run_command (const QcCliCommand  *commands,
                    guint                n_commands,
                    int                  argc,
                    char               **argv,
                    const char          *synopsis)
{
  const QcCliCommand *command = qc_cli_find_command (commands, n_commands, argv[0]);

  if (command == NULL)
    return qc_cli_usage_error (synopsis, NULL);
  return command->run (_(command->synopsis), argc, argv);
}

#ifdef QC_CLI_HELPER

/**
 * qc_cli_open_store:
 * @db: (nullable): the --db option: the database's path
 * @error: set when the database cannot be opened
 *
 * Opens @db, or without it the user's default database.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
QcStore *
qc_cli_open_store (const char  *db,
                   GError     **error)
{
  g_autofree char *path = db != NULL ? g_strdup (db) : qc_store_dup_default_path ();

  return qc_store_open (path, error);
}

#endif /* QC_CLI_HELPER */
