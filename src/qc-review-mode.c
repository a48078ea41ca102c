/* qc-review-mode.c: the window's review mode: a colleague's annotations
 * beside mine, their import, the agreement figures and the resolutions
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of QcWindow (the struct is in qc-window-private.h). The colleague
 * chosen is kept for this session only (QcWindow:review-mode is off at
 * start); turning review mode on again picks them when they annotated the
 * article. Every resolution is one store action, so the window's undo
 * (Ctrl+Z) takes it back; the pairs are listed again after each change.
 */

#define G_LOG_DOMAIN "qc-window"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "qc-agreement.h"
#include "qc-export-json.h"
#include "qc-store-review.h"
#include "qc-window-private.h"

/* Helpers */

static gboolean
is_writable (QcWindow *self)
{
  return self->store != NULL && !qc_store_is_read_only (self->store);
}

static void
show_toast_with_action (QcWindow   *self,
                        const char *message,
                        const char *button_label,
                        const char *action_name,
                        GVariant   *target)
{
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
      if (target != NULL)
        adw_toast_set_action_target_value (toast, target);
    }
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static QcReviewPair *
dup_pair (QcWindow *self,
          guint     position)
{
  if (self->review_pairs == NULL || position >= g_list_model_get_n_items (self->review_pairs))
    return NULL;
  return g_list_model_get_item (self->review_pairs, position);
}

static gint64
claim_id_or_zero (QcClaim *claim)
{
  return claim != NULL ? qc_claim_get_id (claim) : 0;
}

/* The same pair, listed again */
static gboolean
same_claims (QcReviewPair *a,
             QcReviewPair *b)
{
  return claim_id_or_zero (qc_review_pair_get_mine (a)) == claim_id_or_zero (qc_review_pair_get_mine (b))
         && claim_id_or_zero (qc_review_pair_get_theirs (a)) == claim_id_or_zero (qc_review_pair_get_theirs (b));
}

static char *
format_figure (double value)
{
  if (isnan (value))
    return g_strdup (_("n/a"));
  return g_strdup_printf ("%.2f", value);
}

/* The colleagues with claims on the article: every annotator but me */
static GPtrArray *
list_colleagues (QcWindow *self,
                 gint64    article_id)
{
  g_autoptr(GPtrArray) annotators = qc_store_list_annotators (self->store, NULL);
  GPtrArray *colleagues = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_annotator_free);
  gint64 local = qc_store_get_local_annotator (self->store);

  for (guint i = 0; annotators != NULL && i < annotators->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (annotators, i);
      g_autoptr(GListModel) claims = NULL;

      if (annotator->id == local || annotator->is_local || annotator->n_claims == 0)
        continue;
      claims = qc_store_list_claims (self->store, article_id, annotator->id, NULL);
      if (claims != NULL && g_list_model_get_n_items (claims) > 0)
        g_ptr_array_add (colleagues, qc_annotator_copy (annotator));
    }

  return colleagues;
}

static guint
count_open (GListModel *pairs)
{
  guint n_open = 0;

  for (guint i = 0; pairs != NULL && i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);

      if (qc_review_pair_has_differences (pair) && !qc_review_pair_is_resolved (pair))
        n_open++;
    }
  return n_open;
}

static gboolean
has_theirs (GListModel *pairs)
{
  for (guint i = 0; pairs != NULL && i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);

      if (qc_review_pair_get_theirs (pair) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
update_legend (QcWindow *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *blue = dark ? "#78aeed" : "#1c71d8";
  const char *orange = dark ? "#ffa348" : "#e66100";
  g_autofree char *theirs = NULL;
  g_autofree char *only_theirs = NULL;
  g_autofree char *disagreement = NULL;

  /* The same lines and colours as the review tags of QcArticleView */
  theirs = g_markup_printf_escaped ("<span underline=\"double\" underline_color=\"%s\">%s</span>",
                                    blue, _("Theirs"));
  only_theirs = g_markup_printf_escaped ("<span underline=\"double\" underline_color=\"%s\" "
                                         "background=\"%s\" bgalpha=\"%s\">%s</span>",
                                         blue, blue, dark ? "24%" : "16%", _("Only theirs"));
  disagreement = g_markup_printf_escaped ("<span underline=\"error\" underline_color=\"%s\">%s</span>",
                                          orange, _("Disagreement"));
  gtk_label_set_markup (self->legend_theirs_label, theirs);
  gtk_label_set_markup (self->legend_only_theirs_label, only_theirs);
  gtk_label_set_markup (self->legend_disagreement_label, disagreement);
}

static void
on_style_manager_notify_dark_cb (QcWindow        *self,
                                 GParamSpec      *pspec,
                                 AdwStyleManager *style_manager)
{
  if (self->legend_theirs_label != NULL)
    update_legend (self);
}

/* The dropdown lists the colleagues of this article (and the one chosen) */
static void
update_colleagues (QcWindow  *self,
                   GPtrArray *colleagues)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = GTK_INVALID_LIST_POSITION;
  gboolean listed = FALSE;

  self->in_colleague_update = TRUE;
  g_array_set_size (self->colleague_ids, 0);

  for (guint i = 0; i < colleagues->len; i++)
    listed |= ((QcAnnotator *) g_ptr_array_index (colleagues, i))->id == self->review_colleague;
  if (!listed)
    {
      g_autofree char *name = qc_store_dup_annotator_name (self->store, self->review_colleague, NULL);

      g_array_append_val (self->colleague_ids, self->review_colleague);
      g_ptr_array_add (names, g_strdup (name != NULL ? name : _("Colleague")));
    }
  for (guint i = 0; i < colleagues->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (colleagues, i);

      g_array_append_val (self->colleague_ids, annotator->id);
      g_ptr_array_add (names, g_strdup (annotator->name));
    }
  for (guint i = 0; i < self->colleague_ids->len; i++)
    if (g_array_index (self->colleague_ids, gint64, i) == self->review_colleague)
      selected = i;
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->colleague_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->colleague_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->colleague_drop_down, selected);

  for (guint i = 0; names->pdata[i] != NULL; i++)
    g_free (names->pdata[i]);
  self->in_colleague_update = FALSE;
}

