/* test-store.c: QcStore: opening, schema, articles, claims, speakers, undo
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "qc-detect.h"
#include "qc-store-private.h"
#include "qc-store.h"

/* Our own sample article (not corpus text). */
static const char article_text[] =
  "Rain delays the harbour bridge\n"
  "\n"
  "The city council said on Monday that the harbour bridge would open in May, "
  "two months later than planned.\n"
  "\n"
  "“We will not cut corners on safety,” said Mayor Jane Porter. “The bridge has "
  "to last a hundred years.”\n"
  "\n"
  "Engineers blamed the weather. According to the chief engineer, Tom Baker, the "
  "river rose higher than in any spring since 1998.\n"
  "\n"
  "“It was a wet year,” Baker told reporters.\n";

/* Helpers */

typedef struct
{
  char    *dir;
  char    *path;
  QcStore *store;
} Fixture;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = qc_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = qc_store_open (f->path, &error);
  g_assert_no_error (error);
}

static QcText *
text_new (const char *str)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (str, -1, "test", &error);

  g_assert_no_error (error);
  return text;
}

static gint64
add_article (QcStore    *store,
             const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = text_new (body);
  QcArticleInfo info = { .title = "Test", .outlet = "Gazette" };
  gint64 id = qc_store_add_article (store, text, &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Character offset of the first @needle in @haystack. */
static gsize
char_offset (const char *haystack,
             const char *needle)
{
  const char *p = strstr (haystack, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (haystack, p);
}

static gint64
add_claim_at (QcStore    *store,
              gint64      article_id,
              const char *body,
              const char *quote)
{
  g_autoptr(GError) error = NULL;
  QcRange span;
  gint64 id;

  span.start = char_offset (body, quote);
  span.end = span.start + g_utf8_strlen (quote, -1);
  id = qc_store_add_claim (store, article_id, QC_CLAIM_KIND_DIRECT, &span, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint8 *
read_bytes (const char *path,
            gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return (guint8 *) contents;
}

/* Every live row of the user-visible tables, without updated_at (undo
 * is an edit too and moves it) and without the log itself. Undo of an
 * insert flags the row deleted rather than removing it, so what counts is
 * what the user sees: the rows not flagged. */
static char *
snapshot (QcStore *store)
{
  static const char *queries[] = {
    "SELECT * FROM annotator ORDER BY id",
    "SELECT * FROM article WHERE deleted = 0 ORDER BY id",
    "SELECT * FROM speaker WHERE deleted = 0 ORDER BY id",
    "SELECT * FROM speaker_alias WHERE deleted = 0 ORDER BY id",
    "SELECT * FROM claim WHERE deleted = 0 ORDER BY id",
    "SELECT g.claim_id, g.ordinal, g.start, g.\"end\", g.quote, g.prefix, g.suffix"
    " FROM claim_segment g JOIN claim c ON c.id = g.claim_id WHERE c.deleted = 0"
    " ORDER BY g.claim_id, g.ordinal",
    "SELECT * FROM evidence_source WHERE deleted = 0 ORDER BY id",
    "SELECT * FROM comment WHERE deleted = 0 ORDER BY id",
  };
  sqlite3 *db = _qc_store_get_db (store);
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (queries); t++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[t], -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%u]\n", t);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (strcmp (sqlite3_column_name (stmt, c), "updated_at") == 0)
                continue;
              g_string_append_printf (out, "%s=%s|", sqlite3_column_name (stmt, c),
                                      sqlite3_column_type (stmt, c) == SQLITE_NULL
                                      ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static gint64
count_rows (QcStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (_qc_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* The library's counts per article (all claims, those unassessed) read
 * the claim_article index alone, never the claim rows. */
static void
assert_counts_from_index (QcStore *store)
{
  static const char *counts[] = {
    "EXPLAIN QUERY PLAN SELECT count(*) FROM claim c WHERE c.article_id = 1 AND c.deleted = 0",
    "EXPLAIN QUERY PLAN SELECT count(*) FROM claim c WHERE c.article_id = 1 AND c.deleted = 0"
    " AND c.evidence = 'unassessed'",
  };

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM pragma_index_info ('claim_article')"), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      sqlite3_stmt *stmt = NULL;
      g_autoptr(GString) plan = g_string_new (NULL);

      g_assert_cmpint (sqlite3_prepare_v2 (_qc_store_get_db (store), counts[i], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);
      g_assert_nonnull (strstr (plan->str, "USING COVERING INDEX claim_article"));
    }
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Every row of @sql as text, one line per row */
static char *
dump_rows (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                            ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

static char *
dump_file_rows (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;
  char *rows;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rows = dump_rows (db, sql);
  sqlite3_close (db);
  return rows;
}

#define SEGMENT_ROWS \
  "SELECT claim_id, ordinal, start, \"end\", quote, prefix, suffix FROM claim_segment" \
  " ORDER BY claim_id, ordinal"

/* Opening */

static void
test_open_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (":memory:", &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (qc_store_get_schema_version (store), ==, QC_STORE_SCHEMA_VERSION);
  g_assert_false (qc_store_is_read_only (store));
  g_assert_cmpint (qc_store_get_local_annotator (store), >, 0);
  name = qc_store_dup_annotator_name (store, qc_store_get_local_annotator (store), &error);
  g_assert_no_error (error);
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  g_assert_false (qc_store_can_undo (store));
  assert_counts_from_index (store);
}

static void
test_open_creates_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "a", "b", "quotecheck.db", NULL);
  g_autoptr(QcStore) store = qc_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_open_default_path (void)
{
  g_autofree char *path = qc_store_dup_default_path ();

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "quotecheck" G_DIR_SEPARATOR_S "quotecheck.db"));
}

static void
test_open_pragmas (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3 *db = _qc_store_get_db (f->store);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  g_assert_cmpint (count_rows (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "PRAGMA user_version"), ==, QC_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (f->store, "PRAGMA application_id"), ==, QC_STORE_APPLICATION_ID);
}

static void
assert_refused_untouched (const char *path,
                          gint        code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = NULL;
  g_autofree guint8 *before = NULL;
  g_autofree guint8 *after = NULL;
  gsize n_before;
  gsize n_after;

  before = read_bytes (path, &n_before);
  store = qc_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, QC_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  after = read_bytes (path, &n_after);
  g_assert_cmpmem (before, n_before, after, n_after);
}

static void
test_open_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  static const char *contents[] = {
    "My notes, not a database at all.\n",
    "SQLite format 2\0 but not really",
    "x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_file_set_contents (path, contents[i], -1, &error);
      g_assert_no_error (error);
      assert_refused_untouched (path, QC_STORE_ERROR_CORRUPT);
    }
  g_remove (path);
  g_rmdir (dir);
}

static void
test_open_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_autoptr(QcStore) store = qc_store_open (dir, &error);

  g_assert_null (store);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT);
  g_rmdir (dir);
}

static void
test_open_other_program (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);

  raw_exec (path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  assert_refused_untouched (path, QC_STORE_ERROR_CORRUPT);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_open_too_new (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", QC_STORE_SCHEMA_VERSION + 1);

  add_article (f->store, article_text);
  g_clear_object (&f->store);
  raw_exec (f->path, sql);
  assert_refused_untouched (f->path, QC_STORE_ERROR_SCHEMA_TOO_NEW);
}

static void
test_open_damaged (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *bytes = NULL;
  gsize length;
  GString *body = g_string_new (NULL);

  /* Enough for several pages, then garbage over every page but the first
   * (the header stays valid: the damage is inside). */
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (body, "Paragraph %u says “quote number %u” here.\n\n", i, i);
  add_article (f->store, body->str);
  g_string_free (body, TRUE);
  g_clear_object (&f->store);
  raw_exec (f->path, "PRAGMA journal_mode = DELETE");

  bytes = read_bytes (f->path, &length);
  g_assert_cmpuint (length, >, 4 * 4096);
  for (gsize i = 4096; i < length; i++)
    bytes[i] = (guint8) (i * 7 + 3);
  g_file_set_contents (f->path, (const char *) bytes, length, &error);
  g_assert_no_error (error);

  assert_refused_untouched (f->path, QC_STORE_ERROR_CORRUPT);
}

/* The committed file was written by schema version 1 (see
 * tests/data/make-schema-v1.sh); it must open and read as it was. */
static void
test_migration_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "schema-v1.db", NULL);
  g_autofree char *dir = g_dir_make_tmp ("qc-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GListModel) articles = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(QcClaim) claim = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *segments_v1 = NULL;
  gboolean found_supported = FALSE;
  gsize length;

  if (!g_file_test (source, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("tests/data/schema-v1.db is missing");
      return;
    }
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  /* A split quote, as schema 1 stored it: claim 2 gets a second segment. */
  raw_exec (path, "INSERT INTO claim_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
                  " SELECT 2, 1, start, \"end\", quote, prefix, suffix FROM claim_segment"
                  " WHERE claim_id = 3 AND ordinal = 0");
  segments_v1 = dump_file_rows (path, SEGMENT_ROWS);
  g_assert_nonnull (strstr (segments_v1, "\n2|1|"));

  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qc_store_get_schema_version (store), ==, QC_STORE_SCHEMA_VERSION);

  /* Schema 2: first segments in the claim rows, the rest beside them,
   * claim_segment the same rows as before. */
  {
    g_autofree char *segments_v2 = dump_rows (_qc_store_get_db (store), SEGMENT_ROWS);
    g_autoptr(QcClaim) split = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    QcRange span;

    g_assert_cmpstr (segments_v2, ==, segments_v1);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM claim WHERE quote_start IS NULL"), ==, 0);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM claim_more_segment"), ==, 1);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM sqlite_schema"
                                        " WHERE name = 'change_log_article'"), ==, 0);
    /* Schema 3: the counts of an article's claims come from the index */
    assert_counts_from_index (store);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

    split = qc_store_get_claim (store, 2, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (qc_claim_get_n_segments (split), ==, 2);
    g_assert_cmpstr (qc_claim_get_segment (split, 1)->quote, ==, "“The bridge has to last a hundred years.”");

    /* A span change on a migrated claim undoes to the same rows. */
    before = snapshot (store);
    span.start = qc_claim_get_segment (split, 0)->start;
    span.end = span.start + 3;
    g_assert_true (qc_store_set_claim_spans (store, 2, &span, 1, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM claim_more_segment"), ==, 0);
    g_assert_true (qc_store_undo (store, NULL, &error));
    g_assert_no_error (error);
    after = snapshot (store);
    g_assert_cmpstr (after, ==, before);
    g_clear_pointer (&segments_v2, g_free);
    segments_v2 = dump_rows (_qc_store_get_db (store), SEGMENT_ROWS);
    g_assert_cmpstr (segments_v2, ==, segments_v1);
  }

  articles = qc_store_list_articles (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  article = qc_store_get_article (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_title (article), ==, "Schema one fixture");
  g_assert_cmpstr (qc_article_get_outlet (article), ==, "Test Gazette");
  g_assert_cmpstr (qc_article_get_published_at (article), ==, "2026-01-15");
  g_assert_nonnull (strstr (qc_article_get_body (article), "“We will not cut corners on safety,”"));

  claims = qc_store_list_claims (store, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) c = g_list_model_get_item (claims, i);
      const QcClaimSegment *segment = qc_claim_get_segment (c, 0);

      g_assert_nonnull (strstr (qc_article_get_body (article), segment->quote));
      if (qc_claim_get_evidence (c) == QC_EVIDENCE_SUPPORTED)
        {
          found_supported = TRUE;
          g_assert_cmpstr (qc_claim_get_note (c), ==, "checked against the minutes");
          sources = qc_store_list_sources (store, qc_claim_get_id (c), &error);
          g_assert_no_error (error);
          g_assert_cmpuint (sources->len, ==, 1);
          g_assert_cmpstr (((QcEvidenceSource *) sources->pdata[0])->url, ==, "https://example.org/minutes");
        }
    }
  g_assert_true (found_supported);

  speakers = qc_store_list_speakers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (speakers), >=, 1);

  /* Old history undoes in the new version. */
  g_assert_true (qc_store_can_undo (store));
  g_assert_true (qc_store_undo (store, NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  remove_tree (dir);
}

/* Articles */

static void
test_article_add (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = text_new ("\xEF\xBB\xBFLine one\r\nLine two “quoted”\r\n");
  QcArticleInfo info = {
    .title = "Title", .outlet = "Outlet", .author = "A. Writer", .url = "https://example.org/a",
    .published_at = "2026-02-01", .language = "en",
  };
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *sha = NULL;
  gint64 id;

  id = qc_store_add_article (f->store, text, &info, &error);
  g_assert_no_error (error);
  article = qc_store_get_article (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_body (article), ==, "Line one\nLine two “quoted”\n");
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Line one\nLine two “quoted”\n", -1);
  g_assert_cmpstr (qc_article_get_body_sha256 (article), ==, sha);
  g_assert_cmpstr (qc_article_get_title (article), ==, "Title");
  g_assert_cmpstr (qc_article_get_outlet (article), ==, "Outlet");
  g_assert_cmpstr (qc_article_get_author (article), ==, "A. Writer");
  g_assert_cmpstr (qc_article_get_url (article), ==, "https://example.org/a");
  g_assert_cmpstr (qc_article_get_published_at (article), ==, "2026-02-01");
  g_assert_cmpstr (qc_article_get_language (article), ==, "en");
  g_assert_cmpint (qc_article_get_annotator_id (article), ==, qc_store_get_local_annotator (f->store));
  g_assert_cmpuint (strlen (qc_article_get_uuid (article)), ==, 36);
  g_assert_nonnull (qc_article_get_imported_at (article));

  g_assert_cmpint (qc_store_find_article (f->store, qc_article_get_uuid (article), &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (qc_store_find_article (f->store, "1", &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (qc_store_find_article (f->store, "999", &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_find_article (f->store, "' OR 1=1 --", &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  list = qc_store_list_articles (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(QcArticle) listed = g_list_model_get_item (list, 0);

    g_assert_null (qc_article_get_body (listed));
    g_assert_cmpstr (qc_article_get_title (listed), ==, "Title");
  }

  g_assert_true (qc_store_delete_article (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (qc_store_get_article (f->store, id, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&article);
  article = qc_store_get_article (f->store, id, &error);
  g_assert_no_error (error);
}

static void
test_import_detects (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = text_new (article_text);
  g_autoptr(QcDetection) detection = qc_detect (text);
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GHashTable) utterances = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  QcImportResult result = { 0 };
  guint n_segments = 0;

  g_assert_true (qc_store_import_text (f->store, text, NULL, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.status, ==, QC_IMPORT_NEW);
  g_assert_cmpint (result.article_id, >, 0);

  /* One claim per (utterance, speaker) of the engine's pieces, whatever
   * the engine finds today. */
  for (guint i = 0; i < qc_detection_get_n_claims (detection); i++)
    {
      const QcDetectedClaim *c = qc_detection_get_claim (detection, i);

      g_hash_table_add (utterances, g_strdup_printf ("%u/%d", c->utterance, c->speaker));
    }
  g_assert_cmpuint (result.n_claims_added, ==, g_hash_table_size (utterances));

  claims = qc_store_list_claims (f->store, result.article_id, qc_store_get_local_annotator (f->store), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, result.n_claims_added);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      g_assert_cmpint (qc_claim_get_origin (claim), ==, QC_CLAIM_ORIGIN_DETECTED);
      g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNASSESSED);
      g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
      g_assert_cmpint (qc_claim_get_annotator_id (claim), ==, qc_store_get_local_annotator (f->store));
      g_assert_false (qc_claim_get_orphaned (claim));
      g_assert_cmpuint (qc_claim_get_n_segments (claim), >=, 1);
      n_segments += qc_claim_get_n_segments (claim);
      for (guint k = 0; k < qc_claim_get_n_segments (claim); k++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (claim, k);
          g_autofree char *expected = g_utf8_substring (qc_text_get_data (text), segment->start, segment->end);

          g_assert_cmpstr (segment->quote, ==, expected);
          if (k > 0)
            g_assert_cmpuint (segment->start, >=, qc_claim_get_segment (claim, k - 1)->start);
        }
      if (qc_claim_get_speaker_id (claim) != 0)
        g_assert_nonnull (qc_claim_get_speaker_name (claim));
    }
  g_assert_cmpuint (n_segments, <=, qc_detection_get_n_claims (detection));
}

static void
test_import_same_body (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = text_new (article_text);
  g_autoptr(QcText) again = text_new (article_text);
  QcImportResult first = { 0 };
  QcImportResult second = { 0 };
  gint64 n_claims;

  g_assert_true (qc_store_import_text (f->store, text, NULL, 0, &first, &error));
  g_assert_no_error (error);
  n_claims = count_rows (f->store, "SELECT count(*) FROM claim");
  g_assert_true (qc_store_import_text (f->store, again, NULL, 0, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (second.status, ==, QC_IMPORT_EXISTING);
  g_assert_cmpint (second.article_id, ==, first.article_id);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM article"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim"), ==, n_claims);
}

static void
test_import_formats (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char html[] =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge late | Gazette</title>"
    "<meta property=\"og:title\" content=\"Bridge late\">"
    "<meta name=\"author\" content=\"Ann Reporter\">"
    "<meta property=\"article:published_time\" content=\"2026-03-04T10:00:00Z\">"
    "<meta property=\"og:site_name\" content=\"Gazette\">"
    "<link rel=\"canonical\" href=\"https://example.org/bridge\">"
    "<script>var x = \"not text\";</script><style>p { color: red }</style></head>"
    "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
    "<article><h1>Bridge late</h1><p>“We will wait,” said Mayor Jane Porter.</p>"
    "<p>The council &amp; the engineers agreed.</p></article>"
    "<footer>Copyright Gazette</footer></body></html>";
  static const char markdown[] =
    "---\ntitle: Markdown piece\nauthor: M. Down\ndate: 2026-01-02\n---\n"
    "# Markdown piece\n\nThe **mayor** said: “We will *wait*.” See [the report](https://example.org).\n";
  g_autoptr(QcArticle) article = NULL;
  QcImportResult result = { 0 };
  QcArticleInfo overrides = { .outlet = "Override Outlet" };

  g_assert_true (qc_store_import_data (f->store, html, strlen (html), "page.html", NULL, 0, &result, &error));
  g_assert_no_error (error);
  article = qc_store_get_article (f->store, result.article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_title (article), ==, "Bridge late");
  g_assert_cmpstr (qc_article_get_author (article), ==, "Ann Reporter");
  g_assert_cmpstr (qc_article_get_published_at (article), ==, "2026-03-04");
  g_assert_cmpstr (qc_article_get_url (article), ==, "https://example.org/bridge");
  g_assert_cmpstr (qc_article_get_outlet (article), ==, "Gazette");
  g_assert_cmpstr (qc_article_get_language (article), ==, "en");
  g_assert_cmpstr (qc_article_get_source_format (article), ==, "html");
  g_assert_cmpstr (qc_article_get_body (article), ==,
                   "Bridge late\n\n“We will wait,” said Mayor Jane Porter.\n\n"
                   "The council & the engineers agreed.");
  g_clear_object (&article);

  g_assert_true (qc_store_import_data (f->store, markdown, strlen (markdown), NULL, &overrides, 0,
                                       &result, &error));
  g_assert_no_error (error);
  article = qc_store_get_article (f->store, result.article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_source_format (article), ==, "markdown");
  g_assert_cmpstr (qc_article_get_source_name (article), ==, "stdin");
  g_assert_cmpstr (qc_article_get_title (article), ==, "Markdown piece");
  g_assert_cmpstr (qc_article_get_author (article), ==, "M. Down");
  g_assert_cmpstr (qc_article_get_published_at (article), ==, "2026-01-02");
  g_assert_cmpstr (qc_article_get_outlet (article), ==, "Override Outlet");
  g_assert_cmpstr (qc_article_get_body (article), ==,
                   "Markdown piece\n\nThe mayor said: “We will wait.” See the report.");
  g_clear_object (&article);

  g_assert_true (qc_store_import_data (f->store, article_text, strlen (article_text), "bridge.txt",
                                       NULL, 0, &result, &error));
  g_assert_no_error (error);
  article = qc_store_get_article (f->store, result.article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_title (article), ==, "Rain delays the harbour bridge");
  g_assert_cmpstr (qc_article_get_source_format (article), ==, "text");
}

static void
test_import_refuses_junk (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char binary[] = "PK\x03\x04\0\0junk";
  QcImportResult result = { 0 };

  g_assert_false (qc_store_import_data (f->store, binary, sizeof binary - 1, "a.zip", NULL, 0, &result, &error));
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_BINARY);
  g_clear_error (&error);
  g_assert_false (qc_store_import_data (f->store, "bad \xC3\x28", 6, "bad.txt", NULL, 0, &result, &error));
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8);
  g_clear_error (&error);
  g_assert_false (qc_store_import_data (f->store, "  \n\n ", 5, "blank.txt", NULL, 0, &result, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM article"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM action"), ==, 0);
}

/* Speakers */

static void
test_speaker_matching (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 emile;
  gint64 found;

  emile = qc_store_add_speaker (f->store, "Émile Zola", QC_SPEAKER_KIND_PERSON, "Writer", &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_add_speaker_alias (f->store, emile, "Zola", &error));
  g_assert_no_error (error);

  g_assert_cmpint (_qc_store_match_speaker (f->store, "ÉMILE   ZOLA", NULL, &error), ==, emile);
  g_assert_cmpint (_qc_store_match_speaker (f->store, "zola", NULL, &error), ==, emile);
  g_assert_cmpint (_qc_store_match_speaker (f->store, "Mr Zola", (const char *[]) { "ZOLA", NULL }, &error), ==, emile);
  g_assert_cmpint (_qc_store_match_speaker (f->store, "Someone Else", NULL, &error), ==, 0);
  g_assert_no_error (error);

  found = qc_store_find_speaker (f->store, "émile zola", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, emile);
  g_assert_cmpint (qc_store_find_speaker (f->store, "Nobody", &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (qc_store_add_speaker (f->store, "   ", QC_SPEAKER_KIND_PERSON, NULL, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
}

static void
test_speaker_across_articles (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) first = text_new (article_text);
  g_autoptr(QcText) second = text_new ("A new day\n\n“The bridge is open,” said Mayor Jane Porter on Friday.\n");
  QcImportResult r1 = { 0 };
  QcImportResult r2 = { 0 };
  gint64 n_speakers;

  g_assert_true (qc_store_import_text (f->store, first, NULL, 0, &r1, &error));
  g_assert_no_error (error);
  n_speakers = count_rows (f->store, "SELECT count(*) FROM speaker");
  g_assert_cmpuint (r1.n_speakers_created, ==, n_speakers);
  g_assert_true (qc_store_import_text (f->store, second, NULL, 0, &r2, &error));
  g_assert_no_error (error);

  /* A speaker the engine names in both articles is one row. */
  g_assert_cmpint (count_rows (f->store,
                               "SELECT count(*) FROM (SELECT name_key FROM speaker"
                               " GROUP BY name_key HAVING count(*) > 1)"), ==, 0);
}

static void
test_speaker_merge (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcSpeaker) merged = NULL;
  g_autoptr(GListModel) claims = NULL;
  gint64 article = add_article (f->store, article_text);
  gint64 a = qc_store_add_speaker (f->store, "Jane Porter", QC_SPEAKER_KIND_PERSON, NULL, &error);
  gint64 b = qc_store_add_speaker (f->store, "Mayor Porter", QC_SPEAKER_KIND_UNKNOWN, "Mayor", &error);
  gint64 c1 = add_claim_at (f->store, article, article_text, "We will not cut corners on safety,");
  gint64 c2 = add_claim_at (f->store, article, article_text, "The bridge has to last a hundred years.");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char * const *aliases;

  g_assert_no_error (error);
  g_assert_true (qc_store_add_speaker_alias (f->store, b, "Porter", &error));
  g_assert_true (qc_store_add_speaker_alias (f->store, a, "porter", &error));
  g_assert_true (qc_store_set_claim_speaker (f->store, c1, a, &error));
  g_assert_true (qc_store_set_claim_speaker (f->store, c2, b, &error));
  g_assert_no_error (error);

  before = snapshot (f->store);
  g_assert_true (qc_store_merge_speakers (f->store, a, b, &error));
  g_assert_no_error (error);
  after = snapshot (f->store);

  merged = qc_store_get_speaker (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_speaker_get_role (merged), ==, "Mayor");
  g_assert_cmpint (qc_speaker_get_kind (merged), ==, QC_SPEAKER_KIND_PERSON);
  g_assert_cmpuint (qc_speaker_get_n_claims (merged), ==, 2);
  aliases = qc_speaker_get_aliases (merged);
  g_assert_cmpuint (g_strv_length ((char **) aliases), ==, 2);
  g_assert_cmpstr (aliases[0], ==, "Mayor Porter");
  g_assert_cmpstr (aliases[1], ==, "porter");
  g_assert_null (qc_store_get_speaker (f->store, b, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  claims = qc_store_list_speaker_claims (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);

  g_assert_false (qc_store_merge_speakers (f->store, a, a, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* One undo splits them again, exactly. */
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *undone = snapshot (f->store);

    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_true (qc_store_redo (f->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *redone = snapshot (f->store);

    g_assert_cmpstr (redone, ==, after);
  }
}

/* Claims */

static void
test_claim_segments (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char body[] =
    "Intro 🙂 with emoji and ñ.\n\n“Part one,” she said, “part two 😀.” مرحبا بالعالم end.";
  gint64 article = add_article (f->store, body);
  QcRange spans[2];
  g_autoptr(QcClaim) claim = NULL;
  g_autofree char *text = NULL;
  const QcClaimSegment *s;
  gint64 id;

  /* Given in reverse: stored in text order. */
  spans[1].start = char_offset (body, "“Part one,”");
  spans[1].end = spans[1].start + g_utf8_strlen ("“Part one,”", -1);
  spans[0].start = char_offset (body, "“part two 😀.”");
  spans[0].end = spans[0].start + g_utf8_strlen ("“part two 😀.”", -1);
  id = qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, spans, 2, 0, &error);
  g_assert_no_error (error);

  claim = qc_store_get_claim (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qc_claim_get_n_segments (claim), ==, 2);
  s = qc_claim_get_segment (claim, 0);
  g_assert_cmpstr (s->quote, ==, "“Part one,”");
  g_assert_cmpstr (s->prefix, ==, "Intro 🙂 with emoji and ñ.\n\n");
  g_assert_cmpstr (s->suffix, ==, " she said, “part two 😀.” مرحبا ب");
  g_assert_cmpuint (g_utf8_strlen (s->suffix, -1), ==, QC_STORE_CONTEXT_CHARS);
  s = qc_claim_get_segment (claim, 1);
  g_assert_cmpstr (s->quote, ==, "“part two 😀.”");
  g_assert_cmpstr (s->suffix, ==, " مرحبا بالعالم end.");
  g_assert_cmpuint (qc_claim_get_start (claim), ==, spans[1].start);
  g_assert_cmpuint (qc_claim_get_end (claim), ==, spans[0].end);
  text = qc_claim_dup_text (claim);
  g_assert_cmpstr (text, ==, "“Part one,” … “part two 😀.”");
  g_assert_cmpint (qc_claim_get_origin (claim), ==, QC_CLAIM_ORIGIN_MANUAL);
}

static int
exec_sql (QcStore    *store,
          const char *sql)
{
  return sqlite3_exec (_qc_store_get_db (store), sql, NULL, NULL, NULL);
}

/* Schema 2 keeps a claim's first segment in its row; the claim_segment
 * view still reads and writes like the table of schema 1. */
static void
test_claim_segment_view (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char body[] = "“One,” he said, “two.” And “three.”";
  gint64 article = add_article (f->store, body);
  QcRange spans[2] = { { 0, 6 }, { 16, 22 } };
  QcRange single = { 27, 35 };
  g_autofree char *rows = NULL;
  g_autofree char *sql = NULL;
  gint64 id;
  gint64 other;

  id = qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, spans, 2, 0, &error);
  g_assert_no_error (error);
  other = qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, &single, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim_more_segment"), ==, 1);

  rows = dump_rows (_qc_store_get_db (f->store), SEGMENT_ROWS);
  sql = g_strdup_printf ("%" G_GINT64_FORMAT "|0|0|6|“One,”|| he said, “two.” And “three.”|\n"
                         "%" G_GINT64_FORMAT "|1|16|22|“two.”|“One,” he said, | And “three.”|\n"
                         "%" G_GINT64_FORMAT "|0|27|35|“three.”|“One,” he said, “two.” And ||\n",
                         id, id, other);
  g_assert_cmpstr (rows, ==, sql);

  /* The old table's rules */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO claim_segment VALUES (%" G_GINT64_FORMAT ", 0, 1, 2, 'q', 'p', 's')", id);
  g_assert_cmpint (exec_sql (f->store, sql) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (f->store, "INSERT INTO claim_segment VALUES (9999, 1, 1, 2, 'q', 'p', 's')") & 0xff,
                   ==, SQLITE_CONSTRAINT);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO claim_segment VALUES (%" G_GINT64_FORMAT ", 2, 1, 2, NULL, 'p', 's')", id);
  g_assert_cmpint (exec_sql (f->store, sql) & 0xff, ==, SQLITE_CONSTRAINT);
  {
    g_autofree char *unchanged = dump_rows (_qc_store_get_db (f->store), SEGMENT_ROWS);

    g_assert_cmpstr (unchanged, ==, rows);
  }

  /* Update, delete and insert, first segment and the others */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE claim_segment SET start = 1 WHERE claim_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (exec_sql (f->store, sql), ==, SQLITE_OK);
  {
    g_autoptr(QcClaim) claim = qc_store_get_claim (f->store, id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (qc_claim_get_n_segments (claim), ==, 2);
    g_assert_cmpuint (qc_claim_get_segment (claim, 0)->start, ==, 1);
    g_assert_cmpuint (qc_claim_get_segment (claim, 1)->start, ==, 1);
    g_assert_cmpstr (qc_claim_get_segment (claim, 1)->quote, ==, "“two.”");
  }
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM claim_segment WHERE claim_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (exec_sql (f->store, sql), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim_segment"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim_more_segment"), ==, 0);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO claim_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
                         " VALUES (%" G_GINT64_FORMAT ", 0, 0, 6, 'a', 'b', 'c'),"
                         " (%" G_GINT64_FORMAT ", 1, 16, 22, 'd', 'e', 'f')", id, id);
  g_assert_cmpint (exec_sql (f->store, sql), ==, SQLITE_OK);
  {
    g_autoptr(QcClaim) claim = qc_store_get_claim (f->store, id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (qc_claim_get_n_segments (claim), ==, 2);
    g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, "a");
    g_assert_cmpstr (qc_claim_get_segment (claim, 1)->suffix, ==, "f");
  }
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_claim_bad_spans (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 article = add_article (f->store, "short text");
  QcRange empty = { 3, 3 };
  QcRange past = { 5, 11 };
  QcRange ok = { 0, 5 };

  g_assert_cmpint (qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, &empty, 1, 0, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, &past, 1, 0, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, &ok, 0, 0, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_add_claim (f->store, 999, QC_CLAIM_KIND_DIRECT, &ok, 1, 0, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_add_claim (f->store, article, QC_CLAIM_KIND_DIRECT, &ok, 1, 42, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (qc_store_set_claim_note (f->store, 12345, "x", &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Failures leave no trace, not even an empty action. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM action"), ==, 1);
}

static void
test_claim_setters (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) claim = NULL;
  gint64 article = add_article (f->store, article_text);
  gint64 id = add_claim_at (f->store, article, article_text, "It was a wet year,");
  gint64 speaker = qc_store_add_speaker (f->store, "Tom Baker", QC_SPEAKER_KIND_PERSON, "chief engineer", &error);
  gsize cue = char_offset (article_text, "Baker told");
  gsize cue_start;
  gsize cue_end;

  g_assert_true (qc_store_set_claim_kind (f->store, id, QC_CLAIM_KIND_PARTIAL, &error));
  g_assert_true (qc_store_set_claim_speaker (f->store, id, speaker, &error));
  g_assert_true (qc_store_set_claim_cue (f->store, id, cue, cue + 10, &error));
  g_assert_true (qc_store_set_claim_evidence (f->store, id, QC_EVIDENCE_DISPUTED, &error));
  g_assert_true (qc_store_set_claim_rating (f->store, id, "Half true", &error));
  g_assert_true (qc_store_set_claim_note (f->store, id, "Rainfall data says otherwise", &error));
  g_assert_true (qc_store_set_claim_review_state (f->store, id, QC_REVIEW_STATE_APPROVED, &error));
  g_assert_no_error (error);

  claim = qc_store_get_claim (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_PARTIAL);
  g_assert_cmpint (qc_claim_get_speaker_id (claim), ==, speaker);
  g_assert_cmpstr (qc_claim_get_speaker_name (claim), ==, "Tom Baker");
  g_assert_true (qc_claim_get_cue (claim, &cue_start, &cue_end));
  g_assert_cmpuint (cue_start, ==, cue);
  g_assert_cmpuint (cue_end, ==, cue + 10);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_DISPUTED);
  g_assert_cmpstr (qc_claim_get_rating (claim), ==, "Half true");
  g_assert_cmpstr (qc_claim_get_note (claim), ==, "Rainfall data says otherwise");
  g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);

  /* Setting what is there already logs nothing. */
  {
    gint64 n = count_rows (f->store, "SELECT count(*) FROM change_log");

    g_assert_true (qc_store_set_claim_evidence (f->store, id, QC_EVIDENCE_DISPUTED, &error));
    g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM change_log"), ==, n);
  }

  g_assert_true (qc_store_set_claim_speaker (f->store, id, 0, &error));
  g_assert_true (qc_store_set_claim_cue (f->store, id, 0, 0, &error));
  g_assert_true (qc_store_set_claim_rating (f->store, id, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&claim);
  claim = qc_store_get_claim (f->store, id, &error);
  g_assert_cmpint (qc_claim_get_speaker_id (claim), ==, 0);
  g_assert_null (qc_claim_get_speaker_name (claim));
  g_assert_false (qc_claim_get_cue (claim, NULL, NULL));
  g_assert_null (qc_claim_get_rating (claim));

  g_assert_false (qc_store_set_claim_cue (f->store, id, 5, 100000, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (qc_store_delete_claim (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (qc_store_get_claim (f->store, id, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (qc_store_set_claim_note (f->store, id, "x", &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

static void
test_claim_properties (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) claim = NULL;
  gint64 article = add_article (f->store, article_text);
  gint64 id = add_claim_at (f->store, article, article_text, "It was a wet year,");
  g_autofree char *uuid = NULL;
  QcEvidence evidence;
  guint64 start;

  qc_store_set_claim_evidence (f->store, id, QC_EVIDENCE_SUPPORTED, &error);
  claim = qc_store_get_claim (f->store, id, &error);
  g_assert_no_error (error);
  g_object_get (claim, "uuid", &uuid, "evidence", &evidence, "start", &start, NULL);
  g_assert_cmpstr (uuid, ==, qc_claim_get_uuid (claim));
  g_assert_cmpint (evidence, ==, QC_EVIDENCE_SUPPORTED);
  g_assert_cmpuint (start, ==, char_offset (article_text, "It was a wet year,"));
  g_assert_finalize_object (g_steal_pointer (&claim));
}

static void
test_sources_comments (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  gint64 article = add_article (f->store, article_text);
  gint64 claim = add_claim_at (f->store, article, article_text, "It was a wet year,");
  gint64 s1 = qc_store_add_source (f->store, claim, "https://example.org/rain", "Rain record", "Wettest since 1998",
                                   QC_STANCE_SUPPORTS, &error);
  gint64 s2 = qc_store_add_source (f->store, claim, NULL, NULL, NULL, QC_STANCE_CONTEXT, &error);
  gint64 c1 = qc_store_add_comment (f->store, claim, "Check the station data", &error);
  QcEvidenceSource *source;
  QcComment *comment;

  g_assert_no_error (error);
  g_assert_cmpint (s1, >, 0);
  g_assert_cmpint (s2, >, 0);
  g_assert_cmpint (c1, >, 0);
  g_assert_true (qc_store_update_source (f->store, s2, "https://example.org/b", "B", "n", QC_STANCE_REFUTES, &error));
  g_assert_no_error (error);

  sources = qc_store_list_sources (f->store, claim, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  source = sources->pdata[0];
  g_assert_cmpstr (source->url, ==, "https://example.org/rain");
  g_assert_cmpstr (source->title, ==, "Rain record");
  g_assert_cmpstr (source->note, ==, "Wettest since 1998");
  g_assert_cmpint (source->stance, ==, QC_STANCE_SUPPORTS);
  g_assert_cmpint (source->annotator_id, ==, qc_store_get_local_annotator (f->store));
  source = sources->pdata[1];
  g_assert_cmpint (source->stance, ==, QC_STANCE_REFUTES);
  g_assert_cmpstr (source->title, ==, "B");

  comments = qc_store_list_comments (f->store, claim, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (comments->len, ==, 1);
  comment = comments->pdata[0];
  g_assert_cmpstr (comment->text, ==, "Check the station data");
  g_assert_nonnull (comment->annotator_name);

  g_assert_true (qc_store_delete_source (f->store, s1, &error));
  g_assert_true (qc_store_delete_comment (f->store, c1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sources, g_ptr_array_unref);
  g_clear_pointer (&comments, g_ptr_array_unref);
  sources = qc_store_list_sources (f->store, claim, &error);
  comments = qc_store_list_comments (f->store, claim, &error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpuint (comments->len, ==, 0);

  g_assert_cmpint (qc_store_add_comment (f->store, claim, "", &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qc_store_add_source (f->store, 999, "x", NULL, NULL, QC_STANCE_CONTEXT, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* Undo and redo */

typedef struct
{
  gint64 article;
  gint64 claim;
  gint64 speaker;
  gint64 other_speaker;
  gint64 source;
  gint64 comment;
} World;

typedef void (*EditFunc) (QcStore *store, World *w);

#define OK(expr) G_STMT_START { g_autoptr(GError) e_ = NULL; g_assert_true (expr); g_assert_no_error (e_); } G_STMT_END

static void edit_add_claim (QcStore *s, World *w) { QcRange r = { 0, 4 }; g_autoptr(GError) e_ = NULL; g_assert_cmpint (qc_store_add_claim (s, w->article, QC_CLAIM_KIND_INDIRECT, &r, 1, w->speaker, &e_), >, 0); }
static void edit_spans (QcStore *s, World *w) { QcRange r[2] = { { 5, 9 }, { 20, 30 } }; OK (qc_store_set_claim_spans (s, w->claim, r, 2, &e_)); }
static void edit_kind (QcStore *s, World *w) { OK (qc_store_set_claim_kind (s, w->claim, QC_CLAIM_KIND_INDIRECT, &e_)); }
static void edit_speaker (QcStore *s, World *w) { OK (qc_store_set_claim_speaker (s, w->claim, w->other_speaker, &e_)); }
static void edit_cue (QcStore *s, World *w) { OK (qc_store_set_claim_cue (s, w->claim, 1, 3, &e_)); }
static void edit_evidence (QcStore *s, World *w) { OK (qc_store_set_claim_evidence (s, w->claim, QC_EVIDENCE_UNSUPPORTED, &e_)); }
static void edit_rating (QcStore *s, World *w) { OK (qc_store_set_claim_rating (s, w->claim, "False", &e_)); }
static void edit_note (QcStore *s, World *w) { OK (qc_store_set_claim_note (s, w->claim, "new note", &e_)); }
static void edit_review (QcStore *s, World *w) { OK (qc_store_set_claim_review_state (s, w->claim, QC_REVIEW_STATE_DISPUTED, &e_)); }
static void edit_delete_claim (QcStore *s, World *w) { OK (qc_store_delete_claim (s, w->claim, &e_)); }
static void edit_add_source (QcStore *s, World *w) { g_autoptr(GError) e_ = NULL; g_assert_cmpint (qc_store_add_source (s, w->claim, "u", "t", "n", QC_STANCE_REFUTES, &e_), >, 0); }
static void edit_update_source (QcStore *s, World *w) { OK (qc_store_update_source (s, w->source, "u2", NULL, "n2", QC_STANCE_SUPPORTS, &e_)); }
static void edit_delete_source (QcStore *s, World *w) { OK (qc_store_delete_source (s, w->source, &e_)); }
static void edit_add_comment (QcStore *s, World *w) { g_autoptr(GError) e_ = NULL; g_assert_cmpint (qc_store_add_comment (s, w->claim, "hmm", &e_), >, 0); }
static void edit_delete_comment (QcStore *s, World *w) { OK (qc_store_delete_comment (s, w->comment, &e_)); }
static void edit_add_speaker (QcStore *s, World *w) { g_autoptr(GError) e_ = NULL; g_assert_cmpint (qc_store_add_speaker (s, "New One", QC_SPEAKER_KIND_PERSON, NULL, &e_), >, 0); }
static void edit_rename_speaker (QcStore *s, World *w) { OK (qc_store_rename_speaker (s, w->speaker, "Renamed Person", &e_)); }
static void edit_speaker_kind (QcStore *s, World *w) { OK (qc_store_set_speaker_kind (s, w->speaker, QC_SPEAKER_KIND_ORGANISATION, &e_)); }
static void edit_speaker_role (QcStore *s, World *w) { OK (qc_store_set_speaker_role (s, w->speaker, "Minister", &e_)); }
static void edit_add_alias (QcStore *s, World *w) { OK (qc_store_add_speaker_alias (s, w->speaker, "Alias X", &e_)); }
static void edit_remove_alias (QcStore *s, World *w) { OK (qc_store_remove_speaker_alias (s, w->speaker, "first alias", &e_)); }
static void edit_merge (QcStore *s, World *w) { OK (qc_store_merge_speakers (s, w->speaker, w->other_speaker, &e_)); }
static void edit_article_info (QcStore *s, World *w) { QcArticleInfo i = { .title = "New title", .url = "" }; OK (qc_store_update_article (s, w->article, &i, &e_)); }
static void edit_delete_article (QcStore *s, World *w) { OK (qc_store_delete_article (s, w->article, &e_)); }
static void edit_annotator (QcStore *s, World *w) { OK (qc_store_set_annotator_name (s, qc_store_get_local_annotator (s), "Someone", &e_)); }
static void edit_replace_body (QcStore *s, World *w)
{
  g_autoptr(QcText) t = text_new ("Preface added.\n\n" "Rain delays the harbour bridge, said nobody.\n");
  OK (qc_store_replace_body (s, w->article, t, NULL, &e_));
}
static void edit_import (QcStore *s, World *w)
{
  g_autoptr(QcText) t = text_new (article_text);
  OK (qc_store_import_text (s, t, NULL, 0, NULL, &e_));
}
static void edit_group (QcStore *s, World *w)
{
  OK (qc_store_begin_action (s, "Several", &e_));
  edit_note (s, w);
  edit_evidence (s, w);
  edit_add_source (s, w);
  OK (qc_store_commit_action (s, &e_));
}

static const struct
{
  const char *name;
  EditFunc    edit;
} edits[] = {
  { "add-claim", edit_add_claim },
  { "spans", edit_spans },
  { "kind", edit_kind },
  { "speaker", edit_speaker },
  { "cue", edit_cue },
  { "evidence", edit_evidence },
  { "rating", edit_rating },
  { "note", edit_note },
  { "review-state", edit_review },
  { "delete-claim", edit_delete_claim },
  { "add-source", edit_add_source },
  { "update-source", edit_update_source },
  { "delete-source", edit_delete_source },
  { "add-comment", edit_add_comment },
  { "delete-comment", edit_delete_comment },
  { "add-speaker", edit_add_speaker },
  { "rename-speaker", edit_rename_speaker },
  { "speaker-kind", edit_speaker_kind },
  { "speaker-role", edit_speaker_role },
  { "add-alias", edit_add_alias },
  { "remove-alias", edit_remove_alias },
  { "merge-speakers", edit_merge },
  { "article-info", edit_article_info },
  { "delete-article", edit_delete_article },
  { "annotator-name", edit_annotator },
  { "replace-body", edit_replace_body },
  { "import", edit_import },
  { "group", edit_group },
};

static void
build_world (QcStore *store,
             World   *w)
{
  g_autoptr(GError) error = NULL;
  QcArticleInfo info = { .title = "Old title", .url = "https://example.org/x" };
  g_autoptr(QcText) text = text_new ("Rain delays the harbour bridge, said the mayor.\n\nSecond paragraph here.\n");
  QcRange span = { 0, 30 };

  w->article = qc_store_add_article (store, text, &info, &error);
  w->speaker = qc_store_add_speaker (store, "Jane Porter", QC_SPEAKER_KIND_PERSON, NULL, &error);
  w->other_speaker = qc_store_add_speaker (store, "Mayor Porter", QC_SPEAKER_KIND_UNKNOWN, "Mayor", &error);
  qc_store_add_speaker_alias (store, w->speaker, "First Alias", &error);
  qc_store_add_speaker_alias (store, w->other_speaker, "Porter", &error);
  w->claim = qc_store_add_claim (store, w->article, QC_CLAIM_KIND_DIRECT, &span, 1, w->speaker, &error);
  qc_store_set_claim_note (store, w->claim, "old note", &error);
  w->source = qc_store_add_source (store, w->claim, "https://example.org/s", "S", NULL, QC_STANCE_CONTEXT, &error);
  w->comment = qc_store_add_comment (store, w->claim, "first", &error);
  g_assert_no_error (error);
}

static void
test_undo_every_edit (Fixture       *f,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;
      g_autofree char *undone_again = NULL;
      g_autofree char *label = NULL;
      World w;

      g_test_message ("edit %s", edits[i].name);
      g_clear_object (&f->store);
      g_remove (f->path);
      {
        g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
        g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

        g_remove (wal);
        g_remove (shm);
      }
      reopen (f);
      build_world (f->store, &w);

      before = snapshot (f->store);
      edits[i].edit (f->store, &w);
      after = snapshot (f->store);
      g_assert_cmpstr (before, !=, after);

      g_assert_true (qc_store_undo (f->store, &label, &error));
      g_assert_no_error (error);
      g_assert_nonnull (label);
      undone = snapshot (f->store);
      g_assert_cmpstr (undone, ==, before);

      /* Across a restart */
      reopen (f);
      g_assert_true (qc_store_can_redo (f->store));
      g_assert_true (qc_store_redo (f->store, NULL, &error));
      g_assert_no_error (error);
      redone = snapshot (f->store);
      g_assert_cmpstr (redone, ==, after);

      g_assert_true (qc_store_undo (f->store, NULL, &error));
      g_assert_no_error (error);
      undone_again = snapshot (f->store);
      g_assert_cmpstr (undone_again, ==, before);
    }
}

static void
test_undo_stack (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *label = NULL;
  World w;
  gboolean saw_discarded = FALSE;

  build_world (f->store, &w);
  edit_note (f->store, &w);
  edit_evidence (f->store, &w);

  g_assert_true (qc_store_undo (f->store, &label, &error));
  g_assert_cmpstr (label, ==, "Set evidence");
  g_clear_pointer (&label, g_free);
  g_assert_true (qc_store_undo (f->store, &label, &error));
  g_assert_cmpstr (label, ==, "Set note");
  g_clear_pointer (&label, g_free);
  g_assert_true (qc_store_redo (f->store, &label, &error));
  g_assert_cmpstr (label, ==, "Set note");
  g_clear_pointer (&label, g_free);
  g_assert_no_error (error);

  /* A new edit gives up the redo of "Set evidence", keeps it on record */
  edit_rating (f->store, &w);
  g_assert_false (qc_store_can_redo (f->store));
  g_assert_false (qc_store_redo (f->store, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_REDO);
  g_clear_error (&error);

  history = qc_store_list_history (f->store, w.article, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      QcChange *change = history->pdata[i];

      if (g_strcmp0 (change->field, "evidence") == 0)
        {
          g_assert_true (change->undone);
          g_assert_true (change->discarded);
          g_assert_cmpstr (change->old_value, ==, "unassessed");
          g_assert_cmpstr (change->new_value, ==, "unsupported");
          g_assert_cmpstr (change->table_name, ==, "claim");
          saw_discarded = TRUE;
        }
    }
  g_assert_true (saw_discarded);

  /* Undo walks back to the first edit, then stops. */
  while (qc_store_can_undo (f->store))
    {
      g_assert_true (qc_store_undo (f->store, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_false (qc_store_undo (f->store, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM article WHERE deleted = 0"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM claim WHERE deleted = 0"), ==, 0);
  /* ...and nothing was deleted from the file. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM article"), ==, 1);
}

static void
test_undo_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) colleague = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  World w;

  build_world (f->store, &w);
  edit_note (f->store, &w);

  /* Another annotator on another connection changes the same field. */
  colleague = qc_store_open (f->path, &error);
  g_assert_no_error (error);
  colleague->local_annotator = qc_store_add_annotator (colleague, NULL, "Colleague", &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_set_claim_note (colleague, w.claim, "their note", &error));
  g_assert_no_error (error);

  before = snapshot (f->store);
  g_assert_false (qc_store_undo (f->store, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_action_partial_failure (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  World w;

  build_world (f->store, &w);
  before = snapshot (f->store);

  g_assert_true (qc_store_begin_action (f->store, "Batch", &error));
  edit_note (f->store, &w);
  g_assert_false (qc_store_set_claim_note (f->store, 9999, "nope", &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  edit_rating (f->store, &w);
  g_assert_true (qc_store_commit_action (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QcClaim) claim = qc_store_get_claim (f->store, w.claim, &error);

    g_assert_cmpstr (qc_claim_get_note (claim), ==, "new note");
    g_assert_cmpstr (qc_claim_get_rating (claim), ==, "False");
  }

  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);

  /* A rolled-back action leaves nothing. */
  g_assert_true (qc_store_begin_action (f->store, "Abandoned", &error));
  edit_note (f->store, &w);
  qc_store_rollback_action (f->store);
  g_clear_pointer (&after, g_free);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM action WHERE label = 'Abandoned'"), ==, 0);
}

/* An article read again after edits shares its body with the one read
 * before, unless the body changed; its counts are the new ones. */
static void
test_article_reload (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char v1[] = "Opening line.\n\n“We will not cut corners,” said the mayor.\n";
  static const char v2[] = "A new first paragraph.\n\n“We will not cut corners,” said the mayor.\n";
  gint64 article_id = add_article (f->store, v1);
  g_autoptr(QcArticle) before = qc_store_get_article (f->store, article_id, &error);
  g_autoptr(QcArticle) after = NULL;
  g_autoptr(QcArticle) replaced = NULL;
  g_autoptr(QcArticle) listed = NULL;
  g_autoptr(QcArticle) from_listed = NULL;
  g_autoptr(GListModel) articles = NULL;
  g_autoptr(QcText) text = text_new (v2);
  QcImportResult result = { 0 };
  gint64 claim_id;

  g_assert_no_error (error);
  claim_id = add_claim_at (f->store, article_id, v1, "“We will not cut corners,”");
  g_assert_true (qc_store_set_claim_evidence (f->store, claim_id, QC_EVIDENCE_SUPPORTED, &error));

  after = qc_store_reload_article (f->store, before, &error);
  g_assert_no_error (error);
  g_assert_true (qc_article_get_body (after) == qc_article_get_body (before));
  g_assert_cmpuint (qc_article_get_n_claims (after), ==, qc_article_get_n_claims (before) + 1);
  g_assert_cmpuint (qc_article_get_n_unassessed (after), ==, qc_article_get_n_unassessed (before));
  g_assert_cmpstr (qc_article_get_title (after), ==, qc_article_get_title (before));

  /* A new body is read */
  g_assert_true (qc_store_replace_body (f->store, article_id, text, &result, &error));
  g_assert_no_error (error);
  replaced = qc_store_reload_article (f->store, after, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_body (replaced), ==, v2);
  g_assert_cmpstr (qc_article_get_body (after), ==, v1);

  /* One listed (without body) gets its body */
  articles = qc_store_list_articles (f->store, &error);
  g_assert_no_error (error);
  listed = g_list_model_get_item (articles, 0);
  g_assert_null (qc_article_get_body (listed));
  from_listed = qc_store_reload_article (f->store, listed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_body (from_listed), ==, v2);

  /* A deleted one is not found */
  g_assert_true (qc_store_delete_article (f->store, article_id, &error));
  g_assert_null (qc_store_reload_article (f->store, replaced, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* Re-anchoring through the store */

static void
test_reanchor_new_version (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char v1[] =
    "Opening line.\n\n“We will not cut corners,” said the mayor. Later she added: “Never.”\n\n"
    "“Gone soon,” said a clerk.\n";
  static const char v2[] =
    "A new first paragraph pushes everything down by a lot of characters.\n\n"
    "Opening line.\n\n“We will not cut corners,” said the mayor. Later she added: “Never.”\n";
  gint64 article = add_article (f->store, v1);
  gint64 kept = add_claim_at (f->store, article, v1, "“We will not cut corners,”");
  gint64 never = add_claim_at (f->store, article, v1, "“Never.”");
  gint64 gone = add_claim_at (f->store, article, v1, "“Gone soon,”");
  g_autoptr(QcText) text = text_new (v2);
  g_autoptr(QcClaim) claim = NULL;
  g_autofree char *before = NULL;
  QcImportResult result = { 0 };
  gsize cue_start;
  gsize cue_end;

  qc_store_set_claim_cue (f->store, kept, char_offset (v1, "said the mayor"),
                          char_offset (v1, "said the mayor") + 14, &error);
  g_assert_no_error (error);
  before = snapshot (f->store);

  g_assert_true (qc_store_replace_body (f->store, article, text, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.status, ==, QC_IMPORT_UPDATED);
  g_assert_cmpuint (result.n_reanchored, ==, 2);
  g_assert_cmpuint (result.n_orphaned, ==, 1);

  claim = qc_store_get_claim (f->store, kept, &error);
  g_assert_no_error (error);
  g_assert_false (qc_claim_get_orphaned (claim));
  g_assert_cmpuint (qc_claim_get_start (claim), ==, char_offset (v2, "“We will not cut corners,”"));
  g_assert_true (qc_claim_get_cue (claim, &cue_start, &cue_end));
  g_assert_cmpuint (cue_start, ==, char_offset (v2, "said the mayor"));
  g_clear_object (&claim);

  claim = qc_store_get_claim (f->store, never, &error);
  g_assert_cmpuint (qc_claim_get_start (claim), ==, char_offset (v2, "“Never.”"));
  g_clear_object (&claim);

  /* Not found: kept, flagged, old offsets and quote. */
  claim = qc_store_get_claim (f->store, gone, &error);
  g_assert_no_error (error);
  g_assert_true (qc_claim_get_orphaned (claim));
  g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, "“Gone soon,”");
  g_assert_cmpuint (qc_claim_get_start (claim), ==, char_offset (v1, "“Gone soon,”"));
  g_clear_object (&claim);

  /* The old body is in the log and undo restores it all. */
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *undone = snapshot (f->store);
    g_autoptr(QcArticle) a = qc_store_get_article (f->store, article, &error);

    g_assert_cmpstr (undone, ==, before);
    g_assert_cmpstr (qc_article_get_body (a), ==, v1);
  }
}

static void
test_reimport_by_url (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) v1 = text_new (article_text);
  g_autofree char *edited = g_strconcat ("Correction appended at the top.\n\n", article_text, NULL);
  g_autoptr(QcText) v2 = text_new (edited);
  QcArticleInfo info = { .url = "https://example.org/bridge" };
  QcImportResult r1 = { 0 };
  QcImportResult r2 = { 0 };

  g_assert_true (qc_store_import_text (f->store, v1, &info, 0, &r1, &error));
  g_assert_no_error (error);
  g_assert_true (qc_store_import_text (f->store, v2, &info, 0, &r2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r2.status, ==, QC_IMPORT_UPDATED);
  g_assert_cmpint (r2.article_id, ==, r1.article_id);
  g_assert_cmpuint (r2.n_reanchored, ==, r1.n_claims_added);
  g_assert_cmpuint (r2.n_orphaned, ==, 0);
  /* Nothing new in the text, so nothing new detected. */
  g_assert_cmpuint (r2.n_claims_added, ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM article"), ==, 1);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) all = NULL;
  World w;
  QcChange *last;

  build_world (f->store, &w);
  edit_note (f->store, &w);
  history = qc_store_list_history (f->store, w.article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 5);
  last = history->pdata[history->len - 1];
  g_assert_cmpstr (last->action_label, ==, "Set note");
  g_assert_cmpstr (last->op, ==, "update");
  g_assert_cmpstr (last->field, ==, "note");
  g_assert_cmpstr (last->old_value, ==, "old note");
  g_assert_cmpstr (last->new_value, ==, "new note");
  g_assert_cmpint (last->row_id, ==, w.claim);
  g_assert_cmpuint (strlen (last->row_uuid), ==, 36);
  g_assert_nonnull (last->annotator_name);
  g_assert_nonnull (last->changed_at);
  g_assert_false (last->undone);

  all = qc_store_list_history (f->store, 0, &error);
  g_assert_cmpuint (all->len, >, history->len);
}

static void
test_read_only_api (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Flip the flag as opening a non-writable file would. */
  f->store->read_only = TRUE;
  g_assert_cmpint (qc_store_add_speaker (f->store, "X", QC_SPEAKER_KIND_PERSON, NULL, &error), ==, 0);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (qc_store_undo (f->store, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY);
  f->store->read_only = FALSE;
}

static void
count_signal (QcStore *store,
              guint   *count)
{
  (*count)++;
}

/* Views reload on "changed": it must fire once per committed action,
 * undo and redo, and never for a refused edit. */
static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  World w;
  guint count = 0;

  build_world (f->store, &w);
  g_signal_connect (f->store, "changed", G_CALLBACK (count_signal), &count);

  g_assert_true (qc_store_set_claim_evidence (f->store, w.claim, QC_EVIDENCE_SUPPORTED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);

  g_assert_true (qc_store_begin_action (f->store, "Two edits", &error));
  g_assert_true (qc_store_set_claim_note (f->store, w.claim, "one", &error));
  g_assert_true (qc_store_set_claim_rating (f->store, w.claim, "two", &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (qc_store_commit_action (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);

  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (qc_store_redo (f->store, NULL, &error));
  g_assert_cmpuint (count, ==, 4);

  g_assert_false (qc_store_set_claim_evidence (f->store, 999999, QC_EVIDENCE_SUPPORTED, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count, ==, 4);
  g_signal_handlers_disconnect_by_func (f->store, count_signal, &count);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add ("/qc/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/qc/store/open/memory", test_open_memory);
  g_test_add_func ("/qc/store/open/creates-folder", test_open_creates_folder);
  g_test_add_func ("/qc/store/open/default-path", test_open_default_path);
  FIXTURE_TEST ("open/pragmas", test_open_pragmas);
  g_test_add_func ("/qc/store/open/not-a-database", test_open_not_a_database);
  g_test_add_func ("/qc/store/open/folder", test_open_folder);
  g_test_add_func ("/qc/store/open/other-program", test_open_other_program);
  FIXTURE_TEST ("open/too-new", test_open_too_new);
  FIXTURE_TEST ("open/damaged", test_open_damaged);
  g_test_add_func ("/qc/store/migration/v1", test_migration_v1);
  FIXTURE_TEST ("article/add", test_article_add);
  FIXTURE_TEST ("import/detects", test_import_detects);
  FIXTURE_TEST ("import/same-body", test_import_same_body);
  FIXTURE_TEST ("import/formats", test_import_formats);
  FIXTURE_TEST ("import/refuses-junk", test_import_refuses_junk);
  FIXTURE_TEST ("import/by-url-new-version", test_reimport_by_url);
  FIXTURE_TEST ("speaker/matching", test_speaker_matching);
  FIXTURE_TEST ("speaker/across-articles", test_speaker_across_articles);
  FIXTURE_TEST ("speaker/merge", test_speaker_merge);
  FIXTURE_TEST ("claim/segments", test_claim_segments);
  FIXTURE_TEST ("claim/segment-view", test_claim_segment_view);
  FIXTURE_TEST ("claim/bad-spans", test_claim_bad_spans);
  FIXTURE_TEST ("claim/setters", test_claim_setters);
  FIXTURE_TEST ("claim/properties", test_claim_properties);
  FIXTURE_TEST ("claim/sources-comments", test_sources_comments);
  FIXTURE_TEST ("undo/every-edit", test_undo_every_edit);
  FIXTURE_TEST ("undo/stack", test_undo_stack);
  FIXTURE_TEST ("undo/conflict", test_undo_conflict);
  FIXTURE_TEST ("changed-signal", test_changed_signal);
  FIXTURE_TEST ("undo/action-partial-failure", test_action_partial_failure);
  FIXTURE_TEST ("article/reload", test_article_reload);
  FIXTURE_TEST ("reanchor/new-version", test_reanchor_new_version);
  FIXTURE_TEST ("history", test_history);
  FIXTURE_TEST ("read-only-api", test_read_only_api);

  return g_test_run ();
}
