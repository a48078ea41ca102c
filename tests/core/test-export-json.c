/* test-export-json.c: Quotecheck JSON, written and read back
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "export-fixture.h"

/* Reading the database files directly, to compare rows field by field */

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

/* Every row of @sql, one string per row: the columns typed and quoted */
static GPtrArray *
query_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = open_raw (path);
  sqlite3_stmt *stmt = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          g_string_append_printf (row, "%s%s=", c ? " | " : "", sqlite3_column_name (stmt, c));
          switch (sqlite3_column_type (stmt, c))
            {
            case SQLITE_NULL:
              g_string_append (row, "NULL");
              break;
            case SQLITE_INTEGER:
              g_string_append_printf (row, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, c));
              break;
            case SQLITE_FLOAT:
              g_string_append_printf (row, "%.17g", sqlite3_column_double (stmt, c));
              break;
            default:
              g_string_append_printf (row, "'%s'", (const char *) sqlite3_column_text (stmt, c));
            }
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rows;
}

static int
compare_rows (const char **a,
              const char **b)
{
  return strcmp (*a, *b);
}

/* Everything in the file: to prove that nothing changed */
static char *
fingerprint (const char *path)
{
  g_autoptr(GPtrArray) tables = query_rows (path, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *row = g_ptr_array_index (tables, i);
      g_autofree char *name = g_strndup (row + strlen ("name='"), strlen (row) - strlen ("name='") - 1);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr(GPtrArray) rows = query_rows (path, sql);

      g_ptr_array_sort (rows, (GCompareFunc) compare_rows);

      g_string_append_printf (all, "## %s\n", name);
      for (guint k = 0; k < rows->len; k++)
        g_string_append_printf (all, "%s\n", (const char *) g_ptr_array_index (rows, k));
    }
  return g_string_free (all, FALSE);
}

/* The live rows that an export carries, with every row id replaced by
 * the UUID of the row it points to. */
static const char *row_queries[] = {
  "SELECT a.uuid, n.uuid AS annotator, a.title, a.outlet, a.author, a.url, a.published_at, a.language,"
  " a.source_name, a.source_format, a.body, a.body_sha256, a.imported_at"
  " FROM article a JOIN annotator n ON n.id = a.annotator_id WHERE a.deleted = 0 ORDER BY a.uuid",

  "SELECT n.uuid, n.display_name FROM annotator n WHERE n.id IN"
  " (SELECT annotator_id FROM claim WHERE deleted = 0 UNION SELECT annotator_id FROM article WHERE deleted = 0"
  "  UNION SELECT annotator_id FROM evidence_source WHERE deleted = 0"
  "  UNION SELECT annotator_id FROM comment WHERE deleted = 0) ORDER BY n.uuid",

  "SELECT s.uuid, n.uuid AS annotator, s.name, s.name_key, s.kind, s.role, s.created_at"
  " FROM speaker s JOIN annotator n ON n.id = s.annotator_id"
  " WHERE s.deleted = 0 AND s.id IN (SELECT speaker_id FROM claim WHERE deleted = 0) ORDER BY s.uuid",

  "SELECT s.uuid AS speaker, n.uuid AS annotator, a.alias, a.alias_key FROM speaker_alias a"
  " JOIN speaker s ON s.id = a.speaker_id JOIN annotator n ON n.id = a.annotator_id"
  " WHERE a.deleted = 0 AND s.id IN (SELECT speaker_id FROM claim WHERE deleted = 0)"
  " ORDER BY s.uuid, a.alias_key",

  "SELECT c.uuid, a.uuid AS article, n.uuid AS annotator, c.kind, s.uuid AS speaker, c.cue_start, c.cue_end,"
  " c.origin, c.confidence, c.evidence, c.rating, c.note, c.review_state, c.orphaned, c.created_at, c.updated_at"
  " FROM claim c JOIN article a ON a.id = c.article_id JOIN annotator n ON n.id = c.annotator_id"
  " LEFT JOIN speaker s ON s.id = c.speaker_id WHERE c.deleted = 0 ORDER BY c.uuid",

  "SELECT c.uuid AS claim, g.ordinal, g.start, g.\"end\", g.quote, g.prefix, g.suffix"
  " FROM claim_segment g JOIN claim c ON c.id = g.claim_id WHERE c.deleted = 0 ORDER BY c.uuid, g.ordinal",

  "SELECT e.uuid, c.uuid AS claim, n.uuid AS annotator, e.url, e.title, e.note, e.stance, e.created_at"
  " FROM evidence_source e JOIN claim c ON c.id = e.claim_id JOIN annotator n ON n.id = e.annotator_id"
  " WHERE e.deleted = 0 AND c.deleted = 0 ORDER BY e.uuid",

  "SELECT m.uuid, c.uuid AS claim, n.uuid AS annotator, m.text, m.created_at"
  " FROM comment m JOIN claim c ON c.id = m.claim_id JOIN annotator n ON n.id = m.annotator_id"
  " WHERE m.deleted = 0 AND c.deleted = 0 ORDER BY m.uuid",
};

