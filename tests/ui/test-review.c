/* test-review.c: tests for the window's review mode and QcReviewPanel
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are tests/data/review/ (README.md there has every figure
 * worked out by hand): Jamie Ortiz's database (Jamie is the local
 * annotator, a.json read back as their own layer) with Sam Keller's
 * b.json imported through the window.
 */

#define G_LOG_DOMAIN "test-review"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>

#include "qc-agreement.h"
#include "qc-export-json.h"
#include "qc-review-panel.h"
#include "qc-store-review.h"
#include "qc-window.h"
#include "ui-test-util.h"

#define JAMIE_UUID "a0000000-0000-4000-8000-00000000000a"
#define SAM_UUID   "b0000000-0000-4000-8000-00000000000b"

typedef struct
{
  char     *dir;
  char     *db_path;
  QcStore  *store;
  gint64    article;      /* article 1 of the fixtures */
} Fixture;

/* Helpers */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "review", name, NULL);
}

static char *
claim_uuid (char  side,
            guint n)
{
  return g_strdup_printf ("%c3000000-0000-4000-8000-0000000000%02u", side, n);
}

static gint64
claim_id (QcStore *store,
          char     side,
          guint    n)
{
  g_autofree char *uuid = claim_uuid (side, n);
  g_autoptr(GError) error = NULL;
  gint64 id = qc_store_find_claim (store, uuid, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static QcClaim *
get_claim (QcStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  QcClaim *claim = qc_store_get_claim (store, id, &error);

  g_assert_no_error (error);
  return claim;
}

static guint
count_claims (QcStore *store,
              gint64   article_id,
              gint64   annotator_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) claims = qc_store_list_claims (store, article_id, annotator_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (claims);
}

/* A database whose own user (local annotator) is @uuid: the situation of
 * Jamie's or Sam's own database */
static QcStore *
open_as (const char *path,
         const char *uuid,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  QcStore *store;

  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE annotator SET uuid = ?1, display_name = ?2 WHERE is_local = 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  store = qc_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

/* Jamie's database, with Jamie's layer (a.json read back as their own) */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcAnnotationImport) result = NULL;
  g_autofree char *a_json = data_path ("a.json");

  fixture->dir = g_dir_make_tmp ("qc-test-review-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "jamie.db", NULL);
  fixture->store = open_as (fixture->db_path, JAMIE_UUID, "Jamie Ortiz");

  g_assert_true (qc_annotations_import_file (fixture->store, a_json, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result->annotator_id, ==, qc_store_get_local_annotator (fixture->store));
  fixture->article = g_array_index (result->article_ids, gint64, 0);
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

static QcWindow *
create_window (QcStore *store)
{
  return g_object_ref (qc_window_new (NULL, store));
}

static void
destroy_window (QcWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static void
activate (QcWindow   *window,
          const char *action,
          GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
}

/* Sam's b.json through the window, article 1 open, review mode on */
static QcWindow *
review_window (Fixture *fixture,
               gint64  *sam)
{
  g_autofree char *b_json = data_path ("b.json");
  g_autoptr(GFile) file = g_file_new_for_path (b_json);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  QcWindow *window = create_window (fixture->store);
  QcAnnotationImport *result;

  g_assert_true (qc_window_open_article (window, fixture->article, &error));
  g_assert_no_error (error);
  g_assert_true (qc_window_import_annotations (window, file, NULL, &results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpuint (result->n_claims_added, ==, 10);
  g_assert_cmpuint (result->unplaced->len, ==, 0);
  *sam = result->annotator_id;

  g_assert_cmpint (qc_window_get_review_colleague (window), ==, 0);
  activate (window, "win.review-mode", NULL);
  return window;
}

/* What a click does (gtk_widget_activate() waits for a mapped button) */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static QcReviewPair *
find_pair (QcWindow *window,
           gint64    claim_id,
           guint    *position)
{
  GListModel *pairs = qc_window_get_review_pairs (window);

  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);
      QcClaim *mine = qc_review_pair_get_mine (pair);
      QcClaim *theirs = qc_review_pair_get_theirs (pair);

      if ((mine != NULL && qc_claim_get_id (mine) == claim_id)
          || (theirs != NULL && qc_claim_get_id (theirs) == claim_id))
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&pair);
        }
    }
  return NULL;
}

static gboolean
find_position (QcWindow *window,
               gint64    claim_id,
               guint    *position)
{
  g_autoptr(QcReviewPair) pair = find_pair (window, claim_id, position);

  return pair != NULL;
}

/* The characters of the claims, as a set: one byte per character */
static void
mark_claim (GByteArray *set,
            QcClaim    *claim)
{
  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    for (gsize c = qc_claim_get_segment (claim, i)->start; c < qc_claim_get_segment (claim, i)->end; c++)
      set->data[c] = 1;
}

static GByteArray *
tagged (GtkTextBuffer *buffer,
        GtkTextTag    *tag)
{
  GByteArray *set = g_byte_array_new ();
  GtkTextIter iter;

  g_byte_array_set_size (set, (guint) gtk_text_buffer_get_char_count (buffer));
  memset (set->data, 0, set->len);
  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    set->data[gtk_text_iter_get_offset (&iter)] = gtk_text_iter_has_tag (&iter, tag);
  return set;
}

static GByteArray *
claims_set (QcStore    *store,
            GtkTextBuffer *buffer,
            const char *claims)
{
  GByteArray *set = g_byte_array_new ();

  g_byte_array_set_size (set, (guint) gtk_text_buffer_get_char_count (buffer));
  memset (set->data, 0, set->len);
  /* "a2 b3 …": side and number of each claim */
  for (const char *p = claims; *p != '\0'; p++)
    if (*p == 'a' || *p == 'b')
      {
        g_autoptr(QcClaim) claim = get_claim (store, claim_id (store, p[0], (guint) (p[1] - '0')));

        mark_claim (set, claim);
        p++;
      }
  return set;
}

static void
assert_same_set (GByteArray *a,
                 GByteArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    if (a->data[i] != b->data[i])
      g_error ("character %u: tagged %d, expected %d", i, a->data[i], b->data[i]);
}

/* Every tag on every character, to compare a buffer before and after */
static char *
tag_signature (GtkTextBuffer *buffer)
{
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    {
      GSList *tags = gtk_text_iter_get_tags (&iter);

      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          g_string_append_printf (out, "%s,", name);
        }
      g_string_append_c (out, '|');
      g_slist_free (tags);
    }
  return g_string_free (out, FALSE);
}

static AdwMessageDialog *
find_message_dialog (QcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* Tests */

static void
test_review_panel_new_destroy (void)
{
  GtkWidget *panel = qc_review_panel_new (NULL);

  g_object_ref_sink (panel);
  g_assert_true (QC_IS_REVIEW_PANEL (panel));
  g_assert_null (qc_review_panel_get_pair (QC_REVIEW_PANEL (panel)));
  qc_review_panel_set_colleague_name (QC_REVIEW_PANEL (panel), "Sam Keller");
  g_assert_cmpstr (qc_review_panel_get_colleague_name (QC_REVIEW_PANEL (panel)), ==, "Sam Keller");
  g_assert_finalize_object (panel);
}

/* Review mode picks the one colleague, draws both layers with the review
 * tags where the fixture says, and leaving it restores the view exactly */
static void
test_review_mode (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  QcArticleView *view;
  GtkTextBuffer *buffer;
  QcWindow *window = create_window (fixture->store);
  gint64 sam = 0;

  g_assert_true (qc_window_open_article (window, fixture->article, NULL));
  view = qc_window_get_article_view (window);
  buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (view));
  before = tag_signature (buffer);
  destroy_window (window);

  window = review_window (fixture, &sam);
  view = qc_window_get_article_view (window);
  buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (view));

  g_assert_cmpint (qc_window_get_review_colleague (window), ==, sam);
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_BOOLEAN);
    g_object_get_property (G_OBJECT (window), "review-mode", &value);
    g_assert_true (g_value_get_boolean (&value));
  }
  g_assert_cmpstr (qc_review_panel_get_colleague_name (QC_REVIEW_PANEL (qc_window_get_review_panel (window))),
                   ==, "Sam Keller");

  /* 6 pairs, A7 only mine, B7 and B8 only theirs (README "Pairing") */
  g_assert_cmpuint (g_list_model_get_n_items (qc_window_get_review_pairs (window)), ==, 6 + 1 + 2);
  g_assert_true (qc_article_view_get_review_pairs (view) == qc_window_get_review_pairs (window));

  /* Pair 1 agrees in every field: theirs is double-underlined; B7 and B8
   * are tinted; every other claim of either side is a disagreement */
  {
    g_autoptr(GByteArray) theirs = tagged (buffer, qc_article_view_get_review_tag (view, QC_REVIEW_MARK_THEIRS));
    g_autoptr(GByteArray) only = tagged (buffer, qc_article_view_get_review_tag (view, QC_REVIEW_MARK_ONLY_THEIRS));
    g_autoptr(GByteArray) open = tagged (buffer, qc_article_view_get_review_tag (view, QC_REVIEW_MARK_DISAGREEMENT));
    g_autoptr(GByteArray) b1 = claims_set (fixture->store, buffer, "b1");
    g_autoptr(GByteArray) b7_b8 = claims_set (fixture->store, buffer, "b7 b8");
    g_autoptr(GByteArray) rest = claims_set (fixture->store, buffer, "a2 a3 a4 a5 a6 a7 b2 b3 b4 b5 b6 b7 b8");

    assert_same_set (theirs, b1);
    assert_same_set (only, b7_b8);
    assert_same_set (open, rest);
  }

  /* A claim of theirs clicked (here: its pair chosen) is framed */
  {
    guint position = G_MAXUINT;
    g_autoptr(QcReviewPair) pair = find_pair (window, claim_id (fixture->store, 'b', 7), &position);
    g_autoptr(GByteArray) selected = NULL;
    g_autoptr(GByteArray) b7 = claims_set (fixture->store, buffer, "b7");
    g_autoptr(QcClaim) claim = get_claim (fixture->store, claim_id (fixture->store, 'b', 7));

    g_assert_nonnull (pair);
    g_assert_cmpuint (qc_article_view_get_review_pair_at (view, qc_claim_get_start (claim)), ==, position);
    qc_window_select_review_pair (window, position);
    selected = tagged (buffer, qc_article_view_get_review_tag (view, QC_REVIEW_MARK_SELECTED));
    assert_same_set (selected, b7);
    g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, 0);
    g_assert_true (qc_review_panel_get_pair (QC_REVIEW_PANEL (qc_window_get_review_panel (window))) == pair);
  }

  /* Leaving restores the normal view, tag for tag */
  activate (window, "win.review-mode", NULL);
  g_assert_cmpint (qc_window_get_review_colleague (window), ==, 0);
  g_assert_null (qc_article_view_get_review_pairs (view));
  qc_window_set_selected_claim_id (window, 0);
  after = tag_signature (buffer);
  g_assert_cmpstr (after, ==, before);

  /* On again: the same colleague */
  activate (window, "win.review-mode", NULL);
  g_assert_cmpint (qc_window_get_review_colleague (window), ==, sam);

  destroy_window (window);
}

