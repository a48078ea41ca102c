/* qc-preferences-window.c: annotator name, highlights, database file
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-application.h"
#include "qc-preferences-window.h"

struct _QcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *annotator_row;
  AdwComboRow          *highlight_row;
  AdwActionRow         *database_row;
  GtkButton            *database_button;

  /* Owned references */
  QcStore              *store;
  GSettings            *settings;
  GtkNativeDialog      *file_chooser;
};

G_DEFINE_FINAL_TYPE (QcPreferencesWindow, qc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The highlight-mode key's nicks, in the combo row's order */
static const char *highlight_modes[] = { "evidence", "speaker" };

/* Helpers */

static void
show_toast (QcPreferencesWindow *self,
            const char          *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static gboolean
get_highlight_mode (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (highlight_modes); i++)
    if (g_strcmp0 (nick, highlight_modes[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
set_highlight_mode (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (highlight_modes))
    return NULL;
  return g_variant_new_string (highlight_modes[selected]);
}

static void
switch_database (QcPreferencesWindow *self,
                 const char          *path)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;
  g_autoptr(GError) error = NULL;

  if (!QC_IS_APPLICATION (application))
    {
      show_toast (self, _("The database can only be changed in the running application"));
      return;
    }

  /* On success every window, this one too, is closed; GTK 4.8 would
   * still point this one at its finalized parent */
  g_object_ref (parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  if (!qc_application_open_database (QC_APPLICATION (application), path, &error))
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      show_toast (self, error->message);
    }
  g_object_unref (parent);
}

/* Signal callbacks */

static void
on_annotator_row_apply_cb (QcPreferencesWindow *self,
                           AdwEntryRow         *row)
{
  g_autoptr(GError) error = NULL;

  g_assert (QC_IS_PREFERENCES_WINDOW (self));

  if (!qc_preferences_window_save_name (self, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("Name saved"));
}

typedef struct
{
  QcPreferencesWindow *self;
  char                *path;
} Switch;

static void
switch_free (Switch *data)
{
  g_object_unref (data->self);
  g_free (data->path);
  g_free (data);
}

static gboolean
switch_database_cb (gpointer user_data)
{
  Switch *data = user_data;

  if (!gtk_widget_in_destruction (GTK_WIDGET (data->self)))
    switch_database (data->self, data->path);

  return G_SOURCE_REMOVE;
}

static void
on_confirm_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        QcPreferencesWindow *self)
{
  Switch *data;

  g_assert (QC_IS_PREFERENCES_WINDOW (self));

  if (g_strcmp0 (response, "switch") != 0)
    return;

  /* Switching closes every window, this dialog's parents too: not while
   * the dialog is still sending its response */
  data = g_new0 (Switch, 1);
  data->self = g_object_ref (self);
  data->path = g_strdup (g_object_get_data (G_OBJECT (dialog), "path"));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, switch_database_cb, data, (GDestroyNotify) switch_free);
}

static void
on_file_chooser_response_cb (GtkNativeDialog     *dialog,
                             int                  response,
                             QcPreferencesWindow *self)
{
  g_autoptr(GtkNativeDialog) owned = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  GtkWidget *confirm;

  g_assert (QC_IS_PREFERENCES_WINDOW (self));

  if (self->file_chooser == dialog)
    owned = g_steal_pointer (&self->file_chooser);
  gtk_native_dialog_destroy (dialog);

  if (response != GTK_RESPONSE_ACCEPT
      || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) == NULL
      || (path = g_file_get_path (file)) == NULL
      || g_strcmp0 (path, qc_store_get_path (self->store)) == 0)
    return;

  display = g_filename_display_name (path);
  confirm = adw_message_dialog_new (GTK_WINDOW (self),
                                    _("Switch Database?"),
                                    NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (confirm),
                                  _("Quotecheck will close the current database and open %s. "
                                    "Everything in the current one stays saved."),
                                  display);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    "cancel", _("_Cancel"),
                                    "switch", _("_Switch"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "switch",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_object_set_data_full (G_OBJECT (confirm), "path", g_steal_pointer (&path), g_free);
  g_signal_connect_object (confirm, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (confirm));
}

static void
on_database_button_clicked_cb (QcPreferencesWindow *self,
                               GtkButton           *button)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;
  GtkFileChooserNative *native;

  g_assert (QC_IS_PREFERENCES_WINDOW (self));

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  native = gtk_file_chooser_native_new (_("Open Database"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (databases, _("Quotecheck Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  folder_path = g_path_get_dirname (qc_store_get_path (self->store));
  folder = g_file_new_for_path (folder_path);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_signal_connect_object (native, "response", G_CALLBACK (on_file_chooser_response_cb), self, 0);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

/* GObject overrides */

static void
qc_preferences_window_constructed (GObject *object)
{
  QcPreferencesWindow *self = QC_PREFERENCES_WINDOW (object);
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;
  const char *path;

  G_OBJECT_CLASS (qc_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (QC_IS_STORE (self->store));

  name = qc_store_dup_annotator_name (self->store, qc_store_get_local_annotator (self->store), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->annotator_row), name != NULL ? name : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->annotator_row), !qc_store_is_read_only (self->store));

  path = qc_store_get_path (self->store);
  display = g_filename_display_name (path);
  if (qc_store_is_read_only (self->store))
    {
      g_autofree char *subtitle = g_strdup_printf (_("%s (read-only)"), display);

      adw_action_row_set_subtitle (self->database_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->database_row, display);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->database_row), display);
}

static void
qc_preferences_window_dispose (GObject *object)
{
  QcPreferencesWindow *self = QC_PREFERENCES_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_preferences_window_parent_class)->dispose (object);
}

static void
qc_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  QcPreferencesWindow *self = QC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  QcPreferencesWindow *self = QC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_preferences_window_class_init (QcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_preferences_window_constructed;
  object_class->dispose = qc_preferences_window_dispose;
  object_class->get_property = qc_preferences_window_get_property;
  object_class->set_property = qc_preferences_window_set_property;

  /**
   * QcPreferencesWindow:store:
   *
   * The database whose annotator name and file are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QcPreferencesWindow, annotator_row);
  gtk_widget_class_bind_template_child (widget_class, QcPreferencesWindow, highlight_row);
  gtk_widget_class_bind_template_child (widget_class, QcPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, QcPreferencesWindow, database_button);
  gtk_widget_class_bind_template_callback (widget_class, on_annotator_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_database_button_clicked_cb);
}

static void
qc_preferences_window_init (QcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = qc_application_create_settings ();
  if (self->settings != NULL)
    g_settings_bind_with_mapping (self->settings, "highlight-mode",
                                  self->highlight_row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  get_highlight_mode, set_highlight_mode,
                                  NULL, NULL);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->highlight_row), FALSE);
}

/* Public API */

/**
 * qc_preferences_window_new:
 * @store: the database in use
 *
 * Returns: (transfer none): a new preferences window
 */
GtkWidget *
qc_preferences_window_new (QcStore *store)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_PREFERENCES_WINDOW, "store", store, NULL);
}

QcStore *
qc_preferences_window_get_store (QcPreferencesWindow *self)
{
  g_return_val_if_fail (QC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}

/**
 * qc_preferences_window_save_name:
 * @name: the local annotator's display name
 * @error: return location for a #GError
 *
 * Returns: %FALSE with @error set when the store refused the name
 */
gboolean
qc_preferences_window_save_name (QcPreferencesWindow  *self,
                                 const char           *name,
                                 GError              **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (QC_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The name cannot be empty"));
      return FALSE;
    }

  return qc_store_set_annotator_name (self->store, qc_store_get_local_annotator (self->store),
                                      stripped, error);
}
