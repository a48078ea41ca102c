/* test-cli.c: runs the quotecheck-cli binary (path in $QC_CLI)
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "qc-autocleanups.h"

typedef struct
{
  int   status;     /* exit status; the test fails if the program crashed */
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

static const char *
cli_path (void)
{
  const char *path = g_getenv ("QC_CLI");

  if (path == NULL)
    g_error ("QC_CLI must name the quotecheck-cli binary");
  return path;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

  return g_strndup (data ? data : "", size);
}

/* Runs quotecheck-cli with @args (NULL-terminated), feeding @input (or
 * nothing) on standard input; @stdout_path redirects standard output. */
static void
run_full (Run         *run,
          const char  *input,
          gsize        input_length,
          const char  *stdout_path,
          const char **args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) in = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (stdout_path == NULL)
    flags |= G_SUBPROCESS_FLAGS_STDOUT_PIPE;
  launcher = g_subprocess_launcher_new (flags);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (stdout_path != NULL)
    g_subprocess_launcher_set_stdout_file_path (launcher, stdout_path);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  in = g_bytes_new (input ? input : "", input ? input_length : 0);
  g_subprocess_communicate (process, in, NULL, &out, &err, &error);
  g_assert_no_error (error);

  if (!g_subprocess_get_if_exited (process))
    g_error ("quotecheck-cli did not exit normally (signal %d)", g_subprocess_get_term_sig (process));
  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (out);
  run->err = bytes_to_string (err);

  /* the start of the output, cut on a character: TAP output is UTF-8 */
  head = g_utf8_make_valid (run->out, MIN ((gssize) strlen (run->out), 400));
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, head, run->err);
}

#define RUN(run, ...) run_full ((run), NULL, 0, NULL, (const char *[]) { __VA_ARGS__, NULL })

static void
assert_usage_error (Run *run)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage: "));
}

/* Exit 1, nothing on standard output, one line "quotecheck-cli: …"
 * naming @what. */
static void
assert_input_error (Run        *run,
                    const char *what)
{
  const char *newline = strchr (run->err, '\n');

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "quotecheck-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");   /* one line */
  if (what != NULL)
    g_assert_nonnull (strstr (run->err, what));
}

static json_object *
parse_json (const char *str)
{
  g_autoptr(json_tokener) tokener = json_tokener_new ();
  json_object *root = json_tokener_parse_ex (tokener, str, (int) strlen (str));

  g_assert_cmpint (json_tokener_get_error (tokener), ==, json_tokener_success);
  /* one document and a newline, nothing else */
  g_assert_true (g_str_has_suffix (str, "}\n"));
  for (const char *p = str + json_tokener_get_parse_end (tokener); *p; p++)
    g_assert_true (g_ascii_isspace (*p));
  return root;
}

static json_object *
member (json_object *obj,
        const char  *key,
        json_type    type)
{
  json_object *value = NULL;

  g_assert_true (json_object_object_get_ex (obj, key, &value));
  g_assert_cmpstr (json_type_to_name (json_object_get_type (value)), ==, json_type_to_name (type));
  return value;
}

static void
check_detect_json (const char *str)
{
  g_autoptr(json_object) root = parse_json (str);
  json_object *claims = member (root, "claims", json_type_array);
  json_object *speakers = member (root, "speakers", json_type_array);

  g_assert_cmpint (json_object_object_length (root), ==, 2);
  for (gsize i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      const char *kind = json_object_get_string (member (claim, "kind", json_type_string));

      g_assert_cmpint (json_object_get_int64 (member (claim, "start", json_type_int)), <,
                       json_object_get_int64 (member (claim, "end", json_type_int)));
      member (claim, "text", json_type_string);
      g_assert_true (g_strv_contains ((const char *[]) { "direct", "partial", "indirect", NULL }, kind));
      g_assert_true (json_object_object_get_ex (claim, "speaker", NULL));
      g_assert_true (json_object_object_get_ex (claim, "cue", NULL));
      member (claim, "confidence", json_type_double);
      member (claim, "utterance", json_type_int);
    }
  for (gsize i = 0; i < json_object_array_length (speakers); i++)
    {
      json_object *speaker = json_object_array_get_idx (speakers, i);

      member (speaker, "name", json_type_string);
      member (speaker, "kind", json_type_string);
      g_assert_true (json_object_object_get_ex (speaker, "role", NULL));
      member (speaker, "aliases", json_type_array);
    }
}