/* An article nobody else annotated: review mode stays off */
static void
test_review_no_colleague (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char text[] = "A quiet day\n\nNothing was said, “nothing at all,” the clerk said.\n";
  g_autoptr(GError) error = NULL;
  gint64 sam = 0;
  QcWindow *window = review_window (fixture, &sam);

  /* Another article open in review mode: nothing of theirs to draw */
  g_assert_true (qc_window_import_text (window, text, -1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qc_window_get_review_colleague (window), ==, sam);
  g_assert_null (qc_window_get_review_pairs (window));
  g_assert_null (qc_article_view_get_review_pairs (qc_window_get_article_view (window)));

  /* Off, and on again: nobody to review with (a toast says so) */
  activate (window, "win.review-mode", NULL);
  activate (window, "win.review-mode", NULL);
  g_assert_cmpint (qc_window_get_review_colleague (window), ==, 0);
  g_assert_null (qc_window_get_review_pairs (window));

  destroy_window (window);
}

/* F8 reaches the window before the panes (which take it for their handles) */
static gboolean
has_shortcut (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  modifiers,
              const char      *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers
              && GTK_IS_NAMED_ACTION (action)
              && g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* F8 walks the unresolved disagreements in text order, Shift+F8 back */
static void
test_review_walk (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) walked = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 sam = 0;
  QcWindow *window = review_window (fixture, &sam);
  GListModel *pairs = qc_window_get_review_pairs (window);
  guint position;

  for (position = qc_review_pairs_next_disagreement (pairs, G_MAXUINT, TRUE); position != G_MAXUINT;
       position = qc_review_pairs_next_disagreement (pairs, position, TRUE))
    g_array_append_val (expected, position);
  /* Everything but pair 1 (README: A7, B7, B8 and pairs 2 to 6) */
  g_assert_cmpuint (expected->len, ==, 8);

  g_assert_true (has_shortcut (GTK_WIDGET (window), GDK_KEY_F8, 0, "win.next-disagreement"));
  g_assert_true (has_shortcut (GTK_WIDGET (window), GDK_KEY_F8, GDK_SHIFT_MASK, "win.previous-disagreement"));

  g_assert_cmpuint (qc_window_get_review_position (window), ==, G_MAXUINT);
  for (guint i = 0; i < expected->len; i++)
    {
      position = qc_window_get_review_position (window);
      activate (window, "win.next-disagreement", NULL);
      g_assert_cmpuint (qc_window_get_review_position (window), !=, position);
      position = qc_window_get_review_position (window);
      g_array_append_val (walked, position);
    }
  g_assert_cmpmem (walked->data, walked->len * sizeof (guint), expected->data, expected->len * sizeof (guint));

  /* The first is pair 2 (A2, a speaker only on my side): my claim selected */
  {
    g_autoptr(QcReviewPair) first = g_list_model_get_item (pairs, g_array_index (walked, guint, 0));

    g_assert_cmpint (qc_claim_get_id (qc_review_pair_get_mine (first)), ==, claim_id (fixture->store, 'a', 2));
    g_assert_true (qc_review_pair_get_differences (first) == QC_REVIEW_FIELD_SPEAKER);
  }

  /* At the end it stays (a toast says there are no more) */
  activate (window, "win.next-disagreement", NULL);
  g_assert_cmpuint (qc_window_get_review_position (window), ==, g_array_index (walked, guint, walked->len - 1));

  for (guint i = expected->len - 1; i-- > 0;)
    {
      activate (window, "win.previous-disagreement", NULL);
      g_assert_cmpuint (qc_window_get_review_position (window), ==, g_array_index (expected, guint, i));
    }

  destroy_window (window);
}

/* "Take Theirs" on the speaker row, undo; "Adopt"; "Keep Mine" */
static void
test_review_resolve (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 sam = 0;
  QcWindow *window = review_window (fixture, &sam);
  QcReviewPanel *panel = QC_REVIEW_PANEL (qc_window_get_review_panel (window));
  gint64 a2 = claim_id (fixture->store, 'a', 2);
  gint64 b7 = claim_id (fixture->store, 'b', 7);
  gint64 duarte;
  guint position = G_MAXUINT;
  guint n_mine = count_claims (fixture->store, fixture->article, 0);

  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a2);

    duarte = qc_claim_get_speaker_id (claim);
    g_assert_cmpint (duarte, >, 0);
  }

  /* Pair 2: their claim has no speaker */
  g_assert_true (find_position (window, a2, &position));
  qc_window_select_review_pair (window, position);
  g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, a2);
  g_assert_null (qc_review_panel_get_field_button (panel, QC_REVIEW_FIELD_EVIDENCE, TRUE));
  g_assert_nonnull (qc_review_panel_get_field_button (panel, QC_REVIEW_FIELD_SPEAKER, TRUE));
  click (qc_review_panel_get_field_button (panel, QC_REVIEW_FIELD_SPEAKER, TRUE));
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a2);
    g_autoptr(QcReviewPair) pair = find_pair (window, a2, NULL);

    g_assert_cmpint (qc_claim_get_speaker_id (claim), ==, 0);
    /* The pair was listed again: nothing differs now, the panel shows it */
    g_assert_cmpuint (qc_review_pair_get_differences (pair), ==, 0);
    g_assert_true (qc_review_panel_get_pair (panel) == pair);
  }

  activate (window, "win.undo", NULL);
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a2);
    g_autoptr(QcReviewPair) pair = find_pair (window, a2, NULL);

    g_assert_cmpint (qc_claim_get_speaker_id (claim), ==, duarte);
    g_assert_true (qc_review_pair_get_differences (pair) == QC_REVIEW_FIELD_SPEAKER);
  }

  /* Keep mine: approved, resolved, no longer walked */
  activate (window, "win.review-keep-mine", g_variant_new_uint32 (QC_REVIEW_FIELD_ALL));
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a2);
    g_autoptr(QcReviewPair) pair = find_pair (window, a2, NULL);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);
    g_assert_true (qc_review_pair_is_resolved (pair));
  }

  /* B7, only theirs: adopted as a claim of mine over the same characters */
  g_assert_true (find_position (window, b7, &position));
  qc_window_select_review_pair (window, position);
  g_assert_true (gtk_widget_get_visible (qc_review_panel_get_claim_button (panel, TRUE)));
  click (qc_review_panel_get_claim_button (panel, TRUE));
  g_assert_cmpuint (count_claims (fixture->store, fixture->article, 0), ==, n_mine + 1);
  {
    g_autoptr(QcReviewPair) pair = find_pair (window, b7, NULL);
    g_autoptr(QcClaim) theirs = get_claim (fixture->store, b7);
    QcClaim *mine;

    g_assert_cmpint (qc_review_pair_get_kind (pair), ==, QC_REVIEW_PAIR_BOTH);
    mine = qc_review_pair_get_mine (pair);
    g_assert_cmpint (qc_claim_get_annotator_id (mine), ==, qc_store_get_local_annotator (fixture->store));
    g_assert_cmpuint (qc_claim_get_start (mine), ==, qc_claim_get_start (theirs));
    g_assert_cmpuint (qc_claim_get_end (mine), ==, qc_claim_get_end (theirs));
    g_assert_cmpint (qc_window_get_selected_claim_id (window), ==, qc_claim_get_id (mine));
  }

  /* A comment on my claim, through the panel's action */
  activate (window, "win.review-comment", g_variant_new_string ("Checked with the harbour office"));
  {
    g_autoptr(GPtrArray) comments = qc_store_list_comments (fixture->store, qc_window_get_selected_claim_id (window),
                                                            NULL);

    g_assert_cmpuint (comments->len, ==, 1);
  }

  destroy_window (window);
}

