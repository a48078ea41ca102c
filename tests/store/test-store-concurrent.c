/* test-store-concurrent.c: two processes writing one database at once
 * (and one reading) see no error and lose no edit
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test runs itself as the workers: "--writer DB TAG N" imports an
 * article and makes N rounds of edits, printing each committed one;
 * "--reader DB SECONDS" lists articles and claims in a loop. A worker that
 * gets any error prints it and exits 1.
 */

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-store.h"

static int
run_writer (const char *path,
            const char *tag,
            guint       rounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (path, &error);
  g_autofree char *body = NULL;
  g_autoptr(QcText) text = NULL;
  QcImportResult result = { 0 };

  if (store == NULL)
    goto fail;
  body = g_strdup_printf ("Writer %s\n\n“We are writing at the same time,” said %s.\n", tag, tag);
  text = qc_text_new (body, -1, tag, &error);
  if (!qc_store_import_text (store, text, NULL, 0, &result, &error))
    goto fail;
  g_print ("A %" G_GINT64_FORMAT "\n", result.article_id);

  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *note = g_strdup_printf ("%s-%u", tag, i);
      QcRange span = { 0, 6 + i % 5 };
      gint64 claim = qc_store_add_claim (store, result.article_id, QC_CLAIM_KIND_DIRECT, &span, 1, 0, &error);

      if (claim == 0 || !qc_store_set_claim_note (store, claim, note, &error))
        goto fail;
      if (i % 10 == 9)
        {
          if (!qc_store_begin_action (store, "Batch", &error)
              || !qc_store_set_claim_evidence (store, claim, QC_EVIDENCE_DISPUTED, &error)
              || qc_store_add_source (store, claim, note, NULL, NULL, QC_STANCE_REFUTES, &error) == 0
              || !qc_store_commit_action (store, &error))
            goto fail;
        }
      g_print ("N %" G_GINT64_FORMAT " %s\n", claim, note);
    }
  return 0;

fail:
  g_printerr ("writer %s: %s\n", tag, error->message);
  return 1;
}

static int
run_reader (const char *path,
            double      seconds)
{
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  guint reads = 0;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(QcStore) store = qc_store_open (path, &error);
      g_autoptr(GListModel) articles = NULL;

      if (store == NULL || (articles = qc_store_list_articles (store, &error)) == NULL)
        goto fail;
      for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
        {
          g_autoptr(QcArticle) article = g_list_model_get_item (articles, i);
          g_autoptr(GListModel) claims = qc_store_list_claims (store, qc_article_get_id (article), 0, &error);

          if (claims == NULL)
            goto fail;
          reads++;
        }
    }
  g_print ("R %u\n", reads);
  return 0;

fail:
  g_printerr ("reader: %s\n", error->message);
  return 1;
}

static void
test_two_writers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-concurrent-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *tags[] = { "alpha", "beta" };
  const guint rounds = 150;
  GSubprocess *writers[2];
  g_autoptr(GSubprocess) reader = NULL;
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  g_autofree char *rounds_arg = g_strdup_printf ("%u", rounds);

  g_assert_no_error (error);

  /* Start all at once: the first two race to create the database. */
  for (guint w = 0; w < 2; w++)
    {
      writers[w] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                     self_exe, "--writer", path, tags[w], rounds_arg, NULL);
      g_assert_no_error (error);
    }
  reader = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             self_exe, "--reader", path, "1.5", NULL);
  g_assert_no_error (error);

  for (guint w = 0; w < 3; w++)
    {
      GSubprocess *process = w < 2 ? writers[w] : reader;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) lines = NULL;
      guint notes = 0;

      g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
      g_assert_no_error (error);
      g_test_message ("worker %u: %s", w, err);
      g_assert_cmpstr (err, ==, "");
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

      lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        if (lines[i][0] == 'N')
          {
            g_auto(GStrv) words = g_strsplit (lines[i], " ", 3);
            gint64 id = g_ascii_strtoll (words[1], NULL, 10);

            g_assert_false (g_hash_table_contains (expected, &id));
            g_hash_table_insert (expected, g_memdup2 (&id, sizeof id), g_strdup (words[2]));
            notes++;
          }
      if (w < 2)
        g_assert_cmpuint (notes, ==, rounds);
      if (w < 2)
        g_object_unref (process);
    }

  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(QcClaim) claim = qc_store_get_claim (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (qc_claim_get_note (claim), ==, value);
    }
  {
    g_autoptr(GListModel) articles = qc_store_list_articles (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 2);
  }
  /* One local annotator, however the two raced to create it. */
  g_assert_cmpint (qc_store_get_local_annotator (store), ==, 1);

  g_clear_object (&store);
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
  if (argc == 5 && strcmp (argv[1], "--writer") == 0)
    return run_writer (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));
  if (argc == 4 && strcmp (argv[1], "--reader") == 0)
    return run_reader (argv[2], g_ascii_strtod (argv[3], NULL));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/qc/store-reliability/two-writers", test_two_writers);
  return g_test_run ();
}
