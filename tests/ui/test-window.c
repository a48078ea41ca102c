/* test-window.c: tests for QcWindow, QcArticleView, QcLibrarySidebar and
 * QcPreferencesWindow over a temporary store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"


#include "qc-claim-list.h"
#include "qc-export-dialog.h"
#include "qc-preferences-window.h"
#include "qc-window.h"
#include "ui-test-util.h"

/* Our own text (not corpus text): a headline, a direct quote with a cue,
 * a partial quote and an "according to" report. */
static const char article[] =
  "Riverton council backs new budget\n"
  "\n"
  "The mayor of Riverton defended the budget on Tuesday.\n"
  "\n"
  "“We have balanced the books without closing a single school,” Mayor Jane Holloway "
  "said.\n"
  "\n"
  "Critics called the plan “a shell game” and said the city would run short of money "
  "by spring.\n"
  "\n"
  "According to the city treasurer, the reserves will last until March.\n";

typedef struct
{
  char    *dir;
  char    *db_path;
  QcStore *store;
} Fixture;

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qc-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "quotecheck.db", NULL);
  fixture->store = qc_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Helpers */

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GFile *
sample_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "city-council-budget.txt", NULL);

  return g_file_new_for_path (path);
}

/* Files opened from the window import in the background */
static void
wait_for_imports (QcWindow *window)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (qc_window_is_importing (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (qc_window_is_importing (window));
  /* What the import queued (the reload, the article shown) runs too */
  while (g_main_context_iteration (NULL, FALSE));
}

static QcWindow *
create_window (QcStore *store)
{
  QcWindow *window = qc_window_new (NULL, store);

  /* Windows belong to GTK's toplevel list; hold our own reference */
  return g_object_ref (window);
}

static void
destroy_window (QcWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static guint
count_articles (QcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) articles = qc_store_list_articles (store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (articles);
}

static GListModel *
list_claims (QcStore *store,
             gint64   article_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *claims = qc_store_list_claims (store, article_id, qc_store_get_local_annotator (store), &error);

  g_assert_no_error (error);
  return claims;
}

static QcClaim *
get_claim (QcStore *store,
           gint64   claim_id)
{
  g_autoptr(GError) error = NULL;
  QcClaim *claim = qc_store_get_claim (store, claim_id, &error);

  g_assert_no_error (error);
  return claim;
}

static void
activate (QcWindow   *window,
          const char *action,
          GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const QcRange *x = a;
  const QcRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return 0;
}

/* Ranges sorted and merged where they touch or overlap: the runs a shared
 * GtkTextTag has to show. Takes @ranges. */
static GArray *
merge_ranges (GArray *ranges)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (QcRange));

  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      QcRange range = g_array_index (ranges, QcRange, i);
      QcRange *last = runs->len > 0 ? &g_array_index (runs, QcRange, runs->len - 1) : NULL;

      if (last != NULL && range.start <= last->end)
        last->end = MAX (last->end, range.end);
      else
        g_array_append_val (runs, range);
    }

  g_array_unref (ranges);
  return runs;
}

typedef gboolean (*ClaimPredicate) (QcClaim *claim, gconstpointer data);

/* The store's segments (or cues) of the claims @predicate picks, merged */
static GArray *
expected_runs (GListModel     *claims,
               gboolean        cues,
               ClaimPredicate  predicate,
               gconstpointer   data)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (QcRange));

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      if (qc_claim_get_orphaned (claim) || (predicate != NULL && !predicate (claim, data)))
        continue;

      if (cues)
        {
          QcRange range;

          if (qc_claim_get_cue (claim, &range.start, &range.end))
            g_array_append_val (ranges, range);
          continue;
        }

      for (guint j = 0; j < qc_claim_get_n_segments (claim); j++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (claim, j);
          QcRange range = { segment->start, segment->end };

          if (range.start < range.end)
            g_array_append_val (ranges, range);
        }
    }

  return merge_ranges (ranges);
}

static GArray *
tagged_runs (GtkTextBuffer *buffer,
             GtkTextTag    *tag)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (QcRange));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return runs;

  do
    {
      QcRange run;

      g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
      run.start = gtk_text_iter_get_offset (&iter);
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      g_assert_true (gtk_text_iter_ends_tag (&iter, tag));
      run.end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (runs, run);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return runs;
}

/* Takes @expected */
static void
assert_tag_runs (GtkTextBuffer *buffer,
                 GtkTextTag    *tag,
                 GArray        *expected)
{
  g_autoptr(GArray) owned = expected;
  g_autoptr(GArray) actual = tagged_runs (buffer, tag);
  g_autofree char *name = NULL;

  g_object_get (tag, "name", &name, NULL);
  if (actual->len != expected->len)
    g_test_message ("%s: %u runs shown, %u expected", name, actual->len, expected->len);
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_assert_cmpuint (g_array_index (actual, QcRange, i).start, ==,
                        g_array_index (expected, QcRange, i).start);
      g_assert_cmpuint (g_array_index (actual, QcRange, i).end, ==,
                        g_array_index (expected, QcRange, i).end);
    }
}

static gboolean
has_evidence (QcClaim       *claim,
              gconstpointer  data)
{
  return qc_claim_get_evidence (claim) == (QcEvidence) GPOINTER_TO_UINT (data);
}

typedef struct
{
  QcArticleView *view;
  GtkTextTag    *tag;
} SpeakerColour;

static gboolean
has_speaker_colour (QcClaim       *claim,
                    gconstpointer  data)
{
  const SpeakerColour *colour = data;

  return qc_article_view_get_speaker_tag (colour->view, qc_claim_get_speaker_id (claim)) == colour->tag;
}

