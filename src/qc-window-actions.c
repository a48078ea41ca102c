/* qc-window-actions.c: what the window does, one action per command
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-export-dialog.h"
#include "qc-preferences-window.h"
#include "qc-window-private.h"

/* Longest headline taken from the first line of pasted text */
#define MAX_PASTED_TITLE_CHARS 120

/* Helpers */

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static gboolean
is_quote_mark (gunichar c)
{
  switch (c)
    {
    case '"':
    case '\'':
    case 0x00AB: /* « */
    case 0x00BB: /* » */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* The selection without the spaces a drag picks up at either end */
static gboolean
get_trimmed_selection (QcWindow *self,
                       QcRange  *range)
{
  GtkTextView *text_view = qc_article_view_get_text_view (self->article_view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start;
  GtkTextIter end;

  if (qc_window_get_article_id (self) == 0
      || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;

  while (gtk_text_iter_compare (&start, &end) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&start)))
    gtk_text_iter_forward_char (&start);
  while (gtk_text_iter_compare (&start, &end) < 0)
    {
      GtkTextIter before = end;

      gtk_text_iter_backward_char (&before);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&before)))
        break;
      end = before;
    }

  if (gtk_text_iter_equal (&start, &end))
    return FALSE;

  range->start = (gsize) gtk_text_iter_get_offset (&start);
  range->end = (gsize) gtk_text_iter_get_offset (&end);
  return TRUE;
}

static void
clear_text_selection (QcWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (self->article_view));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_select_range (buffer, &iter, &iter);
}

static gboolean
is_writable (QcWindow *self)
{
  return self->store != NULL && !qc_store_is_read_only (self->store);
}

/* Signal callbacks */

static void
on_file_chooser_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             QcWindow        *self)
{
  g_autoptr(GtkNativeDialog) owned = NULL;

  g_assert (GTK_IS_NATIVE_DIALOG (dialog));
  g_assert (QC_IS_WINDOW (self));

  if (self->file_chooser == dialog)
    owned = g_steal_pointer (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          qc_window_open_file (self, file);
        }
    }

  gtk_native_dialog_destroy (dialog);
}

static void
on_paste_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             QcWindow         *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *entry;
  const char *text;
  g_autofree char *title = NULL;

  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert (QC_IS_WINDOW (self));

  if (g_strcmp0 (response, "import") != 0)
    return;

  text = g_object_get_data (G_OBJECT (dialog), "text");
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!qc_window_import_text (self, text, -1, *title != '\0' ? title : NULL, &error))
    qc_window_show_error (self, error);
}

static void
on_title_entry_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "import", *title != '\0');
}

static char *
guess_title (const char *text)
{
  const char *end;
  g_autofree char *line = NULL;

  while (g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);
  end = strchr (text, '\n');
  line = end != NULL ? g_strndup (text, end - text) : g_strdup (text);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > MAX_PASTED_TITLE_CHARS)
    return NULL;
  return g_steal_pointer (&line);
}

static void
show_paste_dialog (QcWindow   *self,
                   const char *text)
{
  g_autofree char *title = guess_title (text);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Paste as New Article"),
                                   _("The pasted text becomes a new article in the library. "
                                     "What is its title?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Article title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article title"),
                                  -1);
  if (title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_title_entry_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  on_title_entry_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  g_object_set_data_full (G_OBJECT (dialog), "text", g_strdup (text), g_free);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_paste_dialog_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_clipboard_read_text_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(QcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (text != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (*stripped == '\0')
        g_clear_pointer (&text, g_free);
    }

  if (text == NULL)
    {
      _qc_window_show_toast (self, _("The clipboard holds no text to import"));
      return;
    }

  show_paste_dialog (self, text);
}

/* Actions */

static void
qc_window_import_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _qc_window_open_file_chooser (QC_WINDOW (widget));
}

static void
qc_window_paste_article_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_read_text_cb, g_object_ref (self));
}

static void
qc_window_new_claim_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  QcClaimKind kind;
  QcRange range;
  gint64 claim_id;

  if (!get_trimmed_selection (self, &range))
    return;

  /* A selection that opens with a quotation mark is a quote */
  buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (self->article_view));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) range.start);
  kind = is_quote_mark (gtk_text_iter_get_char (&start)) ? QC_CLAIM_KIND_DIRECT : QC_CLAIM_KIND_INDIRECT;

  claim_id = qc_store_add_claim (self->store, qc_window_get_article_id (self), kind, &range, 1, 0, &error);
  if (claim_id == 0)
    {
      qc_window_show_error (self, error);
      return;
    }

  clear_text_selection (self);
  _qc_window_store_changed (self);
  qc_window_set_selected_claim_id (self, claim_id);
}

