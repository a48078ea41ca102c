/* test-claim-widgets.c: tests for the claim inspector, claim list, speakers page
 * and speaker dialog, driven against a temporary store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-claim-widgets"

#include "config.h"

#include <adwaita.h>

#include "qc-claim-inspector.h"
#include "qc-claim-list.h"
#include "qc-claim-row.h"
#include "qc-speaker-dialog.h"
#include "qc-speakers-page.h"
#include "ui-test-util.h"

typedef struct
{
  char      *dir;
  QcStore   *store;
  gint64     article_id;
  GtkWidget *window;
} Fixture;

/* Helpers */

static QcClaim *
selected_claim (GtkSingleSelection *selection)
{
  QcClaimRow *row = gtk_single_selection_get_selected_item (selection);

  return row != NULL ? qc_claim_row_get_claim (row) : NULL;
}


static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *sample = NULL;
  QcImportResult result = { 0 };

  fixture->dir = g_dir_make_tmp ("qc-test-claim-widgets-XXXXXX", &error);
  g_assert_no_error (error);

  db = g_build_filename (fixture->dir, "quotecheck.db", NULL);
  fixture->store = qc_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);

  sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "city-council-budget.txt", NULL);
  g_assert_true (qc_store_import_file (fixture->store, sample, NULL, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.article_id, >, 0);
  g_assert_cmpuint (result.n_claims_added, >=, 6);
  fixture->article_id = result.article_id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_assert_finalize_object (fixture->store);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Shows @child in a window of the given size and waits for it to be drawn. */
static void
show_in_window (Fixture   *fixture,
                GtkWidget *child,
                int        width,
                int        height)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_set_child (GTK_WINDOW (fixture->window), child);
  gtk_window_present (GTK_WINDOW (fixture->window));

  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (child); i++)
    iterate (1);
  g_assert_true (gtk_widget_get_mapped (child));
  iterate (100);
}

static void
render_to_png (GtkWidget  *widget,
               const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat ("claim-widgets-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* The window background: widgets draw on it, not on transparency. */
  gtk_snapshot_append_color (snapshot,
                             adw_style_manager_get_dark (adw_style_manager_get_default ())
                             ? &(GdkRGBA) { 0.14, 0.14, 0.14, 1.0 }
                             : &(GdkRGBA) { 0.98, 0.98, 0.98, 1.0 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Rendered %s", path);
}

static void
render_light_and_dark (GtkWidget  *widget,
                       const char *name)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *dark_name = g_strconcat (name, "-dark", NULL);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate (150);
  render_to_png (widget, name);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (150);
  render_to_png (widget, dark_name);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate (50);
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* The visible window of @type, such as a dialog a widget has opened. */
static gpointer
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* The speaker the inspector's drop-down shows; 0 for "No speaker". */
static gint64
selected_speaker_id (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);

  g_assert_nonnull (item);
  return QC_IS_SPEAKER (item) ? qc_speaker_get_id (item) : 0;
}

static GListModel *
list_claims (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *claims = qc_store_list_claims (fixture->store, fixture->article_id, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (claims);
  return claims;
}

static QcClaim *
get_claim (Fixture *fixture,
           gint64   claim_id)
{
  g_autoptr(GError) error = NULL;
  QcClaim *claim = qc_store_get_claim (fixture->store, claim_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (claim);
  return claim;
}

static gint64
nth_claim_id (Fixture *fixture,
              guint    n)
{
  g_autoptr(GListModel) claims = list_claims (fixture);
  g_autoptr(QcClaim) claim = g_list_model_get_item (claims, n);

  g_assert_nonnull (claim);
  return qc_claim_get_id (claim);
}

static gint64
add_speaker (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = qc_store_add_speaker (fixture->store, name, QC_SPEAKER_KIND_PERSON, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* new-destroy */

static void
test_inspector_new_destroy (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);

  g_object_ref_sink (inspector);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), nth_claim_id (fixture, 0));
  g_assert_finalize_object (inspector);
}

static void
test_claim_list_new_destroy (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *list = qc_claim_list_new (fixture->store);

  g_object_ref_sink (list);
  qc_claim_list_set_article_id (QC_CLAIM_LIST (list), fixture->article_id);
  g_assert_finalize_object (list);
}

static void
test_speakers_page_new_destroy (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *page = qc_speakers_page_new (fixture->store);

  g_object_ref_sink (page);
  g_assert_finalize_object (page);
}

static void
test_speaker_dialog_new_destroy (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *dialog = qc_speaker_dialog_new (fixture->store, 0, 0);

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* The inspector */

static void
test_inspector_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  GtkStack *stack = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "stack");

  show_in_window (fixture, inspector, 360, 600);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), nth_claim_id (fixture, 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "claim");

  /* A claim that is not there shows nothing rather than stale fields. */
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), 999999);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  render_light_and_dark (inspector, "inspector-empty");
}

static void
test_inspector_speaker (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  GtkDropDown *drop_down = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "speaker_drop_down");
  gint64 claim_id = nth_claim_id (fixture, 0);
  gint64 speaker_id = add_speaker (fixture, "Zelda Quartermain");
  g_autoptr(QcClaim) before = get_claim (fixture, claim_id);
  g_autoptr(QcClaim) after = NULL;
  g_autoptr(QcClaim) cleared = NULL;
  GListModel *speakers;
  guint position = GTK_INVALID_LIST_POSITION;

  show_in_window (fixture, inspector, 360, 900);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);

  /* The drop-down shows the claim's speaker... */
  g_assert_cmpint (selected_speaker_id (drop_down), ==, qc_claim_get_speaker_id (before));

  /* ...and lists "No speaker", then every speaker, the new one too. */
  speakers = gtk_drop_down_get_model (drop_down);
  {
    g_autoptr(GObject) first = g_list_model_get_item (speakers, 0);

    g_assert_false (QC_IS_SPEAKER (first));
  }
  for (guint i = 1; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(QcSpeaker) speaker = g_list_model_get_item (speakers, i);

      g_assert_true (QC_IS_SPEAKER (speaker));
      if (qc_speaker_get_id (speaker) == speaker_id)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  /* The search matches on the name. */
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));
  g_assert_nonnull (gtk_drop_down_get_expression (drop_down));

  /* Choosing writes the store at once. */
  gtk_drop_down_set_selected (drop_down, position);
  after = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_speaker_id (after), ==, speaker_id);
  g_assert_cmpstr (qc_claim_get_speaker_name (after), ==, "Zelda Quartermain");

  /* Undo puts the old speaker back, and the inspector follows by itself. */
  g_assert_true (qc_store_undo (fixture->store, NULL, NULL));
  g_clear_object (&after);
  after = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_speaker_id (after), ==, qc_claim_get_speaker_id (before));
  g_assert_cmpint (selected_speaker_id (drop_down), ==, qc_claim_get_speaker_id (before));

  /* "No speaker" unsets it. */
  gtk_drop_down_set_selected (drop_down, position);
  gtk_drop_down_set_selected (drop_down, 0);
  cleared = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_speaker_id (cleared), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);

  /* The search looks at names, "No speaker" included. */
  {
    GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
    g_auto(GValue) value = G_VALUE_INIT;
    g_autoptr(GObject) item = g_list_model_get_item (speakers, position);

    g_assert_true (gtk_expression_evaluate (expression, item, &value));
    g_assert_cmpstr (g_value_get_string (&value), ==, "Zelda Quartermain");
  }
}

