/* qc-claim-inspector.c: the selected claim's speaker, evidence and notes, editable
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-claim-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-claim-inspector.h"
#include "qc-speaker-dialog.h"

/* Typing pauses this long before the note is saved. */
#define NOTE_SAVE_DELAY_MS 800

struct _QcClaimInspector
{
  GtkWidget        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *quote_label;
  GtkLabel        *meta_label;
  GtkLabel        *orphaned_label;
  GtkDropDown     *speaker_drop_down;
  GtkButton       *new_speaker_button;
  AdwComboRow     *kind_row;
  GtkToggleButton *evidence_buttons[QC_EVIDENCE_DISPUTED + 1];
  AdwEntryRow     *rating_row;
  AdwComboRow     *review_row;
  GtkTextView     *note_view;
  GtkListBox      *sources_list;
  AdwExpanderRow  *add_source_row;
  AdwEntryRow     *source_url_row;
  AdwEntryRow     *source_title_row;
  AdwComboRow     *source_stance_row;
  GtkButton       *add_source_button;
  GtkListBox      *comments_list;
  AdwEntryRow     *comment_row;

  /* Owned references */
  QcStore         *store;
  QcClaim         *claim;
  GListStore      *speakers;
  GListModel      *speaker_choices;

  gint64           claim_id;
  guint            note_save_id;
  guint            updating;
  gboolean         rating_dirty;
  gboolean         disposed;
};

