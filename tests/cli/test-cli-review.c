/* test-cli-review.c: quotecheck-cli agreement, compare, and
 * import-annotations from a colleague's database
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures and the figures worked out by hand are in
 * tests/data/review/README.md.
 */

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "cli-run.h"
#include "qc-autocleanups.h"

#define SAM_UUID "b0000000-0000-4000-8000-00000000000b"

typedef struct
{
  char *dir;
  char *db;
  char *a;
  char *b;
  char *edited;
} Fixture;

static void
assert_contains (const char *text,
                 const char *what)
{
  if (strstr (text, what) == NULL)
    g_error ("the output does not contain “%s”:\n%s", what, text);
}

/* A number at a dotted path ("total.overlap.f1", "articles.1.f1"); NAN
 * for null */
static double
number_at (json_object *root,
           const char  *path)
{
  g_auto(GStrv) keys = g_strsplit (path, ".", -1);
  json_object *value = root;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (json_object_is_type (value, json_type_array))
        value = json_object_array_get_idx (value, (size_t) g_ascii_strtoull (keys[i], NULL, 10));
      else
        g_assert_true (json_object_object_get_ex (value, keys[i], &value));
    }
  return value == NULL ? NAN : json_object_get_double (value);
}

static void
assert_number (json_object *root,
               const char  *path,
               double       expected)
{
  double value = number_at (root, path);

  if (isnan (expected))
    {
      if (!isnan (value))
        g_error ("%s: expected null, got %g", path, value);
      return;
    }
  if (fabs (value - expected) > 5e-7)
    g_error ("%s: expected %.7g, got %.7g", path, expected, value);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qc-cli-review-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "jamie.db", NULL);
  fixture->a = g_test_build_filename (G_TEST_DIST, "data", "review", "a.json", NULL);
  fixture->b = g_test_build_filename (G_TEST_DIST, "data", "review", "b.json", NULL);
  fixture->edited = g_test_build_filename (G_TEST_DIST, "data", "review", "b-edited.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->a);
  g_free (fixture->b);
  g_free (fixture->edited);
}

static void
import (Fixture    *fixture,
        const char *db,
        const char *file)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "import-annotations", "--db", db, file);
  g_assert_cmpint (run.status, ==, 0);
}

/* compare */

static void
test_compare_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "compare", fixture->a, fixture->b);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_contains (run.out, "A (reference): Jamie Ortiz\nB: Sam Keller\n");
  assert_contains (run.out, "Article 1 “Harbour council split over ferry fares”\n");
  assert_contains (run.out, "  claims                 A 7, B 8\n");
  /* exact 3/8, 3/7, 6/15; overlap 6/8, 6/7, 12/15 */
  assert_contains (run.out, "    precision            0.375   0.750\n");
  assert_contains (run.out, "    recall               0.429   0.857\n");
  assert_contains (run.out, "    F1                   0.400   0.800\n");
  assert_contains (run.out, "  speaker agreement      0.833 (5 of 6 pairs)\n");
  assert_contains (run.out, "  evidence kappa         0.778\n");
  /* article 2: every pair unassessed on both sides */
  assert_contains (run.out, "  evidence kappa         n/a (both gave every pair the same state");
  /* pooled: 16/19, 35/43 */
  assert_contains (run.out, "All 2 articles (pooled)\n");
  assert_contains (run.out, "    F1                   0.526   0.842\n");
  assert_contains (run.out, "  evidence kappa         0.814\n");
  g_assert_null (strstr (run.out, " \n"));
}

static void
test_compare_json (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(json_object) root = NULL;

  RUN (&run, "compare", "--json", fixture->a, fixture->edited);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  /* Sam's text differs: his B7 is not found in it and not compared */
  assert_number (root, "articles.0.claims_a", 7);
  assert_number (root, "articles.0.claims_b", 7);
  assert_number (root, "articles.0.orphaned_b", 1);
  assert_number (root, "total.pairs", 6);
  assert_number (root, "total.overlap.f1", 12.0 / 14.0);
  assert_number (root, "total.exact.recall", 3.0 / 7.0);
  assert_number (root, "total.evidence_kappa", 7.0 / 9.0);
  assert_number (root, "total.evidence_matrix.rows.1.2", 1);
  assert_number (root, "pairing.threshold", 0.5);
}