static gboolean
is_claim (QcClaim       *claim,
          gconstpointer  data)
{
  return qc_claim_get_id (claim) == *(const gint64 *) data;
}

/* What the view shows is exactly what the store holds: the body, every
 * segment in its evidence (or speaker) colour, every cue, the selected
 * claim framed. */
static void
assert_view_matches_store (QcArticleView *view,
                           QcStore       *store)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (view));
  gint64 article_id = qc_article_view_get_article_id (view);
  gint64 selected = qc_article_view_get_selected_claim_id (view);
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkTextIter start;
  GtkTextIter end;

  g_assert_cmpint (article_id, >, 0);
  article = qc_store_get_article (store, article_id, &error);
  g_assert_no_error (error);
  claims = list_claims (store, article_id);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  contents = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (contents, ==, qc_article_get_body (article));
  g_assert_cmpuint (g_list_model_get_n_items (qc_article_view_get_claims (view)), ==,
                    g_list_model_get_n_items (claims));

  if (qc_article_view_get_highlight_mode (view) == QC_HIGHLIGHT_MODE_EVIDENCE)
    {
      for (QcEvidence e = QC_EVIDENCE_UNASSESSED; e <= QC_EVIDENCE_DISPUTED; e++)
        assert_tag_runs (buffer, qc_article_view_get_evidence_tag (view, e),
                         expected_runs (claims, FALSE, has_evidence, GUINT_TO_POINTER (e)));
      assert_tag_runs (buffer, qc_article_view_get_speaker_tag (view, 0),
                       g_array_new (FALSE, FALSE, sizeof (QcRange)));
    }
  else
    {
      g_autoptr(GHashTable) tags = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
        {
          g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

          g_hash_table_add (tags, qc_article_view_get_speaker_tag (view, qc_claim_get_speaker_id (claim)));
        }

      {
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, tags);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            SpeakerColour colour = { view, key };

            assert_tag_runs (buffer, key, expected_runs (claims, FALSE, has_speaker_colour, &colour));
          }
      }
      for (QcEvidence e = QC_EVIDENCE_UNASSESSED; e <= QC_EVIDENCE_DISPUTED; e++)
        assert_tag_runs (buffer, qc_article_view_get_evidence_tag (view, e),
                         g_array_new (FALSE, FALSE, sizeof (QcRange)));
    }

  assert_tag_runs (buffer, qc_article_view_get_cue_tag (view), expected_runs (claims, TRUE, NULL, NULL));
  assert_tag_runs (buffer, qc_article_view_get_selected_tag (view),
                   expected_runs (claims, FALSE, is_claim, &selected));

  /* Every claim is found where it is, with a tooltip Pango can read */
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *markup = NULL;
      gint64 found;

      if (qc_claim_get_orphaned (claim))
        continue;

      found = qc_article_view_get_claim_at (view, qc_claim_get_start (claim));
      g_assert_cmpint (found, >, 0);
      g_assert_nonnull (qc_article_view_get_claim (view, found));

      markup = qc_article_view_dup_claim_tooltip (view, qc_claim_get_id (claim));
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The claim list shows the store's claims of the article, selects the
 * window's claim, and its rows show the stored evidence */
static void
assert_claim_list_matches_store (QcWindow *window)
{
  QcClaimList *list = QC_CLAIM_LIST (qc_window_get_claim_list (window));
  QcStore *store = qc_window_get_store (window);
  gint64 article_id = qc_window_get_article_id (window);
  GListModel *rows = qc_claim_list_get_model (list);
  g_autoptr(GListModel) claims = list_claims (store, article_id);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  g_assert_cmpint (qc_claim_list_get_article_id (list), ==, article_id);
  g_assert_cmpint (qc_claim_list_get_selected_claim_id (list), ==, qc_window_get_selected_claim_id (window));

  qc_claim_list_clear_filters (list);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (claims));
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      QcClaim *claim = g_list_model_get_item (claims, i);

      g_hash_table_insert (ids, g_memdup2 (&(gint64) { qc_claim_get_id (claim) }, sizeof (gint64)), claim);
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(QcClaim) row = ui_test_dup_row_claim (rows, i);
      gint64 id = qc_claim_get_id (row);
      QcClaim *stored = g_hash_table_lookup (ids, &id);

      g_assert_nonnull (stored);
      g_assert_cmpint (qc_claim_get_evidence (row), ==, qc_claim_get_evidence (stored));
      g_assert_cmpuint (qc_claim_get_start (row), ==, qc_claim_get_start (stored));
      g_assert_cmpuint (qc_claim_get_end (row), ==, qc_claim_get_end (stored));
    }
}

static void
assert_window_consistent (QcWindow *window)
{
  QcArticleView *view = qc_window_get_article_view (window);

  g_assert_cmpint (qc_article_view_get_selected_claim_id (view), ==,
                   qc_window_get_selected_claim_id (window));
  assert_view_matches_store (view, qc_window_get_store (window));
  assert_claim_list_matches_store (window);
}

static gint64
import_sample (QcWindow *window)
{
  g_autoptr(GFile) sample = sample_file ();
  g_autoptr(GError) error = NULL;

  g_assert_true (qc_window_import_file (window, sample, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qc_window_get_article_id (window), >, 0);

  return qc_window_get_article_id (window);
}

/* Tests: new-destroy */

static void
test_article_view_new_destroy (void)
{
  GtkWidget *view = g_object_ref_sink (qc_article_view_new (NULL));

  g_assert_cmpint (qc_article_view_get_article_id (QC_ARTICLE_VIEW (view)), ==, 0);
  g_assert_null (qc_article_view_get_claims (QC_ARTICLE_VIEW (view)));
  g_assert_cmpint (qc_article_view_get_claim_at (QC_ARTICLE_VIEW (view), 0), ==, 0);
  g_assert_cmpint (qc_article_view_get_adjacent_claim (QC_ARTICLE_VIEW (view), 0, TRUE), ==, 0);
  g_assert_false (qc_article_view_get_selection (QC_ARTICLE_VIEW (view), NULL, NULL));
  g_assert_finalize_object (view);
}

static void
test_library_sidebar_new_destroy (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *sidebar = g_object_ref_sink (qc_library_sidebar_new (fixture->store));

  g_assert_true (qc_library_sidebar_get_store (QC_LIBRARY_SIDEBAR (sidebar)) == fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_articles (QC_LIBRARY_SIDEBAR (sidebar))),
                    ==, 0);
  g_assert_finalize_object (sidebar);
}

