/* test-store-failures.c: a read-only file, a full disk and a locked
 * database each give a clear error and lose nothing already stored
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "qc-store-private.h"
#include "qc-store.h"

static const char article_text[] =
  "Council report\n\n“The bridge opens in May,” said the mayor.\n\nEngineers disagreed.\n";

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

/* A small database: one article, one claim with a note. */
static gint64
populate (QcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = qc_text_new (article_text, -1, "t", &error);
  QcRange span = { 16, 43 };
  gint64 article;
  gint64 claim;

  article = qc_store_add_article (store, text, NULL, &error);
  g_assert_no_error (error);
  claim = qc_store_add_claim (store, article, QC_CLAIM_KIND_DIRECT, &span, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_set_claim_note (store, claim, "kept", &error));
  g_assert_no_error (error);
  return claim;
}

static void
assert_intact (QcStore *store,
               gint64   claim_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) claim = qc_store_get_claim (store, claim_id, &error);
  g_autoptr(QcArticle) article = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (qc_claim_get_note (claim), ==, "kept");
  article = qc_store_get_article (store, qc_claim_get_article_id (claim), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_body (article), ==, article_text);
}

static void
assert_integrity (QcStore *store)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_qc_store_get_db (store), "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
}

/* Read-only: the file (and, in the second case, its folder) cannot be
 * written. Root can write anything, so the check runs in a subprocess
 * that gives up root for "nobody". */

static void
become_unprivileged (void)
{
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
}

