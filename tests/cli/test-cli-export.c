/* test-cli-export.c: quotecheck-cli export and import-annotations
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cli-run.h"
#include "qc-autocleanups.h"

typedef struct
{
  char *dir;
  char *db;
  char *sample;
} Fixture;

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
  char *suppressions = NULL;

  g_test_init (&argc, &argv, NULL);
  /* Under -Db_sanitize=address: fontconfig's configuration lives until
   * exit (the PDF export loads it); not a leak of ours. */
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
  run_set_lsan_options (suppressions);

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