static void
update_summary (QcWindow *self)
{
  g_autoptr(QcAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = qc_store_dup_annotator_name (self->store, self->review_colleague, NULL);
  g_autofree char *count = NULL;
  gint64 article_id = qc_window_get_article_id (self);

  if (self->review_pairs == NULL)
    {
      /* Translators: in the review bar, "Sam Keller has not annotated this article" */
      count = g_strdup_printf (_("%s has not annotated this article"), name != NULL ? name : _("Colleague"));
      gtk_label_set_text (self->review_count_label, count);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->review_count_label), count);
      gtk_label_set_text (self->review_figures_label,
                          _("Choose another colleague, or import their annotations of this article"));
      return;
    }

  {
    guint n_open = count_open (self->review_pairs);

    if (n_open == 0)
      count = g_strdup (_("All resolved"));
    else
      /* Translators: in the review bar: disagreements not resolved yet */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to resolve", "%u to resolve", n_open), n_open);
    gtk_label_set_text (self->review_count_label, count);
    g_free (count);
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u disagreement not resolved yet: F8 goes to the next",
                                          "%u disagreements not resolved yet: F8 goes to the next", n_open),
                             n_open);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->review_count_label), count);
  }

  agreement = qc_agreement_compute (self->store, article_id, qc_store_get_local_annotator (self->store),
                                    self->review_colleague, &error);
  if (agreement == NULL)
    {
      gtk_label_set_text (self->review_figures_label, error->message);
      return;
    }

  {
    const QcAgreementCounts *counts = &agreement->total;
    g_autofree char *f1 = format_figure (qc_agreement_counts_f1 (counts, QC_AGREEMENT_MATCH_OVERLAP));
    g_autofree char *speaker = format_figure (qc_agreement_counts_speaker (counts));
    g_autofree char *kappa = format_figure (qc_agreement_counts_kappa (counts));
    g_autofree char *figures = NULL;

    /* Translators: the agreement on one article, in the review bar; the
     * spaces inside each figure are no-break spaces, so lines break
     * between figures */
    figures = g_strdup_printf (_("Span F1 %s · Speaker agreement %s · Evidence κ %s · "
                                 "Only mine %u · Only theirs %u"),
                               f1, speaker, kappa,
                               qc_agreement_counts_only_a (counts, QC_AGREEMENT_MATCH_OVERLAP),
                               qc_agreement_counts_only_b (counts, QC_AGREEMENT_MATCH_OVERLAP));
    gtk_label_set_text (self->review_figures_label, figures);
  }
}

static void
show_pair (QcWindow *self,
           guint     position,
           gboolean  scroll)
{
  g_autoptr(QcReviewPair) pair = dup_pair (self, position);
  g_autoptr(QcReviewPair) before = dup_pair (self, self->review_position);
  gint64 claim_id;

  if (pair == NULL)
    position = G_MAXUINT;

  /* "Keep Mine" per field counts for the pair it was chosen on */
  if (pair == NULL || before == NULL || !same_claims (pair, before))
    self->review_kept_fields = 0;

  self->review_position = position;
  qc_review_panel_set_pair (self->review_panel, pair, self->review_kept_fields);

  claim_id = pair != NULL ? claim_id_or_zero (qc_review_pair_get_mine (pair)) : 0;
  self->in_review_select = TRUE;
  if (pair != NULL || qc_window_get_selected_claim_id (self) != 0)
    qc_window_set_selected_claim_id (self, claim_id);
  self->in_review_select = FALSE;

  if (scroll || position == G_MAXUINT)
    qc_article_view_select_review_pair (self->article_view, position);
  _qc_window_review_update_actions (self);
}

static void
leave_review_mode (QcWindow *self)
{
  g_clear_object (&self->review_pairs);
  self->review_position = G_MAXUINT;
  self->review_kept_fields = 0;
  qc_article_view_set_review_pairs (self->article_view, NULL);
  qc_review_panel_set_pair (self->review_panel, NULL, 0);
  gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
  gtk_stack_set_visible_child_name (self->inspector_stack, "claim");
}

static void
walk_disagreements (QcWindow *self,
                    gboolean  forward)
{
  guint n_pairs;
  guint found = G_MAXUINT;

  if (self->review_pairs == NULL)
    return;

  n_pairs = g_list_model_get_n_items (self->review_pairs);
  if (forward)
    found = qc_review_pairs_next_disagreement (self->review_pairs, self->review_position, TRUE);
  else
    {
      guint start = self->review_position < n_pairs ? self->review_position : n_pairs;

      for (guint i = start; i-- > 0;)
        {
          g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);

          if (qc_review_pair_has_differences (pair) && !qc_review_pair_is_resolved (pair))
            {
              found = i;
              break;
            }
        }
    }

  if (found == G_MAXUINT)
    {
      show_toast_with_action (self, _("No more disagreements"), NULL, NULL, NULL);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  show_pair (self, found, TRUE);
}

/* Signal callbacks */

