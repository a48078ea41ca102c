/* test-store-crash.c: a writer killed with SIGKILL at random points loses
 * nothing it reported as committed, and the database stays sound
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test runs itself as the child ("--child DB"): the child imports and
 * edits in a loop and writes one line to stdout after each call that
 * returned success (a committed transaction). The parent kills it after
 * a random few milliseconds, then opens the database, runs PRAGMA
 * integrity_check and looks for every reported edit. QC_CRASH_ITERATIONS
 * sets the number of kills (default 40).
 */

#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "qc-store-private.h"
#include "qc-store.h"

static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0;
  gsize length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  length = strlen (line);
  while (done < length)
    {
      ssize_t n = write (STDOUT_FILENO, line + done, length - done);

      if (n <= 0)
        _exit (4);
      done += (gsize) n;
    }
}

static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (path, &error);
  gint64 article = 0;
  gint64 claim = 0;
  guint pid = (guint) getpid ();

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 3;
    }

  for (guint i = 0; i < 100000; i++)
    {
      switch (i % 5)
        {
        case 0:
          {
            g_autofree char *body = g_strdup_printf ("Report %u from %u\n\n“Quote %u is here,” said Person %u.\n",
                                                     i, pid, i, i % 7);
            g_autoptr(QcText) text = qc_text_new (body, -1, "child", NULL);
            QcImportResult result = { 0 };

            if (!qc_store_import_text (store, text, NULL, 0, &result, &error))
              goto fail;
            article = result.article_id;
            report ("A %" G_GINT64_FORMAT " %u\n", article, (guint) qc_text_get_length (text));
          }
          break;
        case 1:
          {
            QcRange span = { 0, 6 };

            claim = qc_store_add_claim (store, article, QC_CLAIM_KIND_INDIRECT, &span, 1, 0, &error);
            if (claim == 0)
              goto fail;
            report ("C %" G_GINT64_FORMAT "\n", claim);
          }
          break;
        case 2:
          {
            g_autofree char *note = g_strdup_printf ("note-%u-%u", pid, i);

            if (!qc_store_set_claim_note (store, claim, note, &error))
              goto fail;
            report ("N %" G_GINT64_FORMAT " %s\n", claim, note);
          }
          break;
        case 3:
          {
            g_autofree char *url = g_strdup_printf ("https://example.org/%u/%u", pid, i);
            gint64 source = qc_store_add_source (store, claim, url, NULL, NULL, QC_STANCE_SUPPORTS, &error);

            if (source == 0)
              goto fail;
            report ("S %" G_GINT64_FORMAT " %s\n", source, url);
          }
          break;
        default:
          {
            /* Several edits as one transaction: all or nothing. */
            g_autofree char *rating = g_strdup_printf ("rating-%u-%u", pid, i);

            if (!qc_store_begin_action (store, "Group", &error)
                || !qc_store_set_claim_rating (store, claim, rating, &error)
                || !qc_store_set_claim_evidence (store, claim, QC_EVIDENCE_SUPPORTED, &error)
                || !qc_store_commit_action (store, &error))
              goto fail;
            report ("R %" G_GINT64_FORMAT " %s\n", claim, rating);
          }
          break;
        }
    }
  return 0;

fail:
  g_printerr ("child: %s\n", error->message);
  return 3;
}

typedef struct
{
  GHashTable *articles;   /* id -> length */
  GHashTable *claims;     /* id -> TRUE */
  GHashTable *notes;      /* claim id -> note */
  GHashTable *ratings;    /* claim id -> rating */
  GHashTable *sources;    /* source id -> url */
} Committed;