/* Fixtures: small made-up texts in a temporary folder */

typedef struct
{
  char *dir;
} Fixture;

#define ARTICLE "Ms Okafor said the bridge “will open in May”. “Résumé ready,” she added.\n"
#define GOLD \
  "{\"speakers\":[{\"name\":\"Ada Okafor\",\"kind\":\"person\",\"role\":null,\"aliases\":[\"Ms Okafor\"]}]," \
  "\"quotes\":[{\"start\":46,\"end\":61,\"text\":\"“Résumé ready,”\",\"kind\":\"direct\"," \
  "\"speaker\":\"Ada Okafor\",\"speaker_mention\":\"she\"}]}\n"

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_mkdir_with_parents (parent, 0700);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qc-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Usage */

static void
test_no_arguments (void)
{
  g_auto(Run) run = { 0, };

  run_full (&run, NULL, 0, NULL, (const char *[]) { NULL });
  assert_usage_error (&run);
}

static void
test_unknown_command (void)
{
  g_auto(Run) run = { 0, };

  RUN (&run, "frobnicate", "x.txt");
  assert_usage_error (&run);
  g_assert_nonnull (strstr (run.err, "frobnicate"));
}

static void
test_unknown_option (void)
{
  g_auto(Run) a = { 0, };
  g_auto(Run) b = { 0, };
  g_auto(Run) c = { 0, };

  RUN (&a, "detect", "--bogus", "x.txt");
  assert_usage_error (&a);
  g_assert_nonnull (strstr (a.err, "--bogus"));
  RUN (&b, "--bogus");
  assert_usage_error (&b);
  RUN (&c, "eval", "--frob", "a", "b");
  assert_usage_error (&c);
}

static void
test_missing_arguments (void)
{
  g_auto(Run) a = { 0, };
  g_auto(Run) b = { 0, };
  g_auto(Run) c = { 0, };
  g_auto(Run) d = { 0, };
  g_auto(Run) e = { 0, };

  RUN (&a, "detect");
  assert_usage_error (&a);
  RUN (&b, "detect", "--json");
  assert_usage_error (&b);
  RUN (&c, "detect", "a.txt", "b.txt");
  assert_usage_error (&c);
  RUN (&d, "eval", "a.txt");
  assert_usage_error (&d);
  RUN (&e, "eval", "--dir", "articles");
  assert_usage_error (&e);
}

static void
test_help (void)
{
  const char *cases[][3] = {
    { "--help", NULL },
    { "help", NULL },
    { "detect", "--help" },
    { "eval", "--help" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0, };

      run_full (&run, NULL, 0, NULL, (const char **) cases[i]);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, "Usage"));
      g_assert_cmpstr (run.err, ==, "");
    }
}

/* quotecheck-cli runs detect and eval itself and hands the other commands
 * to quotecheck-cli-store: its help, usage errors and exit statuses are
 * those of one program. */
static void
test_helper_commands (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) help = { 0, };
  g_auto(Run) articles = { 0, };
  g_auto(Run) bad = { 0, };
  g_autofree char *db = g_build_filename (fixture->dir, "helper.db", NULL);
  const char *commands[] = { "detect", "import", "export", "agreement" };

  RUN (&help, "--help");
  g_assert_cmpint (help.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (help.out, line));
    }

  RUN (&articles, "articles", "--db", db, "--json");
  g_assert_cmpint (articles.status, ==, 0);
  g_assert_true (g_str_has_prefix (articles.out, "["));
  g_assert_cmpstr (articles.err, ==, "");

  RUN (&bad, "export", "--format");
  assert_usage_error (&bad);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0, };

  RUN (&run, "--version");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "quotecheck-cli "));
}

/* detect */

static void
test_detect_missing_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-article.txt", NULL);

  RUN (&run, "detect", "--json", path);
  assert_input_error (&run, "no-such-article.txt");
}

static void
test_detect_invalid_utf8 (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = write_file (fixture, "latin1.txt", "caf\xe9 au lait", -1);

  RUN (&run, "detect", path);
  assert_input_error (&run, "latin1.txt");
  g_assert_nonnull (strstr (run.err, "UTF-8"));
  g_assert_nonnull (strstr (run.err, "3"));   /* the byte offset */
}

