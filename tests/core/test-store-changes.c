/* test-store-changes.c: what QcStore says an action changed
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Views update just the claims listed by qc_store_get_changes() when an
 * action touched nothing but claims; everything else must say "reload".
 * A wrong "claims only" would leave a view showing stale data, so every
 * kind of edit is checked here.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "qc-store.h"

/* Our own sample article (not corpus text). */
static const char article_text[] =
  "Ferry fares to stay flat\n"
  "\n"
  "“Fares will not rise this year,” said Mara Lind, who chairs the transport board.\n"
  "\n"
  "The board said the new timetable would start in June.\n";

typedef struct
{
  char    *dir;
  QcStore *store;
  gint64   article_id;
  guint    n_emissions;
  gboolean claims_only;
  GArray  *claim_ids;
} Fixture;

static void
on_changed_cb (QcStore *store,
               Fixture *f)
{
  const QcStoreChanges *changes = qc_store_get_changes (store);

  f->n_emissions++;
  f->claims_only = changes->claims_only;
  g_array_set_size (f->claim_ids, 0);
  g_array_append_vals (f->claim_ids, changes->claim_ids->data, changes->claim_ids->len);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = NULL;
  g_autofree char *path = NULL;
  QcImportResult result = { 0 };

  f->dir = g_dir_make_tmp ("qc-changes-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = qc_store_open (path, &error);
  g_assert_no_error (error);
  f->claim_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), f);

  text = qc_text_new (article_text, -1, "ferry.txt", &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_import_text (f->store, text, NULL, 0, &result, &error));
  g_assert_no_error (error);
  f->article_id = result.article_id;

  /* An import writes the article, speakers, claims: reload everything */
  g_assert_cmpuint (f->n_emissions, ==, 1);
  g_assert_false (f->claims_only);
  g_assert_cmpuint (f->claim_ids->len, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->store);
  g_array_unref (f->claim_ids);
  g_remove (wal);
  g_remove (shm);
  g_remove (path);
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* The last emission said "claims only", listing exactly @ids */
static void
assert_claims_only (Fixture      *f,
                    guint         n_emissions,
                    const gint64 *ids,
                    guint         n_ids)
{
  g_assert_cmpuint (f->n_emissions, ==, n_emissions);
  g_assert_true (f->claims_only);
  g_assert_cmpuint (f->claim_ids->len, ==, n_ids);
  for (guint i = 0; i < n_ids; i++)
    g_assert_cmpint (g_array_index (f->claim_ids, gint64, i), ==, ids[i]);
}

static void
assert_reload_all (Fixture *f,
                   guint    n_emissions)
{
  g_assert_cmpuint (f->n_emissions, ==, n_emissions);
  g_assert_false (f->claims_only);
  g_assert_cmpuint (f->claim_ids->len, ==, 0);
}

