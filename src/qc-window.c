/* qc-window.c: the main window, one article at a time
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-window.h"

struct _QcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  QcArticleView        *article_view;

  /* Owned references */
  GSettings            *settings;
  GFile                *file;
  QcDetection          *detection;
  GtkNativeDialog      *file_chooser;
};

G_DEFINE_FINAL_TYPE (QcWindow, qc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILE,
  PROP_DETECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Run uninstalled without GSETTINGS_SCHEMA_DIR, the window still opens;
 * it only forgets its size. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not installed; window state is not saved", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (QcWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (QcWindow *self)
{
  gboolean maximized;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  if (!maximized)
    {
      int width;
      int height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static void
update_title (QcWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->file != NULL && self->detection != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      guint n_claims = qc_detection_get_n_claims (self->detection);

      title = g_filename_display_name (basename);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims),
                                  n_claims);
    }

  adw_window_title_set_title (self->window_title, title != NULL ? title : _("Quotecheck"));
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Quotecheck"));
}

/* Error messages name the file by its full path; a toast has room for one
 * line, so the name alone leaves space for what went wrong. */
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
show_toast (QcWindow   *self,
            const char *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Toast titles are Pango markup */
  title = g_markup_escape_text (message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        qc_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
}

static gboolean
on_drop_target_drop_cb (QcWindow      *self,
                        const GValue  *value,
                        double         x,
                        double         y,
                        GtkDropTarget *target)
{
  g_assert (QC_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  qc_window_open_file (self, g_value_get_object (value));

  return TRUE;
}

/* Actions */

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

static void
qc_window_open_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  static const char * const text_types[] = { "text/plain", NULL };
  static const char * const markdown_types[] = { "text/markdown", NULL };
  static const char * const article_types[] = { "text/plain", "text/markdown", NULL };
  static const char * const text_patterns[] = { "*.txt", NULL };
  static const char * const markdown_patterns[] = { "*.md", "*.markdown", NULL };
  static const char * const article_patterns[] = { "*.txt", "*.md", "*.markdown", NULL };
  QcWindow *self = QC_WINDOW (widget);
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  native = gtk_file_chooser_native_new (_("Open Article"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  add_filter (GTK_FILE_CHOOSER (native), _("Articles"), article_types, article_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Plain Text"), text_types, text_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Markdown"), markdown_types, markdown_patterns);

  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect_object (native, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self, 0);

  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

/* GtkWindow overrides */

static gboolean
qc_window_close_request (GtkWindow *window)
{
  save_window_state (QC_WINDOW (window));

  return GTK_WINDOW_CLASS (qc_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
qc_window_dispose (GObject *object)
{
  QcWindow *self = QC_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_pointer (&self->detection, qc_detection_unref);

  G_OBJECT_CLASS (qc_window_parent_class)->dispose (object);
}

static void
qc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QcWindow *self = QC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_DETECTION:
      g_value_set_boxed (value, self->detection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_window_class_init (QcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = qc_window_dispose;
  object_class->get_property = qc_window_get_property;

  window_class->close_request = qc_window_close_request;

  /**
   * QcWindow:file: (nullable)
   *
   * The article file shown, %NULL before one is opened.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcWindow:detection: (nullable)
   *
   * The claims found in the article shown.
   */
  properties[PROP_DETECTION] =
    g_param_spec_boxed ("detection", NULL, NULL,
                        QC_TYPE_DETECTION,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, article_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, qc_window_open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);

  g_type_ensure (QC_TYPE_ARTICLE_VIEW);
}

static void
qc_window_init (QcWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = create_settings ();
  restore_window_state (self);

  drop_target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop",
                           G_CALLBACK (on_drop_target_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  update_title (self);
}

/* Public API */

/**
 * qc_window_new:
 * @application: (nullable): the application the window belongs to
 *
 * Returns: (transfer none): a new window showing the empty state
 */
QcWindow *
qc_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (QC_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * qc_window_get_file:
 * @self: a #QcWindow
 *
 * Returns: (transfer none) (nullable): the article file shown
 */
GFile *
qc_window_get_file (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * qc_window_get_detection:
 * @self: a #QcWindow
 *
 * Returns: (transfer none) (nullable): the claims found in the article shown
 */
QcDetection *
qc_window_get_detection (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->detection;
}

/**
 * qc_window_get_article_view:
 * @self: a #QcWindow
 *
 * Returns: (transfer none): the view showing the article
 */
QcArticleView *
qc_window_get_article_view (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->article_view;
}

/**
 * qc_window_load_file:
 * @self: a #QcWindow
 * @file: a local text file
 * @error: return location for a #GError
 *
 * Reads @file, finds its claims and shows it. On failure the window keeps
 * what it showed before. Reading and detection run on the calling thread.
 *
 * Returns: %TRUE when @file is shown, %FALSE with @error set
 */
gboolean
qc_window_load_file (QcWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autofree char *path = NULL;
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  guint n_paragraphs = 0;

  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), uri);
      return FALSE;
    }

  text = qc_text_new_from_file (path, error);
  if (text == NULL)
    return FALSE;

  qc_text_get_paragraphs (text, &n_paragraphs);
  if (n_paragraphs == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is empty"), qc_text_get_name (text));
      return FALSE;
    }

  detection = qc_detect (text);

  g_set_object (&self->file, file);
  g_clear_pointer (&self->detection, qc_detection_unref);
  self->detection = g_steal_pointer (&detection);

  qc_article_view_set_detection (self->article_view, self->detection);
  gtk_stack_set_visible_child_name (self->stack, "article");
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETECTION]);

  return TRUE;
}

/**
 * qc_window_open_file:
 * @self: a #QcWindow
 * @file: a local text file
 *
 * Like qc_window_load_file(), but tells the user what went wrong in a
 * toast, naming the file without its folder, instead of returning the
 * error.
 */
void
qc_window_open_file (QcWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!qc_window_load_file (self, file, &error))
    {
      g_autofree char *message = shorten_message (file, error->message);

      show_toast (self, message);
    }
}

/**
 * qc_window_show_error:
 * @self: a #QcWindow
 * @error: what went wrong
 *
 * Shows the message of @error in a toast over the window.
 */
void
qc_window_show_error (QcWindow     *self,
                      const GError *error)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  show_toast (self, error->message);
}
