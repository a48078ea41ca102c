/* test-export-write.c: formats by name, atomic files, async export, options
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* setrlimit, geteuid under -std=c11 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export-fixture.h"
#include "qc-exporter.h"

static void
test_format_names (void)
{
  static const struct
  {
    const char     *name;
    gboolean        known;
    QcExportFormat  format;
  } names[] = {
    { "json", TRUE, QC_EXPORT_FORMAT_JSON },
    { "JSON", TRUE, QC_EXPORT_FORMAT_JSON },
    { "claimreview", TRUE, QC_EXPORT_FORMAT_CLAIMREVIEW },
    { "webannotation", TRUE, QC_EXPORT_FORMAT_WEB_ANNOTATION },
    { "web-annotation", TRUE, QC_EXPORT_FORMAT_WEB_ANNOTATION },
    { "html", TRUE, QC_EXPORT_FORMAT_HTML },
    { "pdf", TRUE, QC_EXPORT_FORMAT_PDF },
    { "md", TRUE, QC_EXPORT_FORMAT_MARKDOWN },
    { "markdown", TRUE, QC_EXPORT_FORMAT_MARKDOWN },
    { "csv", TRUE, QC_EXPORT_FORMAT_CSV },
    { "docx", FALSE, 0 },
    { "", FALSE, 0 },
  };
  static const struct
  {
    const char     *file;
    gboolean        known;
    QcExportFormat  format;
  } files[] = {
    { "report.html", TRUE, QC_EXPORT_FORMAT_HTML },
    { "/tmp/x.y/Report.HTM", TRUE, QC_EXPORT_FORMAT_HTML },
    { "claims.csv", TRUE, QC_EXPORT_FORMAT_CSV },
    { "notes.markdown", TRUE, QC_EXPORT_FORMAT_MARKDOWN },
    { "a.pdf", TRUE, QC_EXPORT_FORMAT_PDF },
    { "share.json", TRUE, QC_EXPORT_FORMAT_JSON },
    { "ambiguous.jsonld", FALSE, 0 },
    { "/tmp/dir.html/report", FALSE, 0 },
    { "noextension", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      QcExportFormat format = 0;

      g_assert_cmpint (qc_export_format_from_string (names[i].name, &format), ==, names[i].known);
      if (names[i].known)
        g_assert_cmpint (format, ==, names[i].format);
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      QcExportFormat format = 0;

      g_assert_cmpint (qc_export_format_guess_for_filename (files[i].file, &format), ==, files[i].known);
      if (files[i].known)
        g_assert_cmpint (format, ==, files[i].format);
    }
  for (guint f = 0; f < QC_EXPORT_N_FORMATS; f++)
    {
      QcExportFormat back = 0;

      g_assert_true (qc_export_format_from_string (qc_export_format_to_string (f), &back));
      g_assert_cmpint (back, ==, f);
      g_assert_nonnull (qc_export_format_get_label (f));
      g_assert_nonnull (qc_export_format_get_mime_type (f));
      g_assert_nonnull (qc_export_format_get_extension (f));
      g_assert_cmpint (qc_export_format_is_binary (f), ==, f == QC_EXPORT_FORMAT_PDF);
    }
}

/* The folder holds only what the test put there: no temporary files */
static void
assert_no_leftovers (const char *dir,
                     const char *expected)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (!g_str_has_prefix (name, "desk.db") && g_strcmp0 (name, expected) != 0)
      g_error ("left behind in %s: %s", dir, name);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_replaces_atomically (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old report", -1, &error));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_true (g_str_has_suffix (contents, "</html>\n"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  assert_no_leftovers (fixture->dir, "report.html");
}

static void
test_failed_export_keeps_old_file (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gint64 nobody = qc_store_add_speaker (fixture->store, "Nobody", QC_SPEAKER_KIND_PERSON, NULL, NULL);

  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  g_assert_false (qc_export_speaker (fixture->store, nobody, QC_EXPORT_FORMAT_PDF, NULL, file, &error));
  g_assert_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "Nobody"));
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "old report");
  assert_no_leftovers (fixture->dir, "report.pdf");
}

/* A write that fails half-way (the file size limit stands in for a full
 * disk) leaves the old file and no temporary one. */