G_DEFINE_FINAL_TYPE (QcClaimInspector, qc_claim_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLAIM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_claim (QcClaimInspector *self);

/* Helpers */

/* Four evidence words in a row fit a narrow pane only with less padding
 * than Adwaita gives a button. Scoped to this widget's CSS name. */
static const char evidence_css[] =
  "qcclaiminspector .evidence-toggles > button { padding-left: 2px; padding-right: 2px; }";

static void
ensure_style (QcClaimInspector *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "qc-claim-inspector-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, evidence_css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "qc-claim-inspector-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static void
show_error (QcClaimInspector *self,
            const GError     *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A successful edit comes back through the store's "changed" signal; a
 * failed one puts back what is stored. */
static void
edited (QcClaimInspector *self,
        gboolean          ok,
        const GError     *error)
{
  if (ok || self->disposed)
    return;
  if (error != NULL)
    show_error (self, error);
  reload_claim (self);
}

static char *
dup_stripped_or_null (const char *text)
{
  char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static char *
format_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return g_strdup ("");
  utc = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (utc == NULL)
    return g_strdup (iso8601);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%x %H:%M");
}

static void
clear_list_box (GtkListBox *list_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

/* The drop-down lists "No speaker" first, then every speaker. */
static guint
find_speaker_position (QcClaimInspector *self,
                       gint64            speaker_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));

  if (speaker_id <= 0)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcSpeaker) speaker = g_list_model_get_item (G_LIST_MODEL (self->speakers), i);

      if (qc_speaker_get_id (speaker) == speaker_id)
        return i + 1;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_openable_uri (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_parse_scheme (uri);
  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

/* Saving what is being typed */

static char *
dup_note_text (QcClaimInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_note (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;
  gboolean ok;

  g_clear_handle_id (&self->note_save_id, g_source_remove);

  if (self->claim == NULL || self->store == NULL)
    return;

  /* Kept as typed; only blank counts as no note. */
  text = dup_note_text (self);
  note = dup_stripped_or_null (text);
  if (note != NULL)
    {
      g_free (note);
      note = g_steal_pointer (&text);
    }
  if (g_strcmp0 (note, qc_claim_get_note (self->claim)) == 0)
    return;

  ok = qc_store_set_claim_note (self->store, self->claim_id, note, &error);
  edited (self, ok, error);
}

static gboolean
save_note_timeout_cb (gpointer user_data)
{
  QcClaimInspector *self = user_data;

  self->note_save_id = 0;
  save_note (self);
  return G_SOURCE_REMOVE;
}

static void
save_rating (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rating = NULL;
  gboolean ok;

  if (self->claim == NULL || self->store == NULL)
    return;

  self->rating_dirty = FALSE;
  rating = dup_stripped_or_null (gtk_editable_get_text (GTK_EDITABLE (self->rating_row)));
  if (g_strcmp0 (rating, qc_claim_get_rating (self->claim)) == 0)
    return;

  ok = qc_store_set_claim_rating (self->store, self->claim_id, rating, &error);
  edited (self, ok, error);
}

/* Loading */

static gboolean
same_speakers (GListModel *old,
               GPtrArray  *fresh)
{
  if (g_list_model_get_n_items (old) != fresh->len)
    return FALSE;

  for (guint i = 0; i < fresh->len; i++)
    {
      g_autoptr(QcSpeaker) a = g_list_model_get_item (old, i);
      QcSpeaker *b = g_ptr_array_index (fresh, i);

      if (qc_speaker_get_id (a) != qc_speaker_get_id (b)
          || g_strcmp0 (qc_speaker_get_name (a), qc_speaker_get_name (b)) != 0
          || g_strcmp0 (qc_speaker_get_role (a), qc_speaker_get_role (b)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
reload_speakers (QcClaimInspector *self)
{
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  speakers = qc_store_list_speakers (self->store, &error);
  if (speakers == NULL)
    {
      show_error (self, error);
      return;
    }

  n = g_list_model_get_n_items (speakers);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (speakers, i));

  /* Most edits change no speaker: leave the drop-down (and its popup) be. */
  if (same_speakers (G_LIST_MODEL (self->speakers), items))
    return;

  self->updating++;
  g_list_store_splice (self->speakers, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->speakers)),
                       items->pdata, items->len);
  self->updating--;
}

static const char *
stance_label (QcStance stance)
{
  switch (stance)
    {
    case QC_STANCE_SUPPORTS:
      return C_("stance", "Supports");
    case QC_STANCE_REFUTES:
      return C_("stance", "Refutes");
    case QC_STANCE_CONTEXT:
    default:
      return C_("stance", "Context");
    }
}

/* A source: its title, its stance and address below, opened by activating
 * the row (click or Enter), removed by its button. */
static GtkWidget *
create_source_row (QcClaimInspector       *self,
                   const QcEvidenceSource *source)
{
  static const char * const stance_icons[] = {
    "emblem-ok-symbolic", "window-close-symbolic", "dialog-information-symbolic",
  };
  static const char * const stance_classes[] = { "success", "error", "dim-label" };
  QcStance stance = source->stance <= QC_STANCE_CONTEXT ? source->stance : QC_STANCE_CONTEXT;
  gboolean openable = is_openable_uri (source->url);
  gboolean has_title = source->title != NULL && *source->title != '\0';
  g_autofree char *title = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *remove_button;

  if (has_title)
    title = g_markup_escape_text (source->title, -1);
  else
    title = g_markup_escape_text (source->url != NULL ? source->url : _("Untitled source"), -1);
  if (has_title && source->url != NULL)
    /* Translators: a source's stance and address, e.g. "Refutes · https://…" */
    subtitle_text = g_strdup_printf (_("%s · %s"), stance_label (stance), source->url);
  else
    subtitle_text = g_strdup (stance_label (stance));
  subtitle = g_markup_escape_text (subtitle_text, -1);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), openable);
  if (openable)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Open %s"), source->url);

      gtk_widget_set_tooltip_text (row, tooltip);
    }
  g_object_set_data_full (G_OBJECT (row), "qc-url", g_strdup (source->url), g_free);

  icon = gtk_image_new_from_icon_name (stance_icons[stance]);
  gtk_widget_add_css_class (icon, stance_classes[stance]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, stance_label (stance),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (openable)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("adw-external-link-symbolic"));

  remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");
  gtk_widget_set_tooltip_text (remove_button, _("Remove Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove source"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "inspector.remove-source");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove_button), "x", source->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button);

  return row;
}

static void
reload_sources (QcClaimInspector *self)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;

  clear_list_box (self->sources_list);

  sources = qc_store_list_sources (self->store, self->claim_id, &error);
  if (sources == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < sources->len; i++)
    gtk_list_box_append (self->sources_list, create_source_row (self, g_ptr_array_index (sources, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->sources_list), sources->len > 0);
}

static GtkWidget *
create_comment_row (QcClaimInspector *self,
                    const QcComment  *comment)
{
  g_autofree char *text = g_markup_escape_text (comment->text != NULL ? comment->text : "", -1);
  g_autofree char *when = format_time (comment->created_at);
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *remove_button;

  /* Translators: a comment's author and time, e.g. "Ana — 03/04/26 14:02" */
  subtitle_text = g_strdup_printf (_("%s — %s"),
                                   comment->annotator_name != NULL ? comment->annotator_name : _("Unknown"),
                                   when);
  subtitle = g_markup_escape_text (subtitle_text, -1);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");
  gtk_widget_set_tooltip_text (remove_button, _("Remove Comment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove comment"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "inspector.remove-comment");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove_button), "x", comment->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button);

  return row;
}