static void
test_inspector_kind_review_rating (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  gint64 claim_id = nth_claim_id (fixture, 1);
  g_autoptr(QcClaim) claim = NULL;
  AdwComboRow *kind_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "kind_row");
  AdwComboRow *review_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "review_row");
  AdwEntryRow *rating_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "rating_row");

  show_in_window (fixture, inspector, 360, 900);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);

  adw_combo_row_set_selected (kind_row, QC_CLAIM_KIND_INDIRECT);
  adw_combo_row_set_selected (review_row, QC_REVIEW_STATE_APPROVED);
  gtk_editable_set_text (GTK_EDITABLE (rating_row), "  Mostly true ");
  g_signal_emit_by_name (rating_row, "apply");

  claim = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_INDIRECT);
  g_assert_cmpint (qc_claim_get_review_state (claim), ==, QC_REVIEW_STATE_APPROVED);
  g_assert_cmpstr (qc_claim_get_rating (claim), ==, "Mostly true");

  /* A rating being typed survives another edit reloading the inspector... */
  gtk_editable_set_text (GTK_EDITABLE (rating_row), "Half tr");
  adw_combo_row_set_selected (kind_row, QC_CLAIM_KIND_DIRECT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rating_row)), ==, "Half tr");
  g_clear_object (&claim);
  claim = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_DIRECT);
  g_assert_cmpstr (qc_claim_get_rating (claim), ==, "Mostly true");

  /* ...and is saved, without Enter, when another claim is shown. */
  gtk_editable_set_text (GTK_EDITABLE (rating_row), "Half true");
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), nth_claim_id (fixture, 0));
  g_clear_object (&claim);
  claim = get_claim (fixture, claim_id);
  g_assert_cmpstr (qc_claim_get_rating (claim), ==, "Half true");

  /* Edits made elsewhere (the window's actions, undo) show up. */
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);
  g_assert_true (qc_store_undo (fixture->store, NULL, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rating_row)), ==, "Mostly true");
  g_assert_true (qc_store_set_claim_review_state (fixture->store, claim_id, QC_REVIEW_STATE_DISPUTED, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (review_row), ==, QC_REVIEW_STATE_DISPUTED);
}

static void
test_inspector_note (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  GtkTextView *note_view = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "note_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (note_view);
  gint64 first = nth_claim_id (fixture, 0);
  gint64 second = nth_claim_id (fixture, 1);
  g_autoptr(QcClaim) claim = NULL;
  gint64 end;

  show_in_window (fixture, inspector, 360, 900);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), first);

  /* Saved after a pause in typing, without any Save button. */
  gtk_text_buffer_set_text (buffer, "Check the 2019 audit.", -1);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  do
    {
      g_clear_object (&claim);
      iterate (50);
      claim = get_claim (fixture, first);
    }
  while (qc_claim_get_note (claim) == NULL && g_get_monotonic_time () < end);
  g_assert_cmpstr (qc_claim_get_note (claim), ==, "Check the 2019 audit.");

  /* A note being typed is not taken away by another edit reloading the inspector. */
  gtk_text_buffer_set_text (buffer, "Check the 2019 audit.", -1);
  g_clear_object (&claim);
  g_assert_true (qc_store_set_claim_kind (fixture->store, first, QC_CLAIM_KIND_DIRECT, NULL));
  {
    GtkTextIter start, stop;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &stop);
    text = gtk_text_buffer_get_text (buffer, &start, &stop, FALSE);
    g_assert_cmpstr (text, ==, "Check the 2019 audit.");
  }

  /* Moving to another claim saves what was just typed, on the right claim. */
  gtk_text_buffer_set_text (buffer, "Check the 2019 audit.\nAnd the 2020 one.", -1);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), second);
  g_clear_object (&claim);
  claim = get_claim (fixture, first);
  g_assert_cmpstr (qc_claim_get_note (claim), ==, "Check the 2019 audit.\nAnd the 2020 one.");
  g_clear_object (&claim);
  claim = get_claim (fixture, second);
  g_assert_null (qc_claim_get_note (claim));

  /* The other claim's (empty) note is shown, not the one typed before. */
  {
    GtkTextIter start, stop;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &stop);
    text = gtk_text_buffer_get_text (buffer, &start, &stop, FALSE);
    g_assert_cmpstr (text, ==, "");
  }

  /* Closing the window saves too. */
  gtk_text_buffer_set_text (buffer, "Last words", -1);
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_clear_object (&claim);
  claim = get_claim (fixture, second);
  g_assert_cmpstr (qc_claim_get_note (claim), ==, "Last words");
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static void
test_inspector_sources (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  GtkListBox *sources_list = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "sources_list");
  AdwEntryRow *url_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "source_url_row");
  AdwEntryRow *title_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "source_title_row");
  AdwComboRow *stance_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "source_stance_row");
  GtkWidget *add_button = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "add_source_button");
  gint64 claim_id = nth_claim_id (fixture, 0);
  g_autoptr(GPtrArray) sources = NULL;
  QcEvidenceSource *source;

  show_in_window (fixture, inspector, 360, 1200);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);
  g_assert_cmpuint (count_rows (sources_list), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (add_button));

  adw_expander_row_set_expanded (template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "add_source_row"), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (url_row), "riverton.example/budget-2026.pdf");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Adopted budget, fiscal 2026");
  adw_combo_row_set_selected (stance_row, QC_STANCE_REFUTES);
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_signal_emit_by_name (add_button, "clicked");

  g_assert_cmpuint (count_rows (sources_list), ==, 1);
  sources = qc_store_list_sources (fixture->store, claim_id, NULL);
  g_assert_nonnull (sources);
  g_assert_cmpuint (sources->len, ==, 1);
  source = g_ptr_array_index (sources, 0);
  /* An address without a scheme is taken as https. */
  g_assert_cmpstr (source->url, ==, "https://riverton.example/budget-2026.pdf");
  g_assert_cmpstr (source->title, ==, "Adopted budget, fiscal 2026");
  g_assert_cmpint (source->stance, ==, QC_STANCE_REFUTES);
  /* The form is ready for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://example.org/audit?year=2019&page=2");
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_cmpuint (count_rows (sources_list), ==, 2);
  /* Web addresses open from the row; anything else (a colleague's import
   * may hold any text) is shown but never handed to the desktop. */
  g_assert_true (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (sources_list, 1)));
  gtk_editable_set_text (GTK_EDITABLE (url_row), "javascript:alert(1)");
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_cmpuint (count_rows (sources_list), ==, 3);
  g_assert_false (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (sources_list, 2)));
  g_assert_true (qc_store_undo (fixture->store, NULL, NULL));
  g_assert_cmpuint (count_rows (sources_list), ==, 2);
  render_light_and_dark (inspector, "inspector-sources");

  /* Remove, through the row's button action. */
  g_assert_true (gtk_widget_activate_action (inspector, "inspector.remove-source", "x", source->id));
  g_assert_cmpuint (count_rows (sources_list), ==, 1);
  g_clear_pointer (&sources, g_ptr_array_unref);
  sources = qc_store_list_sources (fixture->store, claim_id, NULL);
  g_assert_cmpuint (sources->len, ==, 1);
}

static void
test_inspector_comments (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  GtkListBox *comments_list = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "comments_list");
  AdwEntryRow *comment_row = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "comment_row");
  gint64 claim_id = nth_claim_id (fixture, 2);
  g_autoptr(GPtrArray) comments = NULL;

  show_in_window (fixture, inspector, 360, 900);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);

  gtk_editable_set_text (GTK_EDITABLE (comment_row), "Is 7–2 the final tally? <b>check</b>");
  g_signal_emit_by_name (comment_row, "apply");
  g_assert_cmpuint (count_rows (comments_list), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (comment_row)), ==, "");

  comments = qc_store_list_comments (fixture->store, claim_id, NULL);
  g_assert_cmpuint (comments->len, ==, 1);
  g_assert_cmpstr (((QcComment *) g_ptr_array_index (comments, 0))->text, ==,
                   "Is 7–2 the final tally? <b>check</b>");
}