static void
test_preferences_window_new_destroy (Fixture       *fixture,
                                     gconstpointer  data)
{
  GtkWidget *preferences = g_object_ref (qc_preferences_window_new (fixture->store));

  g_assert_true (qc_preferences_window_get_store (QC_PREFERENCES_WINDOW (preferences)) == fixture->store);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

static void
test_window_new_destroy (Fixture       *fixture,
                         gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);

  g_assert_true (qc_window_get_store (window) == fixture->store);
  g_assert_cmpint (qc_window_get_article_id (window), ==, 0);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, 0);
  g_assert_true (QC_IS_ARTICLE_VIEW (qc_window_get_article_view (window)));
  g_assert_true (QC_IS_LIBRARY_SIDEBAR (qc_window_get_library_sidebar (window)));
  g_assert_nonnull (qc_window_get_claim_list (window));
  g_assert_nonnull (qc_window_get_claim_inspector (window));
  g_assert_nonnull (qc_window_get_speakers_page (window));

  /* Nothing to act on yet: disabled actions do nothing */
  gtk_widget_activate_action (GTK_WIDGET (window), "claim.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "claim.delete", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, 0);
  g_assert_false (qc_store_can_undo (fixture->store));
  destroy_window (window);
}

/* Tests: the article view */

static void
test_article_view_highlights (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *view = g_object_ref_sink (qc_article_view_new (fixture->store));
  QcArticleView *article_view = QC_ARTICLE_VIEW (view);
  g_autoptr(GFile) sample = sample_file ();
  g_autofree char *path = g_file_get_path (sample);
  g_autoptr(GError) error = NULL;
  QcImportResult result = { 0 };
  GListModel *claims;
  gint64 first;
  gint64 last;
  gint64 id;
  guint n_claims;
  guint n_visited = 0;

  g_assert_true (qc_store_import_file (fixture->store, path, NULL, 0, &result, &error));
  g_assert_no_error (error);

  g_assert_true (qc_article_view_load_article (article_view, result.article_id, &error));
  g_assert_no_error (error);
  claims = qc_article_view_get_claims (article_view);
  n_claims = g_list_model_get_n_items (claims);
  g_test_message ("%u claims in the sample", n_claims);
  g_assert_cmpuint (n_claims, >=, 6);
  assert_view_matches_store (article_view, fixture->store);

  /* j/k order: text order, from the first to the last and back */
  first = qc_article_view_get_adjacent_claim (article_view, 0, TRUE);
  last = qc_article_view_get_adjacent_claim (article_view, 0, FALSE);
  g_assert_cmpint (first, >, 0);
  for (id = first; id != 0; id = qc_article_view_get_adjacent_claim (article_view, id, TRUE))
    {
      n_visited++;
      if (qc_article_view_get_adjacent_claim (article_view, id, TRUE) == 0)
        g_assert_cmpint (id, ==, last);
    }
  g_assert_cmpuint (n_visited, ==, n_claims);

  /* Selecting frames exactly that claim */
  qc_article_view_set_selected_claim_id (article_view, last);
  assert_view_matches_store (article_view, fixture->store);

  /* By speaker, then back */
  qc_article_view_set_highlight_mode (article_view, QC_HIGHLIGHT_MODE_SPEAKER);
  assert_view_matches_store (article_view, fixture->store);
  qc_article_view_set_highlight_mode (article_view, QC_HIGHLIGHT_MODE_EVIDENCE);
  assert_view_matches_store (article_view, fixture->store);

  /* An article that is not there: an error, what was shown stays */
  g_assert_false (qc_article_view_load_article (article_view, result.article_id + 100, &error));
  g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (qc_article_view_get_article_id (article_view), ==, result.article_id);

  g_assert_true (qc_article_view_load_article (article_view, 0, NULL));
  g_assert_cmpint (qc_article_view_get_selected_claim_id (article_view), ==, 0);
  g_assert_null (qc_article_view_get_claims (article_view));

  g_assert_finalize_object (view);
}

static void
test_article_view_dark (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *view = g_object_ref_sink (qc_article_view_new (NULL));

  for (QcEvidence e = QC_EVIDENCE_UNASSESSED; e <= QC_EVIDENCE_DISPUTED; e++)
    {
      GtkTextTag *tag = qc_article_view_get_evidence_tag (QC_ARTICLE_VIEW (view), e);
      g_autoptr(GdkRGBA) light = NULL;
      g_autoptr(GdkRGBA) dark = NULL;

      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
      g_object_get (tag, "background-rgba", &light, NULL);
      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
      g_assert_true (adw_style_manager_get_dark (style_manager));
      g_object_get (tag, "background-rgba", &dark, NULL);
      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

      g_assert_nonnull (light);
      g_assert_nonnull (dark);
      g_assert_false (gdk_rgba_equal (light, dark));
    }

  g_assert_finalize_object (view);
}

/* Tests: the window */

/* Import, select a span, new claim, evidence, undo, redo, change span,
 * delete: the store rows and the view agree after each step. */
