/* qc-export-dialog.c: the export dialog: a format, a scope, a file
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-export-dialog.h"

struct _QcExportDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkButton       *export_button;
  AdwToastOverlay *toast_overlay;
  GtkDropDown     *format_drop_down;
  GtkDropDown     *scope_drop_down;

  /* Owned references */
  QcStore         *store;
  GtkNativeDialog *file_chooser;
  GCancellable    *cancellable;

  gint64           article_id;
  gint64           speaker_id;
  /* The scopes offered, in drop-down order */
  QcExportScope    scopes[3];
  guint            n_scopes;
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (QcExportDialog, qc_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE_ID,
  PROP_SPEAKER_ID,
  PROP_BUSY,
  N_PROPS
};

enum {
  EXPORT_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  QcExportDialog *self;
  GFile          *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static gint64
scope_id (QcExportDialog *self,
          QcExportScope   scope)
{
  switch (scope)
    {
    case QC_EXPORT_SCOPE_ARTICLE:
      return self->article_id;
    case QC_EXPORT_SCOPE_SPEAKER:
      return self->speaker_id;
    case QC_EXPORT_SCOPE_ALL:
    default:
      return 0;
    }
}

static void
set_busy (QcExportDialog *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_drop_down), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_drop_down), !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The export's messages name the file already ("Cannot write …: its
 * folder does not exist") */
static void
show_error (QcExportDialog *self,
            const GError   *error)
{
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast;

  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_export_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  QcExportDialog *self = data->self;
  GFile *file = data->file;
  g_autoptr(GError) error = NULL;

  qc_export_to_file_finish (QC_STORE (object), result, &error);

  /* Closed (and disposed) while the export ran */
  if (self->store == NULL)
    return;

  set_busy (self, FALSE);
  g_clear_object (&self->cancellable);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);

  g_signal_emit (self, signals[EXPORT_FINISHED], 0, file, error);
}

/* Signal callbacks */

static void
on_file_chooser_response_cb (QcExportDialog  *self,
                             int              response,
                             GtkNativeDialog *native)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  gtk_native_dialog_destroy (native);
  g_clear_object (&self->file_chooser);

  if (file != NULL)
    qc_export_dialog_export_to (self, file,
                                qc_export_dialog_get_format (self),
                                qc_export_dialog_get_scope (self));
}

static void
on_export_button_clicked_cb (QcExportDialog *self)
{
  g_autofree char *name = qc_export_dialog_dup_suggested_filename (self);
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL || self->busy)
    return;

  native = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_object (native, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self, G_CONNECT_SWAPPED);

  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

/* Building the drop-downs */

static void
fill_drop_downs (QcExportDialog *self)
{
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  for (guint i = 0; i < QC_EXPORT_N_FORMATS; i++)
    gtk_string_list_append (formats, qc_export_format_get_label ((QcExportFormat) i));
  gtk_drop_down_set_model (self->format_drop_down, G_LIST_MODEL (formats));
  gtk_drop_down_set_selected (self->format_drop_down, QC_EXPORT_FORMAT_HTML);

  self->n_scopes = 0;
  if (self->article_id != 0)
    {
      self->scopes[self->n_scopes++] = QC_EXPORT_SCOPE_ARTICLE;
      gtk_string_list_append (scopes, _("The open article"));
    }
  self->scopes[self->n_scopes++] = QC_EXPORT_SCOPE_ALL;
  gtk_string_list_append (scopes, _("All articles"));
  if (self->speaker_id != 0)
    {
      g_autoptr(QcSpeaker) speaker = qc_store_get_speaker (self->store, self->speaker_id, NULL);

      self->scopes[self->n_scopes++] = QC_EXPORT_SCOPE_SPEAKER;
      if (speaker != NULL)
        {
          /* Translators: an export scope, "Claims by Jane Holloway" */
          g_autofree char *label = g_strdup_printf (_("Claims by %s"), qc_speaker_get_name (speaker));

          gtk_string_list_append (scopes, label);
        }
      else
        gtk_string_list_append (scopes, _("The speaker’s claims"));
    }
  gtk_drop_down_set_model (self->scope_drop_down, G_LIST_MODEL (scopes));
  gtk_drop_down_set_selected (self->scope_drop_down, 0);
}

/* GObject */