static void
on_notify_selected_claim_id_cb (QcWindow   *self,
                                GParamSpec *pspec)
{
  gint64 claim_id = qc_window_get_selected_claim_id (self);
  guint n_pairs;

  if (self->in_review_select || self->review_pairs == NULL)
    return;

  n_pairs = g_list_model_get_n_items (self->review_pairs);
  for (guint i = 0; claim_id != 0 && i < n_pairs; i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);

      if (claim_id_or_zero (qc_review_pair_get_mine (pair)) == claim_id)
        {
          show_pair (self, i, TRUE);
          return;
        }
    }

  show_pair (self, G_MAXUINT, FALSE);
}

static void
on_article_view_review_pair_activated_cb (QcWindow      *self,
                                          guint          position,
                                          QcArticleView *view)
{
  show_pair (self, position, TRUE);
}

static void
on_colleague_drop_down_notify_selected_cb (QcWindow    *self,
                                           GParamSpec  *pspec,
                                           GtkDropDown *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self->in_colleague_update || self->colleague_ids == NULL || selected >= self->colleague_ids->len)
    return;

  qc_window_set_review_colleague (self, g_array_index (self->colleague_ids, gint64, selected));
}

/* Importing a colleague's annotations */

static char *
shorten_message (GFile      *file,
                 const char *message)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  GString *shortened = g_string_new (message);

  if (path != NULL && basename != NULL)
    {
      g_autofree char *display_path = g_filename_display_name (path);
      g_autofree char *display_basename = g_filename_display_name (basename);

      g_string_replace (shortened, display_path, display_basename, 0);
    }
  return g_string_free (shortened, FALSE);
}

static void
show_unplaced (QcWindow  *self,
               GPtrArray *results)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *list;
  guint n_unplaced = 0;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claims not found in the text"),
                                  -1);

  for (guint i = 0; i < results->len; i++)
    {
      QcAnnotationImport *result = g_ptr_array_index (results, i);
      g_autofree char *name = NULL;

      if (result->unplaced->len == 0)
        continue;
      name = qc_store_dup_annotator_name (self->store, result->annotator_id, NULL);
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name != NULL ? name : _("Colleague"));

      for (guint j = 0; j < result->unplaced->len; j++)
        {
          QcUnplacedClaim *claim = g_ptr_array_index (result->unplaced, j);
          g_autofree char *quote = g_markup_escape_text (claim->quote != NULL ? claim->quote : "", -1);
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quote);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Quote not found in the stored text"));
          gtk_list_box_append (GTK_LIST_BOX (list), row);
          n_unplaced++;
        }
    }

  /* Translators: the body of a dialog after an import, "2 claims by Sam Keller were not found …" */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u claim by %s was not found in the text of the article as it is stored "
                                       "here: the text has changed since it was annotated. It is kept, marked as "
                                       "not found, and left out of the comparison.",
                                       "%u claims by %s were not found in the text of the article as it is stored "
                                       "here: the text has changed since they were annotated. They are kept, "
                                       "marked as not found, and left out of the comparison.",
                                       n_unplaced),
                          n_unplaced, names->str);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Claims Could Not Be Placed"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  /* A few rows as they are; many scroll */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  n_unplaced > 4 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), n_unplaced > 4 ? 260 : -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_import (QcWindow  *self,
               GPtrArray *results)
{
  gboolean unplaced = FALSE;

  for (guint i = 0; i < results->len; i++)
    {
      QcAnnotationImport *result = g_ptr_array_index (results, i);
      g_autofree char *name = qc_store_dup_annotator_name (self->store, result->annotator_id, NULL);
      g_autofree char *message = NULL;
      guint n_claims = result->n_claims_added + result->n_claims_updated;
      gboolean here = FALSE;

      if (name == NULL)
        name = g_strdup (_("Colleague"));

      if (n_claims == 0)
        /* Translators: a toast after importing a file imported before */
        message = g_strdup_printf (_("Nothing new from %s: their claims were imported before"), name);
      else
        /* Translators: a toast, "Imported 8 claims by Sam Keller" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u claim by %s",
                                                "Imported %u claims by %s", n_claims),
                                   n_claims, name);

      for (guint j = 0; j < result->article_ids->len; j++)
        here |= g_array_index (result->article_ids, gint64, j) == qc_window_get_article_id (self);

      /* Their layer of the article open is one click away */
      if (here && self->review_colleague != result->annotator_id)
        show_toast_with_action (self, message, _("_Review"), "win.review-colleague",
                                g_variant_new_int64 (result->annotator_id));
      else
        show_toast_with_action (self, message, NULL, NULL, NULL);

      unplaced |= result->unplaced->len > 0;
    }

  if (unplaced)
    show_unplaced (self, results);
}

static void
import_and_report (QcWindow           *self,
                   GFile              *file,
                   const char * const *annotators)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  if (!qc_window_import_annotations (self, file, annotators, &results, &error))
    {
      g_autofree char *message = shorten_message (file, error->message);

      _qc_window_show_toast (self, message);
      return;
    }

  report_import (self, results);
}

static void
on_layers_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              QcWindow         *self)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "import") != 0)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_ptr_array_add (uuids, g_strdup (g_object_get_data (G_OBJECT (child), "uuid")));
  g_ptr_array_add (uuids, NULL);

  import_and_report (self, file, (const char * const *) uuids->pdata);
}

static void
on_layer_toggled_cb (GtkCheckButton   *button,
                     AdwMessageDialog *dialog)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    any |= gtk_check_button_get_active (GTK_CHECK_BUTTON (child));
  adw_message_dialog_set_response_enabled (dialog, "import", any);
}