static void
qc_window_change_span_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  QcRange range;

  if (self->selected_claim_id == 0 || !get_trimmed_selection (self, &range))
    return;

  if (!qc_store_set_claim_spans (self->store, self->selected_claim_id, &range, 1, &error))
    {
      qc_window_show_error (self, error);
      return;
    }

  clear_text_selection (self);
  _qc_window_store_changed (self);
}

static void
qc_window_delete_claim_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 claim_id = self->selected_claim_id;
  gint64 next_id;
  AdwToast *toast;

  if (claim_id == 0)
    return;

  /* Keep going through the claims from the keyboard */
  next_id = qc_article_view_get_adjacent_claim (self->article_view, claim_id, TRUE);
  if (next_id == 0)
    next_id = qc_article_view_get_adjacent_claim (self->article_view, claim_id, FALSE);

  if (!qc_store_delete_claim (self->store, claim_id, &error))
    {
      qc_window_show_error (self, error);
      return;
    }

  _qc_window_store_changed (self);
  qc_window_set_selected_claim_id (self, next_id);

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

  toast = adw_toast_new (_("Claim deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
qc_window_set_evidence_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  QcEvidence evidence;

  if (self->selected_claim_id == 0)
    return;

  if (!qc_evidence_from_string (g_variant_get_string (param, NULL), &evidence))
    {
      g_critical ("Unknown evidence state “%s”", g_variant_get_string (param, NULL));
      return;
    }

  if (!qc_store_set_claim_evidence (self->store, self->selected_claim_id, evidence, &error))
    {
      qc_window_show_error (self, error);
      return;
    }

  _qc_window_store_changed (self);
}

static void
move_to_claim (QcWindow *self,
               gboolean  forward)
{
  gint64 claim_id = qc_article_view_get_adjacent_claim (self->article_view,
                                                        self->selected_claim_id, forward);

  if (claim_id != 0)
    qc_window_set_selected_claim_id (self, claim_id);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
qc_window_next_claim_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  move_to_claim (QC_WINDOW (widget), TRUE);
}

static void
qc_window_previous_claim_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  move_to_claim (QC_WINDOW (widget), FALSE);
}

static void
undo_or_redo (QcWindow *self,
              gboolean  undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

  /* What is being typed in the inspector is an edit of its own first */
  qc_claim_inspector_save_pending (self->claim_inspector);

  ok = undo ? qc_store_undo (self->store, &label, &error) : qc_store_redo (self->store, &label, &error);
  if (!ok)
    {
      if (g_error_matches (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_UNDO)
          || g_error_matches (error, QC_STORE_ERROR, QC_STORE_ERROR_NOTHING_TO_REDO))
        gtk_widget_error_bell (GTK_WIDGET (self));
      else
        qc_window_show_error (self, error);
      _qc_window_update_actions (self);
      return;
    }

  _qc_window_store_changed (self);

  /* Translators: a toast after undo, "Undone: Set evidence" */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label != NULL ? label : "");
  {
    g_autofree char *escaped = g_markup_escape_text (message, -1);
    AdwToast *toast = adw_toast_new (escaped);

    adw_toast_set_timeout (toast, 3);
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
  }
}

static void
qc_window_undo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  undo_or_redo (QC_WINDOW (widget), TRUE);
}

static void
qc_window_redo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  undo_or_redo (QC_WINDOW (widget), FALSE);
}

