/* test-cli-export.c: quotecheck-cli export and import-annotations
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-autocleanups.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

typedef struct
{
  char *dir;
  char *db;
  char *sample;
} Fixture;

static char *suppressions;

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

  return g_strndup (data ? data : "", size);
}

static void
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
  /* Under -Db_sanitize=address: fontconfig's configuration lives until
   * exit (the PDF export loads it); not a leak of ours. */
  if (suppressions != NULL)
    g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", suppressions, TRUE);
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

#define RUN(run, ...) run_argv ((run), (const char *[]) { __VA_ARGS__, NULL })

static void
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

static void
assert_usage (Run *run)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage: "));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qc-cli-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "desk.db", NULL);
  fixture->sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "city-council-budget.txt", NULL);
  if (!g_file_test (fixture->sample, G_FILE_TEST_EXISTS))
    return;
  RUN (&run, "import", "--db", fixture->db, "--title", "Council approves budget",
       "--url", "https://example.org/budget", fixture->sample);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\n");
}

static void
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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->sample);
}

static gboolean
have_sample (Fixture *fixture)
{
  if (!g_file_test (fixture->sample, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("data/samples/city-council-budget.txt is missing");
      return FALSE;
    }
  return TRUE;
}

static json_object *
parse (const char *text)
{
  json_object *root = json_tokener_parse (text);

  g_assert_nonnull (root);
  return root;
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "export", "--db", fixture->db);
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "export", "--db", fixture->db, "1", "--format", "docx");
  assert_usage (&run);
  g_assert_nonnull (strstr (run.err, "docx"));
  run_clear (&run);
  RUN (&run, "export", "--db", fixture->db, "1", "--all", "--format", "md");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "export", "--db", fixture->db, "1");
  assert_usage (&run);
  g_assert_nonnull (strstr (run.err, "--format"));
  run_clear (&run);
  RUN (&run, "export", "--db", fixture->db, "1", "--format", "pdf", "--paper", "a3");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "import-annotations", "--db", fixture->db);
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "export"));
  g_assert_nonnull (strstr (run.out, "import-annotations"));
}

static void
test_json_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(json_object) exported = NULL;
  g_autoptr(json_object) first = NULL;
  g_autoptr(json_object) second = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "share.json", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "colleague.db", NULL);
  json_object *value;
  int n_claims;

  if (!have_sample (fixture))
    return;

  RUN (&run, "export", "--db", fixture->db, "1", "--format", "json");
  g_assert_cmpint (run.status, ==, 0);
  exported = parse (run.out);
  g_assert_true (json_object_object_get_ex (exported, "claims", &value));
  n_claims = (int) json_object_array_length (value);
  g_assert_cmpint (n_claims, >, 0);
  g_assert_true (g_file_set_contents (file, run.out, -1, NULL));
  run_clear (&run);

  RUN (&run, "import-annotations", "--db", other, "--json", file);
  g_assert_cmpint (run.status, ==, 0);
  first = parse (run.out);
  g_assert_true (json_object_object_get_ex (first, "claims_added", &value));
  g_assert_cmpint (json_object_get_int (value), ==, n_claims);
  g_assert_true (json_object_object_get_ex (first, "articles_created", &value));
  g_assert_cmpint (json_object_get_int (value), ==, 1);
  run_clear (&run);

  RUN (&run, "import-annotations", "--db", other, "--json", file);
  g_assert_cmpint (run.status, ==, 0);
  second = parse (run.out);
  g_assert_true (json_object_object_get_ex (second, "claims_added", &value));
  g_assert_cmpint (json_object_get_int (value), ==, 0);
  g_assert_true (json_object_object_get_ex (second, "claims_unchanged", &value));
  g_assert_cmpint (json_object_get_int (value), ==, n_claims);
  run_clear (&run);

  /* The human summary */
  RUN (&run, "import-annotations", "--db", other, file);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 added"));
}

