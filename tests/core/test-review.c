/* test-review.c: a colleague's layer: import, pairing, agreement, resolving
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are tests/data/review/{a,b,b-edited}.json; README.md there
 * lists their differences and works out every figure by hand. The
 * arithmetic is repeated in the comments next to the checks.
 */

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "qc-agreement.h"
#include "qc-autocleanups.h"
#include "qc-export-json.h"
#include "qc-export.h"
#include "qc-store-review.h"
#include "qc-store.h"

#define JAMIE_UUID "a0000000-0000-4000-8000-00000000000a"
#define SAM_UUID   "b0000000-0000-4000-8000-00000000000b"
#define URL_1      "https://portvale.example/news/ferry-fares"

/* Claim n of side A or B (README.md numbering) */
static char *
claim_uuid (char side,
            guint n)
{
  return g_strdup_printf ("%c3000000-0000-4000-8000-0000000000%02u", side, n);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "review", name, NULL);
}

static char *
read_data (const char *name,
           gsize      *length)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
assert_figure (double value,
               double expected)
{
  if (isnan (expected))
    {
      if (!isnan (value))
        g_error ("expected an undefined figure (NAN), got %g", value);
      return;
    }
  g_assert_false (isnan (value));
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

/* Every row of every table, as text: equal fingerprints, equal databases. */
static char *
fingerprint (const char *path)
{
  static const char *queries[] = {
    "SELECT * FROM annotator ORDER BY id",
    "SELECT * FROM article ORDER BY id",
    "SELECT * FROM speaker ORDER BY id",
    "SELECT * FROM speaker_alias ORDER BY id",
    "SELECT * FROM claim ORDER BY id",
    "SELECT * FROM claim_segment ORDER BY claim_id, ordinal",
    "SELECT * FROM evidence_source ORDER BY id",
    "SELECT * FROM comment ORDER BY id",
    "SELECT * FROM action ORDER BY id",
    "SELECT * FROM change_log ORDER BY id",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "∅");
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
      g_string_append (out, "--\n");
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A database whose own user (local annotator) is @uuid: the situation of
 * Jamie's or Sam's own database. */
static QcStore *
open_as (const char *path,
         const char *uuid,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  QcStore *store = qc_store_open (path, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE annotator SET uuid = ?1, display_name = ?2 WHERE is_local = 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static QcAnnotationImport *
import_fixture (QcStore    *store,
                const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  QcAnnotationImport *result = NULL;

  g_assert_true (qc_annotations_import_file (store, path, &result, &error));
  g_assert_no_error (error);
  return result;
}

static gint64
claim_id (QcStore *store,
          char     side,
          guint    n)
{
  g_autofree char *uuid = claim_uuid (side, n);
  g_autoptr(GError) error = NULL;
  gint64 id = qc_store_find_claim (store, uuid, &error);

  g_assert_no_error (error);
  return id;
}

static QcClaim *
get_claim (QcStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  QcClaim *claim = qc_store_get_claim (store, id, &error);

  g_assert_no_error (error);
  return claim;
}

/* Everything a resolution may change on a claim, as text. */
static char *
claim_state (QcStore *store,
             gint64   id)
{
  g_autoptr(QcClaim) claim = get_claim (store, id);
  g_autoptr(GPtrArray) sources = qc_store_list_sources (store, id, NULL);
  GString *out = g_string_new (NULL);
  gsize start = 0, end = 0;

  g_string_append_printf (out, "%s|%" G_GINT64_FORMAT "|", qc_claim_kind_to_string (qc_claim_get_kind (claim)),
                          qc_claim_get_speaker_id (claim));
  if (qc_claim_get_cue (claim, &start, &end))
    g_string_append_printf (out, "cue %zu-%zu|", start, end);
  g_string_append_printf (out, "%s|%s|%s|%s|%d|",
                          qc_evidence_to_string (qc_claim_get_evidence (claim)),
                          qc_claim_get_rating (claim) ? qc_claim_get_rating (claim) : "∅",
                          qc_claim_get_note (claim) ? qc_claim_get_note (claim) : "∅",
                          qc_review_state_to_string (qc_claim_get_review_state (claim)),
                          qc_claim_get_orphaned (claim));
  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    g_string_append_printf (out, "[%zu,%zu)", qc_claim_get_segment (claim, i)->start,
                            qc_claim_get_segment (claim, i)->end);
  for (guint i = 0; sources && i < sources->len; i++)
    g_string_append_printf (out, "|source %s", ((QcEvidenceSource *) g_ptr_array_index (sources, i))->url);
  return g_string_free (out, FALSE);
}

typedef struct
{
  char     *dir;
  char     *path;
  QcStore  *store;      /* Jamie's database: Jamie is the local annotator */
  gint64    article;    /* article 1 */
  gint64    article_2;
  gint64    sam;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcAnnotationImport) a = NULL;

  fixture->dir = g_dir_make_tmp ("qc-review-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "jamie.db", NULL);
  fixture->store = open_as (fixture->path, JAMIE_UUID, "Jamie Ortiz");

  /* Jamie's own export read back: Jamie's layer is the local one. */
  a = import_fixture (fixture->store, "a.json");
  g_assert_cmpint (a->annotator_id, ==, qc_store_get_local_annotator (fixture->store));
  g_assert_cmpuint (a->article_ids->len, ==, 2);
  fixture->article = g_array_index (a->article_ids, gint64, 0);
  fixture->article_2 = g_array_index (a->article_ids, gint64, 1);

  /* Sam's layer needs to be imported by the test: kept out of the undo
   * stack of the tests that start from it. */
  if (data != NULL)
    {
      g_autoptr(QcAnnotationImport) b = import_fixture (fixture->store, data);

      fixture->sam = b->annotator_id;
    }
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Importing a colleague's layer (JSON) */

static void
test_import_colleague_layer (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(QcAnnotationImport) b = import_fixture (fixture->store, "b.json");
  g_autoptr(GPtrArray) annotators = NULL;
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) b3 = NULL;
  g_autoptr(QcClaim) a3 = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) theirs = NULL;

  /* Their annotator row, with their UUID, not the local one */
  g_assert_cmpint (b->annotator_id, !=, qc_store_get_local_annotator (fixture->store));
  annotators = qc_store_list_annotators (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotators->len, ==, 2);
  g_assert_true (((QcAnnotator *) g_ptr_array_index (annotators, 0))->is_local);
  g_assert_cmpstr (((QcAnnotator *) g_ptr_array_index (annotators, 1))->uuid, ==, SAM_UUID);
  g_assert_cmpstr (((QcAnnotator *) g_ptr_array_index (annotators, 1))->name, ==, "Sam Keller");
  g_assert_cmpuint (((QcAnnotator *) g_ptr_array_index (annotators, 1))->n_claims, ==, 10);
  g_assert_cmpuint (((QcAnnotator *) g_ptr_array_index (annotators, 1))->n_articles, ==, 2);
  g_assert_cmpint (qc_store_find_annotator (fixture->store, "sam keller", NULL), ==, b->annotator_id);
  g_assert_cmpint (qc_store_find_annotator (fixture->store, SAM_UUID, NULL), ==, b->annotator_id);

  /* The articles, matched by SHA-256 (other UUIDs) */
  g_assert_cmpuint (b->n_articles_created, ==, 0);
  g_assert_cmpuint (b->n_articles_reanchored, ==, 0);
  g_assert_cmpint (g_array_index (b->article_ids, gint64, 0), ==, fixture->article);
  g_assert_cmpint (g_array_index (b->article_ids, gint64, 1), ==, fixture->article_2);

  /* Their claims, with their UUIDs, in their layer */
  g_assert_cmpuint (b->n_claims_added, ==, 10);
  g_assert_cmpuint (b->unplaced->len, ==, 0);
  mine = qc_store_list_claims (fixture->store, fixture->article, qc_store_get_local_annotator (fixture->store), &error);
  g_assert_no_error (error);
  theirs = qc_store_list_claims (fixture->store, fixture->article, b->annotator_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (theirs), ==, 8);

  /* Speakers: Duarte by name, Reyes and the authority by alias, Voss new */
  g_assert_cmpuint (b->n_speakers_matched, ==, 3);
  g_assert_cmpuint (b->n_speakers_created, ==, 1);
  speakers = qc_store_list_speakers (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, 4);
  a3 = get_claim (fixture->store, claim_id (fixture->store, 'a', 3));
  b3 = get_claim (fixture->store, claim_id (fixture->store, 'b', 3));
  g_assert_cmpint (qc_claim_get_speaker_id (a3), ==, qc_claim_get_speaker_id (b3));
  g_assert_cmpint (qc_claim_get_annotator_id (b3), ==, b->annotator_id);
  g_assert_cmpuint (b->n_sources_added, ==, 1);
}

static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(QcAnnotationImport) second = NULL;
  g_autofree char *before = fingerprint (fixture->path);
  g_autofree char *after = NULL;

  second = import_fixture (fixture->store, "b.json");
  after = fingerprint (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (second->n_claims_added, ==, 0);
  g_assert_cmpuint (second->n_claims_updated, ==, 0);
  g_assert_cmpuint (second->n_claims_unchanged, ==, 10);
  g_assert_cmpuint (second->n_speakers_created, ==, 0);
  g_assert_cmpuint (second->n_sources_added, ==, 0);
  g_assert_cmpint (second->annotator_id, ==, fixture->sam);
}

/* b.json with claim B3 changed later by Sam */
static char *
newer_export (const char *evidence,
              const char *updated_at)
{
  gsize length = 0;
  g_autofree char *json = read_data ("b.json", &length);
  g_autoptr(json_object) root = json_tokener_parse (json);
  g_autofree char *uuid = claim_uuid ('b', 3);
  json_object *claims = NULL;

  g_assert_true (json_object_object_get_ex (root, "claims", &claims));
  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      json_object *value;

      json_object_object_get_ex (claim, "uuid", &value);
      if (strcmp (json_object_get_string (value), uuid) != 0)
        continue;
      json_object_object_add (claim, "evidence", json_object_new_string (evidence));
      json_object_object_add (claim, "updated_at", json_object_new_string (updated_at));
    }
  return g_strdup (json_object_to_json_string (root));
}

static void
test_import_newer_export (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *newer = newer_export ("supported", "2026-03-09T10:00:00Z");
  g_autoptr(QcAnnotationImport) result = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gint64 b3 = claim_id (fixture->store, 'b', 3);
  guint inserts = 0, updates = 0;

  g_assert_true (qc_annotations_import_data (fixture->store, newer, strlen (newer), "b-newer.json", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_claims_updated, ==, 1);
  g_assert_cmpuint (result->n_claims_unchanged, ==, 9);
  g_assert_cmpuint (result->n_claims_added, ==, 0);
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b3);

    g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_SUPPORTED);
  }

  /* The change log keeps both: the claim's import and its update */
  history = qc_store_list_history (fixture->store, fixture->article, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      QcChange *change = g_ptr_array_index (history, i);

      if (change->row_id != b3 || g_strcmp0 (change->table_name, "claim") != 0)
        continue;
      if (g_strcmp0 (change->op, "insert") == 0)
        inserts++;
      if (g_strcmp0 (change->field, "evidence") == 0)
        {
          g_assert_cmpstr (change->old_value, ==, "unsupported");
          g_assert_cmpstr (change->new_value, ==, "supported");
          updates++;
        }
    }
  g_assert_cmpuint (inserts, ==, 1);
  g_assert_cmpuint (updates, ==, 1);

  /* The update is one undo step; the first import stays */
  g_assert_true (qc_store_undo (fixture->store, &label, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b3);

    g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNSUPPORTED);
  }

  /* An older export does not win */
  {
    g_autofree char *older = newer_export ("disputed", "2020-01-01T00:00:00Z");
    g_autoptr(QcAnnotationImport) stale = NULL;
    g_autoptr(QcClaim) claim = NULL;

    g_assert_true (qc_annotations_import_data (fixture->store, older, strlen (older), "b-old.json", &stale, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (stale->n_claims_updated, ==, 0);
    claim = get_claim (fixture->store, b3);
    g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNSUPPORTED);
  }
}

