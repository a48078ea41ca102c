/* qc-speaker-dialog.h: a dialog creating a new speaker or editing one
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_SPEAKER_DIALOG (qc_speaker_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QcSpeakerDialog, qc_speaker_dialog, QC, SPEAKER_DIALOG, AdwWindow)

GtkWidget *qc_speaker_dialog_new            (QcStore          *store,
                                             gint64            speaker_id,
                                             gint64            claim_id);
gint64     qc_speaker_dialog_get_speaker_id (QcSpeakerDialog  *self);
gint64     qc_speaker_dialog_get_claim_id   (QcSpeakerDialog  *self);
void       qc_speaker_dialog_set_name       (QcSpeakerDialog  *self,
                                             const char       *name);
gint64     qc_speaker_dialog_save           (QcSpeakerDialog  *self,
                                             GError          **error);

G_END_DECLS