static void
qc_export_dialog_constructed (GObject *object)
{
  QcExportDialog *self = QC_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (qc_export_dialog_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  fill_drop_downs (self);
}

static void
qc_export_dialog_dispose (GObject *object)
{
  QcExportDialog *self = QC_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (qc_export_dialog_parent_class)->dispose (object);
}

static void
qc_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  QcExportDialog *self = QC_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;
    case PROP_SPEAKER_ID:
      g_value_set_int64 (value, self->speaker_id);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QcExportDialog *self = QC_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ARTICLE_ID:
      self->article_id = g_value_get_int64 (value);
      break;
    case PROP_SPEAKER_ID:
      self->speaker_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_export_dialog_class_init (QcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_export_dialog_constructed;
  object_class->dispose = qc_export_dialog_dispose;
  object_class->get_property = qc_export_dialog_get_property;
  object_class->set_property = qc_export_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER_ID] =
    g_param_spec_int64 ("speaker-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QcExportDialog::export-finished:
   * @self: the dialog
   * @file: the destination
   * @error: (nullable): why the export failed, %NULL on success
   *
   * Emitted when an export ends. On failure the dialog has shown the
   * error itself; on success its owner confirms and closes it.
   */
  signals[EXPORT_FINISHED] =
    g_signal_new ("export-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QcExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, QcExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcExportDialog, format_drop_down);
  gtk_widget_class_bind_template_child (widget_class, QcExportDialog, scope_drop_down);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qc_export_dialog_init (QcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * qc_export_dialog_new:
 * @store: the store to export from
 * @article_id: the open article, or 0
 * @speaker_id: the selected claim's speaker, or 0
 *
 * Returns: (transfer floating): a new dialog; the scopes offered follow
 *   the ids given ("all articles" is always there)
 */
GtkWidget *
qc_export_dialog_new (QcStore *store,
                      gint64   article_id,
                      gint64   speaker_id)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (article_id >= 0 && speaker_id >= 0, NULL);

  return g_object_new (QC_TYPE_EXPORT_DIALOG,
                       "store", store,
                       "article-id", article_id,
                       "speaker-id", speaker_id,
                       NULL);
}

QcExportFormat
qc_export_dialog_get_format (QcExportDialog *self)
{
  guint position;

  g_return_val_if_fail (QC_IS_EXPORT_DIALOG (self), QC_EXPORT_FORMAT_JSON);

  position = gtk_drop_down_get_selected (self->format_drop_down);
  if (position >= QC_EXPORT_N_FORMATS)
    return QC_EXPORT_FORMAT_HTML;
  return (QcExportFormat) position;
}

void
qc_export_dialog_set_format (QcExportDialog *self,
                             QcExportFormat  format)
{
  g_return_if_fail (QC_IS_EXPORT_DIALOG (self));
  g_return_if_fail ((guint) format < QC_EXPORT_N_FORMATS);

  gtk_drop_down_set_selected (self->format_drop_down, format);
}

QcExportScope
qc_export_dialog_get_scope (QcExportDialog *self)
{
  guint position;

  g_return_val_if_fail (QC_IS_EXPORT_DIALOG (self), QC_EXPORT_SCOPE_ALL);

  position = gtk_drop_down_get_selected (self->scope_drop_down);
  if (position >= self->n_scopes)
    return QC_EXPORT_SCOPE_ALL;
  return self->scopes[position];
}

/**
 * qc_export_dialog_set_scope:
 *
 * Returns: %FALSE when @scope is not offered (no open article, no speaker)
 */
gboolean
qc_export_dialog_set_scope (QcExportDialog *self,
                            QcExportScope   scope)
{
  g_return_val_if_fail (QC_IS_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < self->n_scopes; i++)
    if (self->scopes[i] == scope)
      {
        gtk_drop_down_set_selected (self->scope_drop_down, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * qc_export_dialog_dup_suggested_filename:
 *
 * Returns: (transfer full) (nullable): the file name offered for the
 *   chosen format and scope
 */
char *
qc_export_dialog_dup_suggested_filename (QcExportDialog *self)
{
  QcExportScope scope;

  g_return_val_if_fail (QC_IS_EXPORT_DIALOG (self), NULL);

  scope = qc_export_dialog_get_scope (self);
  return qc_export_dup_suggested_filename (self->store, scope, scope_id (self, scope),
                                           qc_export_dialog_get_format (self));
}

gboolean
qc_export_dialog_get_busy (QcExportDialog *self)
{
  g_return_val_if_fail (QC_IS_EXPORT_DIALOG (self), FALSE);

  return self->busy;
}

/**
 * qc_export_dialog_export_to:
 * @self: the dialog
 * @file: the destination, replaced atomically
 * @format: the format
 * @scope: what to export; the ids are the dialog's
 *
 * Starts an export in a thread; #QcExportDialog::export-finished tells
 * how it ended. What the "Export…" button does once a file is chosen.
 */
void
qc_export_dialog_export_to (QcExportDialog *self,
                            GFile          *file,
                            QcExportFormat  format,
                            QcExportScope   scope)
{
  QcExportOptions options = { 0 };
  ExportData *data;

  g_return_if_fail (QC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail ((guint) format < QC_EXPORT_N_FORMATS);
  g_return_if_fail (!self->busy);

  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);

  qc_export_to_file_async (self->store, scope, scope_id (self, scope), format, &options, file,
                           self->cancellable, on_export_finished_cb, data);
}
