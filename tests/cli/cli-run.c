/* cli-run.c: running quotecheck-cli ($QC_CLI) from a test, and checking
 * what it printed
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"

static const char *lsan_options;

void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/**
 * run_set_lsan_options:
 * @options: (nullable): LSAN_OPTIONS for every later run; borrowed, so it
 *   must outlive them
 *
 * Under -Db_sanitize=address, a run can be told which leaks are not ours
 * (fontconfig's configuration, which lives until exit).
 */
void
run_set_lsan_options (const char *options)
{
  lsan_options = options;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

  return g_strndup (data ? data : "", size);
}

/* Runs quotecheck-cli with @args (NULL-terminated) in the C.UTF-8 locale;
 * nothing on standard input. */
void
run_argv (Run         *run,
          const char **args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                                       | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("QC_CLI");

  if (cli == NULL)
    g_error ("QC_CLI must name the quotecheck-cli binary");
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (lsan_options != NULL)
    g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan_options, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process))
    g_error ("quotecheck-cli did not exit normally");
  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (out);
  run->err = bytes_to_string (err);
  g_test_message ("exit %d\nstdout: %.300s\nstderr: %s", run->status, run->out, run->err);
}

/* Exit 1, nothing on standard output, one line "quotecheck-cli: …"
 * naming @what. */
void
assert_one_line_error (Run        *run,
                       const char *what)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "quotecheck-cli: "));
  g_assert_nonnull (strchr (run->err, '\n'));
  g_assert_cmpstr (strchr (run->err, '\n') + 1, ==, "");
  if (strstr (run->err, what) == NULL)
    g_error ("“%s” does not say “%s”", run->err, what);
}

/* Exit 2, nothing on standard output, a usage line on standard error */
void
assert_usage (Run *run)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage: "));
}

json_object *
parse (const char *text)
{
  json_object *root = json_tokener_parse (text);

  g_assert_nonnull (root);
  return root;
}

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}