/* Sam's text has a typo fixed and "March" changed to "April": matched by
 * URL, claims placed by quote; B7 cannot be placed: kept and listed. */
static void
test_import_reanchor (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(QcAnnotationImport) edited = import_fixture (fixture->store, "b-edited.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *b7 = claim_uuid ('b', 7);
  g_autofree char *other_dir = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(QcStore) other = NULL;
  QcUnplacedClaim *unplaced;

  g_assert_cmpuint (edited->n_articles_created, ==, 0);
  g_assert_cmpuint (edited->n_articles_reanchored, ==, 1);
  g_assert_cmpint (g_array_index (edited->article_ids, gint64, 0), ==, fixture->article);
  g_assert_cmpuint (edited->n_claims_added, ==, 8);
  g_assert_cmpuint (edited->unplaced->len, ==, 1);
  unplaced = g_ptr_array_index (edited->unplaced, 0);
  g_assert_cmpstr (unplaced->uuid, ==, b7);
  g_assert_cmpstr (unplaced->quote, ==, "the service would run until April");
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, unplaced->claim_id);

    g_assert_true (qc_claim_get_orphaned (claim));
  }

  /* The placed claims sit where b.json (made from the stored text) has
   * them. */
  other_dir = g_dir_make_tmp ("qc-review-XXXXXX", &error);
  g_assert_no_error (error);
  other_path = g_build_filename (other_dir, "other.db", NULL);
  other = open_as (other_path, JAMIE_UUID, "Jamie Ortiz");
  qc_annotation_import_free (import_fixture (other, "a.json"));
  qc_annotation_import_free (import_fixture (other, "b.json"));
  for (guint n = 1; n <= 8; n++)
    {
      g_autofree char *uuid = claim_uuid ('b', n);
      g_autoptr(QcClaim) here = get_claim (fixture->store, qc_store_find_claim (fixture->store, uuid, NULL));
      g_autoptr(QcClaim) there = get_claim (other, qc_store_find_claim (other, uuid, NULL));

      if (n == 7)
        continue;
      g_assert_false (qc_claim_get_orphaned (here));
      g_assert_cmpuint (qc_claim_get_n_segments (here), ==, qc_claim_get_n_segments (there));
      for (guint s = 0; s < qc_claim_get_n_segments (here); s++)
        {
          g_assert_cmpuint (qc_claim_get_segment (here, s)->start, ==, qc_claim_get_segment (there, s)->start);
          g_assert_cmpuint (qc_claim_get_segment (here, s)->end, ==, qc_claim_get_segment (there, s)->end);
        }
    }
  g_clear_object (&other);
  remove_dir (other_dir);
}

/* Importing from a colleague's database */

/* Sam's own database: Sam is its user, with his layer from b.json. */
static char *
make_sams_database (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "sam.db", NULL);
  g_autoptr(QcStore) sam = open_as (path, SAM_UUID, "Sam Keller");
  g_autoptr(QcAnnotationImport) b = import_fixture (sam, "b.json");

  g_assert_cmpint (b->annotator_id, ==, qc_store_get_local_annotator (sam));
  return path;
}