/* A database file can hold several people's layers: ask whose */
static void
import_database (QcWindow *self,
                 GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) annotators = NULL;
  g_autoptr(GPtrArray) layers = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWidget *box;

  annotators = qc_annotations_list_database (path, &error);
  if (annotators == NULL)
    {
      g_autofree char *message = shorten_message (file, error->message);

      _qc_window_show_toast (self, message);
      return;
    }

  for (guint i = 0; i < annotators->len; i++)
    if (((QcAnnotator *) g_ptr_array_index (annotators, i))->n_claims > 0)
      g_ptr_array_add (layers, g_ptr_array_index (annotators, i));

  if (layers->len == 0)
    {
      _qc_window_show_toast (self, _("The database holds no annotations to import"));
      return;
    }
  if (layers->len == 1)
    {
      const char *uuids[] = { ((QcAnnotator *) g_ptr_array_index (layers, 0))->uuid, NULL };

      import_and_report (self, file, uuids);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Whose Annotations?"),
                                   _("This database holds the annotations of several people. "
                                     "Import those of:"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Annotators to import"),
                                  -1);
  for (guint i = 0; i < layers->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (layers, i);
      /* Translators: a check button, "Sam Keller — 8 claims on 2 articles" */
      g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims",
                                                              annotator->n_claims),
                                                 annotator->n_claims);
      g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                                                annotator->n_articles),
                                                   annotator->n_articles);
      g_autofree char *label = g_strdup_printf (_("%s — %s on %s"), annotator->name, claims, articles);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), annotator->is_local);
      g_object_set_data_full (G_OBJECT (check), "uuid", g_strdup (annotator->uuid), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_layer_toggled_cb), dialog, 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  on_layer_toggled_cb (NULL, ADW_MESSAGE_DIALOG (dialog));

  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_layers_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_annotations_chooser_response_cb (GtkNativeDialog *dialog,
                                    int              response,
                                    QcWindow        *self)
{
  g_autoptr(GtkNativeDialog) owned = NULL;
  g_autoptr(GFile) file = NULL;

  if (self->annotations_chooser == dialog)
    owned = g_steal_pointer (&self->annotations_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);

  if (file != NULL)
    qc_window_open_annotations_file (self, file);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The details: every figure, for this article and all both annotated */

static void
add_figure_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle,
                const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
}

static char *
format_share (double value,
              guint  agreed,
              guint  n_pairs)
{
  g_autofree char *figure = format_figure (value);

  if (isnan (value))
    return g_steal_pointer (&figure);
  /* Translators: an agreement figure with its counts, "0.83 (5 of 6 pairs)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u of %u pair)", "%s (%u of %u pairs)", n_pairs),
                          figure, agreed, n_pairs);
}

static guint
evidence_agreed (const QcAgreementCounts *counts)
{
  guint agreed = 0;

  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    agreed += counts->evidence[i][i];
  return agreed;
}

static GtkWidget *
figures_group (const QcAgreementCounts *counts,
               const char              *title,
               const char              *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  g_autofree char *claims = NULL;
  g_autofree char *pairs = NULL;
  g_autofree char *overlap = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *kappa = NULL;
  g_autofree char *only_mine = NULL;
  g_autofree char *only_theirs = NULL;

  adw_preferences_group_set_title (g, title);
  adw_preferences_group_set_description (g, description);

  /* Translators: claim counts, "mine 7 · theirs 8" */
  claims = g_strdup_printf (_("mine %u · theirs %u"), counts->n_a, counts->n_b);
  add_figure_row (g, _("Claims"), NULL, claims);
  if (counts->n_orphaned_a + counts->n_orphaned_b > 0)
    {
      g_autofree char *orphaned = g_strdup_printf (_("mine %u · theirs %u"),
                                                   counts->n_orphaned_a, counts->n_orphaned_b);

      add_figure_row (g, _("Not found in the text"), _("Kept, but not compared"), orphaned);
    }
  /* Translators: "6 (3 exact)" */
  pairs = g_strdup_printf (_("%u (%u exact)"), counts->n_pairs, counts->n_exact);
  add_figure_row (g, _("Pairs"), _("Claims that overlap by at least half (IoU ≥ 0.5)"), pairs);

  {
    g_autofree char *p = format_figure (qc_agreement_counts_precision (counts, QC_AGREEMENT_MATCH_OVERLAP));
    g_autofree char *r = format_figure (qc_agreement_counts_recall (counts, QC_AGREEMENT_MATCH_OVERLAP));
    g_autofree char *f = format_figure (qc_agreement_counts_f1 (counts, QC_AGREEMENT_MATCH_OVERLAP));

    /* Translators: "F1 0.80 · precision 0.75 · recall 0.86" */
    overlap = g_strdup_printf (_("F1 %s · precision %s · recall %s"), f, p, r);
  }
  {
    g_autofree char *p = format_figure (qc_agreement_counts_precision (counts, QC_AGREEMENT_MATCH_EXACT));
    g_autofree char *r = format_figure (qc_agreement_counts_recall (counts, QC_AGREEMENT_MATCH_EXACT));
    g_autofree char *f = format_figure (qc_agreement_counts_f1 (counts, QC_AGREEMENT_MATCH_EXACT));

    exact = g_strdup_printf (_("F1 %s · precision %s · recall %s"), f, p, r);
  }
  add_figure_row (g, _("Spans, overlapping"), _("Mine as the reference"), overlap);
  add_figure_row (g, _("Spans, exact"), _("The very same characters"), exact);

  speaker = format_share (qc_agreement_counts_speaker (counts), counts->n_same_speaker, counts->n_pairs);
  kind = format_share (qc_agreement_counts_kind (counts), counts->n_same_kind, counts->n_pairs);
  evidence = format_share (qc_agreement_counts_evidence (counts), evidence_agreed (counts), counts->n_pairs);
  kappa = format_figure (qc_agreement_counts_kappa (counts));
  add_figure_row (g, _("Speaker agreement"), NULL, speaker);
  add_figure_row (g, _("Kind agreement"), NULL, kind);
  add_figure_row (g, _("Evidence agreement"), NULL, evidence);
  add_figure_row (g, _("Evidence kappa"),
                  _("Cohen’s κ over the pairs; n/a when there are none, or every pair has one and the same state"),
                  kappa);

  only_mine = g_strdup_printf ("%u", qc_agreement_counts_only_a (counts, QC_AGREEMENT_MATCH_OVERLAP));
  only_theirs = g_strdup_printf ("%u", qc_agreement_counts_only_b (counts, QC_AGREEMENT_MATCH_OVERLAP));
  add_figure_row (g, _("Only mine"), NULL, only_mine);
  add_figure_row (g, _("Only theirs"), NULL, only_theirs);

  return group;
}