static void
test_window_annotate (Fixture       *fixture,
                      gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  QcArticleView *view = qc_window_get_article_view (window);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(QcClaim) claim = NULL;
  g_autoptr(QcArticle) article = NULL;
  g_autofree char *quote = NULL;
  const char *body;
  const char *found;
  gint64 article_id;
  gint64 claim_id;
  gsize start;
  gsize end;
  gsize start_bytes;

  article_id = import_sample (window);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);
  g_assert_cmpint (qc_library_sidebar_get_selected_article_id (qc_window_get_library_sidebar (window)),
                   ==, article_id);
  assert_window_consistent (window);

  /* A plain sentence of the writer's own, no claim in it yet: "The budget
   * passed 7–2." */
  article = qc_store_get_article (fixture->store, article_id, NULL);
  body = qc_article_get_body (article);
  found = strstr (body, "The budget passed");
  g_assert_nonnull (found);
  start_bytes = found - body;
  start = g_utf8_pointer_to_offset (body, found);
  end = start + g_utf8_strlen (found, strchr (found, '.') + 1 - found);
  g_assert_cmpint (qc_article_view_get_claim_at (view, start), ==, 0);

  before = list_claims (fixture->store, article_id);

  /* Select it (with a space the drag picked up) and add a claim */
  qc_article_view_select_range (view, start - 1, end);
  g_assert_true (qc_article_view_get_selection (view, NULL, NULL));
  activate (window, "claim.new", NULL);

  after = list_claims (fixture->store, article_id);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);
  claim_id = qc_window_get_selected_claim_id (window);
  g_assert_cmpint (claim_id, >, 0);
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpuint (qc_claim_get_n_segments (claim), ==, 1);
  g_assert_cmpuint (qc_claim_get_segment (claim, 0)->start, ==, start);
  g_assert_cmpuint (qc_claim_get_segment (claim, 0)->end, ==, end);
  g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_INDIRECT);
  g_assert_cmpint (qc_claim_get_origin (claim), ==, QC_CLAIM_ORIGIN_MANUAL);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNASSESSED);
  quote = g_strndup (body + start_bytes, strchr (found, '.') + 1 - found);
  g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, quote);
  g_assert_cmpint (qc_article_view_get_claim_at (view, start), ==, claim_id);
  assert_window_consistent (window);
  g_clear_object (&claim);

  /* Evidence through the action the keys 1-4 and the inspector use */
  activate (window, "claim.set-evidence", g_variant_new_string ("supported"));
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_SUPPORTED);
  assert_window_consistent (window);
  g_clear_object (&claim);

  activate (window, "claim.set-evidence", g_variant_new_string ("disputed"));
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_DISPUTED);
  assert_window_consistent (window);
  g_clear_object (&claim);

  /* Undo restores each step, redo brings it back */
  activate (window, "win.undo", NULL);
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_SUPPORTED);
  assert_window_consistent (window);
  g_clear_object (&claim);

  activate (window, "win.undo", NULL);
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNASSESSED);
  assert_window_consistent (window);
  g_clear_object (&claim);

  activate (window, "win.undo", NULL);
  g_clear_object (&after);
  after = list_claims (fixture->store, article_id);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  g_assert_cmpint (qc_article_view_get_claim_at (view, start), ==, 0);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, 0);
  assert_window_consistent (window);

  activate (window, "win.redo", NULL);
  g_clear_object (&after);
  after = list_claims (fixture->store, article_id);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);
  g_assert_cmpint (qc_article_view_get_claim_at (view, start), ==, claim_id);
  assert_window_consistent (window);

  /* Change the span to the first word only */
  qc_window_set_selected_claim_id (window, claim_id);
  qc_article_view_select_range (view, start, start + 3);
  activate (window, "claim.change-span", NULL);
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpuint (qc_claim_get_segment (claim, 0)->start, ==, start);
  g_assert_cmpuint (qc_claim_get_segment (claim, 0)->end, ==, start + 3);
  g_assert_cmpint (qc_article_view_get_claim_at (view, start + 5), ==, 0);
  assert_window_consistent (window);
  g_clear_object (&claim);

  /* Delete, then undo brings it back */
  activate (window, "claim.delete", NULL);
  g_assert_null (qc_store_get_claim (fixture->store, claim_id, NULL));
  g_assert_cmpint (qc_window_get_selected_claim_id (window), !=, claim_id);
  assert_window_consistent (window);

  activate (window, "win.undo", NULL);
  claim = get_claim (fixture->store, claim_id);
  g_assert_nonnull (claim);
  assert_window_consistent (window);
  g_clear_object (&claim);

  /* j/k: next and previous go through the claims in text order */
  qc_window_set_selected_claim_id (window, 0);
  activate (window, "win.next-claim", NULL);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==,
                   qc_article_view_get_adjacent_claim (view, 0, TRUE));
  activate (window, "win.next-claim", NULL);
  activate (window, "win.previous-claim", NULL);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==,
                   qc_article_view_get_adjacent_claim (view, 0, TRUE));
  assert_window_consistent (window);

  destroy_window (window);
}

