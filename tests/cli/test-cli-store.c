/* test-cli-store.c: the database commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the program named by $QC_STORE_CLI (quotecheck-cli) against a
 * database in a temporary folder.
 */

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-c/json.h>
#include <string.h>

static const char article_text[] =
  "Rain delays the harbour bridge\n"
  "\n"
  "The city council said on Monday that the harbour bridge would open in May.\n"
  "\n"
  "“We will not cut corners on safety,” said Mayor Jane Porter.\n"
  "\n"
  "“It was a wet year,” Baker told reporters.\n";

typedef struct
{
  char *dir;
  char *db;
  char *article;
} Fixture;

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

/* Runs the CLI with @args (NULL-terminated), --db added after the command
 * words, standard input from @input. */
static void
run_cli (Fixture     *f,
         Run         *run,
         const char  *input,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("QC_STORE_CLI");
  const char *arg;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE
                                        | (input ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0));
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (g_getenv ("QC_STORE_CLI") == NULL)
    return;
  f->dir = g_dir_make_tmp ("qc-cli-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "cli.db", NULL);
  f->article = g_build_filename (f->dir, "bridge.txt", NULL);
  g_file_set_contents (f->article, article_text, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GDir *dir;
  const char *name;

  if (f->dir == NULL)
    return;
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->article);
}

static gboolean
skip_without_cli (void)
{
  if (g_getenv ("QC_STORE_CLI") != NULL)
    return FALSE;
  g_test_skip ("QC_STORE_CLI is not set");
  return TRUE;
}

static json_object *
parse_json (const char *text)
{
  json_object *root = json_tokener_parse (text);

  g_assert_nonnull (root);
  return root;
}