static gint64
add_claim (Fixture *f,
           gsize    start,
           gsize    end)
{
  g_autoptr(GError) error = NULL;
  QcRange span = { start, end };
  gint64 id = qc_store_add_claim (f->store, f->article_id, QC_CLAIM_KIND_INDIRECT, &span, 1, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_claim_edits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QcRange spans[] = { { 90, 100 }, { 110, 120 } };
  gint64 id = add_claim (f, 90, 140);

  assert_claims_only (f, 2, &id, 1);

  g_assert_true (qc_store_set_claim_evidence (f->store, id, QC_EVIDENCE_DISPUTED, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 3, &id, 1);

  /* Spans live in a table the update hook does not see: the log names them */
  g_assert_true (qc_store_set_claim_spans (f->store, id, spans, G_N_ELEMENTS (spans), &error));
  g_assert_no_error (error);
  assert_claims_only (f, 4, &id, 1);

  g_assert_true (qc_store_set_claim_note (f->store, id, "Check the minutes", &error));
  g_assert_no_error (error);
  assert_claims_only (f, 5, &id, 1);

  g_assert_true (qc_store_delete_claim (f->store, id, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 6, &id, 1);
}

static void
test_sources_and_comments (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_claim (f, 90, 140);

  /* Nothing a claim view shows: claims only, none listed */
  g_assert_cmpint (qc_store_add_source (f->store, id, "https://example.org/minutes", "Minutes",
                                        NULL, QC_STANCE_SUPPORTS, &error), >, 0);
  g_assert_no_error (error);
  assert_claims_only (f, 3, NULL, 0);

  g_assert_cmpint (qc_store_add_comment (f->store, id, "Ask the board", &error), >, 0);
  g_assert_no_error (error);
  assert_claims_only (f, 4, NULL, 0);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_claim (f, 90, 140);

  g_assert_true (qc_store_set_claim_evidence (f->store, id, QC_EVIDENCE_SUPPORTED, &error));
  g_assert_no_error (error);

  /* Replaying the log writes without logging: still named */
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 4, &id, 1);

  g_assert_true (qc_store_redo (f->store, NULL, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 5, &id, 1);

  /* Undoing the import touches the article: reload */
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  assert_reload_all (f, 8);
}

static void
test_speakers_reload (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_claim (f, 90, 140);
  gint64 speaker_id = qc_store_add_speaker (f->store, "Ola Berg", QC_SPEAKER_KIND_PERSON, NULL, &error);

  g_assert_no_error (error);
  assert_reload_all (f, 3);

  /* Pointing a claim at a speaker changes the claim row only */
  g_assert_true (qc_store_set_claim_speaker (f->store, id, speaker_id, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 4, &id, 1);

  /* A new name shows on every claim of the speaker */
  g_assert_true (qc_store_rename_speaker (f->store, speaker_id, "Ola Berg-Lund", &error));
  g_assert_no_error (error);
  assert_reload_all (f, 5);
}

static void
test_many_claims_reload (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A few, in one action: all listed, sorted, once each */
  g_assert_true (qc_store_begin_action (f->store, "Add three", &error));
  for (guint i = 0; i < 3; i++)
    {
      gint64 id = add_claim (f, 90 + i, 140);

      g_array_append_val (ids, id);
    }
  g_assert_true (qc_store_set_claim_evidence (f->store, g_array_index (ids, gint64, 0),
                                              QC_EVIDENCE_SUPPORTED, &error));
  g_assert_true (qc_store_commit_action (f->store, &error));
  g_assert_no_error (error);
  assert_claims_only (f, 2, (const gint64 *) (gpointer) ids->data, ids->len);

  /* Hundreds: reading them all again is as cheap */
  g_assert_true (qc_store_begin_action (f->store, "Add many", &error));
  for (guint i = 0; i < 600; i++)
    add_claim (f, 90 + i % 40, 140);
  g_assert_true (qc_store_commit_action (f->store, &error));
  g_assert_no_error (error);
  assert_reload_all (f, 3);

  /* A rolled-back action emits nothing, and the next starts afresh */
  g_assert_true (qc_store_begin_action (f->store, "Nothing", &error));
  add_claim (f, 90, 100);
  qc_store_rollback_action (f->store);
  g_assert_cmpuint (f->n_emissions, ==, 3);
  {
    gint64 id = add_claim (f, 90, 100);

    assert_claims_only (f, 4, &id, 1);
  }
}

static void
on_import_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* A long import runs on another connection in a thread; this store tells
 * its views when it is in, before the caller hears of it. */
static void
test_import_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GString) long_text = g_string_new ("Budget talks go on\n\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (f->dir, "long.txt", NULL);
  QcArticleInfo info = { .title = "Budget talks", .outlet = "The Test Gazette" };
  QcImportResult imported = { 0 };
  g_autoptr(QcArticle) article = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (long_text,
                            "“Item %u is not negotiable,” said Councillor Ana Reyes on day %u.\n\n",
                            i, i % 30);
  g_assert_true (g_file_set_contents (path, long_text->str, (gssize) long_text->len, &error));
  g_assert_no_error (error);

  qc_store_import_file_async (f->store, path, &info, 0, NULL, on_import_done_cb, &result);
  /* Not yet: the caller goes on */
  g_assert_cmpuint (f->n_emissions, ==, 1);
  g_assert_true (qc_store_import_finish (f->store, wait_for (&result), &imported, &error));
  g_assert_no_error (error);
  assert_reload_all (f, 2);
  g_assert_cmpint (imported.status, ==, QC_IMPORT_NEW);
  g_assert_cmpuint (imported.n_claims_added, ==, 2000);

  /* This connection sees it all, with the overrides */
  article = qc_store_get_article (f->store, imported.article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_title (article), ==, "Budget talks");
  g_assert_cmpstr (qc_article_get_outlet (article), ==, "The Test Gazette");
  claims = qc_store_list_claims (f->store, imported.article_id, qc_store_get_local_annotator (f->store), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2000);

  /* Undone from this connection, like any import */
  g_assert_true (qc_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&article);
  article = qc_store_get_article (f->store, imported.article_id, &error);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_assert_null (article);
  g_clear_error (&error);

  /* Data, and a bad file: an error, nothing stored, no signal */
  bytes = g_bytes_new_static ("bin\0ary", 7);
  g_clear_object (&result);
  qc_store_import_data_async (f->store, bytes, "junk.bin", NULL, 0, NULL, on_import_done_cb, &result);
  g_assert_false (qc_store_import_finish (f->store, wait_for (&result), &imported, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "junk.bin"));
  g_assert_cmpuint (f->n_emissions, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qc/store-changes/claim-edits", Fixture, NULL,
              fixture_set_up, test_claim_edits, fixture_tear_down);
  g_test_add ("/qc/store-changes/sources-and-comments", Fixture, NULL,
              fixture_set_up, test_sources_and_comments, fixture_tear_down);
  g_test_add ("/qc/store-changes/undo-redo", Fixture, NULL,
              fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/qc/store-changes/speakers-reload", Fixture, NULL,
              fixture_set_up, test_speakers_reload, fixture_tear_down);
  g_test_add ("/qc/store-changes/many-claims-reload", Fixture, NULL,
              fixture_set_up, test_many_claims_reload, fixture_tear_down);
  g_test_add ("/qc/store-changes/import-async", Fixture, NULL,
              fixture_set_up, test_import_async, fixture_tear_down);

  return g_test_run ();
}