/* A selection that opens with a quotation mark is a direct quote */
static void
test_window_new_claim_kind (Fixture       *fixture,
                            gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  QcArticleView *view = qc_window_get_article_view (window);
  g_autoptr(GFile) file = write_file (fixture, "quotes.txt",
                                      "Plain words here.\n\n“Quoted words,” nobody at all.\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) claim = NULL;

  g_assert_true (qc_window_import_file (window, file, &error));
  g_assert_no_error (error);

  qc_article_view_select_range (view, 19, 34);
  activate (window, "claim.new", NULL);
  claim = get_claim (fixture->store, qc_window_get_selected_claim_id (window));
  g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_DIRECT);
  g_assert_cmpstr (qc_claim_get_segment (claim, 0)->quote, ==, "“Quoted words,”");
  assert_window_consistent (window);

  /* Claims over claims: only the changed spans are tagged again, and the
   * claims beneath keep their colour */
  qc_article_view_select_range (view, 6, 40);
  activate (window, "claim.new", NULL);
  assert_window_consistent (window);
  activate (window, "claim.set-evidence", g_variant_new_string ("disputed"));
  assert_window_consistent (window);
  qc_article_view_select_range (view, 25, 30);
  activate (window, "claim.change-span", NULL);
  assert_window_consistent (window);
  activate (window, "claim.delete", NULL);
  assert_window_consistent (window);
  activate (window, "win.undo", NULL);
  assert_window_consistent (window);
  qc_article_view_set_highlight_mode (view, QC_HIGHLIGHT_MODE_SPEAKER);
  activate (window, "win.undo", NULL);
  assert_window_consistent (window);
  qc_article_view_set_highlight_mode (view, QC_HIGHLIGHT_MODE_EVIDENCE);
  assert_window_consistent (window);

  destroy_window (window);
}

/* Undo history lives in the database: a new window over the reopened
 * file undoes what the last one did. */
static void
test_window_undo_after_restart (Fixture       *fixture,
                                gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  gint64 article_id = import_sample (window);
  gint64 claim_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(QcClaim) claim = NULL;

  activate (window, "win.next-claim", NULL);
  claim_id = qc_window_get_selected_claim_id (window);
  g_assert_cmpint (claim_id, >, 0);
  activate (window, "claim.set-evidence", g_variant_new_string ("unsupported"));
  destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));

  fixture->store = qc_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  window = create_window (fixture->store);
  g_assert_true (qc_window_open_article (window, article_id, &error));
  g_assert_no_error (error);

  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNSUPPORTED);
  g_clear_object (&claim);

  activate (window, "win.undo", NULL);
  claim = get_claim (fixture->store, claim_id);
  g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_UNASSESSED);
  assert_window_consistent (window);

  destroy_window (window);
}

static void
test_window_bad_files (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 0, 1, (char) 0xff };
  static const char not_utf8[] = "caf\xe9 au lait";
  struct {
    const char *name;
    const char *contents;
    gssize      length;
  } cases[] = {
    { "binary.txt", binary, sizeof binary },
    { "latin1.txt", not_utf8, -1 },
    { "empty.txt", "", 0 },
    { "blank.txt", " \n\n \t\n", -1 },
    { "missing.txt", NULL, 0 },
  };
  QcWindow *window = create_window (fixture->store);
  gint64 article_id = 0;

  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autoptr(GFile) file = NULL;
          g_autoptr(GError) error = NULL;
          guint n_articles = count_articles (fixture->store);
          gboolean can_undo = qc_store_can_undo (fixture->store);

          if (cases[i].contents != NULL)
            file = write_file (fixture, cases[i].name, cases[i].contents, cases[i].length);
          else
            {
              g_autofree char *path = g_build_filename (fixture->dir, cases[i].name, NULL);

              file = g_file_new_for_path (path);
            }

          g_assert_false (qc_window_import_file (window, file, &error));
          g_assert_nonnull (error);
          g_test_message ("%s: %s", cases[i].name, error->message);

          /* Nothing stored, and what was shown stays shown */
          g_assert_cmpuint (count_articles (fixture->store), ==, n_articles);
          g_assert_cmpint (qc_store_can_undo (fixture->store), ==, can_undo);
          g_assert_cmpint (qc_window_get_article_id (window), ==, article_id);

          /* The toast path (in the background) must not warn either */
          qc_window_open_file (window, file);
          wait_for_imports (window);
          g_assert_cmpuint (count_articles (fixture->store), ==, n_articles);
          g_assert_cmpint (qc_window_get_article_id (window), ==, article_id);
        }

      /* The window is still usable */
      article_id = import_sample (window);
      assert_window_consistent (window);
    }

  destroy_window (window);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Files dropped on the window are imported in the background and the
 * last one opened; a bad one among them is said in a toast and costs
 * nothing else. */
static void
test_window_drop_files (Fixture       *fixture,
                        gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  GtkDropTarget *target;
  g_autoptr(GFile) good = sample_file ();
  g_autoptr(GFile) bad = write_file (fixture, "binary.txt", "ab\0cd", 5);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files = NULL;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);
  g_assert_cmpuint (count_articles (fixture->store), ==, 0);

  files = g_slist_append (files, bad);
  files = g_slist_append (files, good);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  wait_for_imports (window);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);
  g_assert_cmpint (qc_window_get_article_id (window), >, 0);
  assert_window_consistent (window);

  destroy_window (window);
}

static void
on_count_cb (gpointer  instance,
             guint    *count)
{
  (*count)++;
}

/* `quotecheck FILE` reads the file while the window is built: whether
 * the reading ends before the window takes it or after, the article
 * opens; a bad file costs nothing. */