static void
reload_comments (QcClaimInspector *self)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GError) error = NULL;

  clear_list_box (self->comments_list);

  comments = qc_store_list_comments (self->store, self->claim_id, &error);
  if (comments == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < comments->len; i++)
    gtk_list_box_append (self->comments_list, create_comment_row (self, g_ptr_array_index (comments, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->comments_list), comments->len > 0);
}

static void
update_meta (QcClaimInspector *self)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *annotator = NULL;

  if (qc_claim_get_origin (self->claim) == QC_CLAIM_ORIGIN_DETECTED)
    /* Translators: how sure the detector was, e.g. "Detected, 87% sure" */
    g_string_append_printf (meta, _("Detected, %d%% sure"),
                            (int) (qc_claim_get_confidence (self->claim) * 100.0 + 0.5));
  else
    g_string_append (meta, _("Added by hand"));

  annotator = qc_store_dup_annotator_name (self->store, qc_claim_get_annotator_id (self->claim), NULL);
  if (annotator != NULL && *annotator != '\0')
    {
      g_string_append (meta, " · ");
      g_string_append (meta, annotator);
    }

  gtk_label_set_label (self->meta_label, meta->str);
}

static void
update_speaker (QcClaimInspector *self)
{
  gtk_drop_down_set_selected (self->speaker_drop_down,
                              find_speaker_position (self, qc_claim_get_speaker_id (self->claim)));
}

static void
update_note (QcClaimInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  const char *note = qc_claim_get_note (self->claim);
  g_autofree char *text = NULL;

  g_autofree char *typed = NULL;
  g_autofree char *stored = NULL;

  /* Don't fight the user: a note being typed wins over the stored one,
   * and so does blank space typed before the words. */
  if (self->note_save_id != 0)
    return;

  text = dup_note_text (self);
  typed = dup_stripped_or_null (text);
  stored = dup_stripped_or_null (note);
  if (g_strcmp0 (typed, stored) != 0 || (stored != NULL && g_strcmp0 (text, note) != 0))
    gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
}

static void
update_rating (QcClaimInspector *self)
{
  const char *rating = qc_claim_get_rating (self->claim);

  if (self->rating_dirty)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->rating_row)), rating != NULL ? rating : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->rating_row), rating != NULL ? rating : "");
}