static void
on_set_evidence_activate_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  char **target = user_data;

  g_free (*target);
  *target = g_variant_dup_string (parameter, NULL);
}

static void
test_inspector_evidence_buttons (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char * const names[] = {
    "unassessed_button", "supported_button", "unsupported_button", "disputed_button",
  };
  static const char * const targets[] = { "unassessed", "supported", "unsupported", "disputed" };
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("set-evidence", G_VARIANT_TYPE_STRING);
  g_autofree char *activated = NULL;
  gint64 claim_id = nth_claim_id (fixture, 0);

  /* The window's claim.set-evidence action, which keys 1-4 also activate. */
  g_signal_connect (action, "activate", G_CALLBACK (on_set_evidence_activate_cb), &activated);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));

  show_in_window (fixture, inspector, 360, 900);
  gtk_widget_insert_action_group (fixture->window, "claim", G_ACTION_GROUP (group));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, claim_id, QC_EVIDENCE_DISPUTED, NULL));
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);
  iterate (50);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkToggleButton *button = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, names[i]);
      g_autofree char *key = g_strdup_printf ("(%u)", i + 1);

      /* The stored state is the one pressed in. */
      g_assert_cmpint (gtk_toggle_button_get_active (button), ==, i == QC_EVIDENCE_DISPUTED);
      /* The tooltip tells the key. */
      g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), key));

      g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
      g_signal_emit_by_name (button, "clicked");
      g_assert_cmpstr (activated, ==, targets[i]);
    }

  render_light_and_dark (inspector, "inspector");
}

static void
test_inspector_new_speaker (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *inspector = qc_claim_inspector_new (fixture->store);
  gint64 claim_id = nth_claim_id (fixture, 0);
  g_autoptr(QcClaim) before = get_claim (fixture, claim_id);
  g_autoptr(QcClaim) after = NULL;
  g_autoptr(QcSpeaker) speaker = NULL;
  QcSpeakerDialog *dialog;

  show_in_window (fixture, inspector, 360, 900);
  qc_claim_inspector_set_claim_id (QC_CLAIM_INSPECTOR (inspector), claim_id);

  g_signal_emit_by_name (template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "new_speaker_button"), "clicked");
  iterate (100);
  dialog = find_toplevel (QC_TYPE_SPEAKER_DIALOG);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_cmpint (qc_speaker_dialog_get_claim_id (dialog), ==, claim_id);
  render_light_and_dark (GTK_WIDGET (dialog), "speaker-dialog");

  /* Create is off until there is a name. */
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "save_button")));
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "name_row")),
                         " Riverton Finance Department ");
  adw_combo_row_set_selected (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "kind_row"), 1);
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "role_row")),
                         "City department");
  g_assert_true (gtk_widget_get_sensitive (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "save_button")));
  g_signal_emit_by_name (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "save_button"), "clicked");
  iterate (50);

  after = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_speaker_id (after), >, 0);
  g_assert_cmpint (qc_claim_get_speaker_id (after), !=, qc_claim_get_speaker_id (before));
  speaker = qc_store_get_speaker (fixture->store, qc_claim_get_speaker_id (after), NULL);
  g_assert_cmpstr (qc_speaker_get_name (speaker), ==, "Riverton Finance Department");
  g_assert_cmpint (qc_speaker_get_kind (speaker), ==, QC_SPEAKER_KIND_ORGANISATION);
  g_assert_cmpstr (qc_speaker_get_role (speaker), ==, "City department");

  /* The dialog has closed, and the inspector shows the new speaker. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
  {
    GtkDropDown *drop_down = template_child (inspector, QC_TYPE_CLAIM_INSPECTOR, "speaker_drop_down");

    g_assert_cmpint (selected_speaker_id (drop_down), ==, qc_speaker_get_id (speaker));
  }

  /* Creating and assigning was one step: one undo takes both back. */
  g_assert_true (qc_store_undo (fixture->store, NULL, NULL));
  g_clear_object (&after);
  after = get_claim (fixture, claim_id);
  g_assert_cmpint (qc_claim_get_speaker_id (after), ==, qc_claim_get_speaker_id (before));
  {
    g_autoptr(QcSpeaker) gone = NULL;
    g_autoptr(GError) error = NULL;

    gone = qc_store_get_speaker (fixture->store, qc_speaker_get_id (speaker), &error);
    g_assert_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND);
    g_assert_null (gone);
  }
}

/* The claim list */

static guint
count_store_claims (Fixture *fixture,
                    gboolean (*match) (QcClaim *claim, gpointer data),
                    gpointer  data)
{
  g_autoptr(GListModel) claims = list_claims (fixture);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);

      if (match == NULL || match (claim, data))
        n++;
    }
  return n;
}

static gboolean
match_evidence (QcClaim  *claim,
                gpointer  data)
{
  return qc_claim_get_evidence (claim) == (QcEvidence) GPOINTER_TO_INT (data);
}

static gboolean
match_kind (QcClaim  *claim,
            gpointer  data)
{
  return qc_claim_get_kind (claim) == (QcClaimKind) GPOINTER_TO_INT (data);
}

static gboolean
match_speaker (QcClaim  *claim,
               gpointer  data)
{
  gint64 speaker_id = *(gint64 *) data;

  return speaker_id < 0 ? qc_claim_get_speaker_id (claim) == 0 : qc_claim_get_speaker_id (claim) == speaker_id;
}

static int
compare_names_nulls_last (const char *a,
                          const char *b)
{
  if (a == NULL)
    return b == NULL ? 0 : 1;
  if (b == NULL)
    return -1;
  return g_utf8_collate (a, b);
}

static void
test_claim_list_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GListModel *model = qc_claim_list_get_model (list);
  GtkStack *stack = template_child (widget, QC_TYPE_CLAIM_LIST, "stack");
  guint n = count_store_claims (fixture, NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  show_in_window (fixture, widget, 1024, 360);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "claims");
  /* Each article has its rows */
  model = qc_claim_list_get_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Text order by default. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(QcClaim) a = ui_test_dup_row_claim (model, i - 1);
      g_autoptr(QcClaim) b = ui_test_dup_row_claim (model, i);

      g_assert_cmpuint (qc_claim_get_start (a), <=, qc_claim_get_start (b));
    }

  /* A new claim shows up; a deleted one goes. */
  {
    QcRange span = { 0, 7 };
    g_autoptr(GError) error = NULL;
    gint64 id = qc_store_add_claim (fixture->store, fixture->article_id, QC_CLAIM_KIND_PARTIAL,
                                    &span, 1, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
    g_assert_true (qc_store_delete_claim (fixture->store, id, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  }

  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 1), QC_EVIDENCE_SUPPORTED, NULL));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 2), QC_EVIDENCE_UNSUPPORTED, NULL));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 3), QC_EVIDENCE_DISPUTED, NULL));
  qc_claim_list_set_selected_claim_id (list, nth_claim_id (fixture, 2));
  render_light_and_dark (widget, "claim-list");

  qc_claim_list_set_article_id (list, 0);
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* An article without any claim says so. */
  {
    static const char text[] = "The council meets again in March.\n";
    g_autoptr(GError) error = NULL;
    QcImportResult result = { 0 };

    g_assert_true (qc_store_import_data (fixture->store, text, strlen (text), "plain.txt",
                                         NULL, 0, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.n_claims_added, ==, 0);
    qc_claim_list_set_article_id (list, result.article_id);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
    g_assert_cmpstr (adw_status_page_get_title (template_child (widget, QC_TYPE_CLAIM_LIST, "empty_page")),
                     ==, "No Claims");
  }
  render_to_png (widget, "claim-list-empty");
}