/* "Keep Mine" field by field: settled in the panel; the last field
 * decided resolves the pair, in one undo step */
static void
test_review_keep_fields (Fixture       *fixture,
                         gconstpointer  data)
{
  static const QcReviewField kept[] = { QC_REVIEW_FIELD_SPAN, QC_REVIEW_FIELD_EVIDENCE, QC_REVIEW_FIELD_NOTE };
  gint64 sam = 0;
  QcWindow *window = review_window (fixture, &sam);
  QcReviewPanel *panel = QC_REVIEW_PANEL (qc_window_get_review_panel (window));
  gint64 a3 = claim_id (fixture->store, 'a', 3);
  guint position = G_MAXUINT;

  /* Pair 3 differs in span, evidence, note and sources (README) */
  g_assert_true (find_position (window, a3, &position));
  qc_window_select_review_pair (window, position);
  {
    g_autoptr(QcReviewPair) pair = find_pair (window, a3, NULL);

    g_assert_cmpuint (qc_review_pair_get_differences (pair), ==,
                      QC_REVIEW_FIELD_SPAN | QC_REVIEW_FIELD_EVIDENCE | QC_REVIEW_FIELD_NOTE | QC_REVIEW_FIELD_SOURCES);
  }
  {
    g_autoptr(GPtrArray) sources = qc_store_list_sources (fixture->store, a3, NULL);

    g_assert_cmpuint (sources->len, ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      click (qc_review_panel_get_field_button (panel, kept[i], FALSE));
      /* Settled: no buttons for it, nothing written */
      g_assert_null (qc_review_panel_get_field_button (panel, kept[i], FALSE));
    }
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a3);

    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
  }

  /* Their source taken: the pair is resolved, my claim approved */
  click (qc_review_panel_get_field_button (panel, QC_REVIEW_FIELD_SOURCES, TRUE));
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a3);
    g_autoptr(GPtrArray) sources = qc_store_list_sources (fixture->store, a3, NULL);
    g_autoptr(QcReviewPair) pair = find_pair (window, a3, NULL);

    g_assert_cmpuint (sources->len, ==, 1);
    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);
    g_assert_true (qc_review_pair_is_resolved (pair));
  }

  /* One undo takes both back */
  activate (window, "win.undo", NULL);
  {
    g_autoptr(QcClaim) claim = get_claim (fixture->store, a3);
    g_autoptr(GPtrArray) sources = qc_store_list_sources (fixture->store, a3, NULL);

    g_assert_cmpuint (sources->len, ==, 0);
    g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_DRAFT);
  }

  destroy_window (window);
}

