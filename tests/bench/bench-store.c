/* bench-store.c: how fast the store imports, inserts, edits and loads
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   build/tests/bench/bench-store [--claims N] [--edits N] [ARTICLE.txt]
 *
 * Uses a database in a temporary folder (WAL, synchronous=NORMAL, as the
 * application does). The 1 MB article is the first megabyte of ARTICLE, or
 * of the first novel in $QC_SHARED_DIR/large, or generated text.
 */

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "qc-detect.h"
#include "qc-store-private.h"
#include "qc-store.h"

#define MB (1024 * 1024)

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of this process: on a busy machine wall time also counts the
 * time other programs had the CPU. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1.0e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
die_on_error (GError *error)
{
  if (error != NULL)
    {
      g_printerr ("bench-store: %s\n", error->message);
      exit (1);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* About 1 MB of valid UTF-8 text, cut at a line end. */
static char *
load_article (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *found = NULL;
  gsize length = 0;

  if (path == NULL)
    {
      const char *shared = g_getenv ("QC_SHARED_DIR");
      g_autofree char *large = g_build_filename (shared ? shared : "../shared", "large", NULL);
      GDir *dir = g_dir_open (large, 0, NULL);
      const char *name;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (names, g_build_filename (large, name, NULL));
      if (dir)
        g_dir_close (dir);
      if (names->len > 0)
        {
          g_ptr_array_sort (names, compare_names);
          found = g_strdup (names->pdata[0]);
          path = found;
        }
    }

  if (path != NULL && g_file_get_contents (path, &contents, &length, NULL))
    {
      const char *end = NULL;

      if (length > MB)
        {
          length = MB;
          while (length > 0 && contents[length - 1] != '\n')
            length--;
        }
      g_utf8_validate_len (contents, length, &end);
      g_print ("article: first %.2f MB of %s\n", (end - contents) / (double) MB, path);
      return g_strndup (contents, end - contents);
    }

  {
    GString *text = g_string_new (NULL);
    guint i = 0;

    while (text->len < MB)
      {
        g_string_append_printf (text, "“Paragraph %u has a quote,” said Minister Ann Example %u. "
                                      "Officials said that the plan would cost more than expected. ",
                                i, i % 50);
        if (++i % 3 == 0)
          g_string_append (text, "\n\n");
      }
    g_print ("article: 1 MB of generated text\n");
    return g_string_free (text, FALSE);
  }
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

static gint64
db_bytes (QcStore *store)
{
  sqlite3_stmt *stmt = NULL;
  gint64 bytes = 0;

  sqlite3_exec (_qc_store_get_db (store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  sqlite3_prepare_v2 (_qc_store_get_db (store),
                      "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size",
                      -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return bytes;
}

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target,
        gboolean    met)
{
  g_print ("%-44s %12.2f %-9s %s%s\n", what, value, unit, target ? target : "",
           target ? (met ? "  ok" : "  MISSED") : "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(QcStore) store = NULL;
  g_autoptr(QcText) text = NULL;
  g_autofree double *latencies = NULL;
  int n_claims = 100000;
  int n_edits = 1000;
  GOptionEntry entries[] = {
    { "claims", 0, 0, G_OPTION_ARG_INT, &n_claims, "Claims in the bulk insert (100000)", "N" },
    { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, "Single edits timed (1000)", "N" },
    { NULL }
  };
  QcImportResult result = { 0 };
  gint64 bulk_article;
  gint64 load_article_id;
  gint64 size_before;
  gint64 first_claim = 0;
  double t0;
  double ms;
  gsize n_chars;

  context = g_option_context_new ("[ARTICLE.txt]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die_on_error (error);
  n_claims = MAX (n_claims, 10000);
  n_edits = MAX (n_edits, 10);

  dir = g_dir_make_tmp ("qc-bench-store-XXXXXX", &error);
  die_on_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  store = qc_store_open (path, &error);
  die_on_error (error);
  g_print ("database: %s (sqlite %s)\n\n", path, sqlite3_libversion ());

  /* 1. Import a 1 MB article, detection included */
  body = load_article (argc > 1 ? argv[1] : NULL);
  text = qc_text_new (body, -1, "bench", &error);
  die_on_error (error);
  n_chars = qc_text_get_n_chars (text);
  {
    g_autoptr(QcDetection) detection = NULL;
    double detect_ms;

    t0 = now_ms ();
    detection = qc_detect (text);
    detect_ms = now_ms () - t0;

    t0 = now_ms ();
    if (!qc_store_import_text (store, text, NULL, 0, &result, &error))
      die_on_error (error);
    ms = now_ms () - t0;
    g_print ("\n");
    report ("import 1 MB article with detection", ms, "ms", NULL, TRUE);
    g_print ("  (detection alone %.1f ms; %u claims, %u speakers stored)\n",
             detect_ms, result.n_claims_added, result.n_speakers_created);
  }

  /* 2. Bulk insert in one transaction */
  {
    g_autofree char *bulk_body = g_strdup_printf ("Bulk copy.\n\n%s", body);
    g_autoptr(QcText) bulk_text = qc_text_new (bulk_body, -1, "bulk", &error);
    QcArticleInfo info = { .title = "Bulk" };
    GRand *rand = g_rand_new_with_seed (42);
    double commit_ms;

    die_on_error (error);
    bulk_article = qc_store_add_article (store, bulk_text, &info, &error);
    die_on_error (error);
    size_before = db_bytes (store);

    double c0 = cpu_ms ();

    t0 = now_ms ();
    if (!qc_store_begin_action (store, "Bulk insert", &error))
      die_on_error (error);
    for (int i = 0; i < n_claims; i++)
      {
        QcRange span;
        gint64 id;

        span.start = (gsize) g_rand_int_range (rand, 0, (gint32) (n_chars - 400));
        span.end = span.start + (gsize) g_rand_int_range (rand, 20, 300);
        id = qc_store_add_claim (store, bulk_article, QC_CLAIM_KIND_DIRECT, &span, 1, 0, &error);
        die_on_error (error);
        if (first_claim == 0)
          first_claim = id;
      }
    commit_ms = now_ms ();
    if (!qc_store_commit_action (store, &error))
      die_on_error (error);
    ms = now_ms () - t0;
    commit_ms = now_ms () - commit_ms;
    c0 = cpu_ms () - c0;
    g_rand_free (rand);
    report ("insert claims, one transaction", n_claims / (ms / 1000.0), "claims/s", ">= 100000",
            n_claims / (ms / 1000.0) >= 100000);
    g_print ("  (%d claims in %.1f ms, of which the commit %.1f ms; %.1f ms of CPU: "
             "%.0f claims per CPU second)\n",
             n_claims, ms, commit_ms, c0, n_claims / (c0 / 1000.0));
  }

  /* 5. Size per 1000 claims (with their segments, context and log rows) */
  {
    gint64 size_after = db_bytes (store);

    report ("database size per 1000 claims", (size_after - size_before) / (n_claims / 1000.0) / 1024.0,
            "KiB", NULL, TRUE);
  }

  /* 3. Single edits, each its own transaction */
  latencies = g_new (double, n_edits);
  for (int i = 0; i < n_edits; i++)
    {
      g_autofree char *note = g_strdup_printf ("note %d", i);

      t0 = now_ms ();
      if (!qc_store_set_claim_note (store, first_claim + (i * 97) % n_claims, note, &error))
        die_on_error (error);
      latencies[i] = now_ms () - t0;
    }
  qsort (latencies, n_edits, sizeof (double), compare_doubles);
  report ("single claim edit committed, median", latencies[n_edits / 2], "ms", "<= 2",
          latencies[n_edits / 2] <= 2.0);
  report ("single claim edit committed, p99", latencies[n_edits * 99 / 100], "ms", NULL, TRUE);

  /* 4. Load an article with 10,000 claims */
  {
    g_autofree char *load_body = g_strdup_printf ("Load copy.\n\n%s", body);
    g_autoptr(QcText) load_text = qc_text_new (load_body, -1, "load", &error);
    double best = G_MAXDOUBLE;
    double total = 0;
    guint n_loaded = 0;
    GRand *rand = g_rand_new_with_seed (7);

    die_on_error (error);
    load_article_id = qc_store_add_article (store, load_text, NULL, &error);
    die_on_error (error);
    if (!qc_store_begin_action (store, "Load set-up", &error))
      die_on_error (error);
    for (int i = 0; i < 10000; i++)
      {
        QcRange span;

        span.start = (gsize) g_rand_int_range (rand, 0, (gint32) (n_chars - 400));
        span.end = span.start + (gsize) g_rand_int_range (rand, 20, 300);
        qc_store_add_claim (store, load_article_id, QC_CLAIM_KIND_INDIRECT, &span, 1, 0, &error);
        die_on_error (error);
      }
    if (!qc_store_commit_action (store, &error))
      die_on_error (error);
    g_rand_free (rand);

    /* A fresh connection, as when the application starts. */
    g_clear_object (&store);
    store = qc_store_open (path, &error);
    die_on_error (error);
    for (int run = 0; run < 5; run++)
      {
        g_autoptr(GListModel) claims = NULL;

        t0 = now_ms ();
        claims = qc_store_list_claims (store, load_article_id, 0, &error);
        die_on_error (error);
        ms = now_ms () - t0;
        n_loaded = g_list_model_get_n_items (claims);
        best = MIN (best, ms);
        total += ms;
        if (run == 0)
          g_print ("  (first load, cold statement cache: %.1f ms)\n", ms);
      }
    report ("load article with 10,000 claims (best of 5)", best, "ms", "<= 50", best <= 50.0);
    g_print ("  (%u claims; mean %.1f ms)\n", n_loaded, total / 5);
  }

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_print ("\nfile: %.1f MB\n", (file_size (path) + file_size (wal)) / (double) MB);
    g_remove (wal);
    g_remove (shm);
    g_remove (path);
    g_rmdir (dir);
  }
  return 0;
}