/* The claims of a layer, as text, for comparing two databases */
static char *
layer_state (QcStore    *store,
             const char *annotator_uuid)
{
  g_autoptr(GError) error = NULL;
  gint64 annotator = qc_store_find_annotator (store, annotator_uuid, &error);
  g_autoptr(GListModel) articles = qc_store_list_articles (store, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(QcArticle) article = g_list_model_get_item (articles, i);
      g_autoptr(GListModel) claims = qc_store_list_claims (store, qc_article_get_id (article), annotator, &error);

      g_assert_no_error (error);
      for (guint k = 0; k < g_list_model_get_n_items (claims); k++)
        {
          g_autoptr(QcClaim) claim = g_list_model_get_item (claims, k);
          g_autofree char *state = claim_state (store, qc_claim_get_id (claim));
          const char *speaker = qc_claim_get_speaker_name (claim);

          g_string_append_printf (out, "%s %s %s %s\n", qc_claim_get_uuid (claim), state,
                                  speaker ? speaker : "∅", qc_claim_get_updated_at (claim));
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_import_database (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *sam_path = make_sams_database (fixture);
  g_autofree char *sam_before = file_checksum (sam_path);
  g_autofree char *via_json_path = g_build_filename (fixture->dir, "via-json.db", NULL);
  g_autoptr(QcStore) via_json = open_as (via_json_path, JAMIE_UUID, "Jamie Ortiz");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  QcAnnotationImport *result;

  g_assert_true (qc_annotations_is_database_file (sam_path));
  g_assert_false (qc_annotations_is_database_file (g_test_get_filename (G_TEST_DIST, "data", "review",
                                                                        "a.json", NULL)));

  /* The annotators of the file, to choose from */
  listed = qc_annotations_list_database (sam_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (((QcAnnotator *) g_ptr_array_index (listed, 0))->uuid, ==, SAM_UUID);
  g_assert_true (((QcAnnotator *) g_ptr_array_index (listed, 0))->is_local);
  g_assert_cmpuint (((QcAnnotator *) g_ptr_array_index (listed, 0))->n_claims, ==, 10);

  /* Default: the file's own user */
  results = qc_annotations_import_database (fixture->store, sam_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpuint (result->n_claims_added, ==, 10);
  g_assert_cmpuint (result->n_articles_created, ==, 0);
  g_assert_cmpuint (result->n_speakers_matched, ==, 3);
  g_assert_cmpuint (result->n_speakers_created, ==, 1);
  g_assert_cmpuint (result->n_sources_added, ==, 1);
  g_assert_cmpint (qc_store_find_annotator (fixture->store, SAM_UUID, NULL), ==, result->annotator_id);

  /* The same rules as the JSON import: the same layer */
  qc_annotation_import_free (import_fixture (via_json, "a.json"));
  qc_annotation_import_free (import_fixture (via_json, "b.json"));
  expected = layer_state (via_json, SAM_UUID);
  got = layer_state (fixture->store, SAM_UUID);
  g_assert_cmpstr (got, ==, expected);

  /* Twice: nothing changes; the colleague's file is never written */
  before = fingerprint (fixture->path);
  {
    const char *names[] = { "Sam Keller", NULL };

    again = qc_annotations_import_database (fixture->store, sam_path, names, &error);
    g_assert_no_error (error);
  }
  after = fingerprint (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (((QcAnnotationImport *) g_ptr_array_index (again, 0))->n_claims_unchanged, ==, 10);
  {
    g_autofree char *sam_after = file_checksum (sam_path);

    g_assert_cmpstr (sam_before, ==, sam_after);
  }

  /* One action: one undo removes the whole import */
  {
    g_autofree char *label = NULL;

    g_assert_true (qc_store_undo (fixture->store, &label, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (label, ==, "Import annotations from sam.db");
    g_assert_cmpint (qc_store_find_claim (fixture->store, "b3000000-0000-4000-8000-000000000003", NULL), ==, 0);
  }
}

/* Sam's database open in his Quotecheck while Jamie imports from it */
static void
test_import_database_while_open (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *sam_path = make_sams_database (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) sam = qc_store_open (sam_path, &error);
  g_autoptr(GPtrArray) results = NULL;
  const char *names[] = { SAM_UUID, NULL };

  g_assert_no_error (error);
  /* A change he has not checkpointed yet is seen (it is in his WAL) */
  g_assert_true (qc_store_set_claim_note (sam, qc_store_find_claim (sam, "b3000000-0000-4000-8000-000000000004", NULL),
                                          "Ask the authority", &error));
  g_assert_no_error (error);
  results = qc_annotations_import_database (fixture->store, sam_path, names, &error);
  g_assert_no_error (error);
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, claim_id (fixture->store, 'b', 4));

    g_assert_cmpstr (qc_claim_get_note (claim), ==, "Ask the authority");
  }
}

typedef enum
{
  HOSTILE_TEXT,
  HOSTILE_EMPTY,
  HOSTILE_OTHER_PROGRAM,
  HOSTILE_NEWER_SCHEMA,
  HOSTILE_TRUNCATED,
  HOSTILE_GARBAGE,
  HOSTILE_FOLDER,
  HOSTILE_MISSING,
  HOSTILE_MINE,
  HOSTILE_UNKNOWN_ANNOTATOR,
  HOSTILE_EMPTY_LAYER,
  HOSTILE_BAD_CONTENT,
  HOSTILE_BAD_TEXT,
} Hostile;

typedef struct
{
  const char *name;
  Hostile     kind;
  GQuark    (*domain) (void);
  int         code;
  const char *words;
} HostileCase;

static GQuark
file_error_quark (void)
{
  return G_FILE_ERROR;
}

static const HostileCase hostile_cases[] = {
  { "text", HOSTILE_TEXT, qc_store_error_quark, QC_STORE_ERROR_CORRUPT, "not an SQLite file" },
  { "empty", HOSTILE_EMPTY, qc_store_error_quark, QC_STORE_ERROR_CORRUPT, "not a Quotecheck database" },
  { "other-program", HOSTILE_OTHER_PROGRAM, qc_store_error_quark, QC_STORE_ERROR_CORRUPT, "another program" },
  { "newer-schema", HOSTILE_NEWER_SCHEMA, qc_store_error_quark, QC_STORE_ERROR_SCHEMA_TOO_NEW, "newer" },
  { "truncated", HOSTILE_TRUNCATED, qc_store_error_quark, QC_STORE_ERROR_CORRUPT, "damaged" },
  { "garbage", HOSTILE_GARBAGE, qc_store_error_quark, QC_STORE_ERROR_CORRUPT, "Quotecheck database" },
  { "folder", HOSTILE_FOLDER, file_error_quark, G_FILE_ERROR_ISDIR, "folder" },
  { "missing", HOSTILE_MISSING, file_error_quark, G_FILE_ERROR_NOENT, "hostile.db" },
  { "my-own-database", HOSTILE_MINE, qc_store_error_quark, QC_STORE_ERROR_INVALID, "this database" },
  { "unknown-annotator", HOSTILE_UNKNOWN_ANNOTATOR, qc_store_error_quark, QC_STORE_ERROR_NOT_FOUND, "Nobody" },
  { "empty-layer", HOSTILE_EMPTY_LAYER, qc_store_error_quark, QC_STORE_ERROR_NOT_FOUND, "no claims" },
  /* A Quotecheck database with impossible rows: the JSON import's checks
   * name them */
  { "backwards-segment", HOSTILE_BAD_CONTENT, qc_format_error_quark, QC_FORMAT_ERROR_INVALID, "end after it starts" },
  { "invalid-utf8-body", HOSTILE_BAD_TEXT, qc_text_error_quark, QC_TEXT_ERROR_INVALID_UTF8, "not valid UTF-8" },
};

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static char *
make_hostile (Fixture            *fixture,
              const HostileCase  *test,
              const char        **annotator)
{
  g_autofree char *dir = g_build_filename (fixture->dir, test->name, NULL);
  char *path = g_build_filename (dir, "hostile.db", NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  *annotator = NULL;
  switch (test->kind)
    {
    case HOSTILE_TEXT:
      g_file_set_contents (path, "Dear Jamie, my notes are attached.\n", -1, &error);
      break;
    case HOSTILE_EMPTY:
      g_file_set_contents (path, "", 0, &error);
      break;
    case HOSTILE_OTHER_PROGRAM:
      exec_sql (path, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')");
      break;
    case HOSTILE_NEWER_SCHEMA:
      {
        g_autoptr(QcStore) store = qc_store_open (path, &error);

        g_assert_no_error (error);
        g_clear_object (&store);
        exec_sql (path, "PRAGMA user_version = 99");
      }
      break;
    case HOSTILE_TRUNCATED:
    case HOSTILE_GARBAGE:
      {
        g_autofree char *whole_path = g_build_filename (dir, "whole.db", NULL);
        g_autofree char *contents = NULL;
        gsize length = 0;

        {
          g_autoptr(QcStore) store = open_as (whole_path, SAM_UUID, "Sam Keller");

          qc_annotation_import_free (import_fixture (store, "b.json"));
        }
        g_file_get_contents (whole_path, &contents, &length, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (length, >, 16384);
        if (test->kind == HOSTILE_TRUNCATED)
          length = length / 3;
        else
          for (gsize i = 100; i < length; i++)
            contents[i] = (char) (i * 7919 % 251);
        g_file_set_contents (path, contents, (gssize) length, &error);
      }
      break;
    case HOSTILE_FOLDER:
      g_mkdir_with_parents (path, 0700);
      break;
    case HOSTILE_MISSING:
      break;
    case HOSTILE_MINE:
      g_free (path);
      path = g_strdup (fixture->path);
      break;
    case HOSTILE_UNKNOWN_ANNOTATOR:
      g_free (path);
      path = make_sams_database (fixture);
      *annotator = "Nobody";
      break;
    case HOSTILE_EMPTY_LAYER:
      {
        g_autoptr(QcStore) store = qc_store_open (path, &error);

        g_assert_no_error (error);
      }
      break;
    case HOSTILE_BAD_CONTENT:
    case HOSTILE_BAD_TEXT:
      {
        g_autoptr(QcStore) store = open_as (path, SAM_UUID, "Sam Keller");

        qc_annotation_import_free (import_fixture (store, "b.json"));
        g_clear_object (&store);
        if (test->kind == HOSTILE_BAD_CONTENT)
          exec_sql (path, "UPDATE claim_segment SET start = 500, \"end\" = 10"
                          " WHERE claim_id = (SELECT min(claim_id) FROM claim_segment)");
        else
          exec_sql (path, "UPDATE article SET body = CAST(x'4FC328' AS TEXT)");
      }
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
  return path;
}

static void
test_import_database_hostile (Fixture       *fixture,
                              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      const HostileCase *test = &hostile_cases[i];
      const char *annotator = NULL;
      g_autofree char *path = make_hostile (fixture, test, &annotator);
      g_autofree char *file_before = file_checksum (path);
      g_autofree char *file_after = NULL;
      g_autofree char *before = fingerprint (fixture->path);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) results = NULL;
      const char *names[] = { annotator, NULL };

      g_test_message ("case %s", test->name);
      results = qc_annotations_import_database (fixture->store, path, names, &error);
      g_assert_null (results);
      g_assert_nonnull (error);
      g_test_message ("  → %s", error->message);
      if (error->domain != test->domain () || error->code != test->code)
        g_error ("case %s: unexpected error %s %d: %s", test->name, g_quark_to_string (error->domain),
                 error->code, error->message);
      if (strstr (error->message, test->words) == NULL)
        g_error ("case %s: “%s” does not say “%s”", test->name, error->message, test->words);
      /* The message names the file, never the scratch copy */
      g_assert_null (strstr (error->message, "quotecheck-import-"));
      if (test->kind != HOSTILE_MINE)
        g_assert_nonnull (strstr (error->message, test->kind == HOSTILE_UNKNOWN_ANNOTATOR ? "sam.db" : "hostile.db"));
      after = fingerprint (fixture->path);
      g_assert_cmpstr (before, ==, after);
      file_after = file_checksum (path);
      g_assert_cmpstr (file_before, ==, file_after);

      /* The list of annotators refuses the files that are no Quotecheck
       * database */
      if (test->kind < HOSTILE_MINE)
        {
          g_autoptr(GPtrArray) listed = NULL;

          g_clear_error (&error);
          listed = qc_annotations_list_database (path, &error);
          g_assert_null (listed);
          g_assert_nonnull (error);
        }
    }
}

/* A JSON file given where a database is expected, and the reverse */
static void
test_import_wrong_kind (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *json = data_path ("b.json");
  g_autofree char *sam_path = make_sams_database (fixture);
  g_autofree char *before = fingerprint (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  results = qc_annotations_import_database (fixture->store, json, NULL, &error);
  g_assert_null (results);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_false (qc_annotations_import_file (fixture->store, sam_path, NULL, &error));
  g_assert_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE);
  after = fingerprint (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* Pairing, on plain spans */

typedef struct
{
  const char *name;
  const char *a;          /* claims ";", segments "+", ranges "start-end" */
  const char *b;
  const char *expected;   /* "a:b" pairs, ",", in A order; '=' marks exact */
} PairCase;

static const PairCase pair_cases[] = {
  { "exact", "0-10", "0-10", "0:0=" },
  /* 5 / 10 = 0.5: the threshold is inclusive */
  { "iou-exactly-half", "0-10", "0-5", "0:0" },
  /* 4 / 10 and 5 / 11 are below one half */
  { "iou-below-half", "0-10;20-31", "0-4;20-25", "" },
  { "touching-not-overlapping", "0-5", "5-10", "" },
  /* B1 is exact, B0 only 9/10: A0 takes B1 */
  { "best-partner-first", "0-10", "0-9;0-10", "0:1=" },
  /* A0-B0 9/10 beats A1-B0 8/9: A1 stays alone */
  { "one-to-one", "0-10;0-8", "0-9", "0:0" },
  /* A1-B1 10/15; A0-B0 exact */
  { "two-pairs", "0-10;10-20", "0-10;5-20", "0:0=,1:1" },
  /* Equal IoU: the earlier claim of A, then of B */
  { "tie-a-order", "0-10;0-10", "0-10", "0:0=" },
  { "tie-b-order", "0-10", "0-10;0-10", "0:0=" },
  /* A split quote against its first half: 10 / 20 */
  { "split-quote-half", "0-10+20-30", "0-10", "0:0" },
  /* The same characters in another segment order: exact */
  { "segment-order", "20-30+0-10", "0-10+20-30", "0:0=" },
  /* Overlapping segments count once: 0-15 */
  { "overlapping-segments", "0-10+5-15", "0-15", "0:0=" },
  { "adjacent-segments-merge", "0-5+5-10", "0-10", "0:0=" },
  { "no-a", "", "0-5", "" },
  { "no-b", "0-5", "", "" },
  { "empty-span", "5-5", "5-5", "" },
  /* Greedy by IoU: A0-B1 (1.0) first, then A1 can only have B0 */
  { "greedy", "10-20;0-12", "0-14;10-20", "0:1=,1:0" },
};

static GArray *
parse_spans (const char *text,
             GPtrArray  *ranges_keep)
{
  GArray *spans = g_array_new (FALSE, TRUE, sizeof (QcAgreementSpan));
  g_auto(GStrv) claims = *text ? g_strsplit (text, ";", -1) : g_new0 (char *, 1);

  for (guint i = 0; claims[i] != NULL; i++)
    {
      g_auto(GStrv) segments = g_strsplit (claims[i], "+", -1);
      GArray *ranges = g_array_new (FALSE, TRUE, sizeof (QcRange));
      QcAgreementSpan span;

      for (guint k = 0; segments[k] != NULL; k++)
        {
          QcRange range;

          g_assert_cmpint (sscanf (segments[k], "%zu-%zu", &range.start, &range.end), ==, 2);
          g_array_append_val (ranges, range);
        }
      g_ptr_array_add (ranges_keep, ranges);
      span.segments = (const QcRange *) ranges->data;
      span.n_segments = ranges->len;
      g_array_append_val (spans, span);
    }
  return spans;
}

static void
test_pairing (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pair_cases); i++)
    {
      const PairCase *test = &pair_cases[i];
      g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_autoptr(GArray) a = parse_spans (test->a, keep);
      g_autoptr(GArray) b = parse_spans (test->b, keep);
      g_autoptr(GArray) pairs = NULL;
      g_autoptr(GString) got = g_string_new (NULL);

      pairs = qc_agreement_pair ((QcAgreementSpan *) a->data, a->len, (QcAgreementSpan *) b->data, b->len);
      for (guint k = 0; k < pairs->len; k++)
        {
          QcAgreementPair *pair = &g_array_index (pairs, QcAgreementPair, k);

          g_string_append_printf (got, "%s%u:%u%s", k ? "," : "", pair->a, pair->b,
                                  pair->intersection == pair->union_size ? "=" : "");
        }
      if (strcmp (got->str, test->expected) != 0)
        g_error ("pairing case %s: got “%s”, expected “%s”", test->name, got->str, test->expected);
    }
}

static void
test_span_overlap (void)
{
  QcRange a[] = { { 0, 10 }, { 20, 30 } };
  QcRange b[] = { { 5, 25 } };
  QcAgreementSpan x = { a, 2 };
  QcAgreementSpan y = { b, 1 };
  guint64 intersection = 0, union_size = 0;

  /* A covers 0-10 and 20-30 (20 characters), B 5-25 (20): both cover
   * 5-10 and 20-25 (10), either 0-30 (30) */
  g_assert_cmpuint (qc_agreement_span_size (&x), ==, 20);
  qc_agreement_span_overlap (&x, &y, &intersection, &union_size);
  g_assert_cmpuint (intersection, ==, 10);
  g_assert_cmpuint (union_size, ==, 30);
}

/* Cohen's kappa, worked by hand:
 * κ = (n·Σdiag − Σ row_k·col_k) / (n² − Σ row_k·col_k) */
typedef struct
{
  const char *name;
  guint       n_labels;
  guint       matrix[16];
  double      expected;
} KappaCase;

static const KappaCase kappa_cases[] = {
  /* n 50, diag 35, rows 25 25, cols 30 20: Σ = 750 + 500 = 1250;
   * (1750 − 1250) / (2500 − 1250) = 0.4 (p_o 0.7, p_e 0.5) */
  { "textbook", 2, { 20, 5, 10, 15 }, 0.4 },
  /* n 5, diag 5, rows 3 2, cols 3 2: Σ = 13; (25 − 13) / (25 − 13) = 1 */
  { "perfect", 2, { 3, 0, 0, 2 }, 1.0 },
  /* n 4, diag 0, rows 2 2, cols 2 2: Σ = 8; (0 − 8) / (16 − 8) = −1 */
  { "opposite", 2, { 0, 2, 2, 0 }, -1.0 },
  /* One side one label only: A all "unassessed", B 3 unassessed and 1
   * supported. n 4, diag 3, rows 4 0, cols 3 1: Σ = 12;
   * (12 − 12) / (16 − 12) = 0: no better than chance */
  { "one-side-one-label", 4, { 3, 1, 0, 0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0, 0, 0 }, 0.0 },
  /* Both one label only: n 5, Σ = 25 = n², p_e = 1: undefined */
  { "both-one-label", 4, { 5, 0, 0, 0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0, 0, 0 }, NAN },
  { "both-one-other-label", 4, { 0, 0, 0, 0,  0, 0, 0, 0,  0, 0, 2, 0,  0, 0, 0, 0 }, NAN },
  /* No items: undefined */
  { "no-pairs", 4, { 0 }, NAN },
  /* The fixtures' article 1 (README.md): Σ = 9, n 6, diag 5;
   * (30 − 9) / (36 − 9) = 21 / 27 = 7 / 9 */
  { "fixture-article-1", 4, { 2, 0, 0, 0,  0, 1, 1, 0,  0, 0, 1, 0,  0, 0, 0, 1 }, 7.0 / 9.0 },
  /* Pooled: Σ = 21, n 8, diag 7; (56 − 21) / (64 − 21) = 35 / 43 */
  { "fixture-pooled", 4, { 4, 0, 0, 0,  0, 1, 1, 0,  0, 0, 1, 0,  0, 0, 0, 1 }, 35.0 / 43.0 },
  /* Three labels: n 10, diag 1+2+3 = 6, rows 3 3 4, cols 2 3 5:
   * Σ = 6 + 9 + 20 = 35; (60 − 35) / (100 − 35) = 25 / 65 = 5 / 13 */
  { "three-labels", 3, { 1, 1, 1,  0, 2, 1,  1, 0, 3 }, 5.0 / 13.0 },
};

static void
test_kappa (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kappa_cases); i++)
    {
      const KappaCase *test = &kappa_cases[i];

      g_test_message ("kappa case %s", test->name);
      assert_figure (qc_agreement_cohen_kappa (test->matrix, test->n_labels), test->expected);
    }
}

/* Agreement on the fixtures */

static void
assert_article_1 (const QcAgreementCounts *c)
{
  g_assert_cmpuint (c->n_a, ==, 7);
  g_assert_cmpuint (c->n_b, ==, 8);
  g_assert_cmpuint (c->n_pairs, ==, 6);
  g_assert_cmpuint (c->n_exact, ==, 3);
  g_assert_cmpuint (qc_agreement_counts_only_a (c, QC_AGREEMENT_MATCH_OVERLAP), ==, 1);
  g_assert_cmpuint (qc_agreement_counts_only_b (c, QC_AGREEMENT_MATCH_OVERLAP), ==, 2);
  g_assert_cmpuint (qc_agreement_counts_only_a (c, QC_AGREEMENT_MATCH_EXACT), ==, 4);
  g_assert_cmpuint (qc_agreement_counts_only_b (c, QC_AGREEMENT_MATCH_EXACT), ==, 5);
  /* overlap: 6/8, 6/7, 12/15 */
  assert_figure (qc_agreement_counts_precision (c, QC_AGREEMENT_MATCH_OVERLAP), 0.75);
  assert_figure (qc_agreement_counts_recall (c, QC_AGREEMENT_MATCH_OVERLAP), 6.0 / 7.0);
  assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_OVERLAP), 0.8);
  /* exact: 3/8, 3/7, 6/15 */
  assert_figure (qc_agreement_counts_precision (c, QC_AGREEMENT_MATCH_EXACT), 0.375);
  assert_figure (qc_agreement_counts_recall (c, QC_AGREEMENT_MATCH_EXACT), 3.0 / 7.0);
  assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_EXACT), 0.4);
  /* pair 2 has no speaker on B's side; pair 5 partial vs direct; pair 3
   * supported vs unsupported: 5/6 each */
  assert_figure (qc_agreement_counts_speaker (c), 5.0 / 6.0);
  assert_figure (qc_agreement_counts_kind (c), 5.0 / 6.0);
  assert_figure (qc_agreement_counts_evidence (c), 5.0 / 6.0);
  g_assert_cmpuint (c->evidence[QC_EVIDENCE_SUPPORTED][QC_EVIDENCE_UNSUPPORTED], ==, 1);
  assert_figure (qc_agreement_counts_kappa (c), 7.0 / 9.0);
}

static void
assert_article_2 (const QcAgreementCounts *c)
{
  g_assert_cmpuint (c->n_a, ==, 2);
  g_assert_cmpuint (c->n_b, ==, 2);
  g_assert_cmpuint (c->n_pairs, ==, 2);
  g_assert_cmpuint (c->n_exact, ==, 2);
  assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_EXACT), 1.0);
  /* Both without a speaker: they agree */
  assert_figure (qc_agreement_counts_speaker (c), 1.0);
  assert_figure (qc_agreement_counts_evidence (c), 1.0);
  /* Every pair "unassessed" on both sides: p_e = 1, undefined */
  assert_figure (qc_agreement_counts_kappa (c), NAN);
}