static void
assert_same_rows (const char *a,
                  const char *b)
{
  for (guint q = 0; q < G_N_ELEMENTS (row_queries); q++)
    {
      g_autoptr(GPtrArray) rows_a = query_rows (a, row_queries[q]);
      g_autoptr(GPtrArray) rows_b = query_rows (b, row_queries[q]);

      g_test_message ("query %u: %u rows", q, rows_a->len);
      g_assert_cmpuint (rows_a->len, >, 0);
      g_assert_cmpuint (rows_a->len, ==, rows_b->len);
      for (guint r = 0; r < rows_a->len; r++)
        g_assert_cmpstr (g_ptr_array_index (rows_a, r), ==, g_ptr_array_index (rows_b, r));
    }
}

static char *
export_json (QcStore       *store,
             QcExportScope  scope,
             gint64         id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = qc_export_to_bytes (store, scope, id, QC_EXPORT_FORMAT_JSON, NULL, &error);
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  return g_strndup (data, length);
}

static QcAnnotationImport *
import_json (QcStore    *store,
             const char *json)
{
  g_autoptr(GError) error = NULL;
  QcAnnotationImport *result = NULL;

  g_assert_true (qc_annotations_import_data (store, json, strlen (json), "test.json", &result, &error));
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static QcStore *
open_second (Fixture *fixture,
             char   **path)
{
  g_autoptr(GError) error = NULL;
  QcStore *store;

  *path = g_build_filename (fixture->dir, "colleague.db", NULL);
  store = qc_store_open (*path, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = open_second (fixture, &path);
  g_autoptr(QcAnnotationImport) result = import_json (other, json);

  g_assert_cmpuint (result->n_articles_created, ==, 1);
  g_assert_cmpuint (result->n_claims_added, ==, fixture->n_claims);
  g_assert_cmpuint (result->n_claims_updated, ==, 0);
  g_assert_cmpuint (result->n_speakers_created, ==, 2);
  g_assert_cmpuint (result->n_sources_added, ==, 2);
  g_assert_cmpuint (result->n_comments_added, ==, 1);
  g_assert_cmpuint (result->unplaced->len, ==, 0);
  g_assert_cmpuint (result->article_ids->len, ==, 1);
  g_assert_cmpint (result->annotator_id, !=, qc_store_get_local_annotator (other));

  assert_same_rows (fixture->db_path, path);

  /* And back: the colleague's export of the same annotations is the same
   * file, byte for byte. */
  {
    QcExportOptions mine = { .now = "2026-01-01T00:00:00Z" };
    QcExportOptions theirs = { .annotator_id = result->annotator_id, .now = "2026-01-01T00:00:00Z" };
    g_autoptr(GBytes) a = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                              QC_EXPORT_FORMAT_JSON, &mine, NULL);
    g_autoptr(GBytes) b = qc_export_to_bytes (other, QC_EXPORT_SCOPE_ARTICLE,
                                              g_array_index (result->article_ids, gint64, 0),
                                              QC_EXPORT_FORMAT_JSON, &theirs, NULL);

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                     g_bytes_get_data (b, NULL), g_bytes_get_size (b));
  }
}