static void
show_details (QcWindow *self)
{
  g_autoptr(QcAgreement) article = NULL;
  g_autoptr(QcAgreement) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 local = qc_store_get_local_annotator (self->store);
  GtkWidget *window;
  GtkWidget *page;

  article = qc_agreement_compute (self->store, qc_window_get_article_id (self), local, self->review_colleague, &error);
  if (article == NULL)
    {
      qc_window_show_error (self, error);
      return;
    }
  all = qc_agreement_compute (self->store, 0, local, self->review_colleague, NULL);

  window = adw_preferences_window_new ();
  /* Translators: a window title, "Agreement with Sam Keller" */
  title = g_strdup_printf (_("Agreement with %s"), article->name_b);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 720);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);

  page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Agreement"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "view-dual-symbolic");
  {
    const char *article_title = NULL;
    QcArticle *shown = qc_article_view_get_article (self->article_view);

    if (shown != NULL)
      article_title = qc_article_get_title (shown);
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                              ADW_PREFERENCES_GROUP (figures_group (&article->total, _("This Article"),
                                                                    article_title)));
  }
  if (all != NULL)
    {
      /* Translators: "Pooled over 2 articles you both annotated" */
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pooled over %u article you both annotated",
                                      "Pooled over %u articles you both annotated", all->articles->len),
                         all->articles->len);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (figures_group (&all->total, _("All Articles"),
                                                                      description)));
    }
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));

  gtk_window_present (GTK_WINDOW (window));
}

/* Asking whom to review with, when several colleagues annotated */
static void
ask_colleague (QcWindow  *self,
               GPtrArray *colleagues)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (guint i = 0; i < colleagues->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (colleagues, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (annotator->name, NULL);

      g_menu_item_set_action_and_target_value (item, "win.review-colleague", g_variant_new_int64 (annotator->id));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, _("Review the Annotations of"), G_MENU_MODEL (section));

  if (self->colleague_popover == NULL)
    {
      self->colleague_popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_parent (self->colleague_popover, self->review_button);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->colleague_popover), G_MENU_MODEL (menu));

  gtk_popover_popup (GTK_POPOVER (self->colleague_popover));
}

/* Actions */

static void
qc_window_import_annotations_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  static const char * const json_patterns[] = { "*.json", NULL };
  static const char * const db_patterns[] = { "*.db", "*.sqlite", "*.sqlite3", NULL };
  static const char * const all_patterns[] = { "*", NULL };
  QcWindow *self = QC_WINDOW (widget);
  GtkFileChooserNative *native;

  if (self->annotations_chooser != NULL)
    {
      gtk_native_dialog_show (self->annotations_chooser);
      return;
    }

  native = gtk_file_chooser_native_new (_("Import Colleague’s Annotations"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Quotecheck JSON Export"), json_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Quotecheck Database"), db_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("All Files"), all_patterns);
  g_signal_connect_object (native, "response", G_CALLBACK (on_annotations_chooser_response_cb), self, 0);

  self->annotations_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->annotations_chooser);
}

static void
qc_window_review_colleague_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);

  if (qc_window_get_article_id (self) == 0)
    return;
  qc_window_set_review_colleague (self, g_variant_get_int64 (param));
}

static void
qc_window_next_disagreement_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  walk_disagreements (QC_WINDOW (widget), TRUE);
}

static void
qc_window_previous_disagreement_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  walk_disagreements (QC_WINDOW (widget), FALSE);
}

/* After a resolution: everything shows what the store holds now, or
 * the user hears why it failed (nothing changed then) */
static void
finish_resolution (QcWindow     *self,
                   gboolean      ok,
                   const GError *error)
{
  if (ok)
    _qc_window_store_changed (self);
  else
    qc_window_show_error (self, error);
}

static void
qc_window_review_take_theirs_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(QcReviewPair) pair = dup_pair (self, self->review_position);
  g_autoptr(GError) error = NULL;
  QcReviewField fields = g_variant_get_uint32 (param);
  QcReviewField left;
  gint64 mine;
  gint64 theirs;
  gboolean ok;

  if (pair == NULL)
    return;

  mine = claim_id_or_zero (qc_review_pair_get_mine (pair));
  theirs = claim_id_or_zero (qc_review_pair_get_theirs (pair));
  left = qc_review_pair_get_differences (pair) & ~fields & ~self->review_kept_fields;

  /* The last field decided: mine is approved in the same step */
  if (fields != QC_REVIEW_FIELD_ALL && mine != 0 && theirs != 0
      && left == 0 && (qc_review_pair_get_differences (pair) & self->review_kept_fields) != 0)
    {
      ok = qc_store_begin_action (self->store, _("Take theirs and keep mine"), &error)
           && qc_store_take_theirs (self->store, mine, theirs, fields, NULL, &error)
           && qc_store_keep_mine (self->store, mine, theirs, &error);
      if (ok)
        ok = qc_store_commit_action (self->store, &error);
      else
        qc_store_rollback_action (self->store);
    }
  else
    ok = qc_store_take_theirs (self->store, mine, theirs, fields, NULL, &error);

  finish_resolution (self, ok, error);
}