/* B keeps only its claim B8, which overlaps A7 by 25/73: no pair on
 * article 1, no claim of B on article 2 */
static void
test_compare_no_pairs (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "only-b8.json", NULL);
  g_autoptr(json_object) b = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  json_object *claims;
  json_object *kept;

  g_file_get_contents (fixture->b, &json, NULL, &error);
  g_assert_no_error (error);
  b = parse (json);
  claims = json_object_object_get (b, "claims");
  kept = json_object_new_array ();
  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);

      if (strcmp (json_object_get_string (json_object_object_get (claim, "uuid")),
                  "b3000000-0000-4000-8000-000000000008") == 0)
        json_object_array_add (kept, json_object_get (claim));
    }
  json_object_object_add (b, "claims", kept);
  g_file_set_contents (path, json_object_to_json_string (b), -1, &error);
  g_assert_no_error (error);

  RUN (&run, "compare", "--json", fixture->a, path);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  assert_number (root, "articles.0.pairs", 0);
  assert_number (root, "articles.0.overlap.precision", 0);
  assert_number (root, "articles.0.overlap.recall", 0);
  assert_number (root, "articles.0.overlap.f1", 0);
  assert_number (root, "articles.0.speaker_agreement", NAN);
  assert_number (root, "articles.0.evidence_kappa", NAN);
  /* article 2: B has no claim: precision undefined, recall and F1 0 */
  assert_number (root, "articles.1.claims_b", 0);
  assert_number (root, "articles.1.exact.precision", NAN);
  assert_number (root, "articles.1.exact.recall", 0);
  assert_number (root, "articles.1.exact.f1", 0);
  run_clear (&run);

  RUN (&run, "compare", fixture->a, path);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "  speaker agreement      n/a (no pairs)\n");
  assert_contains (run.out, "  evidence kappa         n/a (no pairs)\n");
  assert_contains (run.out, "    precision            n/a     n/a\n");
}

static void
test_compare_errors (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.json", NULL);
  g_auto(Run) run = { 0 };

  RUN (&run, "compare", fixture->a);
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "compare", fixture->a, fixture->b, fixture->b);
  assert_usage (&run);
  run_clear (&run);

  g_file_set_contents (broken, "{\"format\": \"quotecheck\", \"version\": 1, \"speakers\": [", -1, NULL);
  RUN (&run, "compare", fixture->a, broken);
  assert_one_line_error (&run, "broken.json");
  assert_contains (run.err, "ends too early");
  run_clear (&run);

  RUN (&run, "compare", missing, fixture->b);
  assert_one_line_error (&run, "missing.json");
  run_clear (&run);

  g_file_set_contents (broken, "{\"format\": \"quotecheck\", \"version\": 7}", -1, NULL);
  RUN (&run, "compare", broken, fixture->b);
  assert_one_line_error (&run, "newer");
}

/* agreement */

static void
test_agreement (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(json_object) root = NULL;

  import (fixture, fixture->db, fixture->a);
  import (fixture, fixture->db, fixture->b);

  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Sam Keller", "--all", "--json");
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  assert_number (root, "articles.0.evidence_kappa", 7.0 / 9.0);
  assert_number (root, "articles.1.evidence_kappa", NAN);
  assert_number (root, "total.overlap.precision", 0.8);
  assert_number (root, "total.overlap.recall", 8.0 / 9.0);
  assert_number (root, "total.exact.f1", 10.0 / 19.0);
  assert_number (root, "total.speaker_agreement", 7.0 / 8.0);
  assert_number (root, "total.kind_agreement", 7.0 / 8.0);
  assert_number (root, "total.evidence_agreement", 7.0 / 8.0);
  assert_number (root, "total.evidence_kappa", 35.0 / 43.0);
  assert_number (root, "total.overlap.only_a", 1);
  assert_number (root, "total.overlap.only_b", 2);
  run_clear (&run);

  /* One article, B by UUID, A by name in another case; two options */
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "jamie ortiz", "--annotators", SAM_UUID, "1");
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "  kind agreement         0.833 (5 of 6 pairs)\n");
  g_assert_null (strstr (run.out, "pooled"));
  run_clear (&run);

  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Sam Keller,Jamie Ortiz", "a1000000-0000-4000-8000-000000000001");
  g_assert_cmpint (run.status, ==, 0);
  /* B as the reference: precision 6/7 */
  assert_contains (run.out, "    precision            0.429   0.857\n");
}