static void
test_detect_binary (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = write_file (fixture, "image.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

  RUN (&run, "detect", "--json", path);
  assert_input_error (&run, "image.png");
}

static void
test_detect_directory (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0, };

  RUN (&run, "detect", fixture->dir);
  assert_input_error (&run, NULL);
}

static void
test_detect_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_auto(Run) after = { 0, };
  g_autofree char *path = write_file (fixture, "article.txt", ARTICLE, -1);

  RUN (&run, "detect", "--json", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  check_detect_json (run.out);

  /* options may follow the file */
  RUN (&after, "detect", path, "--json");
  g_assert_cmpint (after.status, ==, 0);
  g_assert_cmpstr (after.out, ==, run.out);
}

static void
test_detect_empty_json (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = write_file (fixture, "empty.txt", "", 0);

  RUN (&run, "detect", "--json", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "{\"claims\":[],\"speakers\":[]}\n");
}

static void
test_detect_stdin (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) from_file = { 0, };
  g_auto(Run) from_stdin = { 0, };
  g_auto(Run) bad = { 0, };
  g_autofree char *path = write_file (fixture, "article.txt", ARTICLE, -1);

  RUN (&from_file, "detect", "--json", path);
  run_full (&from_stdin, ARTICLE, strlen (ARTICLE), NULL,
            (const char *[]) { "detect", "--json", "-", NULL });
  g_assert_cmpint (from_stdin.status, ==, 0);
  g_assert_cmpstr (from_stdin.out, ==, from_file.out);

  run_full (&bad, "\xff\xfe", 2, NULL, (const char *[]) { "detect", "-", NULL });
  assert_input_error (&bad, "standard input");
}

static void
test_detect_table (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = write_file (fixture, "article.txt", ARTICLE, -1);

  RUN (&run, "detect", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_nonnull (strstr (run.out, "claim"));
  g_assert_nonnull (strstr (run.out, "speaker"));
}

/* Output that cannot be written is an error, not a silently cut document. */
static void
test_detect_write_error (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = write_file (fixture, "article.txt", ARTICLE, -1);

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  run_full (&run, NULL, 0, "/dev/full", (const char *[]) { "detect", "--json", path, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "quotecheck-cli: "));
}

static void
test_detect_corpus (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("QC_SHARED_DIR is not set or not a folder");
      return;
    }
  dir = g_build_filename (shared, "corpus", "articles", NULL);
  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    {
      g_test_skip ("no corpus articles");
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_auto(Run) run = { 0, };
      g_autofree char *path = g_build_filename (dir, name, NULL);

      RUN (&run, "detect", "--json", path);
      g_assert_cmpint (run.status, ==, 0);
      check_detect_json (run.out);
    }
}

/* eval */

static void
test_eval_single (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_auto(Run) table = { 0, };
  g_autofree char *article = write_file (fixture, "a.txt", ARTICLE, -1);
  g_autofree char *gold = write_file (fixture, "a.json", GOLD, -1);
  g_autoptr(json_object) root = NULL;
  json_object *documents, *total, *categories;

  RUN (&run, "eval", "--json", article, gold);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  documents = member (root, "documents", json_type_array);
  g_assert_cmpuint (json_object_array_length (documents), ==, 1);
  total = member (root, "total", json_type_object);
  g_assert_cmpint (json_object_get_int (member (total, "documents", json_type_int)), ==, 1);
  categories = member (total, "categories", json_type_object);
  g_assert_cmpint (json_object_get_int (member (member (categories, "direct", json_type_object),
                                                "gold", json_type_int)), ==, 1);
  member (categories, "direct+partial", json_type_object);
  member (member (total, "speaker_accuracy", json_type_object), "overlap", json_type_double);

  RUN (&table, "eval", article, gold);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "direct+partial"));
  g_assert_nonnull (strstr (table.out, "speaker accuracy"));
}