static void
test_claim_list_sort (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GListModel *model;
  QcClaimTable *table;
  GtkColumnView *column_view;
  GtkColumnViewColumn *speaker_column;
  GtkColumnViewColumn *evidence_column;
  GtkColumnViewColumn *quote_column;
  guint n;

  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 0), QC_EVIDENCE_DISPUTED, NULL));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 2), QC_EVIDENCE_SUPPORTED, NULL));
  g_assert_true (qc_store_set_claim_speaker (fixture->store, nth_claim_id (fixture, 3), 0, NULL));

  show_in_window (fixture, widget, 1024, 360);
  qc_claim_list_set_article_id (list, fixture->article_id);
  model = qc_claim_list_get_model (list);
  table = qc_claim_list_get_table (list);
  column_view = qc_claim_table_get_column_view (table);
  speaker_column = qc_claim_table_get_column (table, QC_CLAIM_COLUMN_SPEAKER);
  evidence_column = qc_claim_table_get_column (table, QC_CLAIM_COLUMN_EVIDENCE);
  quote_column = qc_claim_table_get_column (table, QC_CLAIM_COLUMN_QUOTE);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >=, 6);

  gtk_column_view_sort_by_column (column_view, speaker_column, GTK_SORT_ASCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(QcClaim) a = ui_test_dup_row_claim (model, i - 1);
      g_autoptr(QcClaim) b = ui_test_dup_row_claim (model, i);

      g_assert_cmpint (compare_names_nulls_last (qc_claim_get_speaker_name (a), qc_claim_get_speaker_name (b)), <=, 0);
    }

  gtk_column_view_sort_by_column (column_view, evidence_column, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(QcClaim) a = ui_test_dup_row_claim (model, i - 1);
      g_autoptr(QcClaim) b = ui_test_dup_row_claim (model, i);

      g_assert_cmpint (qc_claim_get_evidence (a), >=, qc_claim_get_evidence (b));
    }
  {
    g_autoptr(QcClaim) first = ui_test_dup_row_claim (model, 0);

    g_assert_cmpint (qc_claim_get_evidence (first), ==, QC_EVIDENCE_DISPUTED);
  }

  /* Renaming a speaker moves its claims, though they did not change. */
  gtk_column_view_sort_by_column (column_view, speaker_column, GTK_SORT_ASCENDING);
  {
    g_autoptr(QcClaim) last = ui_test_dup_row_claim (model, n - 1);
    g_autoptr(QcClaim) first = NULL;
    gint64 speaker_id;

    /* The last rows have no speaker; find the last named one. */
    for (guint i = n; i > 0 && qc_claim_get_speaker_id (last) == 0; i--)
      {
        g_clear_object (&last);
        last = ui_test_dup_row_claim (model, i - 1);
      }
    speaker_id = qc_claim_get_speaker_id (last);
    g_assert_cmpint (speaker_id, >, 0);
    g_assert_true (qc_store_rename_speaker (fixture->store, speaker_id, "A", NULL));
    first = ui_test_dup_row_claim (model, 0);
    g_assert_cmpint (qc_claim_get_speaker_id (first), ==, speaker_id);
    g_assert_cmpstr (qc_claim_get_speaker_name (first), ==, "A");
  }

  /* Annotator sorts too (one annotator here: text order within). */
  gtk_column_view_sort_by_column (column_view, qc_claim_table_get_column (table, QC_CLAIM_COLUMN_ANNOTATOR),
                                  GTK_SORT_ASCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Quote sorts by place in the text, both ways. */
  gtk_column_view_sort_by_column (column_view, quote_column, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(QcClaim) a = ui_test_dup_row_claim (model, i - 1);
      g_autoptr(QcClaim) b = ui_test_dup_row_claim (model, i);

      g_assert_cmpuint (qc_claim_get_start (a), >=, qc_claim_get_start (b));
    }
}