static gint64 *
key_new (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
parse_lines (Committed  *committed,
             const char *data,
             gsize       length)
{
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *line = NULL;
      g_auto(GStrv) words = NULL;
      gint64 id;

      if (eol == NULL)
        break;    /* the child died in the middle of this line */
      line = g_strndup (p, eol - p);
      p = eol + 1;
      words = g_strsplit (line, " ", 3);
      g_assert_cmpuint (g_strv_length (words), >=, 2);
      id = g_ascii_strtoll (words[1], NULL, 10);
      switch (words[0][0])
        {
        case 'A':
          g_hash_table_insert (committed->articles, key_new (id), g_strdup (words[2]));
          break;
        case 'C':
          g_hash_table_insert (committed->claims, key_new (id), g_strdup ("1"));
          break;
        case 'N':
          g_hash_table_insert (committed->notes, key_new (id), g_strdup (words[2]));
          break;
        case 'R':
          g_hash_table_insert (committed->ratings, key_new (id), g_strdup (words[2]));
          break;
        case 'S':
          g_hash_table_insert (committed->sources, key_new (id), g_strdup (words[2]));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
verify (const char *path,
        Committed  *committed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (path, &error);
  sqlite3_stmt *stmt = NULL;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_qc_store_get_db (store), "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  g_hash_table_iter_init (&iter, committed->articles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcArticle) article = qc_store_get_article (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (strlen (qc_article_get_body (article)), ==, g_ascii_strtoull (value, NULL, 10));
    }
  g_hash_table_iter_init (&iter, committed->claims);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcClaim) claim = qc_store_get_claim (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_nonnull (claim);
    }
  g_hash_table_iter_init (&iter, committed->notes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcClaim) claim = qc_store_get_claim (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (qc_claim_get_note (claim), ==, value);
    }
  g_hash_table_iter_init (&iter, committed->ratings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcClaim) claim = qc_store_get_claim (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (qc_claim_get_rating (claim), ==, value);
      g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_SUPPORTED);
    }
  g_hash_table_iter_init (&iter, committed->sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcStoreStmt) find = NULL;

      find = _qc_store_prepare (store, "SELECT url FROM evidence_source WHERE id = ?1 AND deleted = 0", &error);
      g_assert_no_error (error);
      sqlite3_bind_int64 (find, 1, *(gint64 *) key);
      g_assert_cmpint (sqlite3_step (find), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (find, 0), ==, value);
    }
}

static void
test_sigkill_loop (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *env = g_getenv ("QC_CRASH_ITERATIONS");
  guint iterations = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 40;
  Committed committed;
  guint total_lines = 0;

  g_assert_no_error (error);
  g_assert_nonnull (self_exe);
  committed.articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  committed.claims = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  committed.notes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  committed.ratings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  committed.sources = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < iterations; i++)
    {
      const char *argv[] = { self_exe, "--child", path, NULL };
      g_autoptr(GString) output = g_string_new (NULL);
      GPid pid;
      int out_fd;
      int status;
      gint64 deadline;
      char buffer[4096];
      ssize_t n;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* Kill it anywhere: while opening, importing, committing. */
      deadline = g_get_monotonic_time () + g_test_rand_int_range (2, 120) * 1000;
      while (g_get_monotonic_time () < deadline)
        {
          struct pollfd pfd = { out_fd, POLLIN, 0 };
          int timeout = (int) MAX (1, (deadline - g_get_monotonic_time ()) / 1000);

          if (poll (&pfd, 1, timeout) > 0 && (pfd.revents & POLLIN))
            {
              n = read (out_fd, buffer, sizeof buffer);
              if (n > 0)
                g_string_append_len (output, buffer, n);
            }
        }
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);
      g_spawn_close_pid (pid);
      if (WIFEXITED (status))
        g_assert_cmpint (WEXITSTATUS (status), ==, 0);

      parse_lines (&committed, output->str, output->len);
      for (gsize k = 0; k < output->len; k++)
        total_lines += output->str[k] == '\n';
      verify (path, &committed);
    }

  g_test_message ("%u kills, %u committed edits checked", iterations, total_lines);
  g_assert_cmpuint (total_lines, >, 0);

  g_hash_table_unref (committed.articles);
  g_hash_table_unref (committed.claims);
  g_hash_table_unref (committed.notes);
  g_hash_table_unref (committed.ratings);
  g_hash_table_unref (committed.sources);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
    g_remove (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/qc/store-reliability/sigkill-loop", test_sigkill_loop);
  return g_test_run ();
}