static void
reload_claim (QcClaimInspector *self)
{
  g_autoptr(QcClaim) claim = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quote = NULL;
  QcEvidence evidence;

  if (self->disposed)
    return;

  if (self->store == NULL || self->claim_id <= 0)
    {
      g_clear_object (&self->claim);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  claim = qc_store_get_claim (self->store, self->claim_id, &error);
  if (claim == NULL)
    {
      if (!g_error_matches (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND))
        show_error (self, error);
      g_clear_object (&self->claim);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  g_set_object (&self->claim, claim);

  self->updating++;

  reload_speakers (self);

  quote = qc_claim_dup_text (claim);
  gtk_label_set_label (self->quote_label, quote != NULL ? quote : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->quote_label), quote);
  gtk_widget_set_visible (GTK_WIDGET (self->orphaned_label), qc_claim_get_orphaned (claim));
  update_meta (self);
  update_speaker (self);

  adw_combo_row_set_selected (self->kind_row, qc_claim_get_kind (claim));
  evidence = qc_claim_get_evidence (claim);
  for (guint i = 0; i < G_N_ELEMENTS (self->evidence_buttons); i++)
    gtk_toggle_button_set_active (self->evidence_buttons[i], i == evidence);
  update_rating (self);
  adw_combo_row_set_selected (self->review_row, qc_claim_get_review_state (claim));
  update_note (self);

  reload_sources (self);
  reload_comments (self);

  self->updating--;

  gtk_stack_set_visible_child_name (self->stack, "claim");
}

/* Signal callbacks */

static void
on_store_changed_cb (QcClaimInspector *self)
{
  if (self->claim_id > 0)
    reload_claim (self);
}

static void
on_speaker_drop_down_selected_cb (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  gpointer item;
  gint64 speaker_id;
  gboolean ok;

  if (self->updating > 0 || self->claim == NULL)
    return;

  item = gtk_drop_down_get_selected_item (self->speaker_drop_down);
  if (item == NULL)
    return;
  speaker_id = QC_IS_SPEAKER (item) ? qc_speaker_get_id (item) : 0;
  if (speaker_id == qc_claim_get_speaker_id (self->claim))
    return;

  ok = qc_store_set_claim_speaker (self->store, self->claim_id, speaker_id, &error);
  edited (self, ok, error);
}

static void
on_new_speaker_button_clicked_cb (QcClaimInspector *self)
{
  GtkWidget *dialog;
  GtkRoot *root;

  if (self->claim == NULL)
    return;

  dialog = qc_speaker_dialog_new (self->store, 0, self->claim_id);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_kind_row_selected_cb (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  guint kind = adw_combo_row_get_selected (self->kind_row);
  gboolean ok;

  if (self->updating > 0 || self->claim == NULL || kind > QC_CLAIM_KIND_INDIRECT
      || kind == qc_claim_get_kind (self->claim))
    return;

  ok = qc_store_set_claim_kind (self->store, self->claim_id, kind, &error);
  edited (self, ok, error);
}

static void
on_review_row_selected_cb (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  guint state = adw_combo_row_get_selected (self->review_row);
  gboolean ok;

  if (self->updating > 0 || self->claim == NULL || state > QC_REVIEW_STATE_DISPUTED
      || state == qc_claim_get_review_state (self->claim))
    return;

  ok = qc_store_set_claim_review_state (self->store, self->claim_id, state, &error);
  edited (self, ok, error);
}

static void
on_rating_row_apply_cb (QcClaimInspector *self)
{
  save_rating (self);
}

static void
on_rating_row_changed_cb (QcClaimInspector *self)
{
  if (self->updating == 0)
    self->rating_dirty = TRUE;
}

static void
on_rating_focus_leave_cb (QcClaimInspector *self)
{
  if (self->updating == 0)
    save_rating (self);
}

static void
on_note_buffer_changed_cb (QcClaimInspector *self)
{
  if (self->updating > 0 || self->claim == NULL)
    return;

  g_clear_handle_id (&self->note_save_id, g_source_remove);
  self->note_save_id = g_timeout_add (NOTE_SAVE_DELAY_MS, save_note_timeout_cb, self);
}

static void
on_note_focus_leave_cb (QcClaimInspector *self)
{
  if (self->note_save_id != 0)
    save_note (self);
}

static void
on_sources_list_row_activated_cb (QcClaimInspector *self,
                                  GtkListBoxRow    *row)
{
  const char *url = g_object_get_data (G_OBJECT (row), "qc-url");

  if (is_openable_uri (url))
    gtk_widget_activate_action (GTK_WIDGET (self), "inspector.open-source", "s", url);
}

static void
on_source_url_row_changed_cb (QcClaimInspector *self)
{
  g_autofree char *url = dup_stripped_or_null (gtk_editable_get_text (GTK_EDITABLE (self->source_url_row)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_source_button), url != NULL);
}

static void
on_add_source_button_clicked_cb (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *title = NULL;
  guint stance;
  gint64 id;

  if (self->claim == NULL)
    return;

  url = dup_stripped_or_null (gtk_editable_get_text (GTK_EDITABLE (self->source_url_row)));
  if (url == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->source_url_row));
      return;
    }
  /* "example.org/report" is what people paste from an address bar. */
  if (g_uri_peek_scheme (url) == NULL)
    {
      char *with_scheme = g_strconcat ("https://", url, NULL);

      g_free (url);
      url = with_scheme;
    }
  title = dup_stripped_or_null (gtk_editable_get_text (GTK_EDITABLE (self->source_title_row)));
  stance = adw_combo_row_get_selected (self->source_stance_row);
  if (stance > QC_STANCE_CONTEXT)
    stance = QC_STANCE_CONTEXT;

  id = qc_store_add_source (self->store, self->claim_id, url, title, NULL, stance, &error);
  if (id > 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->source_url_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->source_title_row), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->source_url_row));
    }
  edited (self, id > 0, error);
}

static void
on_comment_row_apply_cb (QcClaimInspector *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  if (self->claim == NULL)
    return;

  text = dup_stripped_or_null (gtk_editable_get_text (GTK_EDITABLE (self->comment_row)));
  if (text == NULL)
    return;

  id = qc_store_add_comment (self->store, self->claim_id, text, &error);
  if (id > 0)
    gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
  edited (self, id > 0, error);
}