static void
test_failed_write_keeps_old_file (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = NULL;

  /* The child runs with a fixture of its own; it writes where the
   * parent says. */
  if (g_test_subprocess ())
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("QC_TEST_TARGET"));
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
      g_assert_nonnull (strstr (error->message, "big.html"));
      return;
    }
  path = g_build_filename (fixture->dir, "big.html", NULL);
  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  g_setenv ("QC_TEST_TARGET", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  {
    g_autofree char *contents = read_file (path);

    g_assert_cmpstr (contents, ==, "old report");
  }
  assert_no_leftovers (fixture->dir, "big.html");
}

static void
test_unwritable_destination (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "report.html", NULL);
  g_autofree char *under_file = g_build_filename (fixture->db_path, "report.html", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = g_file_new_for_path (missing);
  g_assert_false (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "report.html"));
  g_assert_nonnull (strstr (error->message, "folder does not exist"));
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path (under_file);
  g_assert_false (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.html"));
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path (fixture->dir);
  g_assert_false (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_clear_object (&file);

  /* A folder without write permission (root may write anywhere) */
  if (geteuid () != 0)
    {
      g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
      g_autofree char *target = g_build_filename (locked, "report.html", NULL);

      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      file = g_file_new_for_path (target);
      g_assert_false (qc_export_article (fixture->store, fixture->article_id, QC_EXPORT_FORMAT_HTML, NULL, file, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "permission denied"));
      g_chmod (locked, 0700);
    }
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} AsyncData;

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = qc_export_to_file_finish (QC_STORE (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static gboolean
export_async (Fixture         *fixture,
              QcExportScope    scope,
              gint64           id,
              GFile           *file,
              GCancellable    *cancellable,
              GError         **error)
{
  AsyncData data = { g_main_loop_new (NULL, FALSE), FALSE, NULL };
  QcExportOptions options = { .organisation = "Desk" };

  qc_export_to_file_async (fixture->store, scope, id, QC_EXPORT_FORMAT_PDF, &options, file, cancellable,
                           on_export_done_cb, &data);
  g_main_loop_run (data.loop);
  g_main_loop_unref (data.loop);
  if (data.error != NULL)
    g_propagate_error (error, data.error);
  return data.ok;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "async.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gint64 nobody;

  g_assert_true (export_async (fixture, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id, file, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* Errors arrive through _finish */
  nobody = qc_store_add_speaker (fixture->store, "Nobody", QC_SPEAKER_KIND_PERSON, NULL, NULL);
  g_assert_false (export_async (fixture, QC_EXPORT_SCOPE_SPEAKER, nobody, file, NULL, &error));
  g_assert_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY);
  g_clear_error (&error);

  /* Cancelled: nothing is written */
  g_cancellable_cancel (cancellable);
  g_assert_false (export_async (fixture, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_leftovers (fixture->dir, NULL);
}

/* Whose claims: mine by default, a colleague's, or everyone's */
static void
test_annotator_option (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) mine = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(QcAnnotationImport) result = NULL;
  json_object *claims;
  const char *json;
  QcExportOptions options = { 0 };
  guint n_all;

  /* The same article annotated by a colleague: their claims, new UUIDs */
  mine = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id, QC_EXPORT_FORMAT_JSON,
                             NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (mine, NULL), g_bytes_get_size (mine));

    root = parse_json_or_die (text);
  }
  json_object_object_add (member (root, "annotator", json_type_object), "uuid",
                          json_object_new_string ("6a1c3e52-2f6b-4a8e-9d55-0c6d2b8f1e77"));
  json_object_object_add (member (root, "annotator", json_type_object), "name", json_object_new_string ("Colleague"));
  json_object_object_del (root, "annotators");
  json_object_object_del (member (root, "article", json_type_object), "annotator");
  claims = member (root, "claims", json_type_array);
  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      g_autofree char *uuid = g_uuid_string_random ();

      json_object_object_add (claim, "uuid", json_object_new_string (uuid));
      json_object_object_del (claim, "annotator");
      json_object_object_del (claim, "sources");
      json_object_object_del (claim, "comments");
    }
  json = json_object_to_json_string (root);
  qc_annotations_import_data (fixture->store, json, strlen (json), "colleague.json", &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_claims_added, ==, fixture->n_claims);

  {
    g_autoptr(QcReport) report = qc_report_load (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                                 &options, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (qc_report_get_n_claims (report), ==, fixture->n_claims);
  }
  options.annotator_id = result->annotator_id;
  {
    g_autoptr(QcReport) report = qc_report_load (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                                 &options, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (qc_report_get_n_claims (report), ==, fixture->n_claims);
  }
  options.annotator_id = QC_EXPORT_ALL_ANNOTATORS;
  {
    g_autoptr(QcReport) report = qc_report_load (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                                 &options, &error);

    g_assert_no_error (error);
    n_all = qc_report_get_n_claims (report);
    g_assert_cmpuint (n_all, ==, 2 * fixture->n_claims);
    g_assert_cmpuint (qc_report_get_n_articles (report), ==, 1);
    g_assert_cmpstr (qc_report_get_title (report), ==, HOSTILE_TITLE);
  }
  options.annotator_id = 999;
  {
    g_autoptr(QcReport) report = qc_report_load (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                                 &options, &error);

    g_assert_null (report);
    g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_suggested_filename (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *html = qc_export_dup_suggested_filename (fixture->store, QC_EXPORT_SCOPE_ARTICLE,
                                                            fixture->article_id, QC_EXPORT_FORMAT_HTML);
  g_autofree char *review = qc_export_dup_suggested_filename (fixture->store, QC_EXPORT_SCOPE_ARTICLE,
                                                              fixture->article_id, QC_EXPORT_FORMAT_CLAIMREVIEW);
  g_autofree char *speaker = qc_export_dup_suggested_filename (fixture->store, QC_EXPORT_SCOPE_SPEAKER,
                                                               fixture->park, QC_EXPORT_FORMAT_PDF);
  g_autofree char *all = qc_export_dup_suggested_filename (fixture->store, QC_EXPORT_SCOPE_ALL, 0,
                                                           QC_EXPORT_FORMAT_CSV);

  g_assert_cmpstr (html, ==, "title-script-alert-title-script-roads-i-budgets-i.html");
  g_assert_cmpstr (review, ==, "title-script-alert-title-script-roads-i-budgets-i-claimreview.jsonld");
  g_assert_cmpstr (speaker, ==, "claims-by-ed-eddie-img-src-x-onerror-alert-1-park.pdf");
  g_assert_cmpstr (all, ==, "fact-check-report.csv");
}

static void
test_empty_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (":memory:", &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = qc_export_to_bytes (store, QC_EXPORT_SCOPE_ALL, 0, QC_EXPORT_FORMAT_HTML, NULL, &error);
  g_assert_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY);
  g_assert_null (bytes);
  g_clear_error (&error);
  bytes = qc_export_to_bytes (store, QC_EXPORT_SCOPE_ARTICLE, 42, QC_EXPORT_FORMAT_HTML, NULL, &error);
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
}

/* An article with no claims still gives a report in every format */
static void
test_no_claims (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcStore) store = qc_store_open (":memory:", &error);
  g_autoptr(QcText) text = qc_text_new ("Nothing was said.\n", -1, NULL, NULL);
  gint64 id;

  g_assert_no_error (error);
  id = qc_store_add_article (store, text, NULL, &error);
  g_assert_no_error (error);
  for (guint f = 0; f < QC_EXPORT_N_FORMATS; f++)
    {
      g_autoptr(GBytes) bytes = qc_export_to_bytes (store, QC_EXPORT_SCOPE_ARTICLE, id, f, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/export-write/format-names", test_format_names);
  g_test_add_func ("/qc/export-write/empty-database", test_empty_database);
  g_test_add_func ("/qc/export-write/no-claims", test_no_claims);
#define ADD(path, func) g_test_add ("/qc/export-write/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("replaces-atomically", test_replaces_atomically);
  ADD ("failed-export-keeps-old-file", test_failed_export_keeps_old_file);
  ADD ("failed-write-keeps-old-file", test_failed_write_keeps_old_file);
  ADD ("unwritable-destination", test_unwritable_destination);
  ADD ("async", test_async);
  ADD ("annotator-option", test_annotator_option);
  ADD ("suggested-filename", test_suggested_filename);
#undef ADD

  return g_test_run ();
}