static void
qc_window_preferences_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  GtkWidget *preferences = qc_preferences_window_new (self->store);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_export_dialog_finished_cb (QcWindow       *self,
                              GFile          *file,
                              const GError   *error,
                              QcExportDialog *dialog)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  /* The dialog shows its own errors and stays open */
  if (error != NULL)
    return;

  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  /* Translators: a toast, "Exported to city-council-budget.html" */
  message = g_strdup_printf (_("Exported to %s"), name);
  title = g_markup_escape_text (message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
qc_window_export_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);
  gint64 article_id = qc_window_get_article_id (self);
  gint64 speaker_id = 0;
  GtkWidget *dialog;

  if (article_id == 0)
    return;

  if (self->selected_claim_id != 0)
    {
      g_autoptr(QcClaim) claim = qc_store_get_claim (self->store, self->selected_claim_id, NULL);

      if (claim != NULL)
        speaker_id = qc_claim_get_speaker_id (claim);
    }

  dialog = qc_export_dialog_new (self->store, article_id, speaker_id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "export-finished",
                           G_CALLBACK (on_export_dialog_finished_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
qc_window_open_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
qc_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  QcWindow *self = QC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "article");
  gtk_widget_set_visible (GTK_WIDGET (self->library_sidebar), TRUE);
  g_object_notify (G_OBJECT (self), "show-sidebar");
  qc_library_sidebar_focus_search (self->library_sidebar);
}

static void
qc_window_show_page_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  qc_window_show_page (QC_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* Only single keys without a modifier can be typed into entries: those
 * go to the window only when no text field has the focus. */
static gboolean
run_unless_typing (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  const char *action_name = user_data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;

  if (focus != NULL
      && (GTK_IS_EDITABLE (focus)
          || (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)))))
    return FALSE;

  if (!g_action_parse_detailed_name (action_name, &name, &target, NULL))
    g_assert_not_reached ();

  return gtk_widget_activate_action_variant (widget, name, target);
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        modifiers,
         const char            *detailed_action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_callback_action_new (run_unless_typing,
                                                                                   (gpointer) detailed_action,
                                                                                   NULL)));
}

static const char *
highlight_mode_nick (QcWindow *self)
{
  GEnumClass *enum_class = g_type_class_peek (QC_TYPE_HIGHLIGHT_MODE);
  GEnumValue *value = g_enum_get_value (enum_class, qc_article_view_get_highlight_mode (self->article_view));

  return value != NULL ? value->value_nick : "evidence";
}

static void
on_highlight_mode_change_state_cb (GSimpleAction *action,
                                   GVariant      *state,
                                   QcWindow      *self)
{
  GEnumClass *enum_class = g_type_class_peek (QC_TYPE_HIGHLIGHT_MODE);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, g_variant_get_string (state, NULL));

  if (value != NULL)
    qc_article_view_set_highlight_mode (self->article_view, value->value);
}

static void
on_article_view_notify_highlight_mode_cb (QcArticleView *view,
                                          GParamSpec    *pspec,
                                          GSimpleAction *action)
{
  QcWindow *self = QC_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), QC_TYPE_WINDOW));

  if (self != NULL)
    g_simple_action_set_state (action, g_variant_new_string (highlight_mode_nick (self)));
}

/* Private API */