static void
qc_window_review_keep_mine_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(QcReviewPair) pair = dup_pair (self, self->review_position);
  g_autoptr(GError) error = NULL;
  QcReviewField fields = g_variant_get_uint32 (param);
  gint64 mine;
  gint64 theirs;
  gboolean ok;

  if (pair == NULL)
    return;

  mine = claim_id_or_zero (qc_review_pair_get_mine (pair));
  theirs = claim_id_or_zero (qc_review_pair_get_theirs (pair));

  /* One field: settled here until every differing field is decided */
  if (fields != QC_REVIEW_FIELD_ALL && mine != 0 && theirs != 0
      && (qc_review_pair_get_differences (pair) & ~(self->review_kept_fields | fields)) != 0)
    {
      self->review_kept_fields |= fields;
      qc_review_panel_set_pair (self->review_panel, pair, self->review_kept_fields);
      return;
    }

  ok = qc_store_keep_mine (self->store, mine, theirs, &error);
  finish_resolution (self, ok, error);
}

static void
qc_window_review_adopt_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(QcReviewPair) pair = dup_pair (self, self->review_position);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (pair == NULL || qc_review_pair_get_theirs (pair) == NULL)
    return;

  ok = qc_store_adopt_claim (self->store, qc_claim_get_id (qc_review_pair_get_theirs (pair)), &error) != 0;
  finish_resolution (self, ok, error);
}

static void
qc_window_review_set_state_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(QcReviewPair) pair = dup_pair (self, self->review_position);
  g_autoptr(GError) error = NULL;
  QcReviewState state;
  QcClaim *mine;

  if (pair == NULL || (mine = qc_review_pair_get_mine (pair)) == NULL
      || !qc_review_state_from_string (g_variant_get_string (param, NULL), &state))
    return;

  if (state != qc_claim_get_review_state (mine))
    {
      if (!qc_store_set_claim_review_state (self->store, qc_claim_get_id (mine), state, &error))
        qc_window_show_error (self, error);
      else
        {
          _qc_window_store_changed (self);
          return;
        }
    }

  /* The toggle clicked shows the state as it is */
  qc_review_panel_set_pair (self->review_panel, pair, self->review_kept_fields);
}

static void
qc_window_review_comment_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(QcReviewPair) pair = dup_pair (self, self->review_position);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (pair == NULL || qc_review_pair_get_mine (pair) == NULL)
    return;

  ok = qc_store_add_comment (self->store, qc_claim_get_id (qc_review_pair_get_mine (pair)),
                             g_variant_get_string (param, NULL), &error) != 0;
  finish_resolution (self, ok, error);
}

static void
qc_window_review_details_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);

  if (self->review_pairs != NULL)
    show_details (self);
}

/* Private API */

void
_qc_window_review_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-annotations", NULL,
                                   qc_window_import_annotations_action);
  gtk_widget_class_install_property_action (widget_class, "win.review-mode", "review-mode");
  gtk_widget_class_install_action (widget_class, "win.review-colleague", "x", qc_window_review_colleague_action);
  gtk_widget_class_install_action (widget_class, "win.next-disagreement", NULL, qc_window_next_disagreement_action);
  gtk_widget_class_install_action (widget_class, "win.previous-disagreement", NULL,
                                   qc_window_previous_disagreement_action);
  gtk_widget_class_install_action (widget_class, "win.review-take-theirs", "u", qc_window_review_take_theirs_action);
  gtk_widget_class_install_action (widget_class, "win.review-keep-mine", "u", qc_window_review_keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.review-adopt", NULL, qc_window_review_adopt_action);
  gtk_widget_class_install_action (widget_class, "win.review-set-state", "s", qc_window_review_set_state_action);
  gtk_widget_class_install_action (widget_class, "win.review-comment", "s", qc_window_review_comment_action);
  gtk_widget_class_install_action (widget_class, "win.review-details", NULL, qc_window_review_details_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.review-mode", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.next-disagreement", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "win.previous-disagreement", NULL);
}