static void
assert_pooled (const QcAgreementCounts *c)
{
  g_assert_cmpuint (c->n_a, ==, 9);
  g_assert_cmpuint (c->n_b, ==, 10);
  g_assert_cmpuint (c->n_pairs, ==, 8);
  g_assert_cmpuint (c->n_exact, ==, 5);
  /* overlap 8/10, 8/9, 16/19; exact 5/10, 5/9, 10/19 */
  assert_figure (qc_agreement_counts_precision (c, QC_AGREEMENT_MATCH_OVERLAP), 0.8);
  assert_figure (qc_agreement_counts_recall (c, QC_AGREEMENT_MATCH_OVERLAP), 8.0 / 9.0);
  assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_OVERLAP), 16.0 / 19.0);
  assert_figure (qc_agreement_counts_precision (c, QC_AGREEMENT_MATCH_EXACT), 0.5);
  assert_figure (qc_agreement_counts_recall (c, QC_AGREEMENT_MATCH_EXACT), 5.0 / 9.0);
  assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_EXACT), 10.0 / 19.0);
  assert_figure (qc_agreement_counts_speaker (c), 7.0 / 8.0);
  assert_figure (qc_agreement_counts_kind (c), 7.0 / 8.0);
  assert_figure (qc_agreement_counts_evidence (c), 7.0 / 8.0);
  assert_figure (qc_agreement_counts_kappa (c), 35.0 / 43.0);
}