static void
test_window_open_before_window (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GFile) good = sample_file ();
  g_autoptr(GFile) other = write_file (fixture, "other.txt", article, -1);
  g_autoptr(GFile) bad = write_file (fixture, "binary.txt", "ab\0cd", 5);
  QcFileOpening *early = qc_window_begin_open_file (fixture->store, good);
  QcFileOpening *failing = qc_window_begin_open_file (fixture->store, bad);
  QcFileOpening *late;
  QcWindow *window;
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint n_changed = 0;

  /* Read before there is a window: the store says so in the same
   * main-loop turn as the reading ends */
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_count_cb), &n_changed);
  while (n_changed == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (fixture->store, on_count_cb, &n_changed);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);

  window = create_window (fixture->store);
  qc_window_finish_open_file (window, failing);
  qc_window_finish_open_file (window, early);
  /* Already read: opened at once */
  g_assert_cmpint (qc_window_get_article_id (window), >, 0);
  assert_window_consistent (window);

  /* Still being read when the window takes it */
  late = qc_window_begin_open_file (fixture->store, other);
  qc_window_finish_open_file (window, late);
  g_assert_true (qc_window_is_importing (window));
  wait_for_imports (window);
  g_assert_cmpuint (count_articles (fixture->store), ==, 2);
  {
    g_autoptr(QcArticle) shown = qc_store_get_article (fixture->store, qc_window_get_article_id (window), NULL);

    g_assert_nonnull (shown);
    g_assert_cmpstr (qc_article_get_source_name (shown), ==, "other.txt");
  }
  assert_window_consistent (window);

  destroy_window (window);
}

static void
test_window_paste (Fixture       *fixture,
                   gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(QcArticle) stored = NULL;

  g_assert_true (qc_window_import_text (window, article, -1, "Budget row", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);

  stored = qc_store_get_article (fixture->store, qc_window_get_article_id (window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_article_get_title (stored), ==, "Budget row");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Budget row");
  assert_window_consistent (window);

  /* Empty text is refused like an empty file */
  g_assert_false (qc_window_import_text (window, " \n ", -1, "Nothing", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);

  destroy_window (window);
}

static void
test_window_library (Fixture       *fixture,
                     gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  QcLibrarySidebar *sidebar = qc_window_get_library_sidebar (window);
  g_autoptr(GFile) other = write_file (fixture, "other.txt", article, -1);
  g_autoptr(GError) error = NULL;
  gint64 sample_id;
  gint64 other_id;

  sample_id = import_sample (window);
  g_assert_true (qc_window_import_file (window, other, &error));
  g_assert_no_error (error);
  other_id = qc_window_get_article_id (window);
  g_assert_cmpint (other_id, !=, sample_id);
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_articles (sidebar)), ==, 2);

  /* Importing the same file again opens the stored article */
  {
    g_autoptr(GFile) sample = sample_file ();

    g_assert_true (qc_window_import_file (window, sample, &error));
    g_assert_no_error (error);
    g_assert_cmpint (qc_window_get_article_id (window), ==, sample_id);
    g_assert_cmpuint (count_articles (fixture->store), ==, 2);
  }

  /* Selecting in the library opens */
  qc_library_sidebar_set_selected_article_id (sidebar, other_id);
  g_assert_cmpint (qc_window_get_article_id (window), ==, other_id);
  assert_window_consistent (window);

  /* Back and forth: what each article's view and list kept is brought up
   * to date, with an edit of this one and a rename made elsewhere */
  {
    QcArticleView *view = qc_window_get_article_view (window);
    QcClaimList *list = QC_CLAIM_LIST (qc_window_get_claim_list (window));
    g_autoptr(QcClaim) named = NULL;
    GListModel *rows;

    qc_window_set_selected_claim_id (window, qc_article_view_get_adjacent_claim (view, 0, TRUE));
    activate (window, "claim.set-evidence", g_variant_new_string ("disputed"));
    qc_library_sidebar_set_selected_article_id (sidebar, sample_id);
    assert_window_consistent (window);
    rows = qc_claim_list_get_model (list);
    for (guint i = 0; i < g_list_model_get_n_items (rows) && named == NULL; i++)
      {
        g_autoptr(QcClaim) claim = ui_test_dup_row_claim (rows, i);

        if (qc_claim_get_speaker_id (claim) > 0)
          named = g_steal_pointer (&claim);
      }
    g_assert_nonnull (named);

    qc_library_sidebar_set_selected_article_id (sidebar, other_id);
    assert_window_consistent (window);
    g_assert_true (qc_store_rename_speaker (fixture->store, qc_claim_get_speaker_id (named), "Zora Renamed", &error));
    g_assert_no_error (error);
    qc_library_sidebar_set_selected_article_id (sidebar, sample_id);
    assert_window_consistent (window);
    g_assert_true (qc_claim_list_get_model (list) == rows);
    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(QcClaim) claim = ui_test_dup_row_claim (rows, i);

        if (qc_claim_get_speaker_id (claim) == qc_claim_get_speaker_id (named))
          g_assert_cmpstr (qc_claim_get_speaker_name (claim), ==, "Zora Renamed");
      }
    qc_library_sidebar_set_selected_article_id (sidebar, other_id);
    assert_window_consistent (window);

    /* The rename and the edit undone, in that order */
    activate (window, "win.undo", NULL);
    activate (window, "win.undo", NULL);
    assert_window_consistent (window);
  }

  /* The search filters by title */
  qc_library_sidebar_set_search_text (sidebar, "RIVERTON COUNCIL");
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_visible_articles (sidebar)), ==, 1);
  qc_library_sidebar_set_search_text (sidebar, "no such article");
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_visible_articles (sidebar)), ==, 0);
  qc_library_sidebar_set_search_text (sidebar, "");
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_visible_articles (sidebar)), ==, 2);

  /* Undoing the import of the open article closes it */
  activate (window, "win.undo", NULL);
  g_assert_cmpuint (count_articles (fixture->store), ==, 1);
  g_assert_cmpint (qc_window_get_article_id (window), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (qc_library_sidebar_get_articles (sidebar)), ==, 1);

  destroy_window (window);
}

/* Tests: export dialog */

typedef struct
{
  gboolean  done;
  GError   *error;
} ExportResult;