void
_qc_window_review_init (QcWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Before the panes, which take F8 for their handles */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "qc-review-keys");
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F8, 0),
                                                          gtk_named_action_new ("win.next-disagreement")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F8, GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.previous-disagreement")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->review_position = G_MAXUINT;
  self->colleague_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_signal_connect (self, "notify::selected-claim-id", G_CALLBACK (on_notify_selected_claim_id_cb), NULL);
  g_signal_connect_object (self->article_view, "review-pair-activated",
                           G_CALLBACK (on_article_view_review_pair_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->colleague_drop_down, "notify::selected",
                           G_CALLBACK (on_colleague_drop_down_notify_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);
  update_legend (self);
}

void
_qc_window_review_dispose (QcWindow *self)
{
  if (self->annotations_chooser != NULL)
    gtk_native_dialog_destroy (self->annotations_chooser);
  g_clear_object (&self->annotations_chooser);
  g_clear_pointer (&self->colleague_popover, gtk_widget_unparent);
  g_clear_object (&self->review_pairs);
  g_clear_pointer (&self->colleague_ids, g_array_unref);
  self->review_colleague = 0;
}

/* Lists the pairs again (after a change, or another article) and shows
 * them: the article's review layer, the bar, the panel. */
void
_qc_window_review_reload (QcWindow *self)
{
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GPtrArray) colleagues = NULL;
  g_autoptr(QcReviewPair) before = NULL;
  g_autoptr(GError) error = NULL;
  gint64 article_id;
  guint position = G_MAXUINT;

  if (self->review_panel == NULL || self->store == NULL || self->colleague_ids == NULL)
    return;

  /* Outside review mode there is nothing to do (the normal path of every edit) */
  if (self->review_colleague == 0 && self->review_pairs == NULL
      && !gtk_revealer_get_reveal_child (self->review_revealer))
    return;

  article_id = qc_window_get_article_id (self);
  if (self->review_colleague == 0 || article_id == 0)
    {
      leave_review_mode (self);
      if (self->review_colleague != 0)
        {
          self->review_colleague = 0;
          g_object_notify (G_OBJECT (self), "review-mode");
        }
      _qc_window_review_update_actions (self);
      return;
    }

  before = dup_pair (self, self->review_position);
  pairs = qc_store_list_review_pairs (self->store, article_id, 0, self->review_colleague, &error);
  if (pairs == NULL)
    {
      qc_window_show_error (self, error);
      qc_window_set_review_colleague (self, 0);
      return;
    }

  colleagues = list_colleagues (self, article_id);
  update_colleagues (self, colleagues);
  {
    g_autofree char *name = qc_store_dup_annotator_name (self->store, self->review_colleague, NULL);

    qc_review_panel_set_colleague_name (self->review_panel, name);
  }

  /* Without a claim of theirs here there is nothing to compare */
  g_clear_object (&self->review_pairs);
  if (has_theirs (pairs))
    self->review_pairs = g_steal_pointer (&pairs);
  qc_article_view_set_review_pairs (self->article_view, self->review_pairs);

  /* The pair shown before, as it is now: found by their claim (mine may
   * be new, adopted), else by mine */
  if (self->review_pairs != NULL && before != NULL)
    {
      gint64 mine = claim_id_or_zero (qc_review_pair_get_mine (before));
      gint64 theirs = claim_id_or_zero (qc_review_pair_get_theirs (before));
      guint n_pairs = g_list_model_get_n_items (self->review_pairs);

      for (guint i = 0; i < n_pairs && position == G_MAXUINT; i++)
        {
          g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);

          if (theirs != 0 && claim_id_or_zero (qc_review_pair_get_theirs (pair)) == theirs)
            position = i;
        }
      for (guint i = 0; i < n_pairs && position == G_MAXUINT; i++)
        {
          g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);

          if (mine != 0 && claim_id_or_zero (qc_review_pair_get_mine (pair)) == mine)
            position = i;
        }
    }
  else if (self->review_pairs != NULL && qc_window_get_selected_claim_id (self) != 0)
    {
      guint n_pairs = g_list_model_get_n_items (self->review_pairs);

      for (guint i = 0; i < n_pairs && position == G_MAXUINT; i++)
        {
          g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);

          if (claim_id_or_zero (qc_review_pair_get_mine (pair)) == qc_window_get_selected_claim_id (self))
            position = i;
        }
    }

  /* The old position indexes the old list: compare with the new one */
  self->review_position = G_MAXUINT;
  if (before != NULL && position != G_MAXUINT)
    {
      g_autoptr(QcReviewPair) now = dup_pair (self, position);

      if (same_claims (now, before))
        self->review_position = position;
    }
  show_pair (self, position, FALSE);
  if (position != G_MAXUINT)
    qc_article_view_select_review_pair (self->article_view, position);

  update_summary (self);
  gtk_revealer_set_reveal_child (self->review_revealer, TRUE);
  /* Nothing of theirs here: my claims can be edited as usual meanwhile */
  gtk_stack_set_visible_child_name (self->inspector_stack, self->review_pairs != NULL ? "review" : "claim");
  _qc_window_review_update_actions (self);
}

void
_qc_window_review_update_actions (QcWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(QcReviewPair) pair = NULL;
  gboolean writable;
  gboolean reviewing;
  gboolean has_mine;
  gboolean has_theirs;

  if (self->store == NULL || self->colleague_ids == NULL)
    return;

  writable = is_writable (self);
  reviewing = self->review_pairs != NULL;
  pair = dup_pair (self, self->review_position);
  has_mine = pair != NULL && qc_review_pair_get_mine (pair) != NULL;
  has_theirs = pair != NULL && qc_review_pair_get_theirs (pair) != NULL;

  gtk_widget_action_set_enabled (widget, "win.import-annotations", writable);
  gtk_widget_action_set_enabled (widget, "win.review-mode", qc_window_get_article_id (self) != 0);
  gtk_widget_action_set_enabled (widget, "win.review-colleague", qc_window_get_article_id (self) != 0);
  gtk_widget_action_set_enabled (widget, "win.next-disagreement", reviewing);
  gtk_widget_action_set_enabled (widget, "win.previous-disagreement", reviewing);
  gtk_widget_action_set_enabled (widget, "win.review-details", reviewing);
  gtk_widget_action_set_enabled (widget, "win.review-take-theirs", writable && has_mine);
  gtk_widget_action_set_enabled (widget, "win.review-keep-mine", writable && pair != NULL);
  gtk_widget_action_set_enabled (widget, "win.review-adopt", writable && has_theirs && !has_mine);
  gtk_widget_action_set_enabled (widget, "win.review-set-state", writable && has_mine);
  gtk_widget_action_set_enabled (widget, "win.review-comment", writable && has_mine);
}

/* Turning review mode on picks the colleague who annotated the article:
 * the one chosen before, the only one, or asks. */
