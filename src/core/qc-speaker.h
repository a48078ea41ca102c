/* qc-speaker.h: a stored speaker, shared by every article
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qc-types.h"

G_BEGIN_DECLS

#define QC_TYPE_SPEAKER_KIND (qc_speaker_kind_get_type ())
#define QC_TYPE_SPEAKER      (qc_speaker_get_type ())

GType qc_speaker_kind_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (QcSpeaker, qc_speaker, QC, SPEAKER, GObject)

gint64               qc_speaker_get_id            (QcSpeaker *self);
const char          *qc_speaker_get_uuid          (QcSpeaker *self);
const char          *qc_speaker_get_name          (QcSpeaker *self);
QcSpeakerKind        qc_speaker_get_kind          (QcSpeaker *self);
const char          *qc_speaker_get_role          (QcSpeaker *self);
const char * const  *qc_speaker_get_aliases       (QcSpeaker *self);
guint                qc_speaker_get_n_claims      (QcSpeaker *self);
gint64               qc_speaker_get_annotator_id  (QcSpeaker *self);

G_END_DECLS