static void
test_every_format (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *formats[][2] = {
    { "json", "json" }, { "claimreview", "jsonld" }, { "webannotation", "jsonld" }, { "html", "html" },
    { "pdf", "pdf" }, { "md", "md" }, { "csv", "csv" },
  };

  if (!have_sample (fixture))
    return;
  {
    g_auto(Run) run = { 0 };

    /* ClaimReview has assessed claims only */
    RUN (&run, "claim", "set", "--db", fixture->db, "1", "--evidence", "supported", "--rating", "Accurate");
    g_assert_cmpint (run.status, ==, 0);
  }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *name = g_strdup_printf ("report-%s.%s", formats[i][0], formats[i][1]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      RUN (&run, "export", "--db", fixture->db, "1", "--format", formats[i][0], "-o", path,
           "--organisation", "Riverton Fact Desk");
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 100);
      if (strcmp (formats[i][0], "pdf") == 0)
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    }
}

static void
test_format_from_extension (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = g_build_filename (fixture->dir, "report.html", NULL);
  g_autofree char *contents = NULL;

  if (!have_sample (fixture))
    return;
  RUN (&run, "export", "--db", fixture->db, "1", "-o", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *unwritable = g_build_filename (fixture->dir, "no-such-folder", "report.html", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.json", NULL);

  if (!have_sample (fixture))
    return;
  RUN (&run, "export", "--db", fixture->db, "99", "--format", "md");
  assert_one_line_error (&run, "99");
  run_clear (&run);

  RUN (&run, "export", "--db", fixture->db, "1", "-o", unwritable);
  assert_one_line_error (&run, "folder does not exist");
  g_assert_nonnull (strstr (run.err, "report.html"));
  run_clear (&run);

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"quotecheck\", \"version\": 1, \"speak", -1, NULL));
  RUN (&run, "import-annotations", "--db", fixture->db, bad);
  assert_one_line_error (&run, "ends too early");
  run_clear (&run);

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"quotecheck\", \"version\": 7}", -1, NULL));
  RUN (&run, "import-annotations", "--db", fixture->db, bad);
  assert_one_line_error (&run, "version 7");
  run_clear (&run);

  RUN (&run, "export", "--db", fixture->db, "--speaker", "Nobody At All", "--format", "md");
  assert_one_line_error (&run, "Nobody At All");
}

static void
test_all_and_speaker (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  if (!have_sample (fixture))
    return;
  RUN (&run, "claim", "set", "--db", fixture->db, "1", "--speaker", "Test Speaker");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  RUN (&run, "export", "--db", fixture->db, "--speaker", "Test Speaker", "--format", "md");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "# Claims by Test Speaker\n"));
  run_clear (&run);

  RUN (&run, "export", "--db", fixture->db, "--all", "--format", "csv", "--bom");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "\xEF\xBB\xBF" "number,"));
  run_clear (&run);

  RUN (&run, "export", "--db", fixture->db, "--all", "--format", "md", "--annotator", "all");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "# Claims in 1 article\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  {
    g_autofree char *file = NULL;
    int fd = g_file_open_tmp ("qc-lsan-XXXXXX.supp", &file, NULL);

    if (fd >= 0)
      {
        close (fd);
        if (g_file_set_contents (file, "leak:libfontconfig.so\n", -1, NULL))
          suppressions = g_strdup_printf ("suppressions=%s", file);
      }
  }

#define ADD(path, func) g_test_add ("/qc/cli-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("usage", test_usage);
  ADD ("json-round-trip", test_json_round_trip);
  ADD ("every-format", test_every_format);
  ADD ("format-from-extension", test_format_from_extension);
  ADD ("errors", test_errors);
  ADD ("all-and-speaker", test_all_and_speaker);
#undef ADD

  {
    int status = g_test_run ();

    if (suppressions != NULL)
      g_unlink (suppressions + strlen ("suppressions="));
    g_free (suppressions);
    return status;
  }
}