static void
test_claim_list_filter (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GListModel *model;
  GtkDropDown *speaker_filter = template_child (widget, QC_TYPE_CLAIM_LIST, "speaker_filter");
  GtkDropDown *evidence_filter = template_child (widget, QC_TYPE_CLAIM_LIST, "evidence_filter");
  GtkDropDown *kind_filter = template_child (widget, QC_TYPE_CLAIM_LIST, "kind_filter");
  GtkStack *list_stack = template_child (widget, QC_TYPE_CLAIM_LIST, "list_stack");
  guint n = count_store_claims (fixture, NULL, NULL);
  guint n_speakers;

  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 1), QC_EVIDENCE_SUPPORTED, NULL));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 4), QC_EVIDENCE_SUPPORTED, NULL));
  g_assert_true (qc_store_set_claim_speaker (fixture->store, nth_claim_id (fixture, 5), 0, NULL));

  show_in_window (fixture, widget, 1024, 360);
  qc_claim_list_set_article_id (list, fixture->article_id);
  model = qc_claim_list_get_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Evidence: positions are "Any" then the states in order. */
  for (QcEvidence e = QC_EVIDENCE_UNASSESSED; e <= QC_EVIDENCE_DISPUTED; e++)
    {
      guint expected = count_store_claims (fixture, match_evidence, GINT_TO_POINTER (e));

      gtk_drop_down_set_selected (evidence_filter, e + 1);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, expected > 0 ? "list" : "no-match");
    }
  gtk_drop_down_set_selected (evidence_filter, 1 + QC_EVIDENCE_SUPPORTED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  gtk_drop_down_set_selected (evidence_filter, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Kind */
  for (QcClaimKind k = QC_CLAIM_KIND_DIRECT; k <= QC_CLAIM_KIND_INDIRECT; k++)
    {
      gtk_drop_down_set_selected (kind_filter, k + 1);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                        count_store_claims (fixture, match_kind, GINT_TO_POINTER (k)));
    }
  gtk_drop_down_set_selected (kind_filter, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Speaker: every entry after "Any" filters to exactly that speaker's claims,
   * the last one ("No Speaker") to the unattributed ones. */
  n_speakers = g_list_model_get_n_items (gtk_drop_down_get_model (speaker_filter));
  g_assert_cmpuint (n_speakers, >=, 3);
  for (guint i = 1; i < n_speakers; i++)
    {
      guint shown;
      gint64 speaker_id = -1;

      gtk_drop_down_set_selected (speaker_filter, i);
      shown = g_list_model_get_n_items (model);
      g_assert_cmpuint (shown, >, 0);
      if (i < n_speakers - 1)
        {
          g_autoptr(QcClaim) claim = ui_test_dup_row_claim (model, 0);

          speaker_id = qc_claim_get_speaker_id (claim);
          g_assert_cmpint (speaker_id, >, 0);
        }
      g_assert_cmpuint (shown, ==, count_store_claims (fixture, match_speaker, &speaker_id));
      for (guint j = 0; j < shown; j++)
        {
          g_autoptr(QcClaim) claim = ui_test_dup_row_claim (model, j);

          g_assert_true (match_speaker (claim, &speaker_id));
        }
    }

  /* Filters combine. */
  gtk_drop_down_set_selected (speaker_filter, n_speakers - 1);
  gtk_drop_down_set_selected (evidence_filter, 1 + QC_EVIDENCE_DISPUTED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-match");
  render_to_png (widget, "claim-list-no-match");

  qc_claim_list_clear_filters (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (gtk_drop_down_get_selected (speaker_filter), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
}

static void
on_notify_count_cb (GObject    *object,
                    GParamSpec *pspec,
                    guint      *count)
{
  (*count)++;
}

static void
on_claim_activated_cb (QcClaimList *list,
                       gint64       claim_id,
                       gint64      *activated)
{
  *activated = claim_id;
}

static void
test_claim_list_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GtkSingleSelection *selection;
  GtkColumnView *column_view;
  GtkDropDown *evidence_filter = template_child (widget, QC_TYPE_CLAIM_LIST, "evidence_filter");
  gint64 third = nth_claim_id (fixture, 3);
  gint64 activated = 0;
  guint notified = 0;
  QcClaim *selected;

  show_in_window (fixture, widget, 1024, 240);
  qc_claim_list_set_article_id (list, fixture->article_id);
  selection = GTK_SINGLE_SELECTION (qc_claim_list_get_model (list));
  column_view = qc_claim_table_get_column_view (qc_claim_list_get_table (list));
  g_signal_connect (list, "notify::selected-claim-id", G_CALLBACK (on_notify_count_cb), &notified);
  g_assert_null (selected_claim (selection));

  /* Property -> row */
  g_object_set (list, "selected-claim-id", third, NULL);
  g_assert_cmpuint (notified, ==, 1);
  selected = selected_claim (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (qc_claim_get_id (selected), ==, third);
  qc_claim_list_set_selected_claim_id (list, third);
  g_assert_cmpuint (notified, ==, 1);

  /* Row -> property */
  gtk_single_selection_set_selected (selection, 1);
  selected = selected_claim (selection);
  g_assert_cmpint (qc_claim_list_get_selected_claim_id (list), ==, qc_claim_get_id (selected));
  g_assert_cmpuint (notified, ==, 2);

  /* The selection follows its claim through a resort... */
  qc_claim_list_set_selected_claim_id (list, third);
  gtk_column_view_sort_by_column (column_view,
                                  qc_claim_table_get_column (qc_claim_list_get_table (list), QC_CLAIM_COLUMN_QUOTE),
                                  GTK_SORT_DESCENDING);
  selected = selected_claim (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (qc_claim_get_id (selected), ==, third);

  /* ...through a filter that hides it and back... */
  gtk_drop_down_set_selected (evidence_filter, 1 + QC_EVIDENCE_DISPUTED);
  g_assert_null (selected_claim (selection));
  g_assert_cmpint (qc_claim_list_get_selected_claim_id (list), ==, third);
  gtk_drop_down_set_selected (evidence_filter, 0);
  selected = selected_claim (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (qc_claim_get_id (selected), ==, third);

  /* ...and through an edit of that very claim. */
  notified = 0;
  g_assert_true (qc_store_set_claim_evidence (fixture->store, third, QC_EVIDENCE_SUPPORTED, NULL));
  selected = selected_claim (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (qc_claim_get_id (selected), ==, third);
  g_assert_cmpint (qc_claim_get_evidence (selected), ==, QC_EVIDENCE_SUPPORTED);
  g_assert_cmpuint (notified, ==, 0);

  /* 0 selects nothing. */
  qc_claim_list_set_selected_claim_id (list, 0);
  g_assert_null (selected_claim (selection));

  /* Activation (Enter, double click) names the claim. */
  g_signal_connect (list, "claim-activated", G_CALLBACK (on_claim_activated_cb), &activated);
  g_signal_emit_by_name (column_view, "activate", 2);
  selected = ui_test_dup_row_claim (G_LIST_MODEL (selection), 2);
  g_assert_cmpint (activated, ==, qc_claim_get_id (selected));
  g_object_unref (selected);

  /* A selection far down scrolls into view without trouble. */
  qc_claim_list_set_selected_claim_id (list, nth_claim_id (fixture, count_store_claims (fixture, NULL, NULL) - 1));
  iterate (100);
  render_to_png (widget, "claim-list-selected");
}

/* The speakers page */

static void
on_speakers_claim_activated_cb (QcSpeakersPage *page,
                                gint64          claim_id,
                                gint64          article_id,
                                gint64         *activated)
{
  activated[0] = claim_id;
  activated[1] = article_id;
}

static void
test_speakers_page_merge (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *widget = qc_speakers_page_new (fixture->store);
  QcSpeakersPage *page = QC_SPEAKERS_PAGE (widget);
  GListModel *speakers = qc_speakers_page_get_speakers (page);
  AdwMessageDialog *dialog;
  g_autoptr(QcSpeaker) into = NULL;
  g_autoptr(QcSpeaker) from = NULL;
  g_autoptr(QcSpeaker) merged = NULL;
  g_autoptr(GListModel) claims_from = NULL;
  g_autoptr(GListModel) claims_into = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *target;
  GListModel *targets;
  guint n_speakers;
  guint n_from, n_into;
  gint64 activated[2] = { 0, 0 };

  show_in_window (fixture, widget, 1024, 600);
  n_speakers = g_list_model_get_n_items (speakers);
  g_assert_cmpuint (n_speakers, >=, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (widget, QC_TYPE_SPEAKERS_PAGE, "stack")),
                   ==, "speakers");

  /* Pick two speakers with claims. */
  for (guint i = 0; i < n_speakers && (into == NULL || from == NULL); i++)
    {
      g_autoptr(QcSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (qc_speaker_get_n_claims (speaker) == 0)
        continue;
      if (into == NULL)
        into = g_steal_pointer (&speaker);
      else
        from = g_steal_pointer (&speaker);
    }
  g_assert_nonnull (into);
  g_assert_nonnull (from);
  claims_from = qc_store_list_speaker_claims (fixture->store, qc_speaker_get_id (from), NULL);
  claims_into = qc_store_list_speaker_claims (fixture->store, qc_speaker_get_id (into), NULL);
  n_from = g_list_model_get_n_items (claims_from);
  n_into = g_list_model_get_n_items (claims_into);

  /* Selecting a speaker lists its claims. */
  qc_speakers_page_set_selected_speaker_id (page, qc_speaker_get_id (from));
  g_assert_cmpuint (g_list_model_get_n_items (qc_speakers_page_get_claims (page)), ==, n_from);
  render_light_and_dark (widget, "speakers-page");

  /* Activating one of them names the claim and its article. */
  g_signal_connect (page, "claim-activated", G_CALLBACK (on_speakers_claim_activated_cb), activated);
  g_signal_emit_by_name (template_child (widget, QC_TYPE_SPEAKERS_PAGE, "claims_view"), "activate", 0);
  {
    g_autoptr(QcClaim) claim = g_list_model_get_item (claims_from, 0);

    g_assert_cmpint (activated[0], ==, qc_claim_get_id (claim));
    g_assert_cmpint (activated[1], ==, fixture->article_id);
  }

  /* Merge Into… asks which speaker to keep. */
  g_assert_true (gtk_widget_activate_action (widget, "speakers.merge-into", NULL));
  iterate (100);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  render_light_and_dark (GTK_WIDGET (dialog), "speakers-merge-dialog");

  target = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  targets = gtk_drop_down_get_model (target);
  /* The speaker being merged is not offered as its own target. */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, n_speakers - 1);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(QcSpeaker) speaker = g_list_model_get_item (targets, i);

      g_assert_cmpint (qc_speaker_get_id (speaker), !=, qc_speaker_get_id (from));
      if (qc_speaker_get_id (speaker) == qc_speaker_get_id (into))
        gtk_drop_down_set_selected (target, i);
    }
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "merge"));
  adw_message_dialog_response (dialog, "merge");
  iterate (100);

  /* The store has merged them. */
  g_clear_object (&claims_into);
  claims_into = qc_store_list_speaker_claims (fixture->store, qc_speaker_get_id (into), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (claims_into), ==, n_into + n_from);
  g_clear_object (&claims_from);
  claims_from = qc_store_list_speaker_claims (fixture->store, qc_speaker_get_id (from), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (claims_from), ==, 0);
  merged = qc_store_get_speaker (fixture->store, qc_speaker_get_id (into), &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains (qc_speaker_get_aliases (merged), qc_speaker_get_name (from)));

  /* And the page shows it: one speaker fewer, the kept one selected. */
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, n_speakers - 1);
  g_assert_cmpint (qc_speakers_page_get_selected_speaker_id (page), ==, qc_speaker_get_id (into));
  g_assert_cmpuint (g_list_model_get_n_items (qc_speakers_page_get_claims (page)), ==, n_into + n_from);
}

static void
test_speakers_page_search_and_rename (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkWidget *widget = qc_speakers_page_new (fixture->store);
  QcSpeakersPage *page = QC_SPEAKERS_PAGE (widget);
  GListModel *speakers = qc_speakers_page_get_speakers (page);
  GtkSearchEntry *search_entry = template_child (widget, QC_TYPE_SPEAKERS_PAGE, "search_entry");
  gint64 id = add_speaker (fixture, "Zelda Quartermain");
  QcSpeakerDialog *dialog;
  g_autoptr(QcSpeaker) renamed = NULL;
  guint n;

  show_in_window (fixture, widget, 1024, 600);
  n = g_list_model_get_n_items (speakers);

  /* Search matches inside names, ignoring case. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "QUARTER");
  g_signal_emit_by_name (search_entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "no such speaker at all");
  g_signal_emit_by_name (search_entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (widget, QC_TYPE_SPEAKERS_PAGE, "list_stack")),
                   ==, "no-match");

  /* Selecting a speaker the search hides clears the search. */
  qc_speakers_page_set_selected_speaker_id (page, id);
  g_signal_emit_by_name (search_entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, n);
  g_assert_cmpint (qc_speakers_page_get_selected_speaker_id (page), ==, id);

  /* Edit… renames, through the speaker dialog. */
  g_assert_true (gtk_widget_activate_action (widget, "speakers.edit", NULL));
  iterate (100);
  dialog = find_toplevel (QC_TYPE_SPEAKER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "name_row"))),
                   ==, "Zelda Quartermain");
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "name_row")),
                         "Zelda Q. Quartermain");
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "role_row")),
                         "Budget director");
  g_signal_emit_by_name (template_child (dialog, QC_TYPE_SPEAKER_DIALOG, "save_button"), "clicked");
  iterate (50);

  renamed = qc_store_get_speaker (fixture->store, id, NULL);
  g_assert_cmpstr (qc_speaker_get_name (renamed), ==, "Zelda Q. Quartermain");
  g_assert_cmpstr (qc_speaker_get_role (renamed), ==, "Budget director");
  g_assert_cmpstr (gtk_label_get_label (template_child (widget, QC_TYPE_SPEAKERS_PAGE, "name_label")),
                   ==, "Zelda Q. Quartermain");
}