static void
test_agreement_store (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 jamie = qc_store_get_local_annotator (fixture->store);
  g_autoptr(QcAgreement) one = NULL;
  g_autoptr(QcAgreement) all = NULL;
  g_autoptr(QcAgreement) copy = NULL;

  one = qc_agreement_compute (fixture->store, fixture->article, jamie, fixture->sam, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->articles->len, ==, 1);
  g_assert_cmpstr (one->name_a, ==, "Jamie Ortiz");
  g_assert_cmpstr (one->name_b, ==, "Sam Keller");
  g_assert_cmpstr (one->uuid_b, ==, SAM_UUID);
  assert_article_1 (&((QcAgreementArticle *) g_ptr_array_index (one->articles, 0))->counts);
  assert_article_1 (&one->total);

  all = qc_agreement_compute (fixture->store, 0, jamie, fixture->sam, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->articles->len, ==, 2);
  assert_article_1 (&((QcAgreementArticle *) g_ptr_array_index (all->articles, 0))->counts);
  assert_article_2 (&((QcAgreementArticle *) g_ptr_array_index (all->articles, 1))->counts);
  g_assert_cmpstr (((QcAgreementArticle *) g_ptr_array_index (all->articles, 1))->title, ==, "Ferry strike ends");
  assert_pooled (&all->total);
  copy = qc_agreement_copy (all);
  assert_pooled (&copy->total);

  /* B as the reference: precision and recall swap, F1 and kappa stay */
  {
    g_autoptr(QcAgreement) swapped = qc_agreement_compute (fixture->store, 0, fixture->sam, jamie, &error);

    g_assert_no_error (error);
    assert_figure (qc_agreement_counts_precision (&swapped->total, QC_AGREEMENT_MATCH_OVERLAP), 8.0 / 9.0);
    assert_figure (qc_agreement_counts_recall (&swapped->total, QC_AGREEMENT_MATCH_OVERLAP), 0.8);
    assert_figure (qc_agreement_counts_f1 (&swapped->total, QC_AGREEMENT_MATCH_OVERLAP), 16.0 / 19.0);
    assert_figure (qc_agreement_counts_kappa (&swapped->total), 35.0 / 43.0);
  }

  /* Same annotator twice */
  g_assert_null (qc_agreement_compute (fixture->store, 0, jamie, jamie, &error));
  g_assert_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_SAME_ANNOTATOR);
  g_clear_error (&error);
  g_assert_null (qc_agreement_compute (fixture->store, 0, jamie, 9999, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* No paired claims, one side empty, both empty: the undefined figures */
static void
test_agreement_degenerate (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(QcClaim) a7 = get_claim (fixture->store, claim_id (fixture->store, 'a', 7));
  g_autoptr(QcClaim) b8 = get_claim (fixture->store, claim_id (fixture->store, 'b', 8));
  QcClaim *mine[] = { a7 };
  QcClaim *theirs[] = { b8 };

  /* A7 and B8 overlap, IoU 25/73 < 0.5: no pair */
  {
    QcAgreementCounts c = { 0 };

    qc_agreement_counts_add_claims (&c, mine, 1, theirs, 1);
    g_assert_cmpuint (c.n_pairs, ==, 0);
    assert_figure (qc_agreement_counts_precision (&c, QC_AGREEMENT_MATCH_OVERLAP), 0.0);
    assert_figure (qc_agreement_counts_recall (&c, QC_AGREEMENT_MATCH_OVERLAP), 0.0);
    assert_figure (qc_agreement_counts_f1 (&c, QC_AGREEMENT_MATCH_OVERLAP), 0.0);
    assert_figure (qc_agreement_counts_speaker (&c), NAN);
    assert_figure (qc_agreement_counts_kind (&c), NAN);
    assert_figure (qc_agreement_counts_evidence (&c), NAN);
    assert_figure (qc_agreement_counts_kappa (&c), NAN);
  }
  /* B has nothing: precision undefined, recall 0/1, F1 0/1 */
  {
    QcAgreementCounts c = { 0 };

    qc_agreement_counts_add_claims (&c, mine, 1, NULL, 0);
    assert_figure (qc_agreement_counts_precision (&c, QC_AGREEMENT_MATCH_EXACT), NAN);
    assert_figure (qc_agreement_counts_recall (&c, QC_AGREEMENT_MATCH_EXACT), 0.0);
    assert_figure (qc_agreement_counts_f1 (&c, QC_AGREEMENT_MATCH_EXACT), 0.0);
  }
  /* Neither has anything: every figure undefined, JSON null */
  {
    QcAgreementCounts c = { 0 };
    g_autoptr(json_object) json = NULL;
    json_object *overlap = NULL;
    json_object *value = (json_object *) 1;

    assert_figure (qc_agreement_counts_f1 (&c, QC_AGREEMENT_MATCH_OVERLAP), NAN);
    json = qc_agreement_counts_to_json (&c);
    g_assert_true (json_object_object_get_ex (json, "evidence_kappa", &value));
    g_assert_null (value);
    g_assert_true (json_object_object_get_ex (json, "overlap", &overlap));
    g_assert_true (json_object_object_get_ex (overlap, "f1", &value));
    g_assert_null (value);
  }
}

static const char *
json_string (json_object *object,
             const char  *key)
{
  json_object *value = NULL;

  g_assert_true (json_object_object_get_ex (object, key, &value));
  return json_object_get_string (value);
}

static double
json_number (json_object *object,
             const char  *path)
{
  g_auto(GStrv) keys = g_strsplit (path, ".", -1);
  json_object *value = object;

  for (guint i = 0; keys[i] != NULL; i++)
    g_assert_true (json_object_object_get_ex (value, keys[i], &value));
  if (value == NULL)
    return NAN;
  return json_object_get_double (value);
}

static void
test_agreement_output (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcAgreement) all = qc_agreement_compute (fixture->store, 0, qc_store_get_local_annotator (fixture->store),
                                                     fixture->sam, &error);
  g_autoptr(json_object) json = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  json_object *articles = NULL;
  json_object *second = NULL;
  json_object *value = (json_object *) 1;

  g_assert_no_error (error);
  /* What is written: six significant digits */
  {
    g_autoptr(json_object) tree = qc_agreement_to_json (all);

    json = json_tokener_parse (json_object_to_json_string (tree));
    g_assert_nonnull (json);
  }
  g_assert_cmpstr (json_string (json_object_object_get (json, "a"), "name"), ==, "Jamie Ortiz");
  g_assert_cmpstr (json_string (json_object_object_get (json, "b"), "uuid"), ==, SAM_UUID);
  assert_figure (json_number (json, "pairing.threshold"), 0.5);
  assert_figure (json_number (json, "total.overlap.f1"), 0.842105);
  assert_figure (json_number (json, "total.exact.precision"), 0.5);
  assert_figure (json_number (json, "total.evidence_kappa"), 0.813953);
  assert_figure (json_number (json, "total.pairs"), 8);
  assert_figure (json_number (json, "total.overlap.only_b"), 2);
  g_assert_true (json_object_object_get_ex (json, "articles", &articles));
  g_assert_cmpuint (json_object_array_length (articles), ==, 2);
  assert_figure (json_number (json_object_array_get_idx (articles, 0), "evidence_kappa"), 0.777778);
  second = json_object_array_get_idx (articles, 1);
  g_assert_true (json_object_object_get_ex (second, "evidence_kappa", &value));
  g_assert_null (value);
  /* Valid JSON: no NaN, no locale commas */
  {
    g_autoptr(json_object) again = json_tokener_parse (json_object_to_json_string (json));

    g_assert_nonnull (again);
    g_assert_null (strstr (json_object_to_json_string (json), "NaN"));
  }

  qc_agreement_append_text (all, text);
  g_assert_nonnull (strstr (text->str, "A (reference): Jamie Ortiz"));
  g_assert_nonnull (strstr (text->str, "0.778"));
  g_assert_nonnull (strstr (text->str, "0.814"));
  g_assert_nonnull (strstr (text->str, "n/a"));
  g_assert_nonnull (strstr (text->str, "All 2 articles (pooled)"));
}

/* compare: two export files, no database */

static void
test_compare_files (void)
{
  g_autofree char *a = data_path ("a.json");
  g_autofree char *b = data_path ("b.json");
  g_autofree char *edited = data_path ("b-edited.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QcAgreement) agreement = NULL;
  g_autoptr(QcAgreement) with_edited = NULL;
  g_autoptr(QcAgreement) itself = NULL;

  agreement = qc_agreement_compare_files (a, b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agreement->articles->len, ==, 2);
  g_assert_cmpstr (agreement->name_a, ==, "Jamie Ortiz");
  g_assert_cmpstr (agreement->name_b, ==, "Sam Keller");
  assert_article_1 (&((QcAgreementArticle *) g_ptr_array_index (agreement->articles, 0))->counts);
  assert_article_2 (&((QcAgreementArticle *) g_ptr_array_index (agreement->articles, 1))->counts);
  assert_pooled (&agreement->total);

  /* Another version of the text: the same pairs; B7 is not compared.
   * Claims A 7, B 7: overlap 6/7 both ways, F1 12/14 */
  with_edited = qc_agreement_compare_files (a, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (with_edited->articles->len, ==, 1);
  {
    const QcAgreementCounts *c = &with_edited->total;

    g_assert_cmpuint (c->n_a, ==, 7);
    g_assert_cmpuint (c->n_b, ==, 7);
    g_assert_cmpuint (c->n_orphaned_b, ==, 1);
    g_assert_cmpuint (c->n_pairs, ==, 6);
    g_assert_cmpuint (c->n_exact, ==, 3);
    assert_figure (qc_agreement_counts_f1 (c, QC_AGREEMENT_MATCH_OVERLAP), 12.0 / 14.0);
    assert_figure (qc_agreement_counts_precision (c, QC_AGREEMENT_MATCH_EXACT), 3.0 / 7.0);
    assert_figure (qc_agreement_counts_kappa (c), 7.0 / 9.0);
  }

  /* A file against itself (one annotator, the same UUIDs): two layers all
   * the same. 9 pairs, all exact; evidence A = B: u 5, s 2, n 1, d 1,
   * Σ = 25 + 4 + 1 + 1 = 31, (81 − 31) / (81 − 31) = 1 */
  itself = qc_agreement_compare_files (a, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (itself->total.n_pairs, ==, 9);
  g_assert_cmpuint (itself->total.n_exact, ==, 9);
  assert_figure (qc_agreement_counts_kappa (&itself->total), 1.0);
  g_assert_true (g_str_has_prefix (itself->name_b, "Jamie Ortiz ("));
  g_assert_cmpstr (itself->uuid_a, !=, itself->uuid_b);
}

/* Malformed or unsuitable files: clear errors */
static void
test_compare_errors (void)
{
  gsize length_a = 0, length_b = 0;
  g_autofree char *a = read_data ("a.json", &length_a);
  g_autofree char *b = read_data ("b.json", &length_b);
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = NULL;

  /* Truncated */
  g_assert_null (qc_agreement_compare_data (a, length_a, "a.json", b, length_b / 2, "b.json", &error));
  g_assert_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "b.json"));
  g_clear_error (&error);

  /* Not a Quotecheck file */
  g_assert_null (qc_agreement_compare_data ("{\"format\":\"hypothesis\"}", 23, "x.json", b, length_b, "b.json", &error));
  g_assert_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_NOT_QUOTECHECK);
  g_assert_nonnull (strstr (error->message, "x.json"));
  g_clear_error (&error);

  /* A bad field in B: named */
  root = json_tokener_parse (b);
  json_object_object_add (json_object_array_get_idx (json_object_object_get (root, "claims"), 2), "evidence",
                          json_object_new_string ("maybe"));
  {
    const char *bad = json_object_to_json_string (root);

    g_assert_null (qc_agreement_compare_data (a, length_a, "a.json", bad, strlen (bad), "b.json", &error));
    g_assert_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "claims[2].evidence"));
    g_clear_error (&error);
  }

  /* An export of everyone's claims (no "annotator") */
  json_object_put (root);
  root = json_tokener_parse (b);
  json_object_object_add (root, "annotator", NULL);
  {
    const char *everyone = json_object_to_json_string (root);

    g_assert_null (qc_agreement_compare_data (a, length_a, "a.json", everyone, strlen (everyone), "all.json", &error));
    g_assert_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_NO_ANNOTATOR);
    g_assert_nonnull (strstr (error->message, "all.json"));
    g_clear_error (&error);
  }

  /* No article in common: B's texts changed beyond recognition (and
   * other URLs) */
  json_object_put (root);
  {
    gsize length = 0;
    g_autofree char *edited = read_data ("b-edited.json", &length);
    g_autofree char *sha = NULL;
    json_object *article;
    const char *text = "An unrelated article.\n";
    const char *other;

    root = json_tokener_parse (edited);
    article = json_object_object_get (root, "article");
    sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
    json_object_object_add (article, "text", json_object_new_string (text));
    json_object_object_add (article, "sha256", json_object_new_string (sha));
    json_object_object_add (article, "url", json_object_new_string ("https://elsewhere.example/"));
    json_object_object_add (root, "claims", json_object_new_array ());
    other = json_object_to_json_string (root);
    g_assert_null (qc_agreement_compare_data (a, length_a, "a.json", other, strlen (other), "other.json", &error));
    g_assert_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_NO_COMMON_ARTICLE);
    g_clear_error (&error);
  }

  /* Files that are not there */
  {
    g_autofree char *path = data_path ("nope.json");
    g_autofree char *dir = data_path ("");
    g_autofree char *a_path = data_path ("a.json");

    g_assert_null (qc_agreement_compare_files (a_path, path, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    g_clear_error (&error);
    g_assert_null (qc_agreement_compare_files (dir, a_path, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  }
}

/* Review pairs */

typedef struct
{
  QcReviewPairKind kind;
  int              mine;     /* A claim number, 0 for none */
  int              theirs;   /* B claim number */
  QcReviewField    differences;
  double           iou;
} ExpectedPair;

/* README.md, in text order (where the first claim of a pair starts) */
static const ExpectedPair expected_pairs[] = {
  { QC_REVIEW_PAIR_BOTH, 1, 1, 0, 1.0 },
  { QC_REVIEW_PAIR_BOTH, 2, 2, QC_REVIEW_FIELD_SPEAKER, 1.0 },
  { QC_REVIEW_PAIR_BOTH, 3, 3,
    QC_REVIEW_FIELD_SPAN | QC_REVIEW_FIELD_EVIDENCE | QC_REVIEW_FIELD_NOTE | QC_REVIEW_FIELD_SOURCES, 49.0 / 53.0 },
  { QC_REVIEW_PAIR_BOTH, 4, 4, QC_REVIEW_FIELD_SPAN, 36.0 / 44.0 },
  { QC_REVIEW_PAIR_ONLY_THEIRS, 0, 8, 0, 0.0 },
  { QC_REVIEW_PAIR_BOTH, 5, 5, QC_REVIEW_FIELD_KIND, 1.0 },
  { QC_REVIEW_PAIR_ONLY_MINE, 7, 0, 0, 0.0 },
  { QC_REVIEW_PAIR_BOTH, 6, 6, QC_REVIEW_FIELD_SPAN | QC_REVIEW_FIELD_RATING, 26.0 / 51.0 },
  { QC_REVIEW_PAIR_ONLY_THEIRS, 0, 7, 0, 0.0 },
};

static GListModel *
list_pairs (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *pairs = qc_store_list_review_pairs (fixture->store, fixture->article, 0, fixture->sam, &error);

  g_assert_no_error (error);
  return pairs;
}

/* The pair holding my claim @mine (or their claim @theirs) */
static QcReviewPair *
find_pair (GListModel *pairs,
           gint64      mine,
           gint64      theirs)
{
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);
      QcClaim *m = qc_review_pair_get_mine (pair);
      QcClaim *t = qc_review_pair_get_theirs (pair);

      if ((mine != 0 && m != NULL && qc_claim_get_id (m) == mine)
          || (mine == 0 && t != NULL && qc_claim_get_id (t) == theirs))
        return g_steal_pointer (&pair);
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_review_pairs (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) pairs = list_pairs (fixture);
  g_autoptr(GError) error = NULL;
  guint at;

  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, G_N_ELEMENTS (expected_pairs));
  for (guint i = 0; i < G_N_ELEMENTS (expected_pairs); i++)
    {
      const ExpectedPair *expected = &expected_pairs[i];
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);
      QcClaim *mine = qc_review_pair_get_mine (pair);
      QcClaim *theirs = qc_review_pair_get_theirs (pair);

      g_test_message ("pair %u", i);
      g_assert_cmpint (qc_review_pair_get_kind (pair), ==, expected->kind);
      if (expected->mine)
        g_assert_cmpint (qc_claim_get_id (mine), ==, claim_id (fixture->store, 'a', (guint) expected->mine));
      else
        g_assert_null (mine);
      if (expected->theirs)
        g_assert_cmpint (qc_claim_get_id (theirs), ==, claim_id (fixture->store, 'b', (guint) expected->theirs));
      else
        g_assert_null (theirs);
      g_assert_cmpuint (qc_review_pair_get_differences (pair), ==, expected->differences);
      g_assert_cmpfloat_with_epsilon (qc_review_pair_get_iou (pair), expected->iou, 1e-9);
      g_assert_cmpint (qc_review_pair_has_differences (pair), ==,
                       expected->kind != QC_REVIEW_PAIR_BOTH || expected->differences != 0);
      g_assert_cmpint (qc_review_pair_is_resolved (pair), ==, !qc_review_pair_has_differences (pair));
      if (i > 0)
        {
          g_autoptr(QcReviewPair) previous = g_list_model_get_item (pairs, i - 1);

          g_assert_cmpuint (qc_review_pair_get_start (previous), <=, qc_review_pair_get_start (pair));
        }
    }

  /* "Next disagreement" walks 1, 2, 3, 4, 5, 6, 7, 8, then none */
  at = qc_review_pairs_next_disagreement (pairs, G_MAXUINT, TRUE);
  for (guint expected = 1; expected <= 8; expected++)
    {
      g_assert_cmpuint (at, ==, expected);
      at = qc_review_pairs_next_disagreement (pairs, at, TRUE);
    }
  g_assert_cmpuint (at, ==, G_MAXUINT);

  /* Properties, for the window's bindings */
  {
    g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, 2);
    g_autoptr(QcClaim) mine = NULL;
    guint differences = 0;
    gboolean resolved = TRUE;

    g_object_get (pair, "mine", &mine, "differences", &differences, "resolved", &resolved, NULL);
    g_assert_true (mine == qc_review_pair_get_mine (pair));
    g_assert_cmpuint (differences, ==, expected_pairs[2].differences);
    g_assert_false (resolved);
  }

  /* Same layer twice, no such article */
  g_assert_null (qc_store_list_review_pairs (fixture->store, fixture->article, fixture->sam, fixture->sam, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (qc_store_list_review_pairs (fixture->store, 9999, 0, fixture->sam, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* Resolutions */

typedef struct
{
  const char     *name;
  int             mine;
  int             theirs;
  QcReviewField   fields;
  const char     *label;
} TakeCase;

static const TakeCase take_cases[] = {
  { "speaker", 2, 2, QC_REVIEW_FIELD_SPEAKER, "Take their speaker" },
  { "span", 3, 3, QC_REVIEW_FIELD_SPAN, "Take their span" },
  { "evidence", 3, 3, QC_REVIEW_FIELD_EVIDENCE, "Take their evidence" },
  { "note", 3, 3, QC_REVIEW_FIELD_NOTE, "Take their note" },
  { "sources", 3, 3, QC_REVIEW_FIELD_SOURCES, "Take their sources" },
  { "kind", 5, 5, QC_REVIEW_FIELD_KIND, "Take their kind" },
  { "rating", 6, 6, QC_REVIEW_FIELD_RATING, "Take their rating" },
  { "whole-claim-3", 3, 3, QC_REVIEW_FIELD_ALL, "Take theirs" },
  { "whole-claim-6", 6, 6, QC_REVIEW_FIELD_ALL, "Take theirs" },
  { "span-and-rating", 6, 6, QC_REVIEW_FIELD_SPAN | QC_REVIEW_FIELD_RATING, "Take theirs" },
};

static void
test_take_theirs (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (take_cases); i++)
    {
      const TakeCase *test = &take_cases[i];
      gint64 mine = claim_id (fixture->store, 'a', (guint) test->mine);
      gint64 theirs = claim_id (fixture->store, 'b', (guint) test->theirs);
      g_autofree char *before = claim_state (fixture->store, mine);
      g_autofree char *their_before = claim_state (fixture->store, theirs);
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *label = NULL;
      g_autofree char *their_after = NULL;
      g_autoptr(GListModel) pairs = NULL;
      g_autoptr(QcReviewPair) pair = NULL;
      g_autoptr(GError) error = NULL;
      QcReviewField left;
      gint64 result = 0;

      g_test_message ("take case %s", test->name);
      {
        g_autoptr(GListModel) old_pairs = list_pairs (fixture);
        g_autoptr(QcReviewPair) old_pair = find_pair (old_pairs, mine, 0);

        left = qc_review_pair_get_differences (old_pair) & ~test->fields;
      }
      g_assert_true (qc_store_take_theirs (fixture->store, mine, theirs, test->fields, &result, &error));
      g_assert_no_error (error);
      g_assert_cmpint (result, ==, mine);
      after = claim_state (fixture->store, mine);
      g_assert_cmpstr (after, !=, before);

      /* The fields taken no longer differ; the others still do */
      pairs = list_pairs (fixture);
      pair = find_pair (pairs, mine, 0);
      g_assert_cmpint (qc_review_pair_get_kind (pair), ==, QC_REVIEW_PAIR_BOTH);
      g_assert_cmpuint (qc_review_pair_get_differences (pair), ==, left);

      /* Their claim is untouched */
      their_after = claim_state (fixture->store, theirs);
      g_assert_cmpstr (their_after, ==, their_before);

      /* One undo step puts everything back */
      g_assert_true (qc_store_undo (fixture->store, &label, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (label, ==, test->label);
      undone = claim_state (fixture->store, mine);
      g_assert_cmpstr (undone, ==, before);
      g_assert_true (qc_store_redo (fixture->store, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (qc_store_undo (fixture->store, NULL, &error));
      g_assert_no_error (error);
    }

  /* Values taken, checked one by one */
  {
    gint64 a2 = claim_id (fixture->store, 'a', 2);
    gint64 a3 = claim_id (fixture->store, 'a', 3);
    gint64 a6 = claim_id (fixture->store, 'a', 6);
    g_autoptr(GError) error = NULL;
    g_autoptr(QcClaim) claim = NULL;
    g_autoptr(GPtrArray) sources = NULL;
    gsize start, end;

    g_assert_true (qc_store_take_theirs (fixture->store, a2, claim_id (fixture->store, 'b', 2),
                                         QC_REVIEW_FIELD_SPEAKER, NULL, &error));
    g_assert_no_error (error);
    claim = get_claim (fixture->store, a2);
    g_assert_cmpint (qc_claim_get_speaker_id (claim), ==, 0);
    g_assert_false (qc_claim_get_cue (claim, &start, &end));
    g_clear_object (&claim);

    g_assert_true (qc_store_take_theirs (fixture->store, a3, claim_id (fixture->store, 'b', 3),
                                         QC_REVIEW_FIELD_ALL, NULL, &error));
    g_assert_no_error (error);
    claim = get_claim (fixture->store, a3);
    g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNSUPPORTED);
    g_assert_cmpstr (qc_claim_get_note (claim), ==, "Budget papers p. 4");
    g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, "ferry budget was already overspent by two million");
    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
    sources = qc_store_list_sources (fixture->store, a3, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sources->len, ==, 1);
    g_assert_cmpstr (((QcEvidenceSource *) g_ptr_array_index (sources, 0))->url, ==,
                     "https://portvale.example/budget-2026.pdf");
    /* Who found it is kept */
    g_assert_cmpint (((QcEvidenceSource *) g_ptr_array_index (sources, 0))->annotator_id, ==, fixture->sam);
    g_clear_object (&claim);

    /* Taking the sources again adds nothing */
    g_assert_true (qc_store_take_theirs (fixture->store, a3, claim_id (fixture->store, 'b', 3),
                                         QC_REVIEW_FIELD_SOURCES, NULL, &error));
    g_clear_pointer (&sources, g_ptr_array_unref);
    sources = qc_store_list_sources (fixture->store, a3, &error);
    g_assert_cmpuint (sources->len, ==, 1);

    g_assert_true (qc_store_take_theirs (fixture->store, a6, claim_id (fixture->store, 'b', 6),
                                         QC_REVIEW_FIELD_ALL, NULL, &error));
    claim = get_claim (fixture->store, a6);
    g_assert_cmpuint (qc_claim_get_n_segments (claim), ==, 1);
    g_assert_cmpstr (qc_claim_get_rating (claim), ==, "Misleading");

    /* Now pairs 2, 3 and 6 agree entirely */
    {
      g_autoptr(GListModel) pairs = list_pairs (fixture);

      for (guint k = 0; k < 3; k++)
        {
          gint64 ids[] = { a2, a3, a6 };
          g_autoptr(QcReviewPair) pair = find_pair (pairs, ids[k], 0);

          g_assert_cmpuint (qc_review_pair_get_differences (pair), ==, 0);
          g_assert_true (qc_review_pair_is_resolved (pair));
        }
    }
  }
}

static void
test_adopt (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 b7 = claim_id (fixture->store, 'b', 7);
  gint64 b8 = claim_id (fixture->store, 'b', 8);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(QcReviewPair) pair = NULL;
  g_autoptr(QcClaim) copy = NULL;
  g_autoptr(QcClaim) theirs = get_claim (fixture->store, b7);
  gint64 adopted;
  guint n_before;

  {
    g_autoptr(GListModel) before = list_pairs (fixture);

    n_before = g_list_model_get_n_items (before);
  }
  adopted = qc_store_adopt_claim (fixture->store, b7, &error);
  g_assert_no_error (error);
  g_assert_cmpint (adopted, >, 0);
  copy = get_claim (fixture->store, adopted);
  g_assert_cmpint (qc_claim_get_annotator_id (copy), ==, qc_store_get_local_annotator (fixture->store));
  g_assert_cmpstr (qc_claim_get_uuid (copy), !=, qc_claim_get_uuid (theirs));
  g_assert_cmpint (qc_claim_get_speaker_id (copy), ==, qc_claim_get_speaker_id (theirs));
  g_assert_cmpint (qc_claim_get_kind (copy), ==, QC_CLAIM_KIND_INDIRECT);
  g_assert_cmpstr (qc_claim_get_segment (copy, 0)->quote, ==, "the service would run until March");

  /* The only-theirs pair became a pair without differences */
  pairs = list_pairs (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_before);
  pair = find_pair (pairs, adopted, 0);
  g_assert_cmpint (qc_review_pair_get_kind (pair), ==, QC_REVIEW_PAIR_BOTH);
  g_assert_cmpint (qc_claim_get_id (qc_review_pair_get_theirs (pair)), ==, b7);
  g_assert_cmpuint (qc_review_pair_get_differences (pair), ==, 0);

  /* One undo removes it */
  g_assert_true (qc_store_undo (fixture->store, &label, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (label, ==, "Adopt their claim");
  g_clear_object (&copy);
  copy = qc_store_get_claim (fixture->store, adopted, &error);
  g_assert_null (copy);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Take theirs on an only-theirs pair adopts too */
  {
    gint64 result = 0;

    g_assert_true (qc_store_take_theirs (fixture->store, 0, b8, QC_REVIEW_FIELD_ALL, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpint (result, >, 0);
    g_clear_object (&copy);
    copy = get_claim (fixture->store, result);
    g_assert_cmpstr (qc_claim_get_segment (copy, 0)->quote, ==,
                     "Duarte called the claim “a fairy tale” and said the audit would clear her");
  }

  /* My own claim cannot be adopted */
  g_assert_cmpint (qc_store_adopt_claim (fixture->store, claim_id (fixture->store, 'a', 1), &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_adopt_claim (fixture->store, 9999, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* Only I have A7: "take theirs" removes it */
static void
test_take_theirs_removes_mine (Fixture       *fixture,
                               gconstpointer  data)
{
  gint64 a7 = claim_id (fixture->store, 'a', 7);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autoptr(QcClaim) back = NULL;
  gint64 result = -1;

  g_assert_true (qc_store_take_theirs (fixture->store, a7, 0, QC_REVIEW_FIELD_ALL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, 0);
  g_assert_null (qc_store_get_claim (fixture->store, a7, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (qc_store_undo (fixture->store, &label, &error));
  g_assert_cmpstr (label, ==, "Take theirs: remove my claim");
  back = get_claim (fixture->store, a7);
  g_assert_nonnull (back);
}

static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 a2 = claim_id (fixture->store, 'a', 2);
  gint64 b2 = claim_id (fixture->store, 'b', 2);
  gint64 b8 = claim_id (fixture->store, 'b', 8);
  g_autoptr(GError) error = NULL;
  g_autofree char *mine_before = claim_state (fixture->store, a2);
  g_autofree char *b8_updated = NULL;
  g_autofree char *label = NULL;

  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b8);

    b8_updated = g_strdup (qc_claim_get_updated_at (claim));
  }

  /* Pair 2: mine approved, nothing else changes; resolved, still
   * different */
  g_assert_true (qc_store_keep_mine (fixture->store, a2, b2, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) pairs = list_pairs (fixture);
    g_autoptr(QcReviewPair) pair = find_pair (pairs, a2, 0);
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a2);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);
    g_assert_cmpint (qc_claim_get_speaker_id (claim), >, 0);
    g_assert_true (qc_review_pair_has_differences (pair));
    g_assert_true (qc_review_pair_is_resolved (pair));
    /* The walk over unresolved pairs skips it now */
    g_assert_cmpuint (qc_review_pairs_next_disagreement (pairs, G_MAXUINT, TRUE), ==, 2);
    g_assert_cmpuint (qc_review_pairs_next_disagreement (pairs, G_MAXUINT, FALSE), ==, 1);
  }

  /* Only theirs (B8): their claim marked disputed, its time kept */
  g_assert_true (qc_store_keep_mine (fixture->store, 0, b8, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) pairs = list_pairs (fixture);
    g_autoptr(QcReviewPair) pair = find_pair (pairs, 0, b8);
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b8);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DISPUTED);
    g_assert_cmpstr (qc_claim_get_updated_at (claim), ==, b8_updated);
    g_assert_true (qc_review_pair_is_resolved (pair));
  }

  /* Importing the same export again keeps my verdict ... */
  qc_annotation_import_free (import_fixture (fixture->store, "b.json"));
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b8);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DISPUTED);
  }

  /* ... each was one undo step */
  g_assert_true (qc_store_undo (fixture->store, &label, &error));
  g_assert_cmpstr (label, ==, "Keep mine");
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, b8);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
  }
  g_clear_pointer (&label, g_free);
  g_assert_true (qc_store_undo (fixture->store, &label, &error));
  g_assert_cmpstr (label, ==, "Keep mine");
  {
    g_autofree char *mine_after = claim_state (fixture->store, a2);

    g_assert_cmpstr (mine_after, ==, mine_before);
  }
}

/* A newer export from Sam still updates a claim I disputed */
static void
test_keep_mine_then_newer_export (Fixture       *fixture,
                                  gconstpointer  data)
{
  gint64 b3 = claim_id (fixture->store, 'b', 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = newer_export ("supported", "2026-03-09T10:00:00Z");
  g_autoptr(QcAnnotationImport) result = NULL;
  g_autoptr(QcClaim) claim = NULL;

  g_assert_true (qc_store_keep_mine (fixture->store, 0, b3, &error));
  g_assert_no_error (error);
  g_assert_true (qc_annotations_import_data (fixture->store, newer, strlen (newer), "b-newer.json", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_claims_updated, ==, 1);
  claim = get_claim (fixture->store, b3);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_SUPPORTED);
  g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
}

/* Resolutions travel with the claim in the export */
static void
test_resolution_exported (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 a2 = claim_id (fixture->store, 'a', 2);
  gint64 a3 = claim_id (fixture->store, 'a', 3);
  g_autofree char *a2_uuid = claim_uuid ('a', 2);
  g_autofree char *a3_uuid = claim_uuid ('a', 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(json_object) root = NULL;
  QcExportOptions options = { 0 };
  json_object *claims;
  guint seen = 0;

  g_assert_true (qc_store_keep_mine (fixture->store, a2, claim_id (fixture->store, 'b', 2), &error));
  g_assert_cmpint (qc_store_add_comment (fixture->store, a2, "Heard it on the recording: it was her", &error), >, 0);
  g_assert_true (qc_store_take_theirs (fixture->store, a3, claim_id (fixture->store, 'b', 3),
                                       QC_REVIEW_FIELD_EVIDENCE | QC_REVIEW_FIELD_SOURCES, NULL, &error));
  g_assert_no_error (error);

  bytes = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article, QC_EXPORT_FORMAT_JSON,
                              &options, &error);
  g_assert_no_error (error);
  root = json_tokener_parse (g_bytes_get_data (bytes, NULL));
  g_assert_nonnull (root);
  claims = json_object_object_get (root, "claims");
  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      const char *uuid = json_string (claim, "uuid");

      if (strcmp (uuid, a2_uuid) == 0)
        {
          json_object *comments = json_object_object_get (claim, "comments");

          g_assert_cmpstr (json_string (claim, "review_state"), ==, "approved");
          g_assert_cmpuint (json_object_array_length (comments), ==, 1);
          g_assert_cmpstr (json_string (json_object_array_get_idx (comments, 0), "text"), ==,
                           "Heard it on the recording: it was her");
          seen++;
        }
      else if (strcmp (uuid, a3_uuid) == 0)
        {
          json_object *sources = json_object_object_get (claim, "sources");

          g_assert_cmpstr (json_string (claim, "evidence"), ==, "unsupported");
          g_assert_cmpuint (json_object_array_length (sources), ==, 1);
          g_assert_cmpstr (json_string (json_object_array_get_idx (sources, 0), "annotator"), ==, SAM_UUID);
          seen++;
        }
    }
  g_assert_cmpuint (seen, ==, 2);

  /* ... and come back in a colleague's database as they were */
  {
    g_autofree char *other_path = g_build_filename (fixture->dir, "sam.db", NULL);
    g_autoptr(QcStore) sam = open_as (other_path, SAM_UUID, "Sam Keller");
    g_autoptr(QcAnnotationImport) result = NULL;
    g_autoptr(QcClaim) claim = NULL;
    g_autoptr(GPtrArray) comments = NULL;
    gsize size = 0;
    const char *data_bytes = g_bytes_get_data (bytes, &size);

    g_assert_true (qc_annotations_import_data (sam, data_bytes, size, "jamie.json", &result, &error));
    g_assert_no_error (error);
    claim = get_claim (sam, qc_store_find_claim (sam, a2_uuid, NULL));
    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);
    comments = qc_store_list_comments (sam, qc_claim_get_id (claim), &error);
    g_assert_cmpuint (comments->len, ==, 1);
    g_assert_cmpstr (((QcComment *) g_ptr_array_index (comments, 0))->annotator_name, ==, "Jamie Ortiz");
  }
}

/* Refusals change nothing */
static void
test_resolution_errors (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(QcAnnotationImport) edited = NULL;
  gint64 orphan;
  gint64 a3 = claim_id (fixture->store, 'a', 3);
  gint64 a1 = claim_id (fixture->store, 'a', 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 second_article_claim = 0;

  /* Sam's B7 from the edited text, as a claim of its own: it cannot be
   * placed in the stored text */
  {
    gsize length = 0;
    g_autofree char *json = read_data ("b-edited.json", &length);
    g_autoptr(GString) renamed = g_string_new (json);

    g_string_replace (renamed, "b3000000-0000-4000-8000-000000000007", "b3000000-0000-4000-8000-000000000077", 0);
    g_assert_true (qc_annotations_import_data (fixture->store, renamed->str, renamed->len, "b-edited.json",
                                               &edited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (edited->unplaced->len, ==, 1);
    orphan = ((QcUnplacedClaim *) g_ptr_array_index (edited->unplaced, 0))->claim_id;
    g_assert_cmpint (orphan, >, 0);
  }

  {
    g_autoptr(GListModel) claims = qc_store_list_claims (fixture->store, fixture->article_2, fixture->sam, &error);
    g_autoptr(QcClaim) claim = g_list_model_get_item (claims, 0);

    second_article_claim = qc_claim_get_id (claim);
  }
  before = fingerprint (fixture->path);

  /* Their span is not in this text */
  g_assert_false (qc_store_take_theirs (fixture->store, a3, orphan, QC_REVIEW_FIELD_SPAN, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qc_store_take_theirs (fixture->store, a3, orphan, QC_REVIEW_FIELD_ALL, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_adopt_claim (fixture->store, orphan, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Another article; the same layer; a claim that is not there */
  g_assert_false (qc_store_take_theirs (fixture->store, a3, second_article_claim, QC_REVIEW_FIELD_KIND, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qc_store_take_theirs (fixture->store, a3, a1, QC_REVIEW_FIELD_KIND, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qc_store_take_theirs (fixture->store, a3, 9999, QC_REVIEW_FIELD_KIND, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (qc_store_keep_mine (fixture->store, 0, 9999, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = fingerprint (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* The orphan is listed as only theirs, never paired */
  {
    g_autoptr(GListModel) pairs = list_pairs (fixture);
    g_autoptr(QcReviewPair) pair = find_pair (pairs, 0, orphan);

    g_assert_cmpint (qc_review_pair_get_kind (pair), ==, QC_REVIEW_PAIR_ONLY_THEIRS);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add ("/qc/review/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("import/colleague-layer", NULL, test_import_colleague_layer);
  ADD ("import/twice-changes-nothing", "b.json", test_import_twice);
  ADD ("import/newer-export-updates", "b.json", test_import_newer_export);
  ADD ("import/reanchor-unplaced-listed", NULL, test_import_reanchor);
  ADD ("import/database", NULL, test_import_database);
  ADD ("import/database-while-open", NULL, test_import_database_while_open);
  ADD ("import/database-hostile", NULL, test_import_database_hostile);
  ADD ("import/wrong-kind-of-file", NULL, test_import_wrong_kind);
  g_test_add_func ("/qc/review/pairing/table", test_pairing);
  g_test_add_func ("/qc/review/pairing/span-overlap", test_span_overlap);
  g_test_add_func ("/qc/review/kappa/hand-computed", test_kappa);
  ADD ("agreement/fixtures", "b.json", test_agreement_store);
  ADD ("agreement/degenerate", "b.json", test_agreement_degenerate);
  ADD ("agreement/output", "b.json", test_agreement_output);
  g_test_add_func ("/qc/review/compare/files", test_compare_files);
  g_test_add_func ("/qc/review/compare/errors", test_compare_errors);
  ADD ("pairs/fixtures", "b.json", test_review_pairs);
  ADD ("resolve/take-theirs", "b.json", test_take_theirs);
  ADD ("resolve/adopt", "b.json", test_adopt);
  ADD ("resolve/take-theirs-removes-mine", "b.json", test_take_theirs_removes_mine);
  ADD ("resolve/keep-mine", "b.json", test_keep_mine);
  ADD ("resolve/keep-mine-then-newer-export", "b.json", test_keep_mine_then_newer_export);
  ADD ("resolve/exported-with-the-claim", "b.json", test_resolution_exported);
  ADD ("resolve/errors-change-nothing", "b.json", test_resolution_errors);

  return g_test_run ();
}