static void
on_export_finished_cb (QcExportDialog *dialog,
                       GFile          *file,
                       const GError   *error,
                       gpointer        user_data)
{
  ExportResult *result = user_data;

  g_assert_true (G_IS_FILE (file));
  result->done = TRUE;
  result->error = error != NULL ? g_error_copy (error) : NULL;
}

/* Runs the dialog's export and waits for it in the main loop */
static gboolean
run_export (QcExportDialog  *dialog,
            GFile           *file,
            QcExportFormat   format,
            QcExportScope    scope,
            GError         **error)
{
  ExportResult result = { FALSE, NULL };
  gulong handler;

  g_object_ref (dialog);
  handler = g_signal_connect (dialog, "export-finished", G_CALLBACK (on_export_finished_cb), &result);
  qc_export_dialog_export_to (dialog, file, format, scope);
  g_assert_true (qc_export_dialog_get_busy (dialog));
  while (!result.done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (dialog, handler);
  g_assert_false (qc_export_dialog_get_busy (dialog));
  g_object_unref (dialog);

  if (result.error != NULL)
    {
      g_propagate_error (error, result.error);
      return FALSE;
    }
  return TRUE;
}

static QcExportDialog *
find_export_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (QC_IS_EXPORT_DIALOG (window))
        return QC_EXPORT_DIALOG (window);
    }
  return NULL;
}

static char *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 0);
  return contents;
}