static void
test_speakers_page_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-test-claim-widgets-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "empty.db", NULL);
  QcStore *store;
  GtkWidget *page;

  store = qc_store_open (db, &error);
  g_assert_no_error (error);
  page = qc_speakers_page_new (store);
  g_object_ref_sink (page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, QC_TYPE_SPEAKERS_PAGE, "stack")),
                   ==, "empty");
  g_assert_finalize_object (page);
  g_assert_finalize_object (store);
  ui_test_remove_dir (dir);
}

/* The rows the list shows on screen (without bringing rows on their way
 * in, as qc_claim_list_get_model() does) */
static GListModel *
shown_rows (GtkWidget *widget)
{
  GtkStack *table_stack = template_child (widget, QC_TYPE_CLAIM_LIST, "table_stack");
  GtkWidget *table = gtk_stack_get_visible_child (table_stack);

  g_assert_true (QC_IS_CLAIM_TABLE (table));
  return G_LIST_MODEL (gtk_column_view_get_model (qc_claim_table_get_column_view (QC_CLAIM_TABLE (table))));
}

/* On screen, another article's rows wait for the frame that shows the
 * article, then come in without anyone asking. */
static void
test_claim_list_deferred_rows (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GtkStack *stack = template_child (widget, QC_TYPE_CLAIM_LIST, "stack");
  g_autoptr(GListModel) claims = list_claims (fixture);
  gint64 end;

  show_in_window (fixture, widget, 1024, 360);
  qc_claim_list_set_model (list, NULL);
  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (widget)), ==, 0);

  qc_claim_list_set_model (list, claims);
  qc_claim_list_set_selected_claim_id (list, nth_claim_id (fixture, 2));
  /* Not yet: the frame comes first */
  g_assert_true (qc_claim_list_get_rows_pending (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (widget)), ==, 0);

  end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (shown_rows (widget)) == 0 && g_get_monotonic_time () < end)
    iterate (10);
  g_assert_false (qc_claim_list_get_rows_pending (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (widget)), ==, g_list_model_get_n_items (claims));
  g_assert_true (shown_rows (widget) == qc_claim_list_get_model (list));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "claims");
  /* The claim selected meanwhile is selected in the rows that came */
  {
    GListModel *rows = shown_rows (widget);
    QcClaim *selected = selected_claim (GTK_SINGLE_SELECTION (rows));

    g_assert_nonnull (selected);
    g_assert_cmpint (qc_claim_get_id (selected), ==, nth_claim_id (fixture, 2));
  }
}

/* The window hands the list the claims its article view read: the list
 * shows them without reading the store, keeps the rows an edit did not
 * touch, and shows another article's in rows of their own. */