static void
test_eval_dir (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *a = write_file (fixture, "articles/one.txt", ARTICLE, -1);
  g_autofree char *b = write_file (fixture, "articles/two.txt", ARTICLE, -1);
  g_autofree char *c = write_file (fixture, "articles/no-gold.txt", ARTICLE, -1);
  g_autofree char *d = write_file (fixture, "articles/notes.md", "not an article", -1);
  g_autofree char *ga = write_file (fixture, "gold/one.json", GOLD, -1);
  g_autofree char *gb = write_file (fixture, "gold/two.json", GOLD, -1);
  g_autofree char *articles = g_build_filename (fixture->dir, "articles", NULL);
  g_autofree char *golds = g_build_filename (fixture->dir, "gold", NULL);
  g_autoptr(json_object) root = NULL;
  json_object *documents, *total;

  RUN (&run, "eval", "--dir", articles, golds, "--json");
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  documents = member (root, "documents", json_type_array);
  g_assert_cmpuint (json_object_array_length (documents), ==, 2);
  g_assert_cmpstr (json_object_get_string (member (json_object_array_get_idx (documents, 0),
                                                   "name", json_type_string)), ==, "one");
  total = member (root, "total", json_type_object);
  g_assert_cmpint (json_object_get_int (member (total, "documents", json_type_int)), ==, 2);
  g_assert_cmpint (json_object_get_int (member (member (member (total, "categories", json_type_object),
                                                        "direct", json_type_object),
                                                "gold", json_type_int)), ==, 2);
}

static void
test_eval_dir_errors (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) no_pairs = { 0, };
  g_auto(Run) no_dir = { 0, };
  g_autofree char *a = write_file (fixture, "articles/one.txt", ARTICLE, -1);
  g_autofree char *articles = g_build_filename (fixture->dir, "articles", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);

  RUN (&no_pairs, "eval", "--dir", articles, articles);
  assert_input_error (&no_pairs, "gold");
  RUN (&no_dir, "eval", "--dir", missing, articles);
  assert_input_error (&no_dir, "missing");
}

static void
test_eval_bad_gold (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char *golds[] = {
    "{\"quotes\":[",
    "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Mr\",\"kind\":\"direct\",\"speaker\":null}]}",
    "{\"quotes\":[{\"start\":0,\"end\":999,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
    "[]",
  };
  g_autofree char *article = write_file (fixture, "a.txt", ARTICLE, -1);

  for (guint i = 0; i < G_N_ELEMENTS (golds); i++)
    {
      g_auto(Run) run = { 0, };
      g_autofree char *gold = write_file (fixture, "broken-gold.json", golds[i], -1);

      RUN (&run, "eval", "--json", article, gold);
      assert_input_error (&run, "broken-gold.json");
    }
}

static void
test_eval_bad_article (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *article = write_file (fixture, "bad-article.txt", "\xc3\x28", -1);
  g_autofree char *gold = write_file (fixture, "a.json", GOLD, -1);

  RUN (&run, "eval", article, gold);
  assert_input_error (&run, "bad-article.txt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/cli/usage/no-arguments", test_no_arguments);
  g_test_add_func ("/qc/cli/usage/unknown-command", test_unknown_command);
  g_test_add_func ("/qc/cli/usage/unknown-option", test_unknown_option);
  g_test_add_func ("/qc/cli/usage/missing-arguments", test_missing_arguments);
  g_test_add_func ("/qc/cli/help", test_help);
  g_test_add_func ("/qc/cli/version", test_version);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qc/cli/helper-commands", test_helper_commands);
  ADD ("/qc/cli/detect/missing-file", test_detect_missing_file);
  ADD ("/qc/cli/detect/invalid-utf8", test_detect_invalid_utf8);
  ADD ("/qc/cli/detect/binary", test_detect_binary);
  ADD ("/qc/cli/detect/directory", test_detect_directory);
  ADD ("/qc/cli/detect/json", test_detect_json);
  ADD ("/qc/cli/detect/empty-json", test_detect_empty_json);
  ADD ("/qc/cli/detect/stdin", test_detect_stdin);
  ADD ("/qc/cli/detect/table", test_detect_table);
  ADD ("/qc/cli/detect/write-error", test_detect_write_error);
  g_test_add_func ("/qc/cli/detect/corpus", test_detect_corpus);
  ADD ("/qc/cli/eval/single", test_eval_single);
  ADD ("/qc/cli/eval/dir", test_eval_dir);
  ADD ("/qc/cli/eval/dir-errors", test_eval_dir_errors);
  ADD ("/qc/cli/eval/bad-gold", test_eval_bad_gold);
  ADD ("/qc/cli/eval/bad-article", test_eval_bad_article);
#undef ADD

  return g_test_run ();
}