static void
check_read_only (const char *path,
                 gint64      claim_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(QcText) text = qc_text_new ("New article.", -1, "t", NULL);
  QcImportResult result;

  become_unprivileged ();
  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_is_read_only (store));
  assert_intact (store, claim_id);
  claims = qc_store_list_claims (store, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);

  g_assert_false (qc_store_set_claim_note (store, claim_id, "lost?", &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (qc_store_import_text (store, text, NULL, 0, &result, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (qc_store_undo (store, NULL, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  assert_intact (store, claim_id);
}

static void
test_read_only (gconstpointer data)
{
  gboolean folder_too = GPOINTER_TO_INT (data);
  const char *dir = g_getenv ("QC_TEST_DIR");

  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (dir, "ro.db", NULL);

      check_read_only (path, g_ascii_strtoll (g_getenv ("QC_TEST_CLAIM"), NULL, 10));
      return;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *tmp = g_dir_make_tmp ("qc-ro-XXXXXX", &error);
    g_autofree char *path = g_build_filename (tmp, "ro.db", NULL);
    g_autofree char *claim_str = NULL;
    g_autoptr(QcStore) store = qc_store_open (path, &error);
    gint64 claim;
    const char *subprocess_env;

    g_assert_no_error (error);
    claim = populate (store);
    g_clear_object (&store);
    claim_str = g_strdup_printf ("%" G_GINT64_FORMAT, claim);

    g_assert_cmpint (g_chmod (path, 0444), ==, 0);
    g_assert_cmpint (g_chmod (tmp, folder_too ? 0555 : 0777), ==, 0);
    g_setenv ("QC_TEST_DIR", tmp, TRUE);
    g_setenv ("QC_TEST_CLAIM", claim_str, TRUE);
    subprocess_env = folder_too ? "/qc/store-failures/read-only/file-and-folder"
                                : "/qc/store-failures/read-only/file";
    g_test_trap_subprocess (subprocess_env, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();

    /* Back with write access: all there, undo still works. */
    g_assert_cmpint (g_chmod (tmp, 0700), ==, 0);
    g_assert_cmpint (g_chmod (path, 0644), ==, 0);
    store = qc_store_open (path, &error);
    g_assert_no_error (error);
    assert_intact (store, claim);
    assert_integrity (store);
    g_clear_object (&store);
    remove_tree (tmp);
  }
}

/* A full disk, injected: no page may be added beyond the current size. */
static void
test_disk_full_injected (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("qc-full-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmp, "full.db", NULL);
  g_autoptr(QcStore) store = qc_store_open (path, &error);
  GString *big = g_string_new (NULL);
  g_autoptr(QcText) text = NULL;
  QcImportResult result;
  gint64 claim;

  g_assert_no_error (error);
  claim = populate (store);
  while (big->len < 1024 * 1024)
    g_string_append (big, "“A long article,” she said. It goes on and on.\n\n");
  text = qc_text_new (big->str, big->len, "big", &error);
  g_string_free (big, TRUE);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_exec (_qc_store_get_db (store),
                                 "PRAGMA max_page_count = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (qc_store_import_text (store, text, NULL, 0, &result, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_intact (store, claim);

  /* Space again: the same store goes on working. */
  g_assert_cmpint (sqlite3_exec (_qc_store_get_db (store),
                                 "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (qc_store_import_text (store, text, NULL, 0, &result, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  assert_intact (store, claim);
  assert_integrity (store);
  g_clear_object (&store);
  remove_tree (tmp);
}

/* A real full disk: a 1 MiB tmpfs (needs root; skipped otherwise). */
static void
test_disk_full_tmpfs (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("QC_TEST_DIR");
      g_autofree char *path = g_build_filename (dir, "full.db", NULL);
      g_autoptr(QcStore) store = qc_store_open (path, &error);
      g_autoptr(GArray) stored = g_array_new (FALSE, FALSE, sizeof (gint64));
      GString *body = g_string_new (NULL);
      gint64 claim;
      guint i;

      g_assert_no_error (error);
      claim = populate (store);
      for (i = 0; i < 100; i++)
        {
          g_autoptr(QcText) text = NULL;
          QcImportResult result;

          g_string_truncate (body, 0);
          while (body->len < 100 * 1024)
            g_string_append_printf (body, "Article %u: “quote” said someone. ", i);
          text = qc_text_new (body->str, body->len, "big", NULL);
          if (!qc_store_import_text (store, text, NULL, 0, &result, &error))
            break;
          g_array_append_val (stored, result.article_id);
        }
      g_string_free (body, TRUE);
      g_assert_cmpuint (i, <, 100);
      g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_DISK_FULL);
      g_assert_nonnull (strstr (error->message, "disk is full"));
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);

      assert_intact (store, claim);
      for (guint k = 0; k < stored->len; k++)
        {
          g_autoptr(QcArticle) a = qc_store_get_article (store, g_array_index (stored, gint64, k), &error);

          g_assert_no_error (error);
        }
      g_clear_object (&store);
      store = qc_store_open (path, &error);
      g_assert_no_error (error);
      assert_intact (store, claim);
      assert_integrity (store);
      return;
    }

  if (geteuid () != 0)
    {
      g_test_skip ("mounting a tmpfs needs root");
      return;
    }
  tmp = g_dir_make_tmp ("qc-tmpfs-XXXXXX", &error);
  g_assert_no_error (error);
  if (mount ("tmpfs", tmp, "tmpfs", 0, "size=1m") != 0)
    {
      g_autofree char *message = g_strdup_printf ("cannot mount a tmpfs: %s", g_strerror (errno));

      g_rmdir (tmp);
      g_test_skip (message);
      return;
    }
  g_setenv ("QC_TEST_DIR", tmp, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  umount (tmp);
  g_rmdir (tmp);
  g_test_trap_assert_passed ();
}

/* Locked: another connection holds the write lock longer than the busy
 * timeout. */
static void
test_locked (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("qc-lock-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmp, "locked.db", NULL);
  g_autoptr(QcStore) store = qc_store_open (path, &error);
  g_autoptr(GListModel) claims = NULL;
  sqlite3 *other = NULL;
  gint64 claim;
  gint64 t0;

  g_assert_no_error (error);
  claim = populate (store);
  _qc_store_set_busy_timeout (store, 300);

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE; UPDATE claim SET note = 'other' WHERE id = 999",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  t0 = g_get_monotonic_time ();
  g_assert_false (qc_store_set_claim_note (store, claim, "waiting", &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "locked"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (g_get_monotonic_time () - t0, >=, 250 * 1000);

  /* Reading goes on while another program writes (WAL). */
  claims = qc_store_list_claims (store, 1, 0, &error);
  g_assert_no_error (error);
  assert_intact (store, claim);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_true (qc_store_set_claim_note (store, claim, "after", &error));
  g_assert_no_error (error);
  g_assert_true (qc_store_undo (store, NULL, &error));
  g_assert_no_error (error);
  assert_intact (store, claim);
  g_clear_object (&store);
  remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/qc/store-failures/read-only/file", GINT_TO_POINTER (FALSE), test_read_only);
  g_test_add_data_func ("/qc/store-failures/read-only/file-and-folder", GINT_TO_POINTER (TRUE), test_read_only);
  g_test_add_func ("/qc/store-failures/disk-full/injected", test_disk_full_injected);
  g_test_add_func ("/qc/store-failures/disk-full/tmpfs", test_disk_full_tmpfs);
  g_test_add_func ("/qc/store-failures/locked", test_locked);

  return g_test_run ();
}