/* Speaker drop-down rows: "No speaker" (a string), then QcSpeakers */

static char *
dup_choice_name (GObject *item)
{
  if (QC_IS_SPEAKER (item))
    return g_strdup (qc_speaker_get_name (QC_SPEAKER (item)));
  return g_strdup (_("No speaker"));
}

static void
setup_speaker_item_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  gboolean in_button = GPOINTER_TO_INT (user_data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (role), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  if (in_button)
    {
      /* The button fills the pane: let it shrink with it. */
      gtk_label_set_width_chars (GTK_LABEL (name), 6);
      gtk_label_set_width_chars (GTK_LABEL (role), 6);
      gtk_widget_set_hexpand (box, TRUE);
    }
  else
    {
      gtk_label_set_max_width_chars (GTK_LABEL (name), 36);
      gtk_label_set_max_width_chars (GTK_LABEL (role), 36);
    }
  gtk_widget_add_css_class (role, "caption");
  gtk_widget_add_css_class (role, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_list_item_set_child (item, box);
}

static void
bind_speaker_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GObject *choice = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *role = gtk_widget_get_next_sibling (name);
  g_autofree char *text = dup_choice_name (choice);
  const char *role_text = QC_IS_SPEAKER (choice) ? qc_speaker_get_role (QC_SPEAKER (choice)) : NULL;

  gtk_label_set_label (GTK_LABEL (name), text);
  gtk_label_set_label (GTK_LABEL (role), role_text);
  gtk_widget_set_visible (role, role_text != NULL && *role_text != '\0');
  if (QC_IS_SPEAKER (choice))
    gtk_widget_remove_css_class (name, "dim-label");
  else
    gtk_widget_add_css_class (name, "dim-label");
}

/* Actions */

static void
open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *url = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!is_openable_uri (url))
    return;
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
remove_source_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = qc_store_delete_source (self->store, g_variant_get_int64 (parameter), &error);
  edited (self, ok, error);
}

static void
remove_comment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = qc_store_delete_comment (self->store, g_variant_get_int64 (parameter), &error);
  edited (self, ok, error);
}

/* GObject overrides */

static void
qc_claim_inspector_constructed (GObject *object)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (object);

  G_OBJECT_CLASS (qc_claim_inspector_parent_class)->constructed (object);

  /* The store tells every view about committed edits, undo and redo. */
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload_claim (self);
}