static void
test_claim_list_shared_model (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GListModel *model;
  GtkStack *stack = template_child (widget, QC_TYPE_CLAIM_LIST, "stack");
  g_autoptr(GListModel) claims = list_claims (fixture);
  g_autoptr(GListModel) edited = NULL;
  g_autoptr(QcClaim) first = NULL;
  g_autoptr(QcClaim) first_after = NULL;
  g_autoptr(QcClaim) second = NULL;
  g_autoptr(QcClaim) second_after = NULL;
  guint n = g_list_model_get_n_items (claims);

  g_assert_cmpuint (n, >, 2);
  show_in_window (fixture, widget, 1024, 360);

  /* As the window does: from the start, the rows come from the model */
  qc_claim_list_set_model (list, NULL);
  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (widget)), ==, 0);
  qc_claim_list_set_model (list, claims);
  /* On screen, the rows come in after the next frame (the article shown
   * first); asking for them brings them in at once. */
  model = qc_claim_list_get_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "claims");
  /* The very claim objects given, not copies read again */
  first = ui_test_dup_row_claim (model, 0);
  {
    g_autoptr(QcClaim) given = g_list_model_get_item (claims, 0);

    g_assert_true (first == given);
  }

  /* An edit: the store's signal alone changes nothing; the new model does,
   * in place (the rows around the edited one stay the same objects). */
  qc_claim_list_set_selected_claim_id (list, nth_claim_id (fixture, 1));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, nth_claim_id (fixture, 1),
                                              QC_EVIDENCE_DISPUTED, NULL));
  second = ui_test_dup_row_claim (model, 1);
  g_assert_cmpint (qc_claim_get_evidence (second), !=, QC_EVIDENCE_DISPUTED);

  edited = list_claims (fixture);
  qc_claim_list_set_model (list, edited);
  g_assert_true (qc_claim_list_get_model (list) == model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  first_after = ui_test_dup_row_claim (model, 0);
  second_after = ui_test_dup_row_claim (model, 1);
  g_assert_true (first_after == first);
  g_assert_cmpint (qc_claim_get_evidence (second_after), ==, QC_EVIDENCE_DISPUTED);
  g_assert_cmpint (qc_claim_list_get_selected_claim_id (list), ==, nth_claim_id (fixture, 1));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 1);

  /* Another article: its rows only; then none. */
  {
    static const char text[] = "\"We will reopen the bridge,\" the mayor said.\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) other = NULL;
    GListModel *other_rows;
    QcImportResult result = { 0 };

    g_assert_true (qc_store_import_data (fixture->store, text, strlen (text), "bridge.txt",
                                         NULL, 0, &result, &error));
    g_assert_no_error (error);
    other = qc_store_list_claims (fixture->store, result.article_id, 0, &error);
    g_assert_no_error (error);

    qc_claim_list_set_article_id (list, result.article_id);
    qc_claim_list_set_model (list, other);
    other_rows = qc_claim_list_get_model (list);
    g_assert_true (other_rows != model);
    g_assert_cmpuint (g_list_model_get_n_items (other_rows), ==, g_list_model_get_n_items (other));
    /* The claim selected before is not in this article: no row for it */
    g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (other_rows)), ==,
                      GTK_INVALID_LIST_POSITION);
  }

  qc_claim_list_set_article_id (list, 0);
  qc_claim_list_set_model (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static gint64
import_text (Fixture    *fixture,
             const char *text,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  QcImportResult result = { 0 };

  g_assert_true (qc_store_import_data (fixture->store, text, strlen (text), name,
                                       NULL, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_claims_added, >, 0);
  return result.article_id;
}

/* Three short articles besides the sample, with 2, 1 and 2 claims */
static void
import_three_articles (Fixture *fixture,
                       gint64   ids[3])
{
  ids[0] = import_text (fixture, "\"We will reopen the bridge,\" the mayor said. "
                                 "\"Not this year,\" Ana Lopez said.\n", "bridge.txt");
  ids[1] = import_text (fixture, "\"The ferry runs again,\" the harbour master said.\n", "ferry.txt");
  ids[2] = import_text (fixture, "\"Trams are late,\" Ben Okafor said. \"Buses too,\" he added.\n", "tram.txt");
}

/* The list view inside a table's column view: its children are the rows */
static GtkWidget *
list_view_of (QcClaimTable *table)
{
  GtkWidget *list_view = gtk_widget_get_last_child (GTK_WIDGET (qc_claim_table_get_column_view (table)));

  g_assert_true (GTK_IS_LIST_VIEW (list_view));
  return list_view;
}

/* Appends the row widgets of @table to @rows */
static GPtrArray *
add_row_widgets (GPtrArray    *rows,
                 QcClaimTable *table)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list_view_of (table));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (rows, row);
  return rows;
}

/* The row widgets of the table shown: the same widgets after going away
 * and back mean its rows were not built again. */
static GPtrArray *
dup_row_widgets (GtkWidget *widget)
{
  return add_row_widgets (g_ptr_array_new (), qc_claim_list_get_table (QC_CLAIM_LIST (widget)));
}

static guint
count_kept (GPtrArray *before,
            GPtrArray *after)
{
  guint kept = 0;

  for (guint i = 0; i < after->len; i++)
    if (g_ptr_array_find (before, after->pdata[i], NULL))
      kept++;
  return kept;
}

/* Going back to an article shown lately keeps its rows and their widgets,
 * brought up to date, with the filters reset and the sort order and
 * column widths of the article before. */
static void
test_claim_list_kept_tables (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GtkDropDown *evidence_filter = template_child (widget, QC_TYPE_CLAIM_LIST, "evidence_filter");
  gint64 ids[3];
  guint n = count_store_claims (fixture, NULL, NULL);
  GListModel *model;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) rows_after = NULL;
  QcClaimTable *table;
  GtkSortType order;
  g_autoptr(QcClaim) first = NULL;
  gint64 bridge, ferry, tram;

  import_three_articles (fixture, ids);
  bridge = ids[0];
  ferry = ids[1];
  tram = ids[2];
  show_in_window (fixture, widget, 1024, 360);
  qc_claim_list_set_article_id (list, fixture->article_id);
  iterate (50);
  model = qc_claim_list_get_model (list);
  table = qc_claim_list_get_table (list);
  first = ui_test_dup_row_claim (model, 0);

  /* The sort order is read back from the column view */
  g_assert_cmpint (qc_claim_table_get_sort (table, &order), ==, QC_CLAIM_COLUMN_NONE);
  for (QcClaimColumn column = 0; column < QC_CLAIM_N_COLUMNS; column++)
    for (GtkSortType o = GTK_SORT_ASCENDING; o <= GTK_SORT_DESCENDING; o++)
      {
        gtk_column_view_sort_by_column (qc_claim_table_get_column_view (table),
                                        qc_claim_table_get_column (table, column), o);
        g_assert_cmpint (qc_claim_table_get_sort (table, &order), ==, column);
        g_assert_cmpint (order, ==, o);
      }

  /* Sorted by evidence, most disputed first; filtered; a column widened */
  qc_claim_table_set_sort (table, QC_CLAIM_COLUMN_EVIDENCE, GTK_SORT_DESCENDING);
  gtk_column_view_column_set_fixed_width (qc_claim_table_get_column (table, QC_CLAIM_COLUMN_SPEAKER), 222);
  gtk_drop_down_set_selected (evidence_filter, 1 + QC_EVIDENCE_UNASSESSED);
  gtk_drop_down_set_selected (evidence_filter, 0);
  iterate (50);
  rows = dup_row_widgets (widget);
  g_assert_cmpuint (rows->len, ==, n);
  gtk_drop_down_set_selected (evidence_filter, 1 + QC_EVIDENCE_UNASSESSED);

  /* Another article: rows of its own, sorted and laid out the same, not filtered */
  qc_claim_list_set_article_id (list, bridge);
  g_assert_true (qc_claim_list_get_table (list) != table);
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence_filter), ==, 0);
  g_assert_cmpint (qc_claim_table_get_sort (qc_claim_list_get_table (list), &order), ==, QC_CLAIM_COLUMN_EVIDENCE);
  g_assert_cmpint (order, ==, GTK_SORT_DESCENDING);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (qc_claim_table_get_column (qc_claim_list_get_table (list),
                                                                                      QC_CLAIM_COLUMN_SPEAKER)),
                   ==, 222);

  /* Meanwhile a claim of the first article is edited */
  g_assert_true (qc_store_set_claim_evidence (fixture->store, qc_claim_get_id (first), QC_EVIDENCE_DISPUTED, NULL));

  /* Back: the same rows and row widgets (but the edited claim's), none
   * filtered, the edit shown */
  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_false (qc_claim_list_get_rows_pending (list));
  g_assert_true (qc_claim_list_get_table (list) == table);
  g_assert_true (qc_claim_list_get_model (list) == model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence_filter), ==, 0);
  iterate (50);
  rows_after = dup_row_widgets (widget);
  g_assert_cmpuint (rows_after->len, ==, n);
  g_assert_cmpuint (count_kept (rows, rows_after), ==, n - 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcClaim) claim = ui_test_dup_row_claim (model, i);

      if (qc_claim_get_id (claim) == qc_claim_get_id (first))
        g_assert_cmpint (qc_claim_get_evidence (claim), ==, QC_EVIDENCE_DISPUTED);
    }

  /* Sorted as the article before was */
  qc_claim_list_set_article_id (list, bridge);
  qc_claim_table_set_sort (qc_claim_list_get_table (list), QC_CLAIM_COLUMN_SPEAKER, GTK_SORT_ASCENDING);
  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_cmpint (qc_claim_table_get_sort (table, &order), ==, QC_CLAIM_COLUMN_SPEAKER);
  g_assert_cmpint (order, ==, GTK_SORT_ASCENDING);

  /* More articles than are kept: the one used longest ago gives its table
   * up, and comes back right all the same */
  qc_claim_list_set_article_id (list, bridge);
  qc_claim_list_set_article_id (list, ferry);
  qc_claim_list_set_article_id (list, tram);
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, 2);
  qc_claim_list_set_article_id (list, fixture->article_id);
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, n);
  qc_claim_list_set_article_id (list, ferry);
  {
    g_autoptr(QcClaim) claim = ui_test_dup_row_claim (qc_claim_list_get_model (list), 0);

    g_assert_cmpint (qc_claim_get_article_id (claim), ==, ferry);
  }
  g_assert_cmpuint (g_list_model_get_n_items (qc_claim_list_get_model (list)), ==, 1);
}