static void
test_window_export (Fixture       *fixture,
                    gconstpointer  data)
{
  QcWindow *window = create_window (fixture->store);
  g_autofree char *html_path = g_build_filename (fixture->dir, "report.html", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "no-such-folder", "report.html", NULL);
  g_autoptr(GFile) html = g_file_new_for_path (html_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(QcArticle) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *escaped_title = NULL;
  g_autofree char *suggested = NULL;
  QcExportDialog *dialog;
  gint64 article_id;

  /* No article: Ctrl+E does nothing */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_null (find_export_dialog ());

  article_id = import_sample (window);
  stored = qc_store_get_article (fixture->store, article_id, &error);
  g_assert_no_error (error);
  activate (window, "win.next-claim", NULL);

  /* From the window: a modal dialog over it, the open article first */
  activate (window, "win.export", NULL);
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpint (qc_export_dialog_get_scope (dialog), ==, QC_EXPORT_SCOPE_ARTICLE);
  qc_export_dialog_set_format (dialog, QC_EXPORT_FORMAT_HTML);
  g_assert_cmpint (qc_export_dialog_get_format (dialog), ==, QC_EXPORT_FORMAT_HTML);
  suggested = qc_export_dialog_dup_suggested_filename (dialog);
  g_assert_nonnull (suggested);
  g_assert_true (g_str_has_suffix (suggested, ".html"));

  /* An unwritable destination: an error, no file, the dialog stays */
  g_assert_false (run_export (dialog, bad, QC_EXPORT_FORMAT_HTML, QC_EXPORT_SCOPE_ARTICLE, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("unwritable destination: %s", error->message);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (bad, NULL));
  g_assert_true (find_export_dialog () == dialog);

  /* Success: the file holds the article; the window confirms and closes
   * the dialog */
  g_assert_true (run_export (dialog, html, QC_EXPORT_FORMAT_HTML, QC_EXPORT_SCOPE_ARTICLE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (html, NULL));
  contents = read_file (html);
  escaped_title = g_markup_escape_text (qc_article_get_title (stored), -1);
  g_assert_nonnull (strstr (contents, escaped_title));
  g_assert_null (find_export_dialog ());
  g_assert_finalize_object (dialog);

  /* Every format, every article, without a window */
  dialog = QC_EXPORT_DIALOG (g_object_ref_sink (qc_export_dialog_new (fixture->store, article_id, 0)));
  g_assert_false (qc_export_dialog_set_scope (dialog, QC_EXPORT_SCOPE_SPEAKER));
  g_assert_true (qc_export_dialog_set_scope (dialog, QC_EXPORT_SCOPE_ALL));
  for (guint i = 0; i < QC_EXPORT_N_FORMATS; i++)
    {
      g_autofree char *name = g_strdup_printf ("all.%s", qc_export_format_get_extension (i));
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *text = NULL;

      g_assert_true (run_export (dialog, file, i, QC_EXPORT_SCOPE_ALL, &error));
      g_assert_no_error (error);
      text = read_file (file);
      if (i == QC_EXPORT_FORMAT_PDF)
        g_assert_true (g_str_has_prefix (text, "%PDF"));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  destroy_window (window);
}

static void
test_preferences_name (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *preferences = g_object_ref (qc_preferences_window_new (fixture->store));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_true (qc_preferences_window_save_name (QC_PREFERENCES_WINDOW (preferences), "  Ana Lopes ", &error));
  g_assert_no_error (error);
  name = qc_store_dup_annotator_name (fixture->store, qc_store_get_local_annotator (fixture->store), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Ana Lopes");

  g_assert_false (qc_preferences_window_save_name (QC_PREFERENCES_WINDOW (preferences), "   ", &error));
  g_assert_nonnull (error);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

/* Every shortcut in the window is listed in the shortcuts window */
static void
test_help_overlay (void)
{
  static const char *accelerators[] = {
    "<Control>o", "<Control><Shift>v", "<Control>z", "<Control><Shift>z", "<Control>m",
    "<Control><Shift>m", "Delete", "j <Alt>Down", "k <Alt>Up", "1", "2", "3", "4",
    "<Control>comma", "<Control>question", "F9", "<Control>f", "<Control>r", "F8", "<Shift>F8",
  };
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/quotecheck/Quotecheck/gtk/help-overlay.ui");
  g_autoptr(GString) listed = g_string_new ("|");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  for (const GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerator = NULL;

        g_object_get (l->data, "accelerator", &accelerator, NULL);
        g_string_append_printf (listed, "%s|", accelerator);
      }

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    {
      g_autofree char *needle = g_strdup_printf ("|%s|", accelerators[i]);

      if (strstr (listed->str, needle) == NULL)
        g_error ("%s is not in the shortcuts window (%s)", accelerators[i], listed->str);
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* Rendering */

/* What GtkApplication and AdwApplication would load from the resources */
static void
load_app_resources (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/quotecheck/Quotecheck/icons");
  gtk_css_provider_load_from_resource (provider, "/io/github/quotecheck/Quotecheck/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
load_dark_css (gboolean dark)
{
  static GtkCssProvider *provider;
  GdkDisplay *display = gdk_display_get_default ();

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/quotecheck/Quotecheck/style-dark.css");
    }
  if (dark)
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  else
    gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
}

static void
render_window (Fixture *fixture)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  const char *size = g_getenv ("QC_TEST_RENDER_SIZE");
  int width = 1280;
  int height = 800;
  QcWindow *window;
  gint64 claim_id;

  if (size != NULL)
    g_assert_cmpint (sscanf (size, "%dx%d", &width, &height), ==, 2);

  load_app_resources ();
  window = create_window (fixture->store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-empty.png");

  import_sample (window);
  {
    g_autoptr(GFile) other = write_file (fixture, "riverton.txt", article, -1);

    g_assert_true (qc_window_import_file (window, other, NULL));
  }
  import_sample (window);

  /* A few claims assessed, one selected, so every colour shows */
  activate (window, "win.next-claim", NULL);
  activate (window, "claim.set-evidence", g_variant_new_string ("supported"));
  activate (window, "win.next-claim", NULL);
  activate (window, "win.next-claim", NULL);
  activate (window, "claim.set-evidence", g_variant_new_string ("unsupported"));
  activate (window, "win.next-claim", NULL);
  activate (window, "claim.set-evidence", g_variant_new_string ("disputed"));
  claim_id = qc_article_view_get_adjacent_claim (qc_window_get_article_view (window), 0, TRUE);
  qc_window_set_selected_claim_id (window, claim_id);
  qc_window_set_selected_claim_id (window, qc_article_view_get_adjacent_claim (qc_window_get_article_view (window),
                                                                               claim_id, TRUE));
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-article.png");

  qc_article_view_set_highlight_mode (qc_window_get_article_view (window), QC_HIGHLIGHT_MODE_SPEAKER);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-article-speakers.png");
  qc_article_view_set_highlight_mode (qc_window_get_article_view (window), QC_HIGHLIGHT_MODE_EVIDENCE);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  load_dark_css (TRUE);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-article-dark.png");

  qc_window_show_page (window, "speakers");
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-speakers-dark.png");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  load_dark_css (FALSE);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-speakers.png");
  qc_window_show_page (window, "article");

  /* The export dialog over the article, a claim with a speaker selected */
  activate (window, "win.export", NULL);
  {
    QcExportDialog *dialog = g_object_ref (find_export_dialog ());

    ui_test_wait_for_frames (GTK_WIDGET (dialog), 30);
    ui_test_save_png (GTK_WIDGET (dialog), "export-dialog.png");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_finalize_object (dialog);
  }

  /* A narrow window keeps working too */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <, 1000);

  /* Idle work queued while the window was shown lets go of it first */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static void
test_window_render (Fixture       *fixture,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      render_window (fixture);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Under AddressSanitizer each test runs in a process of its own: a
 * process that makes more than 2048 quarks leaks GLib's first quark table
 * on purpose (gquark.c: it keeps lookups lock-free), which a whole run of
 * this program does and no single test does. LeakSanitizer would report
 * that table and nothing of ours. */
#if defined(__SANITIZE_ADDRESS__)
#define ISOLATE_TESTS 1
#else
#define ISOLATE_TESTS 0
#endif

static void
run_in_subprocess (gconstpointer data)
{
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

#define ADD_TEST(path, func) \
  G_STMT_START { \
    if (ISOLATE_TESTS && !g_test_subprocess ()) \
      g_test_add_data_func (path, NULL, run_in_subprocess); \
    else \
      g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down); \
  } G_STMT_END

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/qc/window/no-display", ui_test_no_display);
      return g_test_run ();
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qc/article-view/new-destroy", test_article_view_new_destroy);
  g_test_add_func ("/qc/article-view/dark", test_article_view_dark);
  ADD_TEST ("/qc/article-view/highlights", test_article_view_highlights);
  ADD_TEST ("/qc/library-sidebar/new-destroy", test_library_sidebar_new_destroy);
  ADD_TEST ("/qc/preferences-window/new-destroy", test_preferences_window_new_destroy);
  ADD_TEST ("/qc/preferences-window/name", test_preferences_name);
  ADD_TEST ("/qc/window/new-destroy", test_window_new_destroy);
  g_test_add_func ("/qc/window/help-overlay", test_help_overlay);
  ADD_TEST ("/qc/window/annotate", test_window_annotate);
  ADD_TEST ("/qc/window/new-claim-kind", test_window_new_claim_kind);
  ADD_TEST ("/qc/window/undo-after-restart", test_window_undo_after_restart);
  ADD_TEST ("/qc/window/bad-files", test_window_bad_files);
  ADD_TEST ("/qc/window/drop-files", test_window_drop_files);
  ADD_TEST ("/qc/window/open-before-window", test_window_open_before_window);
  ADD_TEST ("/qc/window/paste", test_window_paste);
  ADD_TEST ("/qc/window/library", test_window_library);
  ADD_TEST ("/qc/window/export", test_window_export);
  ADD_TEST ("/qc/window/render", test_window_render);

  return g_test_run ();
}
