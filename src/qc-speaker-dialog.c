/* qc-speaker-dialog.c: a dialog creating a new speaker or editing one
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-speaker-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-speaker-dialog.h"

struct _QcSpeakerDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkButton       *save_button;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwComboRow     *kind_row;
  AdwEntryRow     *role_row;

  /* Owned references */
  QcStore         *store;

  gint64           speaker_id;
  gint64           claim_id;
};

G_DEFINE_FINAL_TYPE (QcSpeakerDialog, qc_speaker_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SPEAKER_ID,
  PROP_CLAIM_ID,
  N_PROPS
};

enum {
  SPEAKER_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The kind drop-down lists Person, Organisation, Unknown: the likely ones first. */
static const QcSpeakerKind kind_order[] = {
  QC_SPEAKER_KIND_PERSON,
  QC_SPEAKER_KIND_ORGANISATION,
  QC_SPEAKER_KIND_UNKNOWN,
};

static guint
kind_to_position (QcSpeakerKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_order); i++)
    if (kind_order[i] == kind)
      return i;
  return 0;
}

static QcSpeakerKind
position_to_kind (guint position)
{
  if (position >= G_N_ELEMENTS (kind_order))
    return QC_SPEAKER_KIND_UNKNOWN;
  return kind_order[position];
}

static char *
dup_stripped (const char *text)
{
  char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static void
load_speaker (QcSpeakerDialog *self)
{
  g_autoptr(QcSpeaker) speaker = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Speaker"));
  gtk_button_set_label (self->save_button, _("_Save"));

  speaker = qc_store_get_speaker (self->store, self->speaker_id, &error);
  if (speaker == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), qc_speaker_get_name (speaker));
  adw_combo_row_set_selected (self->kind_row, kind_to_position (qc_speaker_get_kind (speaker)));
  gtk_editable_set_text (GTK_EDITABLE (self->role_row),
                         qc_speaker_get_role (speaker) != NULL ? qc_speaker_get_role (speaker) : "");
}

/* Signal callbacks */

static void
on_name_row_changed_cb (QcSpeakerDialog *self)
{
  g_autofree char *name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), name != NULL);
}

static void
on_save_button_clicked_cb (QcSpeakerDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  id = qc_speaker_dialog_save (self, &error);
  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

/* GObject overrides */

static void
qc_speaker_dialog_constructed (GObject *object)
{
  QcSpeakerDialog *self = QC_SPEAKER_DIALOG (object);

  G_OBJECT_CLASS (qc_speaker_dialog_parent_class)->constructed (object);

  if (self->store != NULL && self->speaker_id > 0)
    load_speaker (self);
}

static void
qc_speaker_dialog_dispose (GObject *object)
{
  QcSpeakerDialog *self = QC_SPEAKER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_SPEAKER_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_speaker_dialog_parent_class)->dispose (object);
}

static void
qc_speaker_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QcSpeakerDialog *self = QC_SPEAKER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SPEAKER_ID:
      g_value_set_int64 (value, self->speaker_id);
      break;
    case PROP_CLAIM_ID:
      g_value_set_int64 (value, self->claim_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_speaker_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QcSpeakerDialog *self = QC_SPEAKER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SPEAKER_ID:
      self->speaker_id = g_value_get_int64 (value);
      break;
    case PROP_CLAIM_ID:
      self->claim_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_speaker_dialog_class_init (QcSpeakerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_speaker_dialog_constructed;
  object_class->dispose = qc_speaker_dialog_dispose;
  object_class->get_property = qc_speaker_dialog_get_property;
  object_class->set_property = qc_speaker_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* 0: create a new speaker; otherwise edit this one. */
  properties[PROP_SPEAKER_ID] =
    g_param_spec_int64 ("speaker-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* A new speaker is also given to this claim, in the same undo step. */
  properties[PROP_CLAIM_ID] =
    g_param_spec_int64 ("claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QcSpeakerDialog::speaker-saved:
   * @speaker_id: the speaker created or edited
   */
  signals[SPEAKER_SAVED] =
    g_signal_new ("speaker-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quotecheck/Quotecheck/ui/qc-speaker-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QcSpeakerDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakerDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakerDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakerDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakerDialog, role_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qc_speaker_dialog_init (QcSpeakerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

/* Public API */

GtkWidget *
qc_speaker_dialog_new (QcStore *store,
                       gint64   speaker_id,
                       gint64   claim_id)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_SPEAKER_DIALOG,
                       "store", store,
                       "speaker-id", speaker_id,
                       "claim-id", claim_id,
                       NULL);
}

gint64
qc_speaker_dialog_get_speaker_id (QcSpeakerDialog *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER_DIALOG (self), 0);

  return self->speaker_id;
}

gint64
qc_speaker_dialog_get_claim_id (QcSpeakerDialog *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER_DIALOG (self), 0);

  return self->claim_id;
}

/**
 * qc_speaker_dialog_set_name:
 *
 * Prefills the name, e.g. with the text the user searched for.
 */
void
qc_speaker_dialog_set_name (QcSpeakerDialog *self,
                            const char      *name)
{
  g_return_if_fail (QC_IS_SPEAKER_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}

/**
 * qc_speaker_dialog_save:
 *
 * Creates the speaker (and gives it to #QcSpeakerDialog:claim-id), or
 * saves the edited name, kind and role, as one undo step; then emits
 * #QcSpeakerDialog::speaker-saved.
 *
 * Returns: the speaker id, or 0 with @error set
 */
gint64
qc_speaker_dialog_save (QcSpeakerDialog  *self,
                        GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  QcSpeakerKind kind;
  gint64 id = self->speaker_id;
  gboolean ok;

  g_return_val_if_fail (QC_IS_SPEAKER_DIALOG (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  role = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
  kind = position_to_kind (adw_combo_row_get_selected (self->kind_row));

  if (name == NULL)
    {
      g_set_error_literal (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                           _("A speaker needs a name"));
      return 0;
    }

  if (!qc_store_begin_action (self->store,
                              id == 0 ? _("New speaker") : _("Edit speaker"),
                              error))
    return 0;

  if (id == 0)
    {
      id = qc_store_add_speaker (self->store, name, kind, role, error);
      ok = id > 0;
      if (ok && self->claim_id > 0)
        ok = qc_store_set_claim_speaker (self->store, self->claim_id, id, error);
    }
  else
    {
      g_autoptr(QcSpeaker) speaker = qc_store_get_speaker (self->store, id, error);

      ok = speaker != NULL;
      if (ok && g_strcmp0 (qc_speaker_get_name (speaker), name) != 0)
        ok = qc_store_rename_speaker (self->store, id, name, error);
      if (ok && qc_speaker_get_kind (speaker) != kind)
        ok = qc_store_set_speaker_kind (self->store, id, kind, error);
      if (ok && g_strcmp0 (qc_speaker_get_role (speaker), role) != 0)
        ok = qc_store_set_speaker_role (self->store, id, role, error);
    }

  if (!ok)
    {
      qc_store_rollback_action (self->store);
      return 0;
    }
  if (!qc_store_commit_action (self->store, error))
    return 0;

  self->speaker_id = id;
  g_signal_emit (self, signals[SPEAKER_SAVED], 0, id);

  return id;
}