/* The text of every quote cell the table shows */
static GPtrArray *
dup_quote_cells (QcClaimTable *table)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *row = gtk_widget_get_first_child (list_view_of (table));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      /* row > cells, the quote first > its inscription */
      GtkWidget *cell = gtk_widget_get_first_child (row);
      GtkWidget *inscription = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

      if (GTK_IS_INSCRIPTION (inscription) && gtk_widget_get_visible (row))
        g_ptr_array_add (texts, g_strdup (gtk_inscription_get_text (GTK_INSCRIPTION (inscription))));
    }
  return texts;
}

static guint
count_tables (GtkStack *table_stack)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (table_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += QC_IS_CLAIM_TABLE (child);
  return n;
}

/* Another article's claims take over rows a table has, with their
 * widgets: the spare tables made while the window is idle, then the one
 * used longest ago. Each row shows its new claim. */
static void
test_claim_list_rows_taken_over (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *widget = qc_claim_list_new (fixture->store);
  QcClaimList *list = QC_CLAIM_LIST (widget);
  GtkStack *table_stack = template_child (widget, QC_TYPE_CLAIM_LIST, "table_stack");
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  gint64 ids[3];

  import_three_articles (fixture, ids);
  show_in_window (fixture, widget, 1024, 360);
  qc_claim_list_set_article_id (list, fixture->article_id);
  qc_claim_list_get_model (list);

  /* Idle: spare tables with rows, as many as are kept */
  for (guint i = 0; i < 50 && count_tables (table_stack) < 3; i++)
    iterate (100);
  g_assert_cmpuint (count_tables (table_stack), ==, 3);

  /* Every row widget of every table, before the switches */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (table_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint before = widgets->len;

      g_assert_cmpuint (qc_claim_table_get_n_claims (QC_CLAIM_TABLE (child)), ==, count_store_claims (fixture, NULL, NULL));
      add_row_widgets (widgets, QC_CLAIM_TABLE (child));
      g_assert_cmpuint (widgets->len - before, ==, count_store_claims (fixture, NULL, NULL));
    }

  /* Three other articles: each in rows that were there, showing its claims */
  for (guint i = 0; i < 3; i++)
    {
      gint64 article_id = ids[i];
      g_autoptr(GListModel) claims = qc_store_list_claims (fixture->store, article_id, 0, NULL);
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GPtrArray) texts = NULL;
      GListModel *model;

      qc_claim_list_set_article_id (list, article_id);
      model = qc_claim_list_get_model (list);
      iterate (50);
      rows = dup_row_widgets (widget);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (claims));
      g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (claims));
      g_assert_cmpuint (count_kept (widgets, rows), ==, rows->len);

      texts = dup_quote_cells (qc_claim_list_get_table (list));
      g_assert_cmpuint (texts->len, ==, g_list_model_get_n_items (claims));
      for (guint j = 0; j < texts->len; j++)
        {
          g_autoptr(QcClaim) claim = g_list_model_get_item (claims, j);
          g_autofree char *quote = qc_claim_dup_text (claim);

          g_assert_cmpstr (texts->pdata[j], ==, quote);
          g_assert_cmpint (qc_claim_get_article_id (claim), ==, article_id);
        }
    }
}

/* A table filtered when other claims take its rows over filters them */
static void
test_claim_table_filter_swap (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *widget = qc_claim_table_new (fixture->store);
  QcClaimTable *table = QC_CLAIM_TABLE (widget);
  gint64 ids[3];
  gint64 tram;
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  QcClaimFilter direct = { QC_CLAIM_FILTER_ANY_SPEAKER, -1, QC_CLAIM_KIND_DIRECT };
  GListModel *rows = G_LIST_MODEL (qc_claim_table_get_selection (table));

  import_three_articles (fixture, ids);
  tram = ids[2];
  g_assert_true (qc_store_set_claim_kind (fixture->store, nth_claim_id (fixture, 0), QC_CLAIM_KIND_INDIRECT, NULL));
  first = qc_store_list_claims (fixture->store, fixture->article_id, 0, NULL);
  second = qc_store_list_claims (fixture->store, tram, 0, NULL);
  show_in_window (fixture, widget, 1024, 360);
  qc_claim_table_set_filter (table, &direct);
  qc_claim_table_set_claims (table, fixture->article_id, first);
  g_assert_cmpuint (qc_claim_table_get_n_shown (table), ==, count_store_claims (fixture, match_kind, GINT_TO_POINTER (QC_CLAIM_KIND_DIRECT)));

  qc_claim_table_set_claims (table, tram, second);
  g_assert_cmpuint (qc_claim_table_get_n_claims (table), ==, g_list_model_get_n_items (second));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(QcClaim) claim = ui_test_dup_row_claim (rows, i);

      g_assert_cmpint (qc_claim_get_kind (claim), ==, QC_CLAIM_KIND_DIRECT);
      g_assert_cmpint (qc_claim_get_article_id (claim), ==, tram);
    }
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/qc/claim-widgets/no-display", ui_test_no_display);
      return g_test_run ();
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/qc/claim-widgets/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("inspector/new-destroy", test_inspector_new_destroy);
  ADD ("inspector/empty", test_inspector_empty);
  ADD ("inspector/speaker", test_inspector_speaker);
  ADD ("inspector/new-speaker", test_inspector_new_speaker);
  ADD ("inspector/kind-review-rating", test_inspector_kind_review_rating);
  ADD ("inspector/evidence-buttons", test_inspector_evidence_buttons);
  ADD ("inspector/note", test_inspector_note);
  ADD ("inspector/sources", test_inspector_sources);
  ADD ("inspector/comments", test_inspector_comments);
  ADD ("claim-list/new-destroy", test_claim_list_new_destroy);
  ADD ("claim-list/rows", test_claim_list_rows);
  ADD ("claim-list/sort", test_claim_list_sort);
  ADD ("claim-list/filter", test_claim_list_filter);
  ADD ("claim-list/selection", test_claim_list_selection);
  ADD ("claim-list/shared-model", test_claim_list_shared_model);
  ADD ("claim-list/deferred-rows", test_claim_list_deferred_rows);
  ADD ("claim-list/kept-tables", test_claim_list_kept_tables);
  ADD ("claim-list/rows-taken-over", test_claim_list_rows_taken_over);
  ADD ("claim-table/filter-swap", test_claim_table_filter_swap);
  ADD ("speakers-page/new-destroy", test_speakers_page_new_destroy);
  ADD ("speakers-page/merge", test_speakers_page_merge);
  ADD ("speakers-page/search-and-rename", test_speakers_page_search_and_rename);
  ADD ("speaker-dialog/new-destroy", test_speaker_dialog_new_destroy);
  g_test_add_func ("/qc/claim-widgets/speakers-page/empty", test_speakers_page_empty);

#undef ADD

  return g_test_run ();
}