/* The bar shows what qc_agreement_compute() gives, which is what the
 * fixture README worked out by hand */
static void
test_review_summary (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(QcAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *f1 = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *kappa = NULL;
  gint64 sam = 0;
  QcWindow *window = review_window (fixture, &sam);
  const char *summary = qc_window_get_review_summary (window);

  agreement = qc_agreement_compute (fixture->store, fixture->article,
                                    qc_store_get_local_annotator (fixture->store), sam, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (qc_agreement_counts_f1 (&agreement->total, QC_AGREEMENT_MATCH_OVERLAP),
                                  12.0 / 15.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (qc_agreement_counts_speaker (&agreement->total), 5.0 / 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (qc_agreement_counts_kappa (&agreement->total), 7.0 / 9.0, 1e-9);

  f1 = g_strdup_printf ("F1\u00a0%.2f", qc_agreement_counts_f1 (&agreement->total, QC_AGREEMENT_MATCH_OVERLAP));
  speaker = g_strdup_printf ("agreement\u00a0%.2f", qc_agreement_counts_speaker (&agreement->total));
  kappa = g_strdup_printf ("κ\u00a0%.2f", qc_agreement_counts_kappa (&agreement->total));
  g_test_message ("summary: %s", summary);
  g_assert_nonnull (strstr (summary, f1));
  g_assert_nonnull (strstr (summary, speaker));
  g_assert_nonnull (strstr (summary, kappa));
  g_assert_nonnull (strstr (summary, "mine\u00a01"));
  g_assert_nonnull (strstr (summary, "theirs\u00a02"));

  destroy_window (window);
}

/* A damaged or hostile file: an error, nothing changed */
static void
test_review_import_malformed (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char *files[] = {
    "{\"format\": \"quotecheck\", \"version\": 1, \"annotator\": ",
    "{\"format\": \"quotecheck\", \"version\": 99, \"annotator\": null, \"articles\": []}",
    /* The header of an SQLite database, then nothing of one */
    "SQLite format 3\0\x10\0\x01\x01\0\x40\x20\x20garbage garbage garbage garbage garbage garbage",
  };
  static const gssize lengths[] = { -1, -1, 16 + 8 + 47 };
  QcWindow *window = create_window (fixture->store);
  guint n_mine = count_claims (fixture->store, fixture->article, 0);
  gboolean can_undo = qc_store_can_undo (fixture->store);

  g_assert_true (qc_window_open_article (window, fixture->article, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.%s", i, i == 2 ? "db" : "json");
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GPtrArray) annotators = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, files[i], lengths[i], NULL));
      g_assert_false (qc_window_import_annotations (window, file, NULL, &results, &error));
      g_assert_nonnull (error);
      g_test_message ("%s: %s", name, error->message);
      g_assert_null (results);

      annotators = qc_store_list_annotators (fixture->store, NULL);
      g_assert_cmpuint (annotators->len, ==, 1);
      g_assert_cmpuint (count_claims (fixture->store, fixture->article, 0), ==, n_mine);
      g_assert_cmpint (qc_store_can_undo (fixture->store), ==, can_undo);
      g_assert_no_errno (g_unlink (path));
    }

  destroy_window (window);
}

/* Claims that cannot be placed on the stored text are listed, not dropped */
static void
test_review_import_unplaced (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = data_path ("b-edited.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QcWindow *window = create_window (fixture->store);
  AdwMessageDialog *dialog;
  guint n_rows = 0;

  g_assert_true (qc_window_open_article (window, fixture->article, NULL));
  qc_window_open_annotations_file (window, file);
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Sam Keller"));

  /* One row: B7, "until April" is not in the stored text (README) */
  {
    GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    GtkWidget *row;

    if (GTK_IS_VIEWPORT (list))
      list = gtk_viewport_get_child (GTK_VIEWPORT (list));
    for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "until April"));
        n_rows++;
      }
  }
  g_assert_cmpuint (n_rows, ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

/* A colleague's database: their own layer is imported, the file only read */
static void
test_review_import_database (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *b_json = data_path ("b.json");
  g_autofree char *sam_path = g_build_filename (fixture->dir, "sam.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sam_path);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  QcWindow *window;

  {
    g_autoptr(QcStore) sam = open_as (sam_path, SAM_UUID, "Sam Keller");
    g_autoptr(QcAnnotationImport) result = NULL;

    g_assert_true (qc_annotations_import_file (sam, b_json, &result, &error));
    g_assert_no_error (error);
  }

  window = create_window (fixture->store);
  g_assert_true (qc_window_open_article (window, fixture->article, NULL));
  g_assert_true (qc_window_import_annotations (window, file, NULL, &results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);

  /* Sam's layer, whoever's database it came from: review mode finds it */
  activate (window, "win.review-mode", NULL);
  g_assert_cmpint (qc_window_get_review_colleague (window), ==,
                   ((QcAnnotationImport *) g_ptr_array_index (results, 0))->annotator_id);
  g_assert_cmpuint (g_list_model_get_n_items (qc_window_get_review_pairs (window)), ==, 9);

  destroy_window (window);
}

/* A database with several people's layers: a dialog asks whose, its own
 * user checked first */
static void
test_review_import_database_layers (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *b_json = data_path ("b.json");
  g_autofree char *sam_path = g_build_filename (fixture->dir, "sam.db", NULL);
  g_autofree char *robin_path = g_build_filename (fixture->dir, "robin.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sam_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotators = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *check;
  QcWindow *window;

  /* Sam's database: Sam's layer and Robin's (b.json under another name) */
  {
    g_autoptr(QcStore) sam = open_as (sam_path, SAM_UUID, "Sam Keller");
    g_autoptr(QcAnnotationImport) result = NULL;
    g_autoptr(QcAnnotationImport) robin = NULL;
    g_autofree char *json = NULL;
    GString *other;

    g_assert_true (qc_annotations_import_file (sam, b_json, &result, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (b_json, &json, NULL, NULL));
    other = g_string_new (json);
    g_string_replace (other, SAM_UUID, "c0000000-0000-4000-8000-00000000000c", 0);
    g_string_replace (other, "Sam Keller", "Robin Ash", 0);
    g_string_replace (other, "\"b3000000-", "\"c3000000-", 0);
    g_assert_true (qc_annotations_import_data (sam, other->str, other->len, "robin.json", &robin, &error));
    g_assert_no_error (error);
    g_string_free (other, TRUE);
  }

  window = create_window (fixture->store);
  g_assert_true (qc_window_open_article (window, fixture->article, NULL));
  qc_window_open_annotations_file (window, file);
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);

  /* Sam, the file's own user, first and checked; then Robin */
  check = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_widget_get_next_sibling (check))));
  g_assert_null (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (check)));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "import"));

  /* Nothing checked: nothing to import */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "import"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));

  annotators = qc_store_list_annotators (fixture->store, NULL);
  g_assert_cmpuint (annotators->len, ==, 2);
  g_assert_cmpstr (((QcAnnotator *) g_ptr_array_index (annotators, 1))->name, ==, "Sam Keller");

  destroy_window (window);
}