static void
test_import_and_list (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  json_object *root;
  json_object *item;
  json_object *value;

  if (skip_without_cli ())
    return;

  run_cli (f, &run, NULL, "import", "--outlet", "Gazette", "--date", "2026-01-15", f->article, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\n");
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  /* The same body again: the same article. */
  run_cli (f, &run, NULL, "import", "--json", f->article, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  item = json_object_array_get_idx (root, 0);
  g_assert_true (json_object_object_get_ex (item, "status", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "existing");
  g_assert_true (json_object_object_get_ex (item, "id", &value));
  g_assert_cmpint (json_object_get_int64 (value), ==, 1);
  json_object_put (root);
  run_clear (&run);

  /* From standard input, as HTML */
  run_cli (f, &run, "<html><body><article><p>“Yes,” she said.</p></article></body></html>", "import", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2\n");
  run_clear (&run);

  run_cli (f, &run, NULL, "articles", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_cmpuint (json_object_array_length (root), ==, 2);
  item = json_object_array_get_idx (root, 1);
  g_assert_true (json_object_object_get_ex (item, "outlet", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "Gazette");
  g_assert_true (json_object_object_get_ex (item, "published_at", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "2026-01-15");
  g_assert_true (json_object_object_get_ex (item, "title", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "Rain delays the harbour bridge");
  g_assert_true (json_object_object_get_ex (item, "source_format", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "text");
  json_object_put (root);
  run_clear (&run);

  run_cli (f, &run, NULL, "articles", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Rain delays the harbour bridge"));
}

static void
test_claims_edit_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  json_object *root;
  json_object *item;
  json_object *value;
  g_autofree char *claim = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *p = strstr (article_text, "“It was a wet year,”");

  if (skip_without_cli ())
    return;

  run_cli (f, &run, NULL, "import", f->article, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  start = g_strdup_printf ("%ld", g_utf8_pointer_to_offset (article_text, p));
  end = g_strdup_printf ("%ld", g_utf8_pointer_to_offset (article_text, p) + g_utf8_strlen ("“It was a wet year,”", -1));
  run_cli (f, &run, NULL, "claim", "add", "--speaker", "Tom Baker", "1", start, end, NULL);
  g_assert_cmpint (run.status, ==, 0);
  claim = g_strstrip (g_strdup (run.out));
  run_clear (&run);

  run_cli (f, &run, NULL, "claim", "set", claim, "--evidence", "supported", "--note", "rain gauge data",
           "--rating", "True", "--kind", "partial", "--review", "approved", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);
  run_cli (f, &run, NULL, "source", "add", claim, "https://example.org/rain", "--stance", "supports",
           "--title", "Rain record", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_cli (f, &run, NULL, "claims", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  item = NULL;
  for (size_t i = 0; i < json_object_array_length (root); i++)
    {
      json_object *c = json_object_array_get_idx (root, i);

      json_object_object_get_ex (c, "id", &value);
      if (json_object_get_int64 (value) == g_ascii_strtoll (claim, NULL, 10))
        item = c;
    }
  g_assert_nonnull (item);
  json_object_object_get_ex (item, "evidence", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "supported");
  json_object_object_get_ex (item, "note", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "rain gauge data");
  json_object_object_get_ex (item, "kind", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "partial");
  json_object_object_get_ex (item, "origin", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "manual");
  json_object_object_get_ex (item, "text", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "“It was a wet year,”");
  json_object_object_get_ex (item, "speaker", &value);
  json_object_object_get_ex (value, "name", &value);
  g_assert_cmpstr (json_object_get_string (value), ==, "Tom Baker");
  json_object_object_get_ex (item, "sources", &value);
  g_assert_cmpuint (json_object_array_length (value), ==, 1);
  json_object_put (root);
  run_clear (&run);

  /* Undo the source, then the whole "claim set" in one step */
  run_cli (f, &run, NULL, "undo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Undone: Add source\n");
  run_clear (&run);
  run_cli (f, &run, NULL, "undo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Undone: Edit claim\n");
  run_clear (&run);
  run_cli (f, &run, NULL, "claims", "1", "--json", NULL);
  g_assert_null (strstr (run.out, "rain gauge data"));
  run_clear (&run);
  run_cli (f, &run, NULL, "redo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Redone: Edit claim\n");
  run_clear (&run);

  run_cli (f, &run, NULL, "history", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_cmpuint (json_object_array_length (root), >, 3);
  json_object_put (root);
  run_clear (&run);

  run_cli (f, &run, NULL, "claim", "delete", claim, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (f, &run, NULL, "claim", "set", claim, "--note", "x", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "quotecheck-cli: "));
  g_assert_cmpuint (strchr (run.err, '\n') - run.err + 1, ==, strlen (run.err));
}

static void
test_speakers_merge (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  json_object *root;

  if (skip_without_cli ())
    return;

  run_cli (f, &run, NULL, "import", f->article, NULL);
  run_clear (&run);
  /* --speaker finds a speaker by name or adds one */
  run_cli (f, &run, NULL, "claim", "add", "--speaker", "Jane Porter", "1", "0", "4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (f, &run, NULL, "claim", "add", "--speaker", "J. Porter", "1", "5", "9", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (f, &run, NULL, "speakers", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_nonnull (strstr (run.out, "\"name\":\"J. Porter\""));
  json_object_put (root);
  run_clear (&run);

  run_cli (f, &run, NULL, "speaker", "merge", "Jane Porter", "J. Porter", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (f, &run, NULL, "speakers", "--json", NULL);
  g_assert_null (strstr (run.out, "\"name\":\"J. Porter\""));
  g_assert_nonnull (strstr (run.out, "\"J. Porter\""));   /* now an alias */
  run_clear (&run);
  run_cli (f, &run, NULL, "undo", NULL);
  g_assert_cmpstr (run.out, ==, "Undone: Merge speakers\n");
  run_clear (&run);
  run_cli (f, &run, NULL, "speaker", "merge", "Jane Porter", "Nobody At All", NULL);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *junk = NULL;

  if (skip_without_cli ())
    return;

  run_cli (f, &run, NULL, "claims", "1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);
  run_cli (f, &run, NULL, "claim", "add", "1", "x", "y", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (f, &run, NULL, "claim", "set", "1", "--evidence", "maybe", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (f, &run, NULL, "import", "--date", "15/01/2026", f->article, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_cli (f, &run, NULL, "undo", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "quotecheck-cli: Nothing to undo\n");
  run_clear (&run);
  run_cli (f, &run, NULL, "frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  /* A file that is not a database is refused and left alone */
  g_file_set_contents (f->article, "not a database", -1, NULL);
  g_free (f->db);
  f->db = g_strdup (f->article);
  run_cli (f, &run, NULL, "articles", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "not a Quotecheck database"));
  g_file_get_contents (f->article, &junk, NULL, NULL);
  g_assert_cmpstr (junk, ==, "not a database");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add ("/qc/cli-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("import-and-list", test_import_and_list);
  FIXTURE_TEST ("claims-edit-undo", test_claims_edit_undo);
  FIXTURE_TEST ("speakers-merge", test_speakers_merge);
  FIXTURE_TEST ("errors", test_errors);

  return g_test_run ();
}