void
_qc_window_set_review_mode (QcWindow *self,
                            gboolean  review)
{
  g_autoptr(GPtrArray) colleagues = NULL;
  gint64 article_id = qc_window_get_article_id (self);

  if (review == (self->review_colleague != 0))
    return;

  if (!review)
    {
      qc_window_set_review_colleague (self, 0);
      return;
    }

  if (article_id == 0)
    return;

  colleagues = list_colleagues (self, article_id);
  /* The toggle button shows the state: it stays off until one is chosen */
  g_object_notify (G_OBJECT (self), "review-mode");

  if (colleagues->len == 0)
    {
      show_toast_with_action (self, _("No colleague has annotated this article"),
                              _("_Import…"), "win.import-annotations", NULL);
      return;
    }

  for (guint i = 0; i < colleagues->len; i++)
    if (((QcAnnotator *) g_ptr_array_index (colleagues, i))->id == self->last_colleague)
      {
        qc_window_set_review_colleague (self, self->last_colleague);
        return;
      }

  if (colleagues->len == 1)
    qc_window_set_review_colleague (self, ((QcAnnotator *) g_ptr_array_index (colleagues, 0))->id);
  else
    ask_colleague (self, colleagues);
}

/* Public API */

/**
 * qc_window_import_annotations:
 * @file: a colleague's Quotecheck JSON export or Quotecheck database
 * @annotators: (nullable) (array zero-terminated=1): for a database,
 *   whose layers (names, UUIDs or ids in it); %NULL for its own user
 * @results: (out) (optional) (transfer full) (element-type QcAnnotationImport):
 *   what each layer's import did
 * @error: return location for a #GError
 *
 * Imports a colleague's annotation layer (docs/review.md) and shows the
 * store as it is then. A damaged or hostile file changes nothing.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_window_import_annotations (QcWindow            *self,
                              GFile               *file,
                              const char * const  *annotators,
                              GPtrArray          **results,
                              GError             **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) imported = NULL;

  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s is not a local file"), uri);
      return FALSE;
    }

  if (qc_annotations_is_database_file (path))
    {
      imported = qc_annotations_import_database (self->store, path, annotators, error);
      if (imported == NULL)
        return FALSE;
    }
  else
    {
      QcAnnotationImport *result = NULL;

      if (!qc_annotations_import_file (self->store, path, &result, error))
        return FALSE;
      imported = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_annotation_import_free);
      g_ptr_array_add (imported, result);
    }

  _qc_window_store_changed (self);

  if (results != NULL)
    *results = g_steal_pointer (&imported);
  return TRUE;
}

/**
 * qc_window_open_annotations_file:
 * @file: a colleague's Quotecheck JSON export or Quotecheck database
 *
 * Like qc_window_import_annotations(), but asks whose layers to import
 * from a database with several, and tells the user what happened: a
 * toast with the number of claims imported, a dialog listing the claims
 * that could not be placed on the text, a toast with the error.
 */
void
qc_window_open_annotations_file (QcWindow *self,
                                 GFile    *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path != NULL && qc_annotations_is_database_file (path))
    import_database (self, file);
  else
    import_and_report (self, file, NULL);
}

/**
 * qc_window_get_review_colleague:
 *
 * Returns: the annotator whose claims are compared with mine, 0 outside
 *   review mode
 */
gint64
qc_window_get_review_colleague (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), 0);

  return self->review_colleague;
}

/**
 * qc_window_set_review_colleague:
 * @annotator_id: a colleague's annotator row, or 0 to leave review mode
 *
 * Shows their claims of the open article beside mine (review mode).
 */
void
qc_window_set_review_colleague (QcWindow *self,
                                gint64    annotator_id)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (annotator_id >= 0);

  if (annotator_id != 0 && (annotator_id == qc_store_get_local_annotator (self->store)
                            || qc_window_get_article_id (self) == 0))
    return;
  if (self->review_colleague == annotator_id)
    return;

  if (self->colleague_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->colleague_popover));

  self->review_colleague = annotator_id;
  if (annotator_id != 0)
    self->last_colleague = annotator_id;
  self->review_kept_fields = 0;
  g_clear_object (&self->review_pairs);
  self->review_position = G_MAXUINT;

  _qc_window_review_reload (self);
  g_object_notify (G_OBJECT (self), "review-mode");
}

/**
 * qc_window_get_review_pairs:
 *
 * Returns: (transfer none) (nullable): the pairs of my claims and the
 *   colleague's on the open article, %NULL outside review mode (or when
 *   they have no claim there)
 */
GListModel *
qc_window_get_review_pairs (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->review_pairs;
}

/**
 * qc_window_get_review_position:
 *
 * Returns: the pair shown in the review panel, %G_MAXUINT for none
 */
guint
qc_window_get_review_position (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), G_MAXUINT);

  return self->review_position;
}

/**
 * qc_window_select_review_pair:
 * @position: a pair of qc_window_get_review_pairs(), or %G_MAXUINT
 *
 * Shows the pair in the review panel, selects my claim of it and scrolls
 * to it.
 */
void
qc_window_select_review_pair (QcWindow *self,
                              guint     position)
{
  g_return_if_fail (QC_IS_WINDOW (self));

  show_pair (self, position, TRUE);
}

/**
 * qc_window_get_review_panel:
 *
 * Returns: (transfer none): the #QcReviewPanel
 */
GtkWidget *
qc_window_get_review_panel (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->review_panel);
}

/**
 * qc_window_get_review_summary:
 *
 * Returns: the agreement figures the review bar shows
 */
const char *
qc_window_get_review_summary (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->review_figures_label);
}