static void
qc_claim_inspector_dispose (GObject *object)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (object);

  /* Nothing typed is lost when the window closes; the views being torn
   * down with it need not hear about it. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!self->disposed)
    qc_claim_inspector_save_pending (self);
  self->disposed = TRUE;

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_CLAIM_INSPECTOR);
  g_clear_handle_id (&self->note_save_id, g_source_remove);
  g_clear_object (&self->claim);
  g_clear_object (&self->speaker_choices);
  g_clear_object (&self->speakers);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_claim_inspector_parent_class)->dispose (object);
}

static void
qc_claim_inspector_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLAIM_ID:
      g_value_set_int64 (value, self->claim_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_inspector_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  QcClaimInspector *self = QC_CLAIM_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CLAIM_ID:
      qc_claim_inspector_set_claim_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_inspector_class_init (QcClaimInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_claim_inspector_constructed;
  object_class->dispose = qc_claim_inspector_dispose;
  object_class->get_property = qc_claim_inspector_get_property;
  object_class->set_property = qc_claim_inspector_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLAIM_ID] =
    g_param_spec_int64 ("claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quotecheck/Quotecheck/ui/qc-claim-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, quote_label);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, meta_label);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, orphaned_label);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, speaker_drop_down);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, new_speaker_button);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, kind_row);
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_button", FALSE,
                                             G_STRUCT_OFFSET (QcClaimInspector, evidence_buttons[QC_EVIDENCE_UNASSESSED]));
  gtk_widget_class_bind_template_child_full (widget_class, "supported_button", FALSE,
                                             G_STRUCT_OFFSET (QcClaimInspector, evidence_buttons[QC_EVIDENCE_SUPPORTED]));
  gtk_widget_class_bind_template_child_full (widget_class, "unsupported_button", FALSE,
                                             G_STRUCT_OFFSET (QcClaimInspector, evidence_buttons[QC_EVIDENCE_UNSUPPORTED]));
  gtk_widget_class_bind_template_child_full (widget_class, "disputed_button", FALSE,
                                             G_STRUCT_OFFSET (QcClaimInspector, evidence_buttons[QC_EVIDENCE_DISPUTED]));
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, rating_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, review_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, note_view);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, sources_list);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, add_source_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, source_url_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, source_title_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, source_stance_row);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, add_source_button);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, comments_list);
  gtk_widget_class_bind_template_child (widget_class, QcClaimInspector, comment_row);
  gtk_widget_class_bind_template_callback (widget_class, on_speaker_drop_down_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_speaker_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_review_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rating_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sources_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_source_url_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_source_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "inspector.open-source", "s", open_source_action);
  gtk_widget_class_install_action (widget_class, "inspector.remove-source", "x", remove_source_action);
  gtk_widget_class_install_action (widget_class, "inspector.remove-comment", "x", remove_comment_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcclaiminspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qc_claim_inspector_init (QcClaimInspector *self)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GListStore) none = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkStringObject) no_speaker = gtk_string_object_new ("");
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (self);

  /* "No speaker" first, then the store's speakers, searched by name. */
  self->speakers = g_list_store_new (QC_TYPE_SPEAKER);
  g_list_store_append (none, no_speaker);
  g_list_store_append (parts, none);
  g_list_store_append (parts, self->speakers);
  self->speaker_choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
  gtk_drop_down_set_expression (self->speaker_drop_down,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (dup_choice_name),
                                                             NULL, NULL));
  g_signal_connect (button_factory, "setup", G_CALLBACK (setup_speaker_item_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button_factory, "bind", G_CALLBACK (bind_speaker_item_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_speaker_item_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_speaker_item_cb), NULL);
  gtk_drop_down_set_factory (self->speaker_drop_down, button_factory);
  gtk_drop_down_set_list_factory (self->speaker_drop_down, list_factory);
  self->updating++;
  gtk_drop_down_set_model (self->speaker_drop_down, self->speaker_choices);
  self->updating--;

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_rating_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->rating_row), focus);
  g_signal_connect_object (self->rating_row, "changed",
                           G_CALLBACK (on_rating_row_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
qc_claim_inspector_new (QcStore *store)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_CLAIM_INSPECTOR, "store", store, NULL);
}

QcStore *
qc_claim_inspector_get_store (QcClaimInspector *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_INSPECTOR (self), NULL);

  return self->store;
}

gint64
qc_claim_inspector_get_claim_id (QcClaimInspector *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_INSPECTOR (self), 0);

  return self->claim_id;
}

/**
 * qc_claim_inspector_set_claim_id:
 * @claim_id: the claim to show, or 0 for none
 *
 * Saves what was being typed for the previous claim, then shows @claim_id.
 */
void
qc_claim_inspector_set_claim_id (QcClaimInspector *self,
                                 gint64            claim_id)
{
  g_return_if_fail (QC_IS_CLAIM_INSPECTOR (self));
  g_return_if_fail (claim_id >= 0);

  if (self->claim_id == claim_id)
    return;

  qc_claim_inspector_save_pending (self);

  self->claim_id = claim_id;
  g_clear_object (&self->claim);

  /* A new claim starts with the forms empty and the note not being edited. */
  self->updating++;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->rating_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_url_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
  self->rating_dirty = FALSE;
  self->updating--;

  reload_claim (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM_ID]);
}

/**
 * qc_claim_inspector_reload:
 *
 * Shows the claim as stored now (after an edit made elsewhere).
 */
void
qc_claim_inspector_reload (QcClaimInspector *self)
{
  g_return_if_fail (QC_IS_CLAIM_INSPECTOR (self));

  reload_claim (self);
}

/**
 * qc_claim_inspector_save_pending:
 *
 * Saves the note and rating being typed now rather than after a pause.
 */
void
qc_claim_inspector_save_pending (QcClaimInspector *self)
{
  g_return_if_fail (QC_IS_CLAIM_INSPECTOR (self));

  if (self->claim == NULL || self->store == NULL)
    return;

  /* Saving reloads, which may run the store's handlers: hold on. */
  g_object_ref (self);
  if (self->note_save_id != 0)
    save_note (self);
  if (self->claim != NULL && self->rating_dirty)
    save_rating (self);
  g_object_unref (self);
}