/* Rendering */

static void
load_css (const char *resource)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, resource);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
render_review (Fixture *fixture)
{
  gint64 sam = 0;
  QcWindow *window;

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/quotecheck/Quotecheck/icons");
  load_css ("/io/github/quotecheck/Quotecheck/style.css");

  /* Sam's export of an edited text into another database of Jamie's:
   * one claim cannot be placed, and a dialog lists it */
  {
    g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
    g_autofree char *a_json = data_path ("a.json");
    g_autofree char *path = data_path ("b-edited.json");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(QcAnnotationImport) result = NULL;
    QcStore *other = open_as (other_path, JAMIE_UUID, "Jamie Ortiz");
    GtkWidget *dialog;

    g_assert_true (qc_annotations_import_file (other, a_json, &result, NULL));
    window = create_window (other);
    g_assert_true (qc_window_open_article (window, g_array_index (result->article_ids, gint64, 0), NULL));
    gtk_window_present (GTK_WINDOW (window));
    qc_window_open_annotations_file (window, file);
    dialog = GTK_WIDGET (find_message_dialog (window));
    g_assert_nonnull (dialog);
    ui_test_wait_for_frames (dialog, 30);
    ui_test_save_png (dialog, "review-unplaced-dialog.png");
    gtk_window_destroy (GTK_WINDOW (dialog));
    destroy_window (window);
    g_assert_finalize_object (other);
    g_assert_no_errno (g_unlink (other_path));
  }

  window = review_window (fixture, &sam);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  activate (window, "win.next-disagreement", NULL);
  activate (window, "win.next-disagreement", NULL);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-review.png");

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-review-1024.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  load_css ("/io/github/quotecheck/Quotecheck/style-dark.css");
  ui_test_wait_for_frames (GTK_WIDGET (window), 30);
  ui_test_save_png (GTK_WIDGET (window), "window-review-dark.png");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static void
test_review_render (Fixture       *fixture,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      render_review (fixture);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/qc/review-window/no-display", ui_test_no_display);
      return g_test_run ();
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qc/review-panel/new-destroy", test_review_panel_new_destroy);
  ADD_TEST ("/qc/review-window/mode", test_review_mode);
  ADD_TEST ("/qc/review-window/no-colleague", test_review_no_colleague);
  ADD_TEST ("/qc/review-window/walk", test_review_walk);
  ADD_TEST ("/qc/review-window/resolve", test_review_resolve);
  ADD_TEST ("/qc/review-window/keep-fields", test_review_keep_fields);
  ADD_TEST ("/qc/review-window/summary", test_review_summary);
  ADD_TEST ("/qc/review-window/import-malformed", test_review_import_malformed);
  ADD_TEST ("/qc/review-window/import-unplaced", test_review_import_unplaced);
  ADD_TEST ("/qc/review-window/import-database", test_review_import_database);
  ADD_TEST ("/qc/review-window/import-database-layers", test_review_import_database_layers);
  ADD_TEST ("/qc/review-window/render", test_review_render);

  return g_test_run ();
}