static void
test_agreement_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  import (fixture, fixture->db, fixture->a);
  import (fixture, fixture->db, fixture->b);

  RUN (&run, "agreement", "--db", fixture->db, "--all");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz", "--all");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "A,B,C", "--all");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Sam Keller", "1", "--all");
  assert_usage (&run);
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Sam Keller");
  assert_usage (&run);
  run_clear (&run);

  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Nobody", "--all");
  assert_one_line_error (&run, "Nobody");
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Sam Keller", "42");
  assert_one_line_error (&run, "42");
  run_clear (&run);
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Sam Keller,Sam Keller", "--all");
  assert_one_line_error (&run, "two annotators");
  run_clear (&run);
  /* The local user has no claims: nothing in common */
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "me,Sam Keller", "--all");
  assert_one_line_error (&run, "no article they both annotated");
}

/* import-annotations from a colleague's database */

static void
test_import_database (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *sam_db = g_build_filename (fixture->dir, "sam.db", NULL);
  g_autoptr(json_object) root = NULL;
  g_auto(Run) run = { 0 };

  import (fixture, fixture->db, fixture->a);
  /* Sam's database: his layer is an imported one there (its own user,
   * the account running the tests, has none) */
  import (fixture, sam_db, fixture->b);

  RUN (&run, "import-annotations", "--db", fixture->db, sam_db);
  assert_one_line_error (&run, "choose another annotator: Sam Keller (10)");
  run_clear (&run);

  RUN (&run, "import-annotations", "--db", fixture->db, "--annotator", "Sam Keller", sam_db);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Imported the annotations of Sam Keller.\n");
  assert_contains (run.out, "Claims: 10 added, 0 updated, 0 unchanged.\n");
  assert_contains (run.out, "Speakers: 1 new, 3 matched.");
  run_clear (&run);

  RUN (&run, "import-annotations", "--db", fixture->db, "--json", "--annotator", SAM_UUID, sam_db);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  assert_number (root, "claims_added", 0);
  assert_number (root, "claims_unchanged", 10);
  run_clear (&run);

  /* The figures now come out of the database as out of the files */
  RUN (&run, "agreement", "--db", fixture->db, "--annotators", "Jamie Ortiz,Sam Keller", "--all");
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "  evidence kappa         0.814\n");
  run_clear (&run);

  RUN (&run, "import-annotations", "--db", fixture->db, "--annotator", "Nobody", sam_db);
  assert_one_line_error (&run, "Nobody");
  run_clear (&run);
  RUN (&run, "import-annotations", "--db", fixture->db, "--annotator", "Sam Keller", fixture->b);
  assert_usage (&run);
  assert_contains (run.err, "--annotator is for a database file");
  run_clear (&run);
  RUN (&run, "import-annotations", "--db", fixture->db, fixture->db);
  assert_one_line_error (&run, "this database");
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "  agreement ");
  assert_contains (run.out, "  compare ");
  run_clear (&run);
  RUN (&run, "agreement", "--help");
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "--annotators");
  run_clear (&run);
  RUN (&run, "import-annotations", "--help");
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "--annotator");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/qc/cli-review/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("compare/text", test_compare_text);
  ADD ("compare/json", test_compare_json);
  ADD ("compare/no-pairs", test_compare_no_pairs);
  ADD ("compare/errors", test_compare_errors);
  ADD ("agreement/figures", test_agreement);
  ADD ("agreement/errors", test_agreement_errors);
  ADD ("import-annotations/database", test_import_database);
  ADD ("help", test_help);
#undef ADD

  return g_test_run ();
}