void
_qc_window_open_file_chooser (QcWindow *self)
{
  static const char * const text_types[] = { "text/plain", NULL };
  static const char * const markdown_types[] = { "text/markdown", NULL };
  static const char * const html_types[] = { "text/html", NULL };
  static const char * const article_types[] = { "text/plain", "text/markdown", "text/html", NULL };
  static const char * const text_patterns[] = { "*.txt", NULL };
  static const char * const markdown_patterns[] = { "*.md", "*.markdown", NULL };
  static const char * const html_patterns[] = { "*.html", "*.htm", NULL };
  static const char * const article_patterns[] = { "*.txt", "*.md", "*.markdown", "*.html", "*.htm", NULL };
  GtkFileChooserNative *native;

  g_assert (QC_IS_WINDOW (self));

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  native = gtk_file_chooser_native_new (_("Import Articles"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  add_filter (GTK_FILE_CHOOSER (native), _("Articles"), article_types, article_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Plain Text"), text_types, text_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Markdown"), markdown_types, markdown_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Web Pages"), html_types, html_patterns);

  g_signal_connect_object (native, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self, 0);

  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

void
_qc_window_update_actions (QcWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable;
  gboolean open;
  gboolean has_claim;
  gboolean has_claims;
  gboolean has_selection;
  QcRange range;

  g_assert (QC_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  writable = is_writable (self);
  open = qc_window_get_article_id (self) != 0;
  has_claim = open && self->selected_claim_id != 0;
  has_claims = open && qc_article_view_get_adjacent_claim (self->article_view, 0, TRUE) != 0;
  has_selection = get_trimmed_selection (self, &range);

  gtk_widget_action_set_enabled (widget, "win.import", writable);
  gtk_widget_action_set_enabled (widget, "win.paste-article", writable);
  gtk_widget_action_set_enabled (widget, "win.export", open);
  gtk_widget_action_set_enabled (widget, "win.undo", writable && qc_store_can_undo (self->store));
  gtk_widget_action_set_enabled (widget, "win.redo", writable && qc_store_can_redo (self->store));
  gtk_widget_action_set_enabled (widget, "win.next-claim", has_claims);
  gtk_widget_action_set_enabled (widget, "win.previous-claim", has_claims);
  gtk_widget_action_set_enabled (widget, "claim.new", writable && has_selection);
  gtk_widget_action_set_enabled (widget, "claim.change-span", writable && has_claim && has_selection);
  gtk_widget_action_set_enabled (widget, "claim.delete", writable && has_claim);
  gtk_widget_action_set_enabled (widget, "claim.set-evidence", writable && has_claim);
  _qc_window_review_update_actions (self);
}

void
_qc_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, qc_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, qc_window_paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, qc_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", qc_window_open_export_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, qc_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, qc_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.next-claim", NULL, qc_window_next_claim_action);
  gtk_widget_class_install_action (widget_class, "win.previous-claim", NULL, qc_window_previous_claim_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, qc_window_preferences_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, qc_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", qc_window_show_page_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");
  gtk_widget_class_install_action (widget_class, "claim.new", NULL, qc_window_new_claim_action);
  gtk_widget_class_install_action (widget_class, "claim.change-span", NULL, qc_window_change_span_action);
  gtk_widget_class_install_action (widget_class, "claim.delete", NULL, qc_window_delete_claim_action);
  gtk_widget_class_install_action (widget_class, "claim.set-evidence", "s", qc_window_set_evidence_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.paste-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "article");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "speakers");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "claim.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "claim.change-span", NULL);

  _qc_window_review_class_init (widget_class);
}

/* Keys without modifiers go through a capture-phase controller, so the
 * article's text view (which would take Delete and digits for itself)
 * never sees them, while entries still get their letters. */
void
_qc_window_actions_init (QcWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
  GActionGroup *settings_group = G_ACTION_GROUP (g_simple_action_group_new ());
  g_autoptr(GSimpleAction) highlight_mode = NULL;

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "qc-window-keys");

  add_key (shortcuts, GDK_KEY_j, 0, "win.next-claim");
  add_key (shortcuts, GDK_KEY_k, 0, "win.previous-claim");
  add_key (shortcuts, GDK_KEY_Delete, 0, "claim.delete");
  add_key (shortcuts, GDK_KEY_KP_Delete, 0, "claim.delete");
  add_key (shortcuts, GDK_KEY_1, 0, "claim.set-evidence::unassessed");
  add_key (shortcuts, GDK_KEY_2, 0, "claim.set-evidence::supported");
  add_key (shortcuts, GDK_KEY_3, 0, "claim.set-evidence::unsupported");
  add_key (shortcuts, GDK_KEY_4, 0, "claim.set-evidence::disputed");
  add_key (shortcuts, GDK_KEY_KP_1, 0, "claim.set-evidence::unassessed");
  add_key (shortcuts, GDK_KEY_KP_2, 0, "claim.set-evidence::supported");
  add_key (shortcuts, GDK_KEY_KP_3, 0, "claim.set-evidence::unsupported");
  add_key (shortcuts, GDK_KEY_KP_4, 0, "claim.set-evidence::disputed");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* The highlight mode is the article view's property, which GSettings
   * keeps. Not a GPropertyAction: shown in a menu, it keeps the view
   * alive after the window is gone (GTK 4.8). */
  highlight_mode = g_simple_action_new_stateful ("highlight-mode", G_VARIANT_TYPE_STRING,
                                                 g_variant_new_string (highlight_mode_nick (self)));
  g_signal_connect_object (highlight_mode, "change-state",
                           G_CALLBACK (on_highlight_mode_change_state_cb), self, 0);
  g_signal_connect_object (self->article_view, "notify::highlight-mode",
                           G_CALLBACK (on_article_view_notify_highlight_mode_cb), highlight_mode, 0);
  g_action_map_add_action (G_ACTION_MAP (settings_group), G_ACTION (highlight_mode));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", settings_group);
  g_object_unref (settings_group);
}
