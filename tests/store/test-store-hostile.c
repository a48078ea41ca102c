/* test-store-hostile.c: hostile text in every text field round-trips
 * unchanged and changes nothing else
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "qc-store-private.h"
#include "qc-store.h"

typedef struct
{
  const char *name;
  char       *value;
  gboolean    utf8;     /* may also go into the article body */
} Hostile;

static GPtrArray *
hostile_values (void)
{
  GPtrArray *values = g_ptr_array_new ();
  GString *junk = g_string_new (NULL);
  GString *big = g_string_new (NULL);
  static const struct { const char *name; const char *value; } fixed[] = {
    { "quotes", "He said \"it's 'fine'\" and “so” did ‘she’ «ça» „ja“" },
    { "semicolons", "a; b;; ;c; DROP; --" },
    { "sql-injection", "'); DROP TABLE claim;--" },
    { "sql-injection-2", "\" OR 1=1; DELETE FROM article WHERE \"\"=\"" },
    { "format-strings", "%s%s%n%x %d %%" },
    { "backslashes", "C:\\path\\to\\file \\\\ \\0 \\n" },
    { "emoji", "👩🏽‍⚖️ 🇺🇦 🙂 family 👨‍👩‍👧‍👦" },
    { "right-to-left", "قال الرئيس \"نحن\" — אמר ‮reversed‬ text" },
    { "control", "tab\there\nnewline\r\ncarriage\x01\x1f\x7f" },
    { "json-ish", "{\"a\": [1, 2], \"b\": null} </script>" },
    { "only-space", "   " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      Hostile *h = g_new0 (Hostile, 1);

      h->name = fixed[i].name;
      h->value = g_strdup (fixed[i].value);
      h->utf8 = TRUE;
      g_ptr_array_add (values, h);
    }

  /* NUL-free binary junk, invalid UTF-8 included */
  for (guint i = 0; i < 4096; i++)
    g_string_append_c (junk, (char) (1 + (i * 7919 + i / 13) % 255));
  {
    Hostile *h = g_new0 (Hostile, 1);

    h->name = "binary-junk";
    h->value = g_string_free (junk, FALSE);
    h->utf8 = FALSE;
    g_ptr_array_add (values, h);
  }

  /* 1 MB, mixed scripts */
  while (big->len < 1024 * 1024)
    g_string_append (big, "Lorem “ipsum” 😀 مرحبا — ");
  {
    Hostile *h = g_new0 (Hostile, 1);

    h->name = "one-megabyte";
    h->value = g_string_free (big, FALSE);
    h->utf8 = TRUE;
    g_ptr_array_add (values, h);
  }
  return values;
}

static void
hostile_free (gpointer data)
{
  Hostile *h = data;

  g_free (h->value);
  g_free (h);
}

static gint64
count (QcStore    *store,
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

static void
test_every_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-hostile-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "hostile.db", NULL);
  g_autoptr(QcStore) store = NULL;
  GPtrArray *values = hostile_values ();

  g_assert_no_error (error);
  store = qc_store_open (path, &error);
  g_assert_no_error (error);

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < values->len; i++)
      {
        Hostile *h = values->pdata[i];
        const char *v = h->value;
        g_autofree char *body = NULL;
        g_autoptr(QcText) text = NULL;
        QcArticleInfo info = { v, v, v, v, v, v, v, v };
        g_autoptr(QcArticle) article = NULL;
        g_autoptr(QcClaim) claim = NULL;
        g_autoptr(QcSpeaker) speaker = NULL;
        g_autoptr(GPtrArray) sources = NULL;
        g_autoptr(GPtrArray) comments = NULL;
        g_autofree char *annotator = NULL;
        gint64 article_id;
        gint64 claim_id;
        gint64 speaker_id;
        QcRange span;

        g_test_message ("value %s (round %u)", h->name, round);
        body = g_strdup_printf ("Body %u/%u: %s\n\n“quoted”.\n", round, i, h->utf8 ? v : "plain");
        text = qc_text_new (body, -1, h->name, &error);
        g_assert_no_error (error);

        /* Round 2 reopens the file: the values come back from disk. */
        if (round == 1 && i == 0)
          {
            g_clear_object (&store);
            store = qc_store_open (path, &error);
            g_assert_no_error (error);
          }

        article_id = qc_store_add_article (store, text, &info, &error);
        g_assert_no_error (error);
        span.start = 0;
        span.end = qc_text_get_n_chars (text);
        speaker_id = qc_store_add_speaker (store, v, QC_SPEAKER_KIND_PERSON, v, &error);
        if (speaker_id == 0)
          {
            /* Only a name that is nothing but space may be refused. */
            g_assert_cmpstr (h->name, ==, "only-space");
            g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID);
            g_clear_error (&error);
            speaker_id = qc_store_add_speaker (store, "placeholder", QC_SPEAKER_KIND_PERSON, v, &error);
          }
        g_assert_no_error (error);
        qc_store_add_speaker_alias (store, speaker_id, v, &error);
        g_clear_error (&error);
        claim_id = qc_store_add_claim (store, article_id, QC_CLAIM_KIND_DIRECT, &span, 1, speaker_id, &error);
        g_assert_no_error (error);
        g_assert_true (qc_store_set_claim_note (store, claim_id, v, &error));
        g_assert_true (qc_store_set_claim_rating (store, claim_id, v, &error));
        g_assert_cmpint (qc_store_add_source (store, claim_id, v, v, v, QC_STANCE_REFUTES, &error), >, 0);
        g_assert_cmpint (qc_store_add_comment (store, claim_id, v, &error), >, 0);
        g_assert_true (qc_store_set_annotator_name (store, qc_store_get_local_annotator (store), v, &error));
        g_assert_no_error (error);

        article = qc_store_get_article (store, article_id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (qc_article_get_title (article), ==, v);
        g_assert_cmpstr (qc_article_get_outlet (article), ==, v);
        g_assert_cmpstr (qc_article_get_author (article), ==, v);
        g_assert_cmpstr (qc_article_get_url (article), ==, v);
        g_assert_cmpstr (qc_article_get_published_at (article), ==, v);
        g_assert_cmpstr (qc_article_get_language (article), ==, v);
        g_assert_cmpstr (qc_article_get_source_name (article), ==, v);
        g_assert_cmpstr (qc_article_get_source_format (article), ==, v);
        g_assert_cmpstr (qc_article_get_body (article), ==, qc_text_get_data (text));

        claim = qc_store_get_claim (store, claim_id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (qc_claim_get_note (claim), ==, v);
        g_assert_cmpstr (qc_claim_get_rating (claim), ==, v);
        g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, qc_text_get_data (text));

        speaker = qc_store_get_speaker (store, speaker_id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (qc_speaker_get_role (speaker), ==, v);
        if (strcmp (qc_speaker_get_name (speaker), "placeholder") != 0)
          g_assert_cmpstr (qc_speaker_get_name (speaker), ==, v);

        sources = qc_store_list_sources (store, claim_id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (((QcEvidenceSource *) sources->pdata[0])->url, ==, v);
        g_assert_cmpstr (((QcEvidenceSource *) sources->pdata[0])->title, ==, v);
        g_assert_cmpstr (((QcEvidenceSource *) sources->pdata[0])->note, ==, v);
        comments = qc_store_list_comments (store, claim_id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (((QcComment *) comments->pdata[0])->text, ==, v);
        annotator = qc_store_dup_annotator_name (store, qc_store_get_local_annotator (store), &error);
        g_assert_cmpstr (annotator, ==, v);

        /* Looked up by hostile ids, nothing is found and nothing breaks. */
        g_assert_cmpint (qc_store_find_article (store, v, &error), ==, 0);
        g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
        g_clear_error (&error);
        g_assert_cmpint (qc_store_find_claim (store, v, &error), ==, 0);
        g_clear_error (&error);

        /* Undo of a hostile edit restores the previous value exactly. */
        g_assert_true (qc_store_set_claim_note (store, claim_id, "plain", &error));
        g_assert_true (qc_store_undo (store, NULL, &error));
        g_assert_no_error (error);
        g_clear_object (&claim);
        claim = qc_store_get_claim (store, claim_id, &error);
        g_assert_cmpstr (qc_claim_get_note (claim), ==, v);
      }

  /* Every table is still there and whole. */
  g_assert_cmpint (count (store, "SELECT count(*) FROM claim"), ==, 2 * values->len);
  g_assert_cmpint (count (store, "SELECT count(*) FROM article"), ==, 2 * values->len);
  g_assert_cmpint (count (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"), ==, 10);

  g_ptr_array_set_free_func (values, hostile_free);
  g_ptr_array_unref (values);
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
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/qc/store-reliability/hostile-text", test_every_field);
  return g_test_run ();
}