static void
test_round_trip_detected (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "city-council-budget.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = NULL;
  g_autoptr(QcAnnotationImport) result = NULL;
  g_autoptr(json_object) root = NULL;
  QcImportResult imported = { 0 };

  if (!g_file_test (sample, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("data/samples/city-council-budget.txt is missing");
      return;
    }
  g_assert_true (qc_store_import_file (fixture->store, sample, NULL, 0, &imported, &error));
  g_assert_no_error (error);

  /* Every article, in one file: "articles" instead of "article" */
  json = export_json (fixture->store, QC_EXPORT_SCOPE_ALL, 0);
  root = parse_json_or_die (json);
  g_assert_true (json_object_object_get_ex (root, "articles", NULL));
  g_assert_false (json_object_object_get_ex (root, "article", NULL));
  g_assert_cmpuint (json_object_array_length (member (root, "articles", json_type_array)), ==, 2);

  other = open_second (fixture, &path);
  result = import_json (other, json);
  g_assert_cmpuint (result->n_articles_created, ==, 2);
  g_assert_cmpuint (result->n_claims_added, ==, fixture->n_claims + imported.n_claims_added);
  assert_same_rows (fixture->db_path, path);
}

static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = open_second (fixture, &path);
  g_autoptr(QcAnnotationImport) first = import_json (other, json);
  g_autoptr(QcAnnotationImport) second = NULL;
  g_autofree char *before = fingerprint (path);
  g_autofree char *after = NULL;

  second = import_json (other, json);
  after = fingerprint (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (second->n_claims_added, ==, 0);
  g_assert_cmpuint (second->n_claims_updated, ==, 0);
  g_assert_cmpuint (second->n_claims_unchanged, ==, fixture->n_claims);
  g_assert_cmpuint (second->n_articles_created, ==, 0);
  g_assert_cmpuint (second->n_speakers_created, ==, 0);
  g_assert_cmpuint (second->n_speakers_matched, ==, 2);
  g_assert_cmpuint (second->n_sources_added, ==, 0);
  g_assert_cmpuint (second->n_comments_added, ==, 0);
  g_assert_cmpint (second->annotator_id, ==, first->annotator_id);
  g_assert_cmpint (g_array_index (second->article_ids, gint64, 0), ==, g_array_index (first->article_ids, gint64, 0));
}

static void
test_import_into_source (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *before = fingerprint (fixture->db_path);
  g_autofree char *after = NULL;
  g_autoptr(QcAnnotationImport) result = import_json (fixture->store, json);

  after = fingerprint (fixture->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (result->annotator_id, ==, qc_store_get_local_annotator (fixture->store));
  g_assert_cmpint (g_array_index (result->article_ids, gint64, 0), ==, fixture->article_id);
  g_assert_cmpuint (result->n_claims_unchanged, ==, fixture->n_claims);
}

/* A claim of the file, by its position in "claims" */
static json_object *
file_claim (json_object *root,
            guint        index)
{
  return json_object_array_get_idx (member (root, "claims", json_type_array), index);
}

static void
test_newer_claim_updates (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = open_second (fixture, &path);
  g_autoptr(QcAnnotationImport) first = import_json (other, json);
  g_autoptr(QcAnnotationImport) second = NULL;
  g_autoptr(QcAnnotationImport) third = NULL;
  g_autoptr(json_object) root = parse_json_or_die (json);
  g_autoptr(GError) error = NULL;
  json_object *claim = file_claim (root, 1);
  const char *uuid = member_string (claim, "uuid");
  g_autoptr(QcClaim) stored = NULL;
  g_autofree char *label = NULL;
  gint64 id;

  /* The colleague changed claim 2 later; claim 3 changed too, but with an
   * older time than ours: ours stands. */
  json_object_object_add (claim, "note", json_object_new_string ("Revised after a call"));
  json_object_object_add (claim, "evidence", json_object_new_string ("disputed"));
  json_object_object_add (claim, "updated_at", json_object_new_string ("2999-01-01T00:00:00.000000Z"));
  json_object_object_add (file_claim (root, 2), "note", json_object_new_string ("stale"));
  json_object_object_add (file_claim (root, 2), "updated_at", json_object_new_string ("2000-01-01T00:00:00Z"));

  second = import_json (other, json_object_to_json_string (root));
  g_assert_cmpuint (second->n_claims_updated, ==, 1);
  g_assert_cmpuint (second->n_claims_unchanged, ==, fixture->n_claims - 1);
  g_assert_cmpuint (second->n_claims_added, ==, 0);

  id = qc_store_find_claim (other, uuid, &error);
  g_assert_no_error (error);
  stored = qc_store_get_claim (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_claim_get_note (stored), ==, "Revised after a call");
  g_assert_cmpint (qc_claim_get_evidence (stored), ==, QC_EVIDENCE_DISPUTED);
  {
    g_autoptr(QcClaim) kept = qc_store_get_claim (other, qc_store_find_claim (other, member_string (file_claim (root, 2), "uuid"), NULL), NULL);

    g_assert_cmpstr (qc_claim_get_note (kept), !=, "stale");
  }

  /* Imported once more: nothing newer now */
  third = import_json (other, json_object_to_json_string (root));
  g_assert_cmpuint (third->n_claims_updated, ==, 0);

  /* The update is one undoable action */
  g_assert_true (qc_store_undo (other, &label, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = qc_store_get_claim (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qc_claim_get_evidence (stored), ==, QC_EVIDENCE_SUPPORTED);
}

/* Another version of the text at the same URL: claims are placed by
 * their quotes; one whose sentence is gone is kept as an orphan. */
static void
test_reanchor (Fixture       *fixture,
               gconstpointer  data)
{
  static const char edited[] =
    "Updated at 18:00 with the council's reply.\n"
    "\n"
    "RIVERTON — “We will fix every road by June,” Mayor Jane Roe said on Monday. "
    "\"This is <b>not</b> a drill.\"\n"
    "\n"
    "“It is a plan,” she said, “and a good one.”\n"
    "\n"
    "Councillor Ed Park said that the numbers “do not add up” and called it =SUM(A1:A9).\n";
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = open_second (fixture, &path);
  g_autoptr(QcText) text = qc_text_new (edited, -1, "edited", NULL);
  g_autoptr(QcAnnotationImport) result = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;
  QcArticleInfo info = { .url = "https://example.org/riverton/roads?id=1&view=full", .title = "Edited" };
  gint64 article_id;
  guint n_orphans = 0;

  article_id = qc_store_add_article (other, text, &info, &error);
  g_assert_no_error (error);

  result = import_json (other, json);
  g_assert_cmpuint (result->n_articles_created, ==, 0);
  g_assert_cmpuint (result->n_articles_reanchored, ==, 1);
  g_assert_cmpint (g_array_index (result->article_ids, gint64, 0), ==, article_id);
  g_assert_cmpuint (result->n_claims_added, ==, fixture->n_claims);
  g_assert_cmpuint (result->unplaced->len, ==, 1);
  g_assert_cmpstr (((QcUnplacedClaim *) g_ptr_array_index (result->unplaced, 0))->quote, ==,
                   "the road budget rose by 40 percent last year");

  claims = qc_store_list_claims (other, article_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, fixture->n_claims);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      if (qc_claim_get_orphaned (claim))
        {
          n_orphans++;
          continue;
        }
      for (guint s = 0; s < qc_claim_get_n_segments (claim); s++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (claim, s);
          QcRange expected = find_span (edited, segment->quote);

          g_assert_cmpuint (segment->start, ==, expected.start);
          g_assert_cmpuint (segment->end, ==, expected.end);
        }
      if (strcmp (qc_claim_get_segment (claim, 0)->quote, "“We will fix every road by June,”") == 0)
        {
          gsize start, end;
          QcRange cue = find_span (edited, "Mayor Jane Roe said");

          g_assert_true (qc_claim_get_cue (claim, &start, &end));
          g_assert_cmpuint (start, ==, cue.start);
          g_assert_cmpuint (end, ==, cue.end);
        }
    }
  g_assert_cmpuint (n_orphans, ==, 1);
}

/* Malformed files: a clear error, and the database as it was */

typedef enum
{
  EDIT_NONE,
  EDIT_TRUNCATE,
  EDIT_EMPTY,
  EDIT_NOT_JSON,
  EDIT_TOP_ARRAY,
  EDIT_OTHER_FORMAT,
  EDIT_VERSION_2,
  EDIT_VERSION_STRING,
  EDIT_VERSION_0,
  EDIT_CLAIMS_OBJECT,
  EDIT_START_STRING,
  EDIT_EVIDENCE_UNKNOWN,
  EDIT_CONFIDENCE_RANGE,
  EDIT_HUGE_NOTE,
  EDIT_HUGE_TEXT,
  EDIT_DEEP_NESTING,
  EDIT_SHA_MISMATCH,
  EDIT_DUPLICATE_UUID,
  EDIT_UNKNOWN_SPEAKER,
  EDIT_INVALID_UTF8,
  EDIT_TRAILING,
  EDIT_SEGMENT_BACKWARDS,
  EDIT_NUL_IN_STRING,
  EDIT_BAD_UUID,
  EDIT_MISSING_TEXT,
  EDIT_BAD_TIME,
  EDIT_LAST_CLAIM_BAD,
} Edit;

typedef struct
{
  const char *name;
  Edit        edit;
  int         code;
  const char *words;   /* in the message */
} MalformedCase;

static const MalformedCase malformed_cases[] = {
  { "truncated", EDIT_TRUNCATE, QC_FORMAT_ERROR_PARSE, "ends too early" },
  { "empty", EDIT_EMPTY, QC_FORMAT_ERROR_PARSE, "test.json" },
  { "not-json", EDIT_NOT_JSON, QC_FORMAT_ERROR_PARSE, "not valid JSON" },
  { "top-level-array", EDIT_TOP_ARRAY, QC_FORMAT_ERROR_NOT_QUOTECHECK, "not a Quotecheck export" },
  { "other-format", EDIT_OTHER_FORMAT, QC_FORMAT_ERROR_NOT_QUOTECHECK, "\"format\": \"quotecheck\"" },
  { "unknown-version", EDIT_VERSION_2, QC_FORMAT_ERROR_VERSION, "newer" },
  { "version-string", EDIT_VERSION_STRING, QC_FORMAT_ERROR_INVALID, "version" },
  { "version-0", EDIT_VERSION_0, QC_FORMAT_ERROR_INVALID, "version" },
  { "claims-object", EDIT_CLAIMS_OBJECT, QC_FORMAT_ERROR_INVALID, "claims: expected a list" },
  { "start-string", EDIT_START_STRING, QC_FORMAT_ERROR_INVALID, "claims[0].segments[0].start" },
  { "evidence-unknown", EDIT_EVIDENCE_UNKNOWN, QC_FORMAT_ERROR_INVALID, "claims[0].evidence" },
  { "confidence-range", EDIT_CONFIDENCE_RANGE, QC_FORMAT_ERROR_INVALID, "confidence" },
  { "50mb-note", EDIT_HUGE_NOTE, QC_FORMAT_ERROR_TOO_LARGE, "claims[0].note" },
  { "50mb-text", EDIT_HUGE_TEXT, QC_FORMAT_ERROR_TOO_LARGE, "article.text" },
  { "deep-nesting", EDIT_DEEP_NESTING, QC_FORMAT_ERROR_PARSE, "nested" },
  { "sha-mismatch", EDIT_SHA_MISMATCH, QC_FORMAT_ERROR_INVALID, "article.sha256" },
  { "duplicate-uuid", EDIT_DUPLICATE_UUID, QC_FORMAT_ERROR_INVALID, "twice" },
  { "unknown-speaker", EDIT_UNKNOWN_SPEAKER, QC_FORMAT_ERROR_INVALID, "claims[0].speaker" },
  { "invalid-utf8", EDIT_INVALID_UTF8, QC_FORMAT_ERROR_PARSE, "not valid JSON" },
  { "trailing-garbage", EDIT_TRAILING, QC_FORMAT_ERROR_PARSE, "follows the document" },
  { "segment-backwards", EDIT_SEGMENT_BACKWARDS, QC_FORMAT_ERROR_INVALID, "end after it starts" },
  { "nul-in-string", EDIT_NUL_IN_STRING, QC_FORMAT_ERROR_INVALID, "NUL" },
  { "bad-uuid", EDIT_BAD_UUID, QC_FORMAT_ERROR_INVALID, "not a UUID" },
  { "missing-text", EDIT_MISSING_TEXT, QC_FORMAT_ERROR_INVALID, "article.text: missing" },
  { "bad-time", EDIT_BAD_TIME, QC_FORMAT_ERROR_INVALID, "ISO 8601" },
  { "last-claim-bad", EDIT_LAST_CLAIM_BAD, QC_FORMAT_ERROR_INVALID, "claims[4].kind" },
};

static char *
make_malformed (const char *json,
                Edit        edit)
{
  g_autoptr(json_object) root = parse_json_or_die (json);
  json_object *claim = file_claim (root, 0);
  json_object *segment = json_object_array_get_idx (member (claim, "segments", json_type_array), 0);

  switch (edit)
    {
    case EDIT_TRUNCATE:
      return g_strndup (json, strlen (json) / 2);
    case EDIT_EMPTY:
      return g_strdup ("");
    case EDIT_NOT_JSON:
      return g_strdup ("Dear colleague, here are my notes.");
    case EDIT_TOP_ARRAY:
      return g_strdup ("[]");
    case EDIT_OTHER_FORMAT:
      json_object_object_add (root, "format", json_object_new_string ("hypothesis"));
      break;
    case EDIT_VERSION_2:
      json_object_object_add (root, "version", json_object_new_int (2));
      break;
    case EDIT_VERSION_STRING:
      json_object_object_add (root, "version", json_object_new_string ("1"));
      break;
    case EDIT_VERSION_0:
      json_object_object_add (root, "version", json_object_new_int (0));
      break;
    case EDIT_CLAIMS_OBJECT:
      json_object_object_add (root, "claims", json_object_new_object ());
      break;
    case EDIT_START_STRING:
      json_object_object_add (segment, "start", json_object_new_string ("12"));
      break;
    case EDIT_EVIDENCE_UNKNOWN:
      json_object_object_add (claim, "evidence", json_object_new_string ("probably"));
      break;
    case EDIT_CONFIDENCE_RANGE:
      json_object_object_add (claim, "confidence", json_object_new_double (2.5));
      break;
    case EDIT_HUGE_NOTE:
    case EDIT_HUGE_TEXT:
      {
        gsize size = 50 * 1024 * 1024;
        g_autofree char *huge = g_malloc (size + 1);

        memset (huge, 'x', size);
        huge[size] = '\0';
        if (edit == EDIT_HUGE_NOTE)
          json_object_object_add (claim, "note", json_object_new_string_len (huge, (int) size));
        else
          json_object_object_add (member (root, "article", json_type_object), "text",
                                  json_object_new_string_len (huge, (int) size));
      }
      break;
    case EDIT_DEEP_NESTING:
      {
        GString *deep = g_string_new ("{\"format\":\"quotecheck\",\"version\":1,\"speakers\":");

        for (guint i = 0; i < 100000; i++)
          g_string_append_c (deep, '[');
        for (guint i = 0; i < 100000; i++)
          g_string_append_c (deep, ']');
        g_string_append_c (deep, '}');
        return g_string_free (deep, FALSE);
      }
    case EDIT_SHA_MISMATCH:
      json_object_object_add (member (root, "article", json_type_object), "sha256",
                              json_object_new_string ("0000000000000000000000000000000000000000000000000000000000000000"));
      break;
    case EDIT_DUPLICATE_UUID:
      json_object_object_add (file_claim (root, 1), "uuid", json_object_new_string (member_string (claim, "uuid")));
      break;
    case EDIT_UNKNOWN_SPEAKER:
      json_object_object_add (claim, "speaker", json_object_new_string ("00000000-0000-4000-8000-000000000000"));
      break;
    case EDIT_INVALID_UTF8:
      {
        g_autofree char *text = g_strdup (json_object_to_json_string (root));
        char *at = strstr (text, "Checked with");

        g_assert_nonnull (at);
        at[0] = (char) 0xC3;
        at[1] = (char) 0x28;
        return g_steal_pointer (&text);
      }
    case EDIT_TRAILING:
      return g_strconcat (json, "\n{\"format\":\"quotecheck\"}", NULL);
    case EDIT_SEGMENT_BACKWARDS:
      json_object_object_add (segment, "end", json_object_new_int (0));
      break;
    case EDIT_NUL_IN_STRING:
      json_object_object_add (claim, "rating", json_object_new_string_len ("Fal\0se", 6));
      break;
    case EDIT_BAD_UUID:
      json_object_object_add (claim, "uuid", json_object_new_string ("claim-1"));
      break;
    case EDIT_MISSING_TEXT:
      json_object_object_del (member (root, "article", json_type_object), "text");
      break;
    case EDIT_BAD_TIME:
      json_object_object_add (claim, "created_at", json_object_new_string ("yesterday"));
      break;
    case EDIT_LAST_CLAIM_BAD:
      json_object_object_add (file_claim (root, 4), "kind", json_object_new_int (3));
      break;
    case EDIT_NONE:
    default:
      break;
    }
  return g_strdup (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN));
}

static void
test_malformed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autofree char *path = NULL;
  g_autoptr(QcStore) other = open_second (fixture, &path);

  /* Something in the database already, that must stay as it is */
  {
    g_autoptr(QcText) text = qc_text_new ("“Nothing to see,” she said.", -1, NULL, NULL);

    g_assert_cmpint (qc_store_add_article (other, text, NULL, NULL), >, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (malformed_cases); i++)
    {
      const MalformedCase *test = &malformed_cases[i];
      g_autofree char *bad = make_malformed (json, test->edit);
      g_autofree char *before = fingerprint (path);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      QcAnnotationImport *result = NULL;

      g_test_message ("case %s", test->name);
      g_assert_false (qc_annotations_import_data (other, bad, strlen (bad), "test.json", &result, &error));
      g_assert_error (error, QC_FORMAT_ERROR, test->code);
      g_assert_null (result);
      g_test_message ("  → %s", error->message);
      g_assert_nonnull (strstr (error->message, "test.json"));
      if (strstr (error->message, test->words) == NULL)
        g_error ("case %s: “%s” does not say “%s”", test->name, error->message, test->words);
      g_assert_cmpuint (strlen (error->message), <, 400);
      after = fingerprint (path);
      g_assert_cmpstr (before, ==, after);
    }

  /* The valid file still goes in afterwards */
  {
    g_autoptr(QcAnnotationImport) result = import_json (other, json);

    g_assert_cmpuint (result->n_claims_added, ==, fixture->n_claims);
  }
}

static void
test_import_file_errors (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "nope.json", NULL);

  g_assert_false (qc_annotations_import_file (fixture->store, missing, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_false (qc_annotations_import_file (fixture->store, fixture->dir, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
}

/* The file says what DESIGN.md and docs/quotecheck-json.md say */
static void
test_document_shape (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json = export_json (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id);
  g_autoptr(json_object) root = parse_json_or_die (json);
  json_object *article = member (root, "article", json_type_object);
  json_object *claims = member (root, "claims", json_type_array);
  json_object *speakers = member (root, "speakers", json_type_array);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, member_string (article, "text"), -1);

  g_assert_cmpstr (member_string (root, "format"), ==, "quotecheck");
  g_assert_cmpint (json_object_get_int (member (root, "version", json_type_int)), ==, QC_JSON_FORMAT_VERSION);
  g_assert_true (g_uuid_string_is_valid (member_string (member (root, "annotator", json_type_object), "uuid")));
  g_assert_cmpstr (member_string (article, "sha256"), ==, sha);
  g_assert_cmpstr (member_string (article, "title"), ==, HOSTILE_TITLE);
  g_assert_cmpuint (json_object_array_length (claims), ==, fixture->n_claims);
  g_assert_cmpuint (json_object_array_length (speakers), ==, 2);

  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      json_object *segments = member (claim, "segments", json_type_array);

      g_assert_true (g_uuid_string_is_valid (member_string (claim, "uuid")));
      g_assert_cmpstr (member_string (claim, "article"), ==, member_string (article, "uuid"));
      for (size_t s = 0; s < json_object_array_length (segments); s++)
        {
          json_object *segment = json_object_array_get_idx (segments, s);
          const char *text = member_string (article, "text");
          gint64 start = json_object_get_int64 (member (segment, "start", json_type_int));
          gint64 end = json_object_get_int64 (member (segment, "end", json_type_int));
          g_autofree char *quote = g_utf8_substring (text, start, end);

          /* Offsets are code points into the text */
          g_assert_cmpstr (quote, ==, member_string (segment, "quote"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/qc/export-json/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("document-shape", test_document_shape);
  ADD ("round-trip", test_round_trip);
  ADD ("round-trip-detected-all", test_round_trip_detected);
  ADD ("import-twice-changes-nothing", test_import_twice);
  ADD ("import-into-source-changes-nothing", test_import_into_source);
  ADD ("newer-claim-updates", test_newer_claim_updates);
  ADD ("reanchor-other-version", test_reanchor);
  ADD ("malformed", test_malformed);
  ADD ("import-file-errors", test_import_file_errors);
#undef ADD

  return g_test_run ();
}
